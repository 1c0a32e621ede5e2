import type { Entity } from './entities.js';
import { LOWER, NAME_WORD, UPPER } from './letters.js';
import {
  GERMAN_NOUN_ENDINGS,
  isCommonWord,
  isDictionaryWord,
  isEnglishWord,
  isGivenName,
  isKnownName,
} from './name-list.js';

/**
 * Names in slide decks and workbooks extracted to plain text (python-pptx, LibreOffice, markitdown, xlsx2csv):
 * places where such a file writes people and prose rarely does, so the name scorer reads them too seldom:
 * - "Surname, Given" (or "SURNAME, Given") alone on a slide line, as a heading, or as a row's first cell;
 * - buddies, mentors and godparents after an arrow or a label ("• Anna Berg → Buddy: Jonas", "Patin: …");
 * - a household's members with their relation or age in brackets ("Jonas (partner)", "Kinder: Mia (6) und
 *   Lio (3)"), a child with a birth date ("Mia, geb. 2016-04-05"), "the Berg family";
 * - the authors of cell notes and comments ("Note (Anna Berg):", "Kommentar von …", "[Threaded comment] …:");
 * - portraits' alt texts ("[Bild: Porträt Berg]", alt="Photo of …", "Picture 3: … at the kick-off") and a
 *   person's documents ("Passport (Anna):", "Reisepass Berg:");
 * - a row's role label and its person ("Lehrkraft;Anna Berg", "Host family,Berg,", "Kandidat/in 2: …"), a
 *   presenter, and the person of a title slide's or footer's "Firm GmbH | Anna Berg | date";
 * - a team slide's people and their counts ("• Anna Berg: 9 Besetzungen").
 * Every value must look like a name: no word of the language unless it is a known name. Every pattern is
 * bounded to one line with bounded repetitions: linear in the text's length.
 */

const W = NAME_WORD;
const CAPS = `[${UPPER}]{2,}(?:-[${UPPER}]{2,})?`;
/** One to three name words. */
const RUN = `${W}(?:[ ]${W}){0,2}`;
// A bullet; detection reads the normalised text, where "•" and "◦" became ".".
const BULLET = '(?:[-•*.▪◦☐☑✓][ \\t]*)?';
const HEADING = '(?:#{1,3}[ \\t]+)?';

const person = (start: number, end: number, score: number): Entity => ({ type: 'PERSON', start, end, score });

/** German nouns by their ending ("Firmengebäude", "Anmeldung"): things, whatever the word lists say. */
const NOUN_ENDING = new RegExp(
  `(?:${GERMAN_NOUN_ENDINGS}|ment|gebäude|haus|zentrum|logo|bild|karte|team|plan|liste|nummer|datum|adresse|umsatz|betrag|angestellte[rn]?|beschäftigte[rn]?|beamt(?:e[rn]?|in)|sekretärin|assistentin|referentin|beraterin|leiterin|meisterin)$`,
  'i',
);
/** Nationalities and their languages ("Passport (German)"): no one's name. */
const NATIONALITY =
  /^(?:German|Deutsch|British|English|Irish|Scottish|Welsh|French|Swiss|Austrian|Dutch|Belgian|Polish|Italian|Spanish|Portuguese|Turkish|Greek|Danish|Swedish|Norwegian|Finnish|Czech|Russian|Ukrainian|American|Canadian|Indian|Chinese|Japanese|EU|Schweizer|Österreichisch|Französisch|Britisch)$/;

/** A word that may be (part of) a name: a known name, or no word of the language. */
export function nameWord(word: string): boolean {
  if (NATIONALITY.test(word)) return false;
  if (isGivenName(word) || isKnownName(word)) return !isCommonWord(word) || isGivenName(word);
  if (NOUN_ENDING.test(word)) return false;
  const bare = word.replace(/[’']/g, '');
  return !isDictionaryWord(bare) && !isEnglishWord(bare.toLowerCase()) && !isCommonWord(bare);
}
/** Every word of a run may be part of a name. */
const nameRun = (run: string) => run.split(/[ \t]+/).every((w) => w.split('-').every((p) => p === '' || nameWord(p)));

// "Okafor, Jana" alone on a line, as a heading or a bullet; or the first cell of a tab or semicolon row,
// or a quoted cell of a comma row.
const SURNAME_GIVEN = new RegExp(
  `^${HEADING}${BULLET}("?)(${W}|${CAPS}),[ ](${W})\\1(?=[ \\t]*(?:\\r?$|[\\t;]|(?<="),))`,
  'dgmu',
);
// "→ Buddy: Jana", "→ Mentorin: Jana Okafor"; and the person before the arrow.
const RELATION = '(?:[Bb]uddy|[Mm]entor(?:in)?|[Pp]at(?:e|in)|[Cc]oach|[Gg]odparent)';
const AFTER_ARROW = new RegExp(`(?:→|->|=>)[ \\t]*${RELATION}[ \\t]*:[ \\t]*(${RUN})`, 'dgu');
const BEFORE_ARROW = new RegExp(`^${HEADING}${BULLET}(${RUN})[ \\t]+(?:→|->|=>)[ \\t]*${RELATION}\\b`, 'dgmu');
const RELATION_LINE = new RegExp(
  `^${BULLET}(?:${RELATION}|[Pp]at(?:e|in) zuweisen|[Aa]ssign buddy|[Bb]uddy zuweisen)[ \\t]*:[ \\t]*(${RUN})[ \\t]*\\r?$`,
  'dgmu',
);
/** How every RELATION_LINE label ends, before its colon ("Buddy:", "Mentorin :", "Pate zuweisen:"): a cheap test first. */
const RELATION_END = /(?:uddy|entor(?:in)?|[Pp]at(?:e|in)|oach|odparent|zuweisen)[ \t]*:/;
// A team slide's person and count: "• Anna Berg: 9 Besetzungen", "- Jonas Okafor: 18".
const TEAM_COUNT = new RegExp(
  `^${BULLET}(${W}(?:[ ]${W}){1,2}):[ \\t]+\\d{1,4}(?:[ \\t]+(?:Besetzungen|Vermittlungen|Einstellungen|Abschlüsse|placements|hires|deals))?[ \\t]*\\r?$`,
  'dgmu',
);
// A household member: "• Jonas (partner)", "Mia Berg (Mitarbeiter/in)", "Lio, geb. 2016-04-05".
const MEMBER = new RegExp(`^${BULLET}(${RUN})[ \\t]+\\(([^()\\n]{1,24})\\)[ \\t]*\\r?$`, 'dgmu');
const KIN =
  /^(?:partner(?:\/in|in)?|ehe(?:frau|mann|partner(?:\/in|in)?)|lebenspartner(?:\/in|in)?|spouse|wife|husband|assignee|mitarbeiter(?:\/in|in)?|employee|kind|child|sohn|tochter|son|daughter|mutter|vater|mother|father)$/i;
/** An age or a school year in brackets after a child's name ("Mia (6)", "Zubeen (Year 8)"), read in a list of children only. */
const AGE = /^(?:\d{1,2}|\d{1,2} j(?:\.|ahre)?|age \d{1,2}|year \d{1,2}|klasse \d{1,2})$/i;
const BORN_MEMBER = new RegExp(`^${BULLET}(${RUN}),[ \\t]+(?:born|geb\\.|geboren(?: am)?)[ \\t]+\\d`, 'dgmu');
// "Kinder: Mia (6) und Lio (3)", "Children: Zubeen (Year 8) and Nilakshi (Year 3)".
const CHILDREN = new RegExp(
  `(?:Kinder|Children|Kids|Kind|Child|Töchter|Söhne|Sons|Daughters)[ \\t]*:[ \\t]*((?:${W})[ \\t]+\\([^()\\n]{1,12}\\)(?:(?:,|[ \\t]+und|[ \\t]+and)[ \\t]+${W}[ \\t]+\\([^()\\n]{1,12}\\)){0,5})`,
  'dgu',
);
const CHILD = new RegExp(`(${W})[ \\t]+\\(([^()\\n]{1,12})\\)`, 'dgu');
// "the Berg family", "Familie Berg".
const FAMILY = new RegExp(
  `\\b(?:the|for the|of the)[ \\t]+(${W})[ \\t]+family\\b|\\b(${W})[ \\t]+family\\b(?=\\r?\\n|$)`,
  'dgmu',
);
// The authors of notes and comments.
const NOTE_AUTHOR = new RegExp(
  `(?:\\b(?:Note|Notiz|Comments?|Kommentare?|Anmerkung|Remark)[ \\t]*\\((${RUN})\\)|\\b(?:Kommentar|Notiz|Comment|Note|Anmerkung)[ \\t]+(?:von|by|from)[ \\t]+(${RUN})|\\[Threaded comment\\][ \\t]*(${RUN})[ \\t]*:)`,
  'dgu',
);
// Portraits' alt texts and a person's documents.
const PORTRAIT = '(?:[Pp]orträt(?:foto)?|[Pp]ortrait|[Ff]oto|[Pp]hoto|[Hh]eadshot|[Bb]ild)(?:[ \\t]+(?:of|von))?';
const ALT_TEXT = new RegExp(
  `(?:\\[(?:Bild|Image|Picture|Photo|Foto|Grafik)(?:[ \\t]+\\d{1,3})?:[ \\t]*${PORTRAIT}[ \\t]+(${RUN})[ \\t]*\\]|\\balt="${PORTRAIT}[ \\t]+(${RUN})"|^(?:Picture|Bild|Image|Foto|Photo)[ \\t]+\\d{1,3}:[ \\t]*(${RUN})[ \\t]+(?:at|beim|bei|in|during|auf|with|mit)\\b)`,
  'dgmu',
);
const DOCUMENT_OF = new RegExp(
  `\\b(?:Passport|Reisepass|Personalausweis|Ausweis|Visum|Visa|Aufenthaltstitel|Residence permit)[ \\t]*(?:\\((${RUN})\\)|[ \\t](${RUN}))[ \\t]*:`,
  'dgu',
);
// A row's role label and its person: "Lehrkraft;Anna Berg;;", "Host family,Berg,", "Kandidat/in 2: Anna Berg".
const ROLE_LABEL =
  '(?:Lehrkraft|Lehrer(?:/in|in)?|Teacher|Trainer(?:/in|in)?|Kund(?:e|in)|Customer|Client|Host family|Gastfamilie|Dispatcher|Disponent(?:/in|in)?|Kandidat(?:/in|in)?|Candidate|Presenter|Referent(?:/in|in)?|Moderator(?:/in|in)?|Consultant|Berater(?:/in|in)?|Recruiter(?:/in|in)?|Betreuer(?:/in|in)?|Ansprechpartner(?:/in|in)?|Au[- ]pair|Approved by|Genehmigt von|Presented by|Vorgestellt von)';
const ROLE_ROW = new RegExp(
  `^${HEADING}${ROLE_LABEL}(?:[ \\t]+\\d{1,2})?[ \\t]*(?:[\\t;,]|:[ \\t]+)"?(${RUN})"?[ \\t]*(?=[\\t;,]|\\r?$)`,
  'dgmu',
);
const PRESENTER = new RegExp(
  `\\b(?:Presenter|Referent(?:/in|in)?|Vortragende[rn]?|Speaker|Moderation)[ \\t]*:[ \\t]*(${RUN})(?=[ \\t]*(?:[·.|,]|\\r?$))`,
  'dgmu',
);
// "Firm GmbH | Anna Berg | 2026-08-14" (a footer), "Anna Berg, Firm GmbH" (a title slide).
const FIRM = '(?:GmbH|AG|SE|KG|Ltd\\.?|Limited|LLC|LLP|Inc\\.?|plc|S\\.A\\.|B\\.V\\.|e\\.V\\.)';
const FOOTER = new RegExp(
  `^[^\\n|]{2,80}?\\b${FIRM}[ \\t]*[|·.][ \\t]*(${W}(?:[ ]${W}){1,2})[ \\t]*[|·.][ \\t]*\\d`,
  'dgmu',
);
const TITLE_NAME = new RegExp(`^(${W}(?:[ ]${W}){1,2}),[ \\t]+[^\\n,]{2,60}?\\b${FIRM}[ \\t]*\\r?$`, 'dgmu');
/**
 * A legal form where FOOTER (before a separator) or TITLE_NAME (ending the line) reads one: neither matches
 * without it, and this one pass costs less than theirs, which try every line's start.
 */
const FIRM_PLACED = new RegExp(`\\b${FIRM}[ \\t]*(?:[|·.]|\\r?$)`, 'mu');

/** Each group of every match that holds a name run, as a finding. */
function runs(text: string, pattern: RegExp, score: number, out: Entity[], single = true): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      const run = m[g];
      if (!run || !m.indices) continue;
      const [start, end] = m.indices[g]!;
      if (!nameRun(run)) continue;
      if (!single && !/[ \t]/.test(run)) continue;
      out.push(person(start, end, score));
    }
  }
}

/** The names of slide decks and workbooks (see above). */
export function namesInDecks(text: string): Entity[] {
  const out: Entity[] = [];
  SURNAME_GIVEN.lastIndex = 0;
  for (let m = SURNAME_GIVEN.exec(text); m; m = SURNAME_GIVEN.exec(text)) {
    const [, , surname, given] = m;
    const plain =
      surname.length > 1 && surname === surname.toUpperCase() ? surname[0] + surname.slice(1).toLowerCase() : surname;
    if (!nameRun(plain) || !nameRun(given)) continue;
    // One finding for the whole name, as the other detectors write "Okonkwo, Chidi": masked as one person.
    out.push(person(m.indices![2]![0], m.indices![3]![1], 0.85));
  }
  // Both arrow patterns need an arrow: a text without one is not searched for them (a cheap search first).
  const arrow = text.includes('→') || text.includes('->') || text.includes('=>');
  if (arrow) runs(text, AFTER_ARROW, 0.85, out);
  // Before the arrow a whole name: its given name may be a word too ("Rattanak Touch"), a lone thing is no one.
  BEFORE_ARROW.lastIndex = 0;
  for (let m = arrow ? BEFORE_ARROW.exec(text) : null; m; m = BEFORE_ARROW.exec(text)) {
    const words = m[1].split(' ');
    if (words.length >= 2 && nameWord(words[0]) && words.some((w) => nameRun(w)))
      out.push(person(m.indices![1]![0], m.indices![1]![1], 0.85));
  }
  runs(text, TEAM_COUNT, 0.8, out, false);
  // RELATION_LINE's label ends in one of these before its colon; the line-anchored pattern runs only where one stands.
  if (RELATION_END.test(text)) runs(text, RELATION_LINE, 0.85, out);
  MEMBER.lastIndex = 0;
  for (let m = MEMBER.exec(text); m; m = MEMBER.exec(text))
    if (KIN.test(m[2].trim()) && nameRun(m[1])) out.push(person(m.indices![1]![0], m.indices![1]![1], 0.85));
  runs(text, BORN_MEMBER, 0.85, out);
  CHILDREN.lastIndex = 0;
  for (let m = CHILDREN.exec(text); m; m = CHILDREN.exec(text)) {
    const from = m.indices![1]![0];
    CHILD.lastIndex = 0;
    for (let c = CHILD.exec(m[1]); c; c = CHILD.exec(m[1]))
      if (AGE.test(c[2].trim()) && nameRun(c[1])) out.push(person(from + c.index, from + c.index + c[1].length, 0.85));
  }
  // Both of FAMILY's forms end in the word "family": most texts are answered without its pass.
  if (text.includes('family')) runs(text, FAMILY, 0.8, out);
  runs(text, NOTE_AUTHOR, 0.85, out);
  runs(text, ALT_TEXT, 0.85, out);
  runs(text, DOCUMENT_OF, 0.85, out);
  runs(text, ROLE_ROW, 0.85, out);
  runs(text, PRESENTER, 0.85, out);
  if (FIRM_PLACED.test(text)) {
    runs(text, FOOTER, 0.85, out);
    runs(text, TITLE_NAME, 0.8, out);
  }
  return out;
}

/** Words shorter than this are not carried to other mentions (initials, particles). */
const MIN_MENTION = 3;
const MENTION_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}@._-])[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?(?![\\p{L}\\p{N}@]|\\.[\\p{L}])`,
  'dgu',
);

/**
 * A name a deck's or sheet's place above named ("Lenara (partner)", "Behera, Subhashree"), mentioned again
 * alone in a speaker note or a cell ("School search for Beslan; Lenara prefers calls"): the mention names the
 * same person; in a text extracted from a deck or a workbook, a name any detector found lends its words too.
 * Only words of those findings that survived the look-alike filters and are no word of the
 * language; not beside another capitalised word (a firm's "Berg Haustechnik"). One pass over capitalised words.
 */
export function mentionsOfDeckNames(text: string, found: readonly Entity[], decks: readonly Entity[]): Entity[] {
  // In a deck's or a workbook's text every name found lends its words; elsewhere only those found above.
  const lenders = DECK_OR_SHEET.test(text) ? found : decks;
  if (lenders.length === 0) return [];
  const kept = new Set(found);
  const words = new Set<string>();
  for (const e of lenders)
    if (e.type === 'PERSON' && kept.has(e))
      for (const w of text.slice(e.start, e.end).split(/[^\p{L}'’-]+/u))
        if (w.length >= MIN_MENTION && nameWord(w)) words.add(w);
  if (words.size === 0) return [];
  const taken = new Uint8Array(text.length);
  for (const e of found) taken.fill(1, e.start, e.end);
  const out: Entity[] = [];
  MENTION_WORD.lastIndex = 0;
  for (let m = MENTION_WORD.exec(text); m; m = MENTION_WORD.exec(text)) {
    if (!words.has(m[0])) continue;
    const end = m.index + m[0].length;
    if (taken[m.index] || taken[end - 1]) continue;
    if (CAPITAL_AFTER.test(text.slice(end, end + 3))) continue;
    // A name word before it ("Galerie Sainte-Claire"), not a sentence's first word of the language ("Call Memet").
    const before = CAPITAL_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (before && nameWord(before[1])) continue;
    out.push(person(m.index, end, 0.8));
  }
  return out;
}
/** A slide's or a sheet's marker as the extractors write it: "--- Slide 3 ---", "Folie 2", "<!-- Slide number: 4 -->", "Sheet: Quote", "### Notes:". */
const DECK_OR_SHEET =
  /^(?:-{3} (?:Slide|Folie) \d{1,3}|(?:Slide|Folie) \d{1,3}\r?$|<!-- Slide number: \d|(?:Sheet|Tabelle|Blatt): \S|-{8} \d{1,2} \S|### Notes:|Notizen:\r?$|Notes:\r?$)/m;
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}-]*)\.?[ ]$/u;
const CAPITAL_AFTER = /^[ ]\p{Lu}/u;
