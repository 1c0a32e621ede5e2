import type { Entity } from './entities.js';
import { labelStrength, parseName, plausibleName } from './names.js';
import {
  endsName,
  GERMAN_NOUN_ENDINGS,
  isCommonWord,
  isDictionaryWord,
  isEnglishWord,
  isGivenName,
  isKnownName,
} from './name-list.js';

/**
 * Names that scraped pages write in fixed places the name scorer reads too rarely to learn:
 * - a post's or review's byline: "Posted by Tawia B. » Mon 4 May 2026", "Beitrag von Ilkka M. » Di 5. Mai",
 *   "★★★★☆ by Saoirse K. · Sun 3 May" (the name, often a given name and an initial, then a date);
 * - a delivery note or a card log: "abgegeben bei Nachbar/in Oyelaran", "left with neighbour Thorvaldsen",
 *   "Card reported lost by Kalani";
 * - a checklist item's assignee after a colon: "- [ ] Unterweisung nachholen: Dovile" (a known name,
 *   or a part of a name-built @handle of the page, `handleParts`).
 * Roles and teams in a byline ("Posted by Admin", "by Verified Customer") are not people. Each pattern
 * is sticky or line-bounded with bounded repetitions; linear.
 */
export function namesInPagePlaces(text: string, handleParts: ReadonlySet<string>): Entity[] {
  const out: Entity[] = [];
  if (BYLINE_HINT.test(text) && BY_THEN_CAPITAL.test(text))
    for (const m of text.matchAll(BYLINE)) {
      const name = m[1];
      // One word alone is a known name, or it is a forum nickname ("Antwort von Paragraphenreiter").
      if (!personWords(name) || (!/[ \t]/.test(name) && !isGivenName(name) && !isKnownName(name))) continue;
      const start = m.index + m[0].length - name.length - m[2].length;
      out.push({ type: 'PERSON', start, end: start + name.length, score: 0.85 });
    }
  if (BYLINE_HINT.test(text) && DASH_BY.test(text))
    for (const m of text.matchAll(DASH_BYLINE)) {
      const name = m[1];
      if (!personWords(name) || (!/[ \t]/.test(name) && !isGivenName(name) && !isKnownName(name))) continue;
      const start = m.index + m[0].length - name.length;
      out.push({ type: 'PERSON', start, end: start + name.length, score: 0.85 });
    }
  if (CUE_HINT.test(text))
    for (const m of text.matchAll(CUED)) {
      if (!personWords(m[1])) continue;
      const start = m.index + m[0].length - m[1].length;
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
    }
  if (text.includes('['))
    for (const m of text.matchAll(CHECKLIST_ASSIGNEE)) {
      const words = m[1].split(/[ \t]+/);
      // The task before the colon: a field label ("Route:", "Status:") is one word, a task ("Unterweisung nachholen:") more.
      const taskWords = m[0]
        .slice(m[0].indexOf(']') + 1, m[0].lastIndexOf(':'))
        .trim()
        .split(/\s+/).length;
      if (!words.every((w) => assigneeWord(w, handleParts, taskWords))) continue;
      const start = m.index + m[0].length - m[1].length - m[2].length;
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.8 });
    }
  if (text.includes('#'))
    for (const m of text.matchAll(PROFILE_HEADING))
      profileName(text, m.index + m[0].length - m[1].length - m[2].length, out);
  if (text.includes('|')) for (const m of text.matchAll(KEY_VALUE_ROW)) keyValueName(text, m, out);
  return out;
}

/**
 * A person's profile page: a heading that is a name, and under it their job and a manager or an
 * extension ("# Tavita Leiataua\nForklift driver · Manager: @r.oyelaran"). Group 1 is the heading's
 * text, group 2 the line break.
 */
const PROFILE_HEADING =
  /(?<=^|\n)#{1,3}[ \t]+([^\n#]{3,60}?)[ \t]*(\r?\n)(?=[^\n]{0,80}(?:(?:[Vv]orgesetzte[rn]?(?:\/r)?|[Mm]anager(?:in)?|[Rr]eports[ \t]to|[Ss]upervisor|[Tt]eamleit(?:er|erin|ung))[ \t]*:|(?:[Dd]urchwahl|[Ee]xtension|[Ee]xt\.)[ \t]*[-+]?\d))/gu;

function profileName(text: string, start: number, out: Entity[]): void {
  const lineEnd = text.indexOf('\n', start);
  const name = parseName(text, start, false);
  if (!name || name.tokens.length < 2 || name.tokens.length > 3 || !plausibleName(name)) return;
  if (text.slice(name.end, lineEnd).trim() !== '') return;
  out.push({ type: 'PERSON', start, end: name.end, score: 0.85 });
}

/**
 * A two-cell row of a key-value table, "| Name | Oluwaseun Adeyemi-Brandt |": a person's label, then their
 * name (the table's heading "| Feld | Wert |" says nothing of it). Group 1 is the key, group 2 the value.
 */
/** One word that is no given name: a column's heading ("Wert", "Value", "Ort"), not a person's name. */
const headingWord = (cell: string) => /^\p{L}+$/u.test(cell) && !isGivenName(cell);
/** A table's separator row right after a row: that row is the heading ("| Name | Wert |" over "|---|---|"). */
const SEPARATOR_ROW = /^\r?\n[ \t]*\|?[ \t]*:?-{3}/;
const KEY_VALUE_ROW = /(?<=^|\n)[ \t]*\|[ \t]*([^|\n]{2,40}?)[ \t]*\|[ \t]*([^|\n]{2,80}?)[ \t]*\|[ \t]*(?=\r?\n|$)/gu;

function keyValueName(text: string, m: RegExpExecArray | RegExpMatchArray, out: Entity[]): void {
  if (labelStrength(m[1]) !== 'strong') return;
  // A row under the table's heading, not the heading itself ("| Name | Ort |" heads a table of names and places).
  const lineStart = m.index! + m[0].indexOf('|');
  const above = text.lastIndexOf('\n', text.lastIndexOf('\n', lineStart) - 1);
  if (!/^[ \t]*\|/.test(text.slice(above + 1, above + 40))) return;
  // A row over a separator row ("|---|---|") with one word, no given name, as its value is the heading ("| Name |
  // Wert |"), also in the text's first line; a whole name there stays ("| Name | Anna Schmidt |" over "|---|---|").
  if (SEPARATOR_ROW.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) && headingWord(m[2])) return;
  const start = m.index! + m[0].lastIndexOf(m[2]);
  const name = parseName(text, start, true);
  if (!name || start + m[2].length !== name.end || !plausibleName(name)) return;
  out.push({ type: 'PERSON', start, end: name.end, score: 0.85 });
}

/** A name word: upper case first, then lower-case letters (marks, apostrophes, hyphens inside). */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?`;
/** A byline's name: a word, then up to two words or initials ("Kugu O.", "Made Mertha", "Zica B."). */
const BYLINE_NAME = String.raw`${WORD}(?:[ \t](?:${WORD}|\p{Lu}\.)){0,2}`;
const BYLINE_HINT = /\b(?:by|von)\b/i;
/**
 * What every BYLINE match holds: "by", "von" or "from" (any first case), blanks, and the name's capital. A cheap
 * test (most texts with a "von" have no capital after it) before the line-anchored pattern.
 */
const BY_THEN_CAPITAL = /(?:[Bb]y|[Vv]on|[Ff]rom)[ \t]+\p{Lu}/u;
/**
 * What may stand before a byline at its line's start: a quote mark, a bullet or dash("•" is "." in the view), HTML tags ("<p>", "<span
 * class=…>"), a few of them; each bounded, so the pattern stays linear.
 */
const LEAD_IN = String.raw`(?:(?:[>•·.*_#—–-]|<[A-Za-z][A-Za-z0-9]{0,9}(?:[ \t][^<>\n]{0,80})?>)[ \t]*){0,4}`;
/**
 * At a line's start: rating stars then "by"/"von", or a post's cue; the name; then a separator and a date
 * (a word and a digit, or a digit), or the line's end. A separator may stay an HTML name the view leaves ("&raquo;"). Group 2 is what follows the name.
 */
const BYLINE = new RegExp(
  String.raw`(?<=^|\n)[ \t]*${LEAD_IN}(?:(?:[★☆✩✪⭐]{1,5}|\*{1,5}|\d(?:[.,]\d)?[ \t]?\/[ \t]?5)[ \t]*(?:[Bb]y|[Vv]on|[Ff]rom)|(?:[Pp]osted|[Ww]ritten|[Aa]nswered|[Rr]eplied|[Rr]eply|[Rr]eview(?:ed)?|[Ss]ubmitted)[ \t]by|(?:[Bb]eitrag|[Aa]ntwort|[Bb]ewertung|[Rr]ezension|[Kk]ommentar)[ \t]von|(?:[Gg]eschrieben|[Vv]erfasst|[Gg]epostet)[ \t]von)[ \t]+(${BYLINE_NAME})([ \t]*(?:[»|,.-]|&[a-z]{2,8};|am|on)[ \t]*(?:\p{L}{2,10}\.?[ \t]+)?\d|[ \t]*(?=\r?\n|$))`,
  'gu',
);
/**
 * A byline after a dash inside a line ("“The best café in town” — by Kugu Oyelaran (Google review)", "… – von Anna
 * Weber"): the whole name, up to a bracket, comma, separator or the line's end.
 */
const DASH_BYLINE = new RegExp(
  String.raw`(?<=[ \t]|^)[—–-][ \t]*(?:by|von)[ \t]+(${BYLINE_NAME})(?=[ \t]*(?:[(,·|»]|\r?\n|$))`,
  'gu',
);
/** What every DASH_BYLINE holds, in a pass that starts at a dash: most texts are answered without its lookbehind at every place. */
const DASH_BY = /[—–-][ \t]*(?:by|von)[ \t]/;
const CUE_HINT = /neighbou?r|nachbar|reported|gemeldet/i;
/** Delivery notes and card logs: the person something was left with, or who reported it. */
const CUED = new RegExp(
  String.raw`(?:[Ll]eft[ \t]with[ \t](?:the[ \t]|a[ \t])?neighbou?r|(?:[Aa]bgegeben|[Hh]interlegt|[Zz]ugestellt|[Üü]bergeben)[ \t]bei[ \t](?:(?:dem|der|einem|einer)[ \t])?Nachbar(?:\/-?in|in|n)?|[Rr]eported[ \t](?:lost|stolen|missing|damaged)[ \t]by|(?:verloren|gestohlen|vermisst)[ \t]gemeldet[ \t](?:von|durch))[ \t]+(${WORD}(?:[ \t]${WORD})?)`,
  'gu',
);
/** A checklist item "- [ ] task: Name" ending its line; group 2 is the blanks after the name. */
const CHECKLIST_ASSIGNEE = new RegExp(
  String.raw`(?<=^|\n)[ \t]*[-*+][ \t]\[[ xX]\][ \t][^\n:]{2,80}:[ \t]+(${WORD}(?:[ \t]${WORD})?)([ \t]*)(?=\r?\n|$)`,
  'gu',
);

/** First words of bylines that name a role, a team or no one. */
const NOT_PEOPLE = new Set(
  'admin administrator moderator mod redaktion team support service gast guest anonymous anonym unknown unbekannt verified verifizierter verifizierte kunde kundin customer user nutzer benutzer staff the our unser unsere ein eine a an mitarbeiter editor'.split(
    ' ',
  ),
);

/** The words of a cued name are a person's: no role first, no team or firm word among them, no weekday or month. */
function personWords(name: string): boolean {
  const words = name.split(/[ \t]+/);
  if (NOT_PEOPLE.has(words[0].toLowerCase())) return false;
  if (words.some((w) => endsName(w) || CALENDAR.test(w))) return false;
  // A product or a service ("Google Cloud", "Microsoft Defender"): no given name first, and an ordinary word after it
  // that is no one's name. A given name first keeps the byline ("Anna Fisher", "Kugu O.").
  if (isGivenName(words[0])) return true;
  return !words
    .slice(1)
    .some((w) => w.length > 2 && !isKnownName(w) && (isEnglishWord(w.toLowerCase()) || isDictionaryWord(w)));
}
const CALENDAR =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Today|Heute|Gestern|Yesterday)$/;

/**
 * A checklist assignee's word: a part of one of the page's name handles, or a known name that is no
 * ordinary word; in a list the page assigns by name handles, after a task of two words or more (not a
 * one-word field label), also a word no dictionary holds that reads as no status and no German compound noun ("Erledigt", "Drehmomentschlüssel").
 */
function assigneeWord(word: string, handleParts: ReadonlySet<string>, taskWords: number): boolean {
  if (CALENDAR.test(word)) return false;
  const lower = word.toLowerCase();
  if (handleParts.has(lower)) return true;
  if (isDictionaryWord(word) || isEnglishWord(word) || isDictionaryWord(lower) || isEnglishWord(lower)) return false;
  if (isGivenName(word) || isKnownName(word)) return true;
  return (
    handleParts.size > 0 &&
    taskWords >= 2 &&
    word.length <= 12 &&
    !STATUS.has(lower) &&
    !isCommonWord(word) &&
    !NOUN_ENDING.test(lower)
  );
}
const STATUS = new Set(
  'offen erledigt fertig geplant laufend ausstehend abgeschlossen storniert ja nein ok okay done open closed pending planned ongoing yes no none keine keiner niemand tbd todo wip blocked blockiert'.split(
    ' ',
  ),
);
/** Endings of German and English nouns and participles the dictionaries miss (compounds, derived words). */
const NOUN_ENDING = new RegExp(
  `(?:${GERMAN_NOUN_ENDINGS}|ungen|ment|ness|zeug|teil|gerät|schlüssel|plan|liste|stelle|bericht|ierte?|iert|ed|ing|bahn|straße|strasse|weg|platz|halle|werk|lager|raum|zone|linie)$`,
);
