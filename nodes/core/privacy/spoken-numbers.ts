import type { DecodedText, DecodePiece } from './decode-escapes.js';
import { lineStartWithin, speakerOf, turnLabel } from './turn-labels.js';

/**
 * Numbers as a speech recogniser writes them: in words ("null eins sieben zwo …", "oh seven double
 * four …", "forty two orchard way", "neunzehnhundertzweiundsechzig", "july twenty first nineteen
 * ninety seven", "91 dot 206 dot 225 dot 194"). The view reads a run of number words as the digits it
 * stands for, so that every detector (phone, postal, birth date, IP, ids) sees the value as if typed;
 * each run is one piece that maps back to ALL its words, so a finding covers the whole spoken value.
 *
 * Digit by digit, single digits join into one digit string ("oh", "double X", "triple X" only there,
 * in a run of three digits or more); tens and German compounds, hundreds and thousands are numbers;
 * "nineteen sixty eight" and "twenty twenty" are years; an ordinal day ("fifteenth", "dritten") only
 * beside a month name. Look-alikes stay words: a lone "one"/"eins" ("one of them"), an ordinal without
 * a month ("the second car"), a word cut off by the speaker ("fifty- no sorry fifty seven"), "oh" in
 * speech. Counts and times ("zwanzig prozent", "halb acht") read as "20 prozent", "halb 8": digits a
 * typist would write, which no detector takes for a phone. "dot"/"punkt" joins number groups only in a
 * chain of three groups or more (an IP address), never in an e-mail address.
 *
 * One pass over the words with a bounded look-ahead: linear in the text.
 */

type Kind = 'digit' | 'oh' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'number' | 'ordinal' | 'repeat' | 'and';

const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** German units as they stand alone ("eins") and inside compounds ("ein" in "einundzwanzig"). */
const DE_UNITS: Record<string, number> = {
  null: 0,
  eins: 1,
  ein: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const DE_TEENS: Record<string, number> = {
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const DE_TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
/** German ordinal stems below twenty ("dritt" in "dritten"); from twenty on the ordinal is the number + "st". */
const DE_ORDINAL_STEMS: Record<string, number> = {
  erst: 1,
  zweit: 2,
  dritt: 3,
  viert: 4,
  fünft: 5,
  sechst: 6,
  siebt: 7,
  siebent: 7,
  acht: 8,
  neunt: 9,
  zehnt: 10,
  elft: 11,
  zwölft: 12,
};

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'januar jänner februar märz maerz april mai juni juli august september oktober november dezember ' +
    'jan feb mar mär apr jun jul aug sep sept oct okt nov dec dez'
  ).split(' '),
);

/** A German number word below 100 ("sieben", "zwölf", "zweiundvierzig"), or undefined. */
function germanBelowHundred(w: string): number | undefined {
  if (w === '') return 0;
  if (w in DE_UNITS && w !== 'ein') return DE_UNITS[w];
  if (w in DE_TEENS) return DE_TEENS[w];
  if (w in DE_TENS) return DE_TENS[w];
  const und = w.indexOf('und');
  if (und > 0) {
    const unit = DE_UNITS[w.slice(0, und)];
    const tens = DE_TENS[w.slice(und + 3)];
    if (unit !== undefined && unit > 0 && tens !== undefined) return tens + unit;
  }
  return undefined;
}

/** A German number word below 10000 ("neunzehnhundertzweiundsechzig", "zweitausendvier", "hundertdrei"). */
function germanNumber(w: string): number | undefined {
  let rest = w;
  let total = 0;
  const thousand = rest.indexOf('tausend');
  if (thousand >= 0) {
    const head = rest.slice(0, thousand);
    const n = head === '' || head === 'ein' ? 1 : germanBelowHundred(head);
    if (n === undefined || n === 0) return undefined;
    total += n * 1000;
    rest = rest.slice(thousand + 7);
  }
  const hundred = rest.indexOf('hundert');
  if (hundred >= 0) {
    const head = rest.slice(0, hundred);
    const n = head === '' || head === 'ein' ? 1 : germanBelowHundred(head);
    if (n === undefined || n === 0 || (thousand >= 0 && n > 9)) return undefined;
    total += n * 100;
    rest = rest.slice(hundred + 7);
  }
  if (rest === 'eins' || rest === '') return total + (rest === '' ? 0 : 1);
  const below = germanBelowHundred(rest);
  return below === undefined ? undefined : total + below;
}

/** A German ordinal day ("dritten", "elften", "einundzwanzigsten"), 1 to 31, or undefined. */
function germanOrdinal(w: string): number | undefined {
  const m = /^(.+?)(?:e|en|er|es|em)$/.exec(w);
  if (m === null) return undefined;
  const stem = m[1];
  if (stem in DE_ORDINAL_STEMS) return DE_ORDINAL_STEMS[stem];
  if (stem.endsWith('zehnt')) return germanBelowHundred(stem.slice(0, -1));
  if (stem.endsWith('st')) {
    const n = germanBelowHundred(stem.slice(0, -2));
    return n !== undefined && n >= 20 && n <= 31 ? n : undefined;
  }
  return undefined;
}

type Classified = { kind: Kind; value: number; dot?: boolean } | undefined;
/**
 * The words a number word can start with, from the word lists themselves: German compounds and ordinals begin
 * with a unit, a teen, a tens word, "hundert", "tausend" or "ein". Each has two letters or more.
 */
const NUMBER_WORD_HEADS = [
  ...EN_DIGITS,
  ...EN_TEENS,
  ...EN_TENS.filter(Boolean),
  ...Object.keys(EN_ORDINALS),
  ...Object.keys(DE_UNITS),
  ...Object.keys(DE_TEENS),
  ...Object.keys(DE_TENS),
  ...Object.keys(DE_ORDINAL_STEMS),
  ...'oh nought naught hundred hundert thousand tausend double doppel triple treble dreifach and ein'.split(' '),
];
/** Their first letters: most words of a text start otherwise and are answered without a look at the lists. */
const FIRST_LETTERS = new Set(NUMBER_WORD_HEADS.map((w) => w[0]));
/** Words already classified: a text repeats its words, and classify is pure. Cleared when it grows large. */
const classified = new Map<string, Classified>();
const MAX_CLASSIFIED = 20_000;

/** What one word (in lower case) is as a number, or undefined; remembered per word. */
function classifyWord(w: string): Classified {
  if (!FIRST_LETTERS.has(w[0])) return undefined;
  let c = classified.get(w);
  if (c === undefined && !classified.has(w)) {
    if (classified.size >= MAX_CLASSIFIED) classified.clear();
    c = classify(w);
    classified.set(w, c);
  }
  return c;
}

/** What one word is as a number, or undefined. */
function classify(w: string): Classified {
  const en = EN_DIGITS.indexOf(w);
  if (en >= 0) return { kind: 'digit', value: en };
  if (w === 'oh') return { kind: 'oh', value: 0 };
  if (w === 'nought' || w === 'naught') return { kind: 'digit', value: 0 };
  const teen = EN_TEENS.indexOf(w);
  if (teen >= 0) return { kind: 'teen', value: 10 + teen };
  const tens = EN_TENS.indexOf(w);
  if (tens >= 2) return { kind: 'tens', value: tens * 10 };
  if (w === 'hundred' || w === 'hundert') return { kind: 'hundred', value: 100 };
  if (w === 'thousand' || w === 'tausend') return { kind: 'thousand', value: 1000 };
  if (w === 'double' || w === 'doppel') return { kind: 'repeat', value: 2 };
  if (w === 'triple' || w === 'treble' || w === 'dreifach') return { kind: 'repeat', value: 3 };
  if (w === 'and') return { kind: 'and', value: 0 };
  if (w in EN_ORDINALS) return { kind: 'ordinal', value: EN_ORDINALS[w] };
  if (w === 'ein') return undefined;
  if (w in DE_UNITS) return { kind: 'digit', value: DE_UNITS[w] };
  const de = germanNumber(w);
  if (de !== undefined) {
    if (de >= 10 && de < 20 && !w.includes('hundert')) return { kind: 'teen', value: de };
    return { kind: 'number', value: de };
  }
  const ord = germanOrdinal(w);
  if (ord !== undefined) return { kind: 'ordinal', value: ord, dot: true };
  return undefined;
}

/** A chunk of a run: digits joined ("0171…"), a number ("42", "1962") or an ordinal day ("21"). */
interface Chunk {
  first: number;
  last: number;
  text: string;
  digits: boolean;
  /** Made only of "oh", "double", "triple": no digit word said it. */
  weak?: boolean;
  ordinal?: boolean;
  /** Said after "plus": the start of that word, read as "+" before the digits. */
  plus?: number;
}

/** Hesitations a recogniser writes between the digits of one value ("null eins sieben äh zwei …"). */
const FILLER_WORDS = ['äh', 'ähm', 'öh', 'öhm', 'ehm', 'hm', 'uh', 'um', 'er', 'erm'];
const FILLER = new RegExp(`^(?:${FILLER_WORDS.join('|')})$`);
/** Between two digit words of one value: blanks, a comma, hesitations ("sieben, äh zwei"). */
const DIGIT_GAP = new RegExp(`^(?:[ \\t]*,)?[ \\t]+(?:(?:${FILLER_WORDS.join('|')})[ \\t]*,?[ \\t]+)*$`, 'i');
/** A digit chunk read across a comma or a hesitation is a value only at a phone's or an id's length. */
const MIN_DIGITS_ACROSS = 6;

/**
 * Whether `gap` (after a word at `at`) is a line break and then the turn label of the speaker whose line holds `at`:
 * the diariser split one speaker's words into two turns ("SPEAKER_01: … null eins sieben\nSPEAKER_01: zwei drei …").
 */
function sameSpeakerGoesOn(text: string, at: number, gap: string): boolean {
  const nl = gap.indexOf('\n');
  if (nl < 0 || !/^[ \t,]*$/.test(gap.slice(0, nl))) return false;
  const next = gap.slice(nl + 1);
  if (next === '' || turnLabel(next) !== next) return false;
  const lineStart = lineStartWithin(text, at, 300);
  const speaker = speakerOf(turnLabel(text.slice(lineStart, at)));
  return speaker !== '' && speaker === speakerOf(next);
}

/** Word kinds as codes, so the words of a text live in typed arrays (no object per word). 0 is any other word. */
const KINDS: readonly (Kind | 'other')[] = [
  'other',
  'digit',
  'oh',
  'teen',
  'tens',
  'hundred',
  'thousand',
  'number',
  'ordinal',
  'repeat',
  'and',
];
const KIND_CODE = new Map<string, number>(KINDS.map((k, i) => [k, i]));
/** Flags of a word: all lower case, a German ordinal's dot, a run of digits (a number typed). */
const LOWER = 1;
const DOT = 2;
const DIGITS = 4;
/** The words of the text being read: reused and grown, so reading allocates nothing per word. */
let wStart = new Int32Array(1024);
let wEnd = new Int32Array(1024);
let wKind = new Uint8Array(1024);
let wValue = new Int32Array(1024);
let wFlags = new Uint8Array(1024);
function growWords(): void {
  const size = wStart.length * 2;
  const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  wStart = grow(wStart, new Int32Array(size));
  wEnd = grow(wEnd, new Int32Array(size));
  wKind = grow(wKind, new Uint8Array(size));
  wValue = grow(wValue, new Int32Array(size));
  wFlags = grow(wFlags, new Uint8Array(size));
}
/**
 * Pairs of ASCII letters (in lower case, first * 128 + second) a word may begin with when it is a number word
 * (it begins with one of NUMBER_WORD_HEADS) or a hesitation (a FILLER word). A word of ASCII letters beginning
 * with another pair, or of one letter, is a plain word without a look at its letters: most words of a text, and
 * no slice, lower-casing or lookup for them.
 */
const MAY_COUNT = new Uint8Array(128 * 128);
for (const word of [...NUMBER_WORD_HEADS, ...FILLER_WORDS]) {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 0x80 && second < 0x80) MAY_COUNT[first * 128 + second] = 1;
}
/** Whether the word start..end (its first code unit c, an ASCII letter) is plain by MAY_COUNT. */
function plainAsciiWord(text: string, start: number, end: number, c: number): boolean {
  if (end - start === 1) return true;
  const second = text.charCodeAt(start + 1);
  // A letter beyond ASCII may lower-case to ASCII ("K", the Kelvin sign): such a word is read in full.
  return second < 0x80 && MAY_COUNT[(c | 0x20) * 128 + (second | 0x20)] === 0;
}
/** Whether a BMP code unit is a letter (\p{L}): 0 not yet known, 1 letter, 2 not. */
const BMP_LETTER = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;
/** The width (1, 2) of the letter at pos, or 0: words are runs of letters (\p{L}) or of digits. */
function letterAt(text: string, pos: number, c: number): number {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && pos + 1 < text.length) {
    const d = text.charCodeAt(pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(text.slice(pos, pos + 2)) ? 2 : 0;
  }
  let known = BMP_LETTER[c];
  if (known === 0) BMP_LETTER[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
/** The width (1, 2) of the code point at pos. */
function codePointWidth(text: string, pos: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && pos + 1 < text.length) {
    const d = text.charCodeAt(pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The view with spoken numbers read as digits, or undefined when there is none. */
export function readSpokenNumbers(text: string): DecodedText | undefined {
  let count = 0;
  const push = (start: number, end: number, kind: number, value: number, flags: number) => {
    if (count === wStart.length) growWords();
    wStart[count] = start;
    wEnd[count] = end;
    wKind[count] = kind;
    wValue[count] = value;
    wFlags[count] = flags;
    count++;
  };
  // The end of the current line's turn label: its words are the recogniser's, not the speaker's, so a value a
  // diariser split into two turns of one speaker reads on across the label (sameSpeakerGoesOn).
  let labelEnd = 0;
  let previousEnd = 0;
  /** The last line break seen: one in the gap before a word starts a new line. */
  let lastNewline = -1;
  const length = text.length;
  let pos = 0;
  while (pos < length) {
    const c = text.charCodeAt(pos);
    const isDigit = c >= 0x30 && c <= 0x39;
    let width = isDigit ? 1 : letterAt(text, pos, c);
    if (width === 0) {
      if (c === 0x0a) lastNewline = pos;
      pos += codePointWidth(text, pos, c);
      continue;
    }
    const start = pos;
    pos += width;
    if (isDigit) while (pos < length && text.charCodeAt(pos) >= 0x30 && text.charCodeAt(pos) <= 0x39) pos++;
    else while (pos < length && (width = letterAt(text, pos, text.charCodeAt(pos))) > 0) pos += width;
    const end = pos;
    // A new line between the last word and this one.
    const newline = lastNewline >= previousEnd;
    if (start === 0 || (previousEnd === 0 && !newline) || newline) {
      const lineStart = newline ? lastNewline + 1 : 0;
      labelEnd = lineStart + turnLabel(text.slice(lineStart, lineStart + 80)).length;
    }
    previousEnd = end;
    if (start < labelEnd) continue;
    if (isDigit) {
      push(start, end, 0, 0, DIGITS);
      continue;
    }
    if (c < 0x80 && plainAsciiWord(text, start, end, c)) {
      push(start, end, 0, 0, 0);
      continue;
    }
    const raw = text.slice(start, end);
    const lower = raw.toLowerCase();
    // A hesitation is no word of the value: the gap test below reads it with the blanks around it.
    if (FILLER.test(lower)) continue;
    const cl = raw.length <= 40 ? classifyWord(lower) : undefined;
    if (cl === undefined) push(start, end, 0, 0, 0);
    else push(start, end, KIND_CODE.get(cl.kind)!, cl.value, (raw === lower ? LOWER : 0) | (cl.dot ? DOT : 0));
  }
  const starts = wStart;
  const ends = wEnd;
  const kinds = wKind;
  const flags = wFlags;
  const kindOf = (k: number) => KINDS[kinds[k]];
  /** A plain word's text in lower case ("#" for a number typed), read only where a number word stands near. */
  const lowerText = (k: number) => (flags[k] & DIGITS ? '#' : text.slice(starts[k], ends[k]).toLowerCase());
  const exists = (k: number) => k >= 0 && k < count;
  const pieces: DecodePiece[] = [];
  const parts: string[] = [];
  let copied = 0;
  let viewLength = 0;
  const replace = (start: number, end: number, out: string) => {
    parts.push(text.slice(copied, start), out);
    viewLength += start - copied;
    pieces.push({ view: viewLength, viewLength: out.length, orig: start, origEnd: end });
    viewLength += out.length;
    copied = end;
  };
  // Runs of number words joined by blanks or a hyphen ("forty-two"), on one line.
  const digitish = (k: number) => {
    const kind = kindOf(k);
    return kind === 'digit' || kind === 'oh' || kind === 'repeat';
  };
  const joined = (a: number, b: number) => {
    const gap = text.slice(ends[a], starts[b]);
    if (/^(?:[ \t]+|-)$/.test(gap)) return true;
    if (!digitish(a) || !digitish(b) || gap.length > 60) return false;
    // Digit by digit, a speaker groups a value with commas and hesitations ("null eins sieben, zwei drei vier"),
    // and a diariser may split it into two turns of that speaker.
    return DIGIT_GAP.test(gap) || sameSpeakerGoesOn(text, starts[a], gap);
  };
  /** A gap between words first..last that only a digit run crosses (a comma, a hesitation). */
  const crossesPause = (first: number, last: number) => {
    for (let k = first; k < last; k++) if (!/^(?:[ \t]+|-)$/.test(text.slice(ends[k], starts[k + 1]))) return true;
    return false;
  };
  const isNumber = (i: number) => i < count && kindOf(i) !== 'other';
  const isMonth = (i: number) => {
    return exists(i) && kinds[i] === 0 && MONTHS.has(lowerText(i));
  };
  const wordIs = (i: number, s: string) => {
    // The first letter first: no letter outside ASCII lower-cases to the first letter of the words asked for.
    return (
      exists(i) &&
      kinds[i] === 0 &&
      ends[i] - starts[i] === s.length &&
      (text.charCodeAt(starts[i]) | 0x20) === s.charCodeAt(0) &&
      lowerText(i) === s
    );
  };
  /** A word cut off by the speaker: a hyphen and a blank after it ("fifty- no sorry"). */
  const cutOff = (i: number) => /^-(?:[ \t]|$)/.test(text.slice(ends[i], ends[i] + 2));
  const onLine = (a: number, b: number) => !text.slice(ends[a], starts[b]).includes('\n');
  /** A digit group or a number word (not "and"), or a month. */
  const numeric = (k: number) => {
    if (!exists(k)) return false;
    const kind = kindOf(k);
    return kind === 'other' ? (flags[k] & DIGITS) !== 0 || MONTHS.has(lowerText(k)) : kind !== 'and';
  };
  /** A number or month right before the run, or within two words after it, on its line. */
  const numberBeside = (first: number, last: number) =>
    (first > 0 && numeric(first - 1) && onLine(first - 1, first)) ||
    (numeric(last + 1) && onLine(last, last + 1)) ||
    (numeric(last + 2) && onLine(last, last + 2));
  const notAllDigitWords = (first: number, last: number) => {
    for (let k = first; k <= last; k++) if (kindOf(k) !== 'digit') return true;
    return false;
  };
  const chunksOut: Chunk[] = [];
  /** Short digit chunks, converted or not: groups of a "dot" chain ("ten dot one dot …"). */
  const spare = new Map<number, Chunk>();
  let i = 0;
  while (i < count) {
    if (!isNumber(i)) {
      i++;
      continue;
    }
    let j = i;
    if (kindOf(i) === 'and') {
      i++;
      continue;
    }
    // "and" belongs to a number only after "hundred"/"thousand" ("one hundred and two"), never in "two and three".
    while (
      isNumber(j + 1) &&
      joined(j, j + 1) &&
      !cutOff(j) &&
      (kindOf(j + 1) !== 'and' || kindOf(j) === 'hundred' || kindOf(j) === 'thousand')
    )
      j++;
    const chunks = parseRun(i, j);
    emitRun(chunks, i, j);
    i = j + 1;
  }

  function emitRun(chunks: Chunk[], first: number, last: number) {
    // Single digits join into one digit string.
    const merged: Chunk[] = [];
    for (const c of chunks) {
      const prev = merged[merged.length - 1];
      if (prev !== undefined && prev.digits && c.digits && !c.ordinal && c.first === prev.last + 1)
        merged[merged.length - 1] = {
          first: prev.first,
          last: c.last,
          text: prev.text + c.text,
          digits: true,
          weak: prev.weak && c.weak,
        };
      else merged.push(c);
    }
    // "plus vier neun …", "plus einundvierzig sieben …": a country code, and the digits after it one value.
    // A run of "hundred"/"thousand" alone reads as no chunk at all ("plus hundred euros").
    if (merged.length > 0 && wordIs(first - 1, 'plus') && /^[ \t]+$/.test(text.slice(ends[first - 1], starts[first]))) {
      const head = merged[0];
      const next = merged[1];
      if (!head.ordinal && /^\d{1,3}$/.test(head.text) && !head.digits && next?.digits && next.first === head.last + 1)
        merged.splice(0, 2, { first: head.first, last: next.last, text: head.text + next.text, digits: true });
      if (merged[0].digits && !merged[0].ordinal && merged[0].text.length >= 6)
        merged[0] = { ...merged[0], plus: starts[first - 1] };
    }
    const monthBefore = isMonth(first - 1) || (wordIs(first - 1, 'the') && isMonth(first - 2));
    const monthAfter = isMonth(last + 1) || ((wordIs(last + 1, 'of') || wordIs(last + 1, 'the')) && isMonth(last + 2));
    let allLower = true;
    for (let k = first; k <= last; k++) if ((flags[k] & LOWER) === 0) allLower = false;
    for (const c of merged) {
      if (c.text === '') continue;
      if (c.digits && /^\d{1,3}$/.test(c.text)) spare.set(c.first, c);
      if (c.ordinal && !((c.first === first && monthBefore) || (c.last === last && monthAfter))) continue;
      if (c.digits && c.weak) continue;
      if (c.digits && c.text.length < MIN_DIGITS_ACROSS && crossesPause(c.first, c.last)) continue;
      if (cutOff(c.last)) continue;
      if (c.digits && /[^\d]/.test(c.text)) continue;
      const single = c.first === c.last;
      if (single && !allLower) continue;
      // Before a capitalised word a lone number word is part of a name ("Hendrikje ten Cate"), but not before a
      // month's name: a day ("three September nineteen sixty five").
      if (
        single &&
        !c.ordinal &&
        !isMonth(c.last + 1) &&
        /^[ \t]+\p{Lu}/u.test(text.slice(ends[c.last], ends[c.last] + 3))
      )
        continue;
      // A lone number word below 100 is a count or an hour ("two payments", "closes at eight") unless a number or a
      // month stands beside it on its line: a house number before a postcode ("rosenstraße sechs 5020 salzburg",
      // "kirchgasse einundzwanzig in 24103 kiel"), a year after a month ("zweite April sechsundachtzig").
      if (single && !c.ordinal && Number(c.text) < 100 && !numberBeside(c.first, c.last)) continue;
      // A lone "one"/"eins" is a count ("one of them"); a lone "null"/"zero" a word of code or prose.
      if (single && !c.ordinal && (c.text === '1' || (c.digits && c.text === '0'))) continue;
      if (c.digits && c.text.length < 3 && notAllDigitWords(c.first, c.last)) continue;
      chunksOut.push(c);
    }
  }

  if (chunksOut.length === 0 && !text.includes(' dot ') && !text.includes(' punkt ')) return undefined;
  const byFirst = new Map<number, Chunk>();
  for (const c of chunksOut) byFirst.set(c.first, c);
  /** The digits a word index starts (a number typed, or a converted chunk), and the index after it. */
  const groupAt = (k: number): { text: string; next: number } | undefined => {
    const c = byFirst.get(k) ?? spare.get(k);
    if (c !== undefined) return /^\d{1,3}$/.test(c.text) ? { text: c.text, next: c.last + 1 } : undefined;
    if (!exists(k) || (flags[k] & DIGITS) === 0) return undefined;
    const s = text.slice(starts[k], ends[k]);
    return s.length <= 3 ? { text: s, next: k + 1 } : undefined;
  };
  const isDot = (k: number) => wordIs(k, 'dot') || wordIs(k, 'punkt');
  const blanks = (a: number, b: number) => /^[ \t]+$/.test(text.slice(a, b));
  for (let k = 0; k < count;) {
    // A chain of number groups joined by "dot"/"punkt": three groups or more (an IP address, a version).
    const g = isDot(k + 1) || byFirst.has(k) || spare.has(k) ? groupAt(k) : undefined;
    if (g !== undefined && isDot(g.next)) {
      const groups = [g];
      let at = g.next;
      while (isDot(at) && blanks(ends[at - 1], starts[at])) {
        const h = groupAt(at + 1);
        if (h === undefined || !blanks(ends[at], starts[at + 1])) break;
        groups.push(h);
        at = h.next;
      }
      if (groups.length >= 3) {
        replace(starts[k], ends[at - 1], groups.map((x) => x.text).join('.'));
        k = at;
        continue;
      }
    }
    const c = byFirst.get(k);
    if (c !== undefined) {
      if (c.plus !== undefined) replace(c.plus, ends[c.last], '+' + c.text);
      else replace(starts[c.first], ends[c.last], c.text);
      k = c.last + 1;
    } else k++;
  }
  if (pieces.length === 0) return undefined;
  parts.push(text.slice(copied));
  return { text: parts.join(''), pieces };
}

/** Reads the number words words[first..last] (a run) as chunks. */
function parseRun(first: number, last: number): Chunk[] {
  const values = wValue;
  const out: Chunk[] = [];
  const kind = (k: number) => (k <= last ? KINDS[wKind[k]] : undefined);
  let i = first;
  while (i <= last) {
    const w = { kind: KINDS[wKind[i]], value: wValue[i], dot: (wFlags[i] & DOT) !== 0 };
    const start = i;
    if (w.kind === 'repeat') {
      const next = kind(i + 1);
      if (next === 'digit' || next === 'oh') {
        out.push({ first: i, last: i + 1, text: String(values[i + 1]).repeat(w.value), digits: true, weak: true });
        i += 2;
      } else i++;
      continue;
    }
    if (w.kind === 'oh') {
      out.push({ first: i, last: i, text: '0', digits: true, weak: true });
      i++;
      continue;
    }
    if (w.kind === 'and') {
      i++;
      continue;
    }
    if (w.kind === 'ordinal') {
      out.push({ first: i, last: i, text: w.dot ? `${w.value}.` : String(w.value), digits: false, ordinal: true });
      i++;
      continue;
    }
    // A value below 100 at i ("forty two", "seventeen", "zweiundvierzig", "six"), with the index after it.
    const belowHundred = (k: number): { value: number; next: number } | undefined => {
      const kk = kind(k);
      if (kk === 'tens') {
        if (kind(k + 1) === 'digit' && values[k + 1] > 0) return { value: values[k] + values[k + 1], next: k + 2 };
        return { value: values[k], next: k + 1 };
      }
      if (kk === 'teen' || kk === 'digit' || (kk === 'number' && values[k] < 100))
        return { value: values[k], next: k + 1 };
      return undefined;
    };
    if (w.kind === 'tens' && kind(i + 1) === 'ordinal' && values[i + 1] < 10) {
      out.push({ first: i, last: i + 1, text: String(w.value + values[i + 1]), digits: false, ordinal: true });
      i += 2;
      continue;
    }
    // "two thousand (and) four", "one hundred and two", "nineteen hundred".
    if ((w.kind === 'digit' || w.kind === 'teen') && (kind(i + 1) === 'thousand' || kind(i + 1) === 'hundred')) {
      let value = w.value * values[i + 1];
      let k = i + 2;
      if (KINDS[wKind[i + 1]] === 'thousand' && kind(k) === 'digit' && kind(k + 1) === 'hundred') {
        value += values[k] * 100;
        k += 2;
      }
      if (kind(k) === 'and') k++;
      const rest = belowHundred(k);
      if (rest !== undefined) {
        value += rest.value;
        k = rest.next;
      } else if (kind(k - 1) === 'and') k--;
      out.push({ first: start, last: k - 1, text: String(value), digits: false });
      i = k;
      continue;
    }
    // Years: "nineteen sixty eight", "nineteen oh five", "twenty twenty four".
    if ((w.kind === 'teen' && w.value >= 11) || (w.kind === 'tens' && w.value === 20)) {
      const nk = kind(i + 1);
      if (nk === 'oh' && kind(i + 2) === 'digit') {
        out.push({ first: i, last: i + 2, text: String(w.value * 100 + values[i + 2]), digits: false });
        i += 3;
        continue;
      }
      if (nk === 'tens' || nk === 'teen' || (nk === 'number' && values[i + 1] >= 10 && values[i + 1] < 100)) {
        const rest = belowHundred(i + 1)!;
        out.push({ first: i, last: rest.next - 1, text: String(w.value * 100 + rest.value), digits: false });
        i = rest.next;
        continue;
      }
    }
    if (w.kind === 'digit') {
      out.push({ first: i, last: i, text: String(w.value), digits: true });
      i++;
      continue;
    }
    if (w.kind === 'hundred' || w.kind === 'thousand') {
      i++;
      continue;
    }
    const v = belowHundred(i);
    if (v !== undefined) {
      out.push({ first: i, last: v.next - 1, text: String(v.value), digits: false });
      i = v.next;
      continue;
    }
    out.push({ first: i, last: i, text: String(w.value), digits: false });
    i++;
  }
  return out;
}
