import type { Entity } from './entities.js';
import { KeywordPattern } from './keyword-pass.js';

const MONTH =
  '(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|jan|feb|mär|mar|apr|jun|jul|aug|sept?|oct|okt|nov|dec|dez)\\.?';
const UNITS = 'ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun';
/** Days as ordinal words: "dritten", "einundzwanzigsten", "third", "twenty-first". */
const DAY_WORD = `(?:(?:(?:${UNITS})und)?(?:zwanzig|dreißig|dreissig)sten|ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|siebenten|achten|neunten|zehnten|elften|zwölften|(?:drei|vier|fünf|sech|sieb|acht|neun)zehnten|(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)`;
/** A day's number, OCR's "O" for a zero in it allowed ("2O. November", "O3 March"). */
const DAY = `(?:(?:\\d[\\dO]?|O\\d)(?:st|nd|rd|th|\\.)?|${DAY_WORD})`;
const YEAR = '(?:1[89]|20)\\d{2}';
/** A digit as typed or as scanned letters read it: OCR writes "O" for "0" ("14.O3.2OO8"). */
const DIGIT = '[\\dO]';
/** A four-digit year in those digits ("1957", "2OO8"). */
const NUMERIC_YEAR = `(?:1[89]|2[0O])${DIGIT}{2}`;
const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ONES_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS_WORD = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const DE_TENS = '(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)';
const DE_TEENS = '(?:zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)';
/**
 * A year said in words, as a transcript writes a spoken answer: "nineteen ninety", "nineteen eighty-five",
 * "two thousand and three", "neunzehnhundertfünfundachtzig", "zweitausendzwei".
 */
const YEAR_WORDS = `(?:nineteen[ \\t-]+(?:${TENS_WORD}(?:[ \\t-]?${ONES_WORD})?|${TEENS_WORD}|o[ \\t-]?${ONES_WORD})|two[ \\t-]+thousand(?:[ \\t-]+(?:and[ \\t-]+)?(?:${TENS_WORD}(?:[ \\t-]?${ONES_WORD})?|${TEENS_WORD}|${ONES_WORD}))?|neunzehnhundert(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und${DE_TENS}|${DE_TENS}|${DE_TEENS}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?|zweitausend(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und${DE_TENS}|${DE_TENS}|${DE_TEENS}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?)(?![a-zäöüß])`;
/** Months as the three capitals of tickets, passenger lists and machine-readable records ("09MAY81", "12FEB1981"). */
const MONTH_CODE = '(?:jan|feb|mar|mär|mrz|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)';
/** Eight digits as records write a date: "19850303" (year first) or "03031985" (day first), month and day in range. */
const COMPACT_DATE =
  '(?:(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\\d{2})(?!\\d)';
/**
 * A date as people write a birth date: 03.03.1985, 3.3.85, 1985-03-03, 1985/03/03, 03/03/85, "3. März 1985", "03-Mar-1985",
 * "am dritten März 1985", "the 3rd of March 1985", "March 3rd, 1985", "03MAR85" (a ticket's writing).
 */
const BIRTH_DATE = new RegExp(
  `(?:(?:the|den|dem)[ \\t]+)?(?:\\d{2}${MONTH_CODE}(?:${YEAR}|\\d{2})(?!\\d)|${DIGIT}{1,2}[ \\t]?[./-][ \\t]?${DIGIT}{1,2}[ \\t]?[./-][ \\t]?(?:${NUMERIC_YEAR}|${DIGIT}{2})(?![\\dO])|${NUMERIC_YEAR}[-/.]${DIGIT}{1,2}[-/.]${DIGIT}{1,2}(?![\\dO])|[0-3]\\d[ \\t][0-3]\\d[ \\t]${YEAR}(?!\\d)|${DAY}(?:[ \\t]+(?:of[ \\t]+)?|-|(?<=\\.))${MONTH}(?:,?[ \\t]+|-|(?<=\\.))(?:${NUMERIC_YEAR}|'?\\d{2}|${YEAR_WORDS})(?!\\d)|${MONTH}[ \\t]+${DAY},?[ \\t]+${NUMERIC_YEAR}|${COMPACT_DATE})`,
  'iy',
);
/**
 * The characters a match of BIRTH_DATE can begin with: a digit, "O" (OCR's zero), the first letters of
 * "the"/"den"/"dem", of the ordinal day words (e.g. "ersten", "zwanzigsten", "vierten", "first",
 * "second", "tenth") and of the month names (e.g. "januar", "feb", "märz", "okt"), in either case
 * (the pattern is case-insensitive without Unicode mode, so no other character folds onto them). A
 * date is looked for at many places after a label, most of them blanks and words such as "in" or
 * "bei": this table turns those away without running the pattern.
 */
const DATE_OPENERS = new Uint8Array(128);
for (const c of '0123456789tdezvfsanjmo') {
  DATE_OPENERS[c.charCodeAt(0)] = 1;
  DATE_OPENERS[c.toUpperCase().charCodeAt(0)] = 1;
}
/** Whether a match of BIRTH_DATE may begin at `at` (see DATE_OPENERS). */
const mayOpenDate = (text: string, at: number) => DATE_OPENERS[text.charCodeAt(at)] === 1;
/** Where a birth label may stand: found with a short pattern (in the shared keyword pass), then read with BIRTH_LABEL. */
const BIRTH_HINT_WORDS = ['geb', 'born', 'bom', 'birth', 'dob', 'd\\.o\\.b', 'd_o_b'];
const BIRTH_HINT = new KeywordPattern(new RegExp(BIRTH_HINT_WORDS.join('|'), 'gi'), BIRTH_HINT_WORDS);
/**
 * Birth labels: "geb.", "Geb.-Datum", "Geburtsdatum", "DOB", "D.O.B.", "born", "date of birth", "Geburtstag",
 * and the same as form exports write them as keys, "_" for blanks and dots ("date_of_birth", "D_O_B_", "Geb_-Dat_", "geb_dat_").
 */
const BIRTH_LABEL =
  /(?:date[ \t_]+of[ \t_]+)?(?:geburtsjahr(?:[ \t]*\/[ \t]*-?[ \t]*datum)?|geboren|geb[._]?(?:[ \t_]*-?[ \t_]*dat(?:um|\.)?)?(?!\.?[ \t]*-)|geburts_?datum|geburtstag|birth[ \t_]*(?:date|day)?|born|bom(?=,?[ \t]*\n?[ \t]*[\dO])|dob|d[._]o[._]b[._]?)(?![\p{L}])/iuy;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** Per code unit: 1 a letter, 2 an ASCII digit, 3 neither; 0 not asked yet (the Unicode property asked once per character, not per position). */
const KIND = new Int8Array(0x10000);
function kindOf(code: number): number {
  if (Number.isNaN(code)) return 3;
  if (KIND[code] === 0) {
    const ch = String.fromCharCode(code);
    KIND[code] = LETTER.test(ch) ? 1 : LETTER_OR_DIGIT.test(ch) ? 2 : 3;
  }
  return KIND[code];
}
/** `/\p{L}/u.test(text[i])`, from the table. */
const isLetterAt = (text: string, i: number) => kindOf(text.charCodeAt(i)) === 1;
/** `/[\p{L}\d]/u.test(text[i])`, from the table. */
const isLetterOrDigitAt = (text: string, i: number) => kindOf(text.charCodeAt(i)) !== 3;

/** The date written at `at`, if any (for other readers of birth signs, see born-signs.ts). */
export function birthDateAt(text: string, at: number): number | undefined {
  BIRTH_DATE.lastIndex = at;
  const m = BIRTH_DATE.exec(text);
  return m ? at + m[0].length : undefined;
}

/** Whether the whole value is written as a birth date is ("03.03.1985", "1985-03-03", "3 March 1985"): a table cell's test. */
export function wholeBirthDate(value: string): boolean {
  BIRTH_DATE.lastIndex = 0;
  return BIRTH_DATE.test(value) && BIRTH_DATE.lastIndex === value.length;
}

/** Headings only a register of animals has: an ear tag's or an animal's number. */
const ANIMAL_ID_COLUMN =
  /^(?:ohrmarke(?:n-?nr\.?|nnummer)?|ear[ -]?tag(?:[ -]?(?:no\.?|number))?|lebensnummer|tiernummer)$/i;
/** A breed's heading: an animal register's, unless a column names people (a dog club's members, a staff list). */
const BREED_COLUMN = /^(?:rasse|breed)$/i;
const PERSON_COLUMN =
  /(?:^|[^\p{L}])(?:name|vorname|nachname|surname|mitarbeiter\p{L}*|employee|patient\p{L}*|kunde|kundin|customer|mitglied|member)(?![\p{L}])/iu;
/**
 * Whether a table's heading cells name a register of animals ("Ohrmarke | Geb.-Datum | Rasse", "Ear tag | Breed | Sex |
 * DOB"): its birth date columns are the animals'. An ear tag's or animal's number heading, or a breed's with no
 * column naming people ("| Name | Geburtsdatum | Rasse |" may be anyone's).
 */
export function animalRegister(headings: readonly string[]): boolean {
  const plain = headings.map((h) => h.trim());
  if (plain.some((h) => ANIMAL_ID_COLUMN.test(h))) return true;
  return plain.some((h) => BREED_COLUMN.test(h)) && !plain.some((h) => PERSON_COLUMN.test(h));
}
/** A birth date column that names its person ("Owner DOB", "Geburtsdatum Halter"): a person's, in any register. */
export const ownersBirthColumn = (heading: string) => OWNER_WORD.test(heading);
/**
 * Which birth date columns of a table headed `headings` hold animals' birth dates: in a herd register ("Ohrmarke |
 * Geb.-Datum | Rasse"), those that do not name their person ("Owner DOB": the keeper's); none elsewhere. The
 * register is read once per table, not once per column (a line of thousands of cells stays linear).
 */
export function animalsBirthColumns(headings: readonly string[]): (index: number) => boolean {
  if (!animalRegister(headings)) return () => false;
  return (index) => !ownersBirthColumn(headings[index]);
}
const OWNER_WORD =
  /halter|owner|keeper|besitzer|inhaber|eigentümer|landwirt|farmer|züchter|breeder|bewirtschafter|betriebsleiter|person/i;

const BDAY_HINT = new KeywordPattern(/bday/i, ['bday']);

/** A camelCase part's start: a capital after a lower-case letter ("dateOfBirth", "patientDob"). */
const camelCaseStart = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  const p = text.charCodeAt(at - 1);
  return c >= 65 && c <= 90 && p >= 97 && p <= 122;
};
/** A key's end and its value's first digit: a closing quote, a colon, "=" or a tag's end ("<dateOfBirth>1957-…"). */
const KEY_END = /^["']?[ \t]*[:=>][ \t]*["']?\d/;

/** Dates of birth in the forms business documents write them, read only after a birth label. */
export const birthDates = (text: string): Entity[] => {
  const out: Entity[] = [];
  const breaks = new LineBreaks(text);
  for (let hint = BIRTH_HINT.matchFrom(text, 0); hint; hint = BIRTH_HINT.matchFrom(text, hint.index + hint[0].length)) {
    const camel = hint.index > 0 && isLetterAt(text, hint.index - 1);
    if (camel && !camelCaseStart(text, hint.index)) continue;
    BIRTH_LABEL.lastIndex = hint.index;
    const label = BIRTH_LABEL.exec(text);
    if (!label) continue;
    // Inside a word only as a camelCase key's last part ("dateOfBirth", "patientDob": "19…"), its value a number right after.
    if (camel && !KEY_END.test(text.slice(label.index + label[0].length, label.index + label[0].length + 8))) continue;
    const from = label.index + label[0].length;
    // Between label and date a colon, "am"/"on", a place ("born in Izmir on"): at most 40 characters on the line.
    // "am dritten März 1985 geboren": the date right before the label.
    const previous = dateEndingAt(text, label.index);
    if (previous) {
      out.push(previous);
      continue;
    }
    const start = dateLineStart(text, from);
    const limit = Math.min(text.length, start + 41);
    let found = false;
    for (let at = start; at < limit && text[at] !== '\n'; at++) {
      if (at > from && isLetterOrDigitAt(text, at - 1) && isLetterOrDigitAt(text, at)) continue;
      if (!mayOpenDate(text, at)) continue;
      BIRTH_DATE.lastIndex = at;
      const m = BIRTH_DATE.exec(text);
      if (m) {
        out.push({ type: 'DATE_OF_BIRTH', start: at, end: at + m[0].length, score: 0.9 });
        found = true;
        nextColumn(text, at + m[0].length, out);
        alternatives(text, at + m[0].length, out);
        // "and your date of birth is 2 june 61?": a question to confirm, answered in the next message.
        if (questionAfter(text, at + m[0].length)) {
          const answer = answeredBelow(text, from, breaks);
          if (answer) out.push(answer);
          if (answer) alternatives(text, answer.end, out);
        }
        break;
      }
    }
    if (!found && !DAY_LABEL.test(label[0])) {
      const year = partialBirthDate(text, from);
      if (year) {
        out.push(year);
        continue;
      }
    }
    if (!found && aloneOnLine(text, label.index, from)) {
      found = formValueDates(text, from, out);
      if (found) continue;
    }
    if (!found && (asksOnLine(text, from) || askedFor(text, label.index))) {
      const answer = answeredBelow(text, from, breaks) ?? answeredAbove(text, label.index, breaks);
      if (answer) out.push(answer);
      // An answer that says the date twice ("dritter Juli sechsundsiebzig, also 03.07.76"): both writings.
      if (answer) alternatives(text, answer.end, out);
    }
  }
  ageOnDates(text, out);
  travellerBirthDates(text, out);
  listedTravellerBirthDates(text, out);
  // vCard's birthday ("BDAY:1983-09-27", "BDAY;VALUE=date:19830927"): a rare word, found in the shared keyword pass
  // (in any case there; written in capitals here).
  for (let hint = BDAY_HINT.matchFrom(text, 0); hint; hint = BDAY_HINT.matchFrom(text, hint.index + 4)) {
    const at = hint.index;
    if (!text.startsWith('BDAY', at) || (at > 0 && text[at - 1] !== '\n')) continue;
    // The colon within 24 characters, looked for there only (not through the text for every "BDAY").
    const colon = text.slice(at, at + 25).indexOf(':') + at;
    if (colon < at) continue;
    BIRTH_DATE.lastIndex = colon + 1;
    const m = BIRTH_DATE.exec(text);
    if (m) out.push({ type: 'DATE_OF_BIRTH', start: colon + 1, end: colon + 1 + m[0].length, score: 0.9 });
  }
  return out;
};

/**
 * A form with a column per person ("Geburtsdatum   14.02.1990      3.9.1992"): the date in the next
 * column, after a tab or two blanks or more, is a birth date too.
 */
function nextColumn(text: string, from: number, out: Entity[]): void {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (at - from < 2 && text[from] !== '\t') return;
  BIRTH_DATE.lastIndex = at;
  const m = BIRTH_DATE.exec(text);
  if (m) out.push({ type: 'DATE_OF_BIRTH', start: at, end: at + m[0].length, score: 0.9 });
}

/** A second writing of the same birth date, after "vs", "->", "bzw." or "oder" (a source in brackets before it). */
const ALTERNATIVE =
  /[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:vs\.?|versus|->|→|=>|statt|instead of|bzw\.?|oder|or)[ \t]+/iy;
/** A date said again in other words ("dritter Juli sechsundsiebzig, also 03.07.76", "third of March eighty-five. Uh, 3/3/85"). */
const RESTATEMENT = /[ \t]*[,.]?[ \t]*(?:[-—–][ \t]*)?(?:also|uh|um|äh|ähm|i\.e\.|d\.h\.)[,.:]?[ \t]+/iy;
/**
 * A log or diff line that compares two writings of one birth date ("conflicting dob 9/7/1951 (WEBSHOP)
 * vs 07/09/1951 (ZUTRITT)", "Geburtsdatum 12.03.1985 -> 1985-03-12"): the later ones are birth dates too (three at most).
 */
function alternatives(text: string, from: number, out: Entity[]): void {
  let at = from;
  for (let n = 0; n < 3; n++) {
    ALTERNATIVE.lastIndex = at;
    RESTATEMENT.lastIndex = at;
    const start = ALTERNATIVE.test(text) ? ALTERNATIVE.lastIndex : RESTATEMENT.test(text) ? RESTATEMENT.lastIndex : -1;
    if (start === -1) return;
    BIRTH_DATE.lastIndex = start;
    const m = BIRTH_DATE.exec(text);
    if (!m) return;
    out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[0].length, score: 0.9 });
    at = start + m[0].length;
  }
}

/**
 * "Geburtstag", "birthday": a day that comes back every year, whose year alone ("Geburtstag 2025") is no birth's.
 * "Geburtsjahr: 1963" asks for the year alone, which the labelled sets leave unmarked (a year is no date).
 */
const DAY_LABEL = /tag|day|jahr/i;
/**
 * A birth known to the year or the month only, as records of ancestors and study subjects give it: "born about
 * 1798", "geb. ca. 1871", "(born c. 1875)", "geb. 04/1948". Right after the label (a colon and an
 * "about" between, no other word: "born in 2015" is as often an idea's or a firm's), the year not followed
 * by more digits or a date's separator. Archives reach back before 1800, so the year may too.
 */
const PARTIAL_BIRTH =
  /[ \t]*:?[ \t]*(?:((?:about|around|circa|c\.|ca\.|approx\.?|etwa|um)[ \t]+))?((?:(?:0?[1-9]|1[0-2])[./])?(?:1[6-9]|2[0O])[\dO]{2})(?![\dA-Za-z\u00c0-\u024f]|[./-]\d)/iy;

/** The partial birth date right after `from`; with `approximate`, only one an "about"/"ca." introduces. */
export function partialBirthDate(text: string, from: number, approximate = false): Entity | undefined {
  PARTIAL_BIRTH.lastIndex = from;
  const m = PARTIAL_BIRTH.exec(text);
  if (!m || (approximate && m[1] === undefined)) return undefined;
  const end = from + m[0].length;
  return { type: 'DATE_OF_BIRTH', start: end - m[2].length, end, score: 0.9 };
}

/**
 * Where the date after a label is looked for: right after it, or, when nothing but a colon follows
 * the label on its line (a form's label above its field, "Geburtsdatum:\n03.03.1985"), the next line.
 */
function dateLineStart(text: string, from: number): number {
  // "geboren vermutlich\nam 19.03.1901", "born presumably on 3 May 1881": a hedge between label and date, the line
  // perhaps broken after it; the date is read on from there.
  HEDGE.lastIndex = from;
  if (HEDGE.test(text)) return HEDGE.lastIndex;
  let at = from;
  while (text[at] === ' ' || text[at] === '\t' || text[at] === ':') at++;
  // "geboren am\n3. Mai 1881": a page's line wrapped between the label's "am"/"on" and the date.
  WRAPPED_ON.lastIndex = at;
  if (WRAPPED_ON.test(text)) at = WRAPPED_ON.lastIndex;
  if (text[at] === '\r') at++;
  if (text[at] !== '\n') return from;
  at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

const WRAPPED_ON = /(?:am|on)[ \t]*(?=\r?\n)/iy;
/** A word that says a birth date is uncertain, after the label: the date follows, on the line or the next. */
const HEDGE =
  /[ \t]+(?:vermutlich|wahrscheinlich|angeblich|laut[ \t]+Taufbuch|presumably|probably|reportedly|possibly)[ \t]*(?:\r?\n[ \t]*)?/iy;

/** Whether the label is all its line says ("Geburtsdatum", "Date of birth:", "  DOB"): a form's label. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  let at = end;
  while (text[at] === ' ' || text[at] === '\t' || text[at] === ':' || text[at] === '\r') at++;
  if (at < text.length && text[at] !== '\n') return false;
  // Before the label only "date of" (the label read from "birth") and blanks, up to the line's start.
  let i = start;
  while (i > 0 && start - i < 12 && text[i - 1] !== '\n') i--;
  return (i === 0 || text[i - 1] === '\n') && LABEL_PREFIX.test(text.slice(i, start));
}
const LABEL_PREFIX = /^[ \t]*(?:date[ \t_]+of[ \t_]+)?$/i;

/**
 * The last year a birth can be in: this year, unless pinned. The labelled sets were written in 2026 and
 * pin it, so that their figures (and the scorer trained on the rules' findings) do not drift with the calendar.
 */
let pinnedBirthYear: number | undefined;
export function pinLatestBirthYear(year: number | undefined): void {
  pinnedBirthYear = year;
}
export function latestBirthYear(): number {
  return pinnedBirthYear ?? new Date().getUTCFullYear();
}

/**
 * A birthday list's entry: "Maud Pascoe – 95 on 3 December 1930", "Oma Hilde wird 90 am 2. Mai 1936". The age
 * the date reaches this year (or the next or last) makes the date a birth date; another date after an
 * age-like number ("– 12 on 3 March 2019") does not add up.
 */
const AGE_ON = /(?:[-–,]|\bturns|\bturning|\bwird)[ \t]+(\d{1,3})[ \t]+(?:on|am)[ \t]+/gi;
function ageOnDates(text: string, out: Entity[]): void {
  AGE_ON.lastIndex = 0;
  for (let m = AGE_ON.exec(text); m; m = AGE_ON.exec(text)) {
    const at = m.index + m[0].length;
    BIRTH_DATE.lastIndex = at;
    const date = BIRTH_DATE.exec(text);
    const year = date && /(\d{4})\D*$/.exec(date[0].replace(/O/g, '0'));
    if (!date || !year) continue;
    const reached = Number(year[1]) + Number(m[1]);
    const now = latestBirthYear();
    if (reached >= now - 1 && reached <= now + 1)
      out.push({ type: 'DATE_OF_BIRTH', start: at, end: at + date[0].length, score: 0.85 });
  }
}

/** Lines read after a lone birth label for its value, at most (a form's block of labels and its block of values). */
const FORM_LINES = 24;

/**
 * A form as PDF and scan extractors flatten it: its labels one per line, then its values one per line
 * ("Familienname\nVorname\nGeburtsdatum\nStaatsangehörigkeit\n\nVaitkutė\nAušra\n11.11.1963\ndeutsch"),
 * or a table's header cells and then its rows ("Teilnehmer\nGeburtsdatum\nNiveau\nDilrukshi Geraghty\n09.01.2010\nBlau\n…").
 * After a birth label alone on its line, every line of the label block and of the value block after it
 * (up to the blank line that ends the values) that is a date and nothing else is a birth date, unless
 * its year has not come yet (an arrival or a deadline). Returns whether one was found.
 */
function formValueDates(text: string, from: number, out: Entity[]): boolean {
  const latest = latestBirthYear();
  let found = false;
  let values = false;
  let lineStart = text.indexOf('\n', from) + 1;
  for (let line = 0; line < FORM_LINES && lineStart > 0 && lineStart < text.length; line++) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
    if (start === end) {
      // A blank line: between the labels and the values, or after the values (the form ends).
      if (values) break;
      values = true;
    } else if (end - start <= 40 && mayOpenDate(text, start)) {
      BIRTH_DATE.lastIndex = start;
      const m = BIRTH_DATE.exec(text);
      if (m && start + m[0].length === end) {
        const year = FOUR_DIGIT_YEAR.exec(m[0]);
        if (!year || Number(year[0]) <= latest) {
          out.push({ type: 'DATE_OF_BIRTH', start, end, score: 0.85 });
          found = true;
          values = true;
        }
      }
    }
    if (next === -1) break;
    lineStart = next + 1;
  }
  return found;
}

/** A birth date that ends right before `end` (spaces between), tried from up to 40 characters back. */
function dateEndingAt(text: string, end: number): Entity | undefined {
  let last = end;
  while (last > 0 && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
  if (last === end || last === 0 || !isLetterOrDigitAt(text, last - 1)) return undefined;
  for (let at = Math.max(0, last - 40); at < last; at++) {
    if ((at > 0 && isLetterOrDigitAt(text, at - 1)) || !mayOpenDate(text, at)) continue;
    BIRTH_DATE.lastIndex = at;
    const m = BIRTH_DATE.exec(text);
    if (m && at + m[0].length === last) return { type: 'DATE_OF_BIRTH', start: at, end: last, score: 0.9 };
  }
  return undefined;
}

/** A question mark on the rest of the line, within 20 characters. */
function questionAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + 20 && text[i] !== '\n'; i++) if (text[i] === '?') return true;
  return false;
}

/** A question on the label's line ("please confirm your date of birth", "Ihr Geburtsdatum bitte.", "…?"), 90 characters before and 60 after. */
function asksOnLine(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 60);
  let i = from;
  while (i > 0 && i > from - 90 && text[i - 1] !== '\n') i--;
  for (; i < end && text[i] !== '\n'; i++) {
    const c = text[i];
    if (c === '?' || ((c === 'b' || c === 'p' || c === 'B' || c === 'P') && ASK.test(text.slice(i, i + 6))))
      return true;
  }
  return false;
}
const ASK = /^(?:bitte|please)/i;

/**
 * "I need your date of birth", "Dafür brauche ich Ihr Geburtsdatum": the label after "your", "Ihr", "dein"
 * asks for the writer's own birth date, even without a question mark (read in the 8 characters before it).
 */
function askedFor(text: string, labelStart: number): boolean {
  return POSSESSIVE_BEFORE.test(text.slice(Math.max(0, labelStart - 16), labelStart));
}
/** The label is read from "birth" on: "your date of " before it. */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:your|ihre?[nms]?|deine?[nms]?)[ \t]+(?:date[ \t]+of[ \t]+)?$/iu;

/**
 * A birth date asked for and answered in the next message ("please confirm your date of birth.\n
 * 15:56 | Golnaz | 05/21/1987", "Ihr Geburtsdatum bitte.\nSevgül 13:12\n25. Dezember 1999"): within
 * the next three lines, a line that ends with a birth date standing alone or after a speaker's colon or bar.
 */
function answeredBelow(text: string, from: number, breaks: LineBreaks): Entity | undefined {
  let lineEnd = breaks.next(from);
  for (let line = 0; line < ANSWER_LINES && lineEnd !== -1; line++) {
    const start = lineEnd + 1;
    lineEnd = breaks.next(start);
    const answer = answerOnLine(text, start, lineEnd === -1 ? text.length : lineEnd, line >= 3);
    if (answer) return answer;
  }
  return undefined;
}

/**
 * Lines read for the answer after the question, at most: the next message of a chat is within three; in a
 * messenger's JSON export (Slack's "text", Teams' "content") or a mailing-list digest (a header block between
 * the messages) it is within twelve.
 */
const ANSWER_LINES = 12;

/**
 * The answer to a birth date asked for in a top-posted mail thread ("> 28 February 1979.\n>\n> On Wed, … wrote:\n
 * > > … I need your date of birth …", "18/03/1994.\n…\n-----Original Message-----\nFrom: …\n\nSure. For the port I need
 * your date of birth"): the reply stands above the quoted question, a reply header ("… wrote:", "Am … schrieb …",
 * "-----Original Message-----", "From:") between them. Read in the twelve lines above the question, only above such a header.
 */
function answeredAbove(text: string, labelStart: number, breaks: LineBreaks): Entity | undefined {
  let lineStart = breaks.previous(labelStart) + 1;
  let header = false;
  for (let line = 0; line < ANSWER_LINES && lineStart > 0; line++) {
    const end = lineStart - 1;
    const start = breaks.previous(end) + 1;
    lineStart = start;
    let at = start;
    while (text[at] === '>' || text[at] === ' ' || text[at] === '\t') at++;
    if (
      REPLY_HEADER.test(text.slice(at, Math.min(end, at + 40))) ||
      WROTE_AT_END.test(text.slice(Math.max(at, end - 120), end))
    ) {
      header = true;
      continue;
    }
    if (!header) continue;
    const answer = answerOnLine(text, at, end, true);
    if (answer) return answer;
  }
  return undefined;
}
/** A line of a reply header, read at its start: "-----Original Message-----", "From:", "Von:", "Subject:", "Betreff:". */
const REPLY_HEADER =
  /^(?:-{2,}[ \t]*(?:original message|ursprüngliche nachricht|forwarded message)|(?:from|sent|to|cc|subject|date|von|gesendet|an|betreff|datum)[ \t]*:)/i;
/** The end of a quote's introduction: "On Wed, 2 Dec 2026 at 12:07, Abubakar <…> wrote:", "Am 12.11.2026 um 00:24 schrieb …:". */
const WROTE_AT_END = /(?:wrote|schrieb|écrit)(?:[ \t][^:\n]{0,100})?:[ \t]*\r?$/i;

/**
 * A date that answers a birth question on the line start..end: alone on it, or after a speaker's colon or bar,
 * in a JSON message's value ('"text": "06.02.1971"', '"content": "<p>07.08.1976</p>"'), or said with a few
 * words ("It's 09/10/1976, and …"). `far`: the line is not the next message, so a date of this year or
 * a later one (a header's, an appointment's) and one after a date's own label ("Ablesedatum: …") are not taken.
 */
function answerOnLine(text: string, start: number, lineEnd: number, far: boolean): Entity | undefined {
  let end = lineEnd;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\r')) end--;
  // A JSON export's line holds its keys before the message ('"body": { "contentType": "html", "content": "<p>…'): the
  // message itself is short, the line a little longer.
  if (end - start > 200) return undefined;
  // Where the answer may start: the line's start, or after the last colon or bar on it.
  let at = start;
  for (let i = end - 2; i >= start; i--)
    if ((text[i] === ':' || text[i] === '|') && text[i + 1] === ' ') {
      at = i + 2;
      break;
    }
  if (end - at > 90 || (far && at > start && OTHER_DATE_LABEL.test(text.slice(start, at)))) return undefined;
  while (text[at] === ' ' || text[at] === '\t') at++;
  // A JSON string's quote and an HTML paragraph's tag before the message's words.
  if (text[at] === '"') at++;
  if (text.startsWith('<p>', at)) at += 3;
  // A WebVTT cue's voice tag before the words ("<v Ilse Vrancken>It is 14 March 1988."): the speaker, as a chat's "Name:".
  if (text.startsWith('<v ', at)) {
    const close = text.indexOf('>', at);
    if (close !== -1 && close < end) at = close + 1;
  }
  BIRTH_DATE.lastIndex = at;
  const m = BIRTH_DATE.exec(text);
  const answer =
    m && at + m[0].length === end
      ? { type: 'DATE_OF_BIRTH' as const, start: at, end, score: 0.85 }
      : dateInAnswer(text, at, end);
  if (answer && far) {
    const year = FOUR_DIGIT_YEAR.exec(text.slice(answer.start, answer.end));
    if (year && Number(year[0]) >= latestBirthYear()) return undefined;
  }
  return answer;
}
/** Labels of other dates before a colon: a meter reading's, a contract's, an appointment's, a claim's. */
const OTHER_DATE_LABEL =
  /datum|date|beginn|start|ende|end|ablese|reading|vertrag|contract|termin|appointment|claim|schaden|frist|due|fällig|sent|gesendet/i;

/**
 * The text's line breaks, found on first use in a scan of the text: a label repeated along one long
 * line finds the next break by a binary search, not by reading the line to its end each time
 * (quadratic: 11 s for 3 MB of "DOB please ").
 */
class LineBreaks {
  private at?: Int32Array;

  constructor(private readonly text: string) {}

  /** The first line break at or after `from`, as text.indexOf('\n', from) answers: -1 when none. */
  next(from: number): number {
    this.at ??= lineBreaksIn(this.text);
    const at = this.at;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length ? at[lo] : -1;
  }

  /** The last line break before `before`, as text.lastIndexOf('\n', before - 1) answers: -1 when none. */
  previous(before: number): number {
    this.at ??= lineBreaksIn(this.text);
    const at = this.at;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? at[lo - 1] : -1;
  }
}

function lineBreaksIn(text: string): Int32Array {
  const at: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) at.push(i);
  return Int32Array.from(at);
}

/**
 * An answer that says more than the date ("sure, 04/17/1991 (US format)", "2nd June 1961 yes", "Der dritte
 * Mai … — also 03.05.78."): the first date on the answer's line, near its start or restated, unless a
 * time follows it (a message's header, "Nov 13, 2026 08:31").
 */
function dateInAnswer(text: string, from: number, end: number): Entity | undefined {
  for (let at = from; at < end; at++) {
    if (at > from && isLetterOrDigitAt(text, at - 1)) continue;
    if (!isLetterOrDigitAt(text, at) || !mayOpenDate(text, at)) continue;
    BIRTH_DATE.lastIndex = at;
    const m = BIRTH_DATE.exec(text);
    if (!m) continue;
    const after = at + m[0].length;
    if (isLetterOrDigitAt(text, after) || TIME_AFTER.test(text.slice(after, after + 8))) return undefined;
    // The date opens the answer, after one word at most ("sure, 04/17/…"), or restates it ("… — also 03.05.78"); later in a sentence
    // it is some other date ("order from 02/03/2026 ships").
    if (
      at > from &&
      !ONE_WORD_BEFORE.test(text.slice(from, at)) &&
      !(NAME_BEFORE.test(text.slice(from, at)) && LINE_END.test(text.slice(after, end + 1))) &&
      !RESTATED.test(text.slice(Math.max(from, at - 12), at))
    )
      return undefined;
    return { type: 'DATE_OF_BIRTH', start: at, end: after, score: 0.85 };
  }
  return undefined;
}
/** One word before the date ("Der 1982-09-06", "It's …", "sure, …"), or "it is", "es ist", "that is". */
const ONE_WORD_BEFORE = /^(?:(?:it|that|es|das)[ \t]+(?:is|ist)[ \t]+|[\p{L}']{1,8}[,.!]?[ \t]+)$/iu;
/** The name asked for with the date ("Kunde: Przemek Grzegorczyk 17.2.79"): up to four capitalised words, then the date ending the answer. */
const NAME_BEFORE = /^(?:\p{Lu}[\p{L}'-]*\.?,?[ \t]+){1,4}$/u;
const RESTATED = /(?:^|[\s,.(])(?:also|uh|um|äh|ähm|so|i\.e\.|d\.h\.)[,.:]?[ \t]*$|[—–][ \t]*$/i;
const LINE_END = /^[ \t.!)]*(?:\n|$)/;
const TIME_AFTER = /^,?[ \t]+(?:at[ \t]+|um[ \t]+)?\d{1,2}:\d{2}/;

/**
 * A traveller's details as airlines ask for them: name, passport number, birth date ("DERKACH/BOHDANA,
 * Reisepass GV5VKNNRR9, 1979-07-13." "…, German passport HT95C4H3P3, 8th June 1993."): the date right
 * after a passport or ID card number (letters and digits, a digit among them) and a comma is the holder's birth date. An expiry or issue date says
 * so ("valid until", "gültig bis") or lies ahead, and is left alone.
 */
const TRAVEL_DOCUMENT =
  /(?<![\p{L}])(?:reisepass|passport|personalausweis|ausweis|id[ \t-]card)(?:[ \t]*(?:nr\.?|no\.?|number|nummer))?[ \t]*:?[ \t]*(?=[A-Z]{0,11}\d)[A-Z0-9]{6,12}[ \t]*,[ \t]*/iuy;
const NOT_BIRTH_AFTER_DOCUMENT = /^(?:valid|gültig|expir|abgelaufen|ablauf|issued|ausgestellt|bis|until)/i;
const FOUR_DIGIT_YEAR = /(?:19|20)\d\d/;

/**
 * The document words, found in the shared keyword pass (no pass of their own): every match of
 * TRAVEL_DOCUMENT begins with one, so it is tried only there.
 */
const TRAVEL_DOCUMENT_WORDS = ['reisepass', 'passport', 'personalausweis', 'ausweis', 'id[ \t-]card'];
const TRAVEL_DOCUMENT_HINT = new KeywordPattern(
  new RegExp(TRAVEL_DOCUMENT_WORDS.join('|'), 'gi'),
  TRAVEL_DOCUMENT_WORDS,
);

function travellerBirthDates(text: string, out: Entity[]): void {
  let from = 0;
  for (let hint = TRAVEL_DOCUMENT_HINT.matchFrom(text, from); hint; hint = TRAVEL_DOCUMENT_HINT.matchFrom(text, from)) {
    from = hint.index + hint[0].length;
    TRAVEL_DOCUMENT.lastIndex = hint.index;
    const m = TRAVEL_DOCUMENT.exec(text);
    if (!m) continue;
    const at = m.index + m[0].length;
    from = Math.max(from, at);
    if (NOT_BIRTH_AFTER_DOCUMENT.test(text.slice(at, at + 12))) continue;
    BIRTH_DATE.lastIndex = at;
    const date = BIRTH_DATE.exec(text);
    if (!date) continue;
    const year = FOUR_DIGIT_YEAR.exec(date[0]);
    // A year still to come is the document's expiry, not a birth (a baby born this year has a passport too).
    if (year && Number(year[0]) > latestBirthYear()) continue;
    out.push({ type: 'DATE_OF_BIRTH', start: at, end: at + date[0].length, score: 0.9 });
  }
}

/**
 * A booking's list of travellers, one a line ("Reisende 1: Vongani Mathebula, 3. August 1984, Reisepass …",
 * "Traveller 2: Astou Diop, 1974-04-11"): the date right after the traveller's name and a comma is the
 * birth date airlines and tour operators ask for, with no label of its own. A year still to come is a
 * travel date, and is left alone.
 */
const TRAVELLER_WORDS = ['travel+er', 'passenger', 'passagier', 'fluggast', 'mitreisende', 'reisende'];
const TRAVELLER_HINT = new KeywordPattern(
  /(?:travel+ers?|passengers?|passagier(?:e|in)?|fluggast|mitreisende[rn]?|reisende[rn]?)[ \t]*(?:\d{1,2}[ \t]*)?[:–-][ \t]*/gi,
  TRAVELLER_WORDS,
);
/**
 * The traveller's name after the label: one to four capitalised words, then a comma. Each word at most
 * 40 characters: unbounded, a run of letters and hyphens ("Traveller-Traveller-…") was read to its end
 * from every label in it, which is quadratic.
 */
const TRAVELLER_NAME = /(?:\p{Lu}[\p{L}\p{M}'’.-]{0,40}[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]{0,40}[ \t]*,[ \t]*/uy;

function listedTravellerBirthDates(text: string, out: Entity[]): void {
  let from = 0;
  for (let hint = TRAVELLER_HINT.matchFrom(text, from); hint; hint = TRAVELLER_HINT.matchFrom(text, from)) {
    from = hint.index + hint[0].length;
    // The label begins a word: "Mitreisende" is found as "reisende" too, inside it.
    if (hint.index > 0 && isLetterAt(text, hint.index - 1)) continue;
    TRAVELLER_NAME.lastIndex = from;
    const name = TRAVELLER_NAME.exec(text);
    if (!name) continue;
    const at = from + name[0].length;
    BIRTH_DATE.lastIndex = at;
    const date = BIRTH_DATE.exec(text);
    if (!date || isLetterOrDigitAt(text, at + date[0].length)) continue;
    const year = FOUR_DIGIT_YEAR.exec(date[0]);
    if (year && Number(year[0]) > latestBirthYear()) continue;
    out.push({ type: 'DATE_OF_BIRTH', start: at, end: at + date[0].length, score: 0.9 });
    from = at + date[0].length;
  }
}
