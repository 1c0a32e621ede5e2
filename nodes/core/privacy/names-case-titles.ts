import type { Entity } from './entities.js';
import { CONTINENTAL_FORMS, legalFormWords } from './legal-forms.js';
import { isEnglishWord, isKnownName } from './name-list.js';
import { wordLike } from './names.js';
import { isNameParticle } from './name-particles.js';

/**
 * The parties of a case title ("Okafor v Smith", "Employment Tribunal, Okafor v Smith", "Müller ./. Schmidt",
 * "Smith v. Jones Ltd", "In re Smith"): a party who is a person is written by surname alone, which no other
 * rule reads as a name. A party that is a firm (a legal form: "Jones Ltd", "Gebr. Schwarzkugel GmbH"), an
 * institution (words joined by "of", "for", "the": "Bank of Scotland", "Secretary of State for the Home
 * Department"; ordinary words: "Revenue and Customs"), the Crown or a state ("R", "Regina", "DPP", "Germany")
 * names no one. "v" joins teams too ("Arsenal v Chelsea"): a title counts where both sides hold a person, where
 * a word of the law is near ("case", "claimant", "Tribunal", "Rechtsstreit" …), or where it is written only as
 * lawyers write ("./.", "In re", "Ex parte"). "vs" and "versus" compare products far more often ("Postgres vs.
 * MySQL", "Vue versus React"): there only a word of the law near makes a title.
 */

/** What joins the parties: blanks around it. "gegen" is left out: "Eintracht Frankfurt gegen Hertha BSC" is a match. */
const MARKERS = [' v ', ' v. ', ' vs ', ' vs. ', ' versus ', ' ./. '];
/** The lawyers' own notation: a case title whatever is around it. */
const LAWYERS_MARKER = ' ./. ';

/** How far a party is read from its marker, in characters (a party is a few words; the reading stays linear). */
const REACH = 80;
/** A word of the law near the title: a case, not a match between teams. */
const LAW_NEAR =
  /\b(?:case|claim|claimant|defendant|plaintiff|appellant|respondent|applicant|tribunal|court|judge|judgment|judgement|appeal|hearing|heard|counsel|solicitors?|lawsuit|litigation|settlement|EWCA|EWHC|UKSC|UKEAT|Az\.|Aktenzeichen|Rechtsstreit|Sache|Sachen|Angelegenheit|Klage|Kläger(?:in)?|Beklagte[rn]?|Urteil|Beschluss|Verfahren|Mandat|Kanzlei)\b|gericht|\[\d{4}\]/i;
const LAW_WINDOW = 160;

/** Legal forms and firms' abbreviations: the party is a firm. */
const FIRM_WORDS = new Set([
  ...legalFormWords(CONTINENTAL_FORMS, ['eG', 'PartG', 'mbB']),
  // Firms' abbreviations, no legal forms: "Smith & Co", "Gebr. Schwarzkugel".
  ...'Co Cie Bros Gebr'.split(' '),
]);
/** The case's own nouns before its title ("in Sachen Müller ./. …", "im Rechtsstreit …", "Case Okafor v …"): never a party's. */
const CASE_NOUNS = new Set(
  'Sache Sachen Rechtssache Streitsache Rechtsstreit Verfahren Angelegenheit Klage Klagesache Case Matter Claim Appeal'.split(
    ' ',
  ),
);
/** Lower-case words that join an institution's name ("Bank of Scotland", "Secretary of State for the Home Department"). */
const INSTITUTION_LINKS = new Set(['of', 'for', 'the', 'für', 'des']);
/** Words between two parties on one side ("Smith and Jones v …"). */
const JOINERS = new Set(['and', 'und', '&']);
/** The Crown, the people and states as parties, which the name lists also hold as names ("Regina", "Germany"). */
const STATE_PARTIES = new Set(
  'R Regina Rex Crown Queen People State States United Kingdom Commonwealth Republic Council Board Mayor Constable Germany Deutschland Austria Österreich Switzerland Schweiz France Italy Spain Portugal Poland Ireland Scotland England Wales Britain Canada India China Kenya Brazil Florida Georgia Virginia'.split(
    ' ',
  ),
);

type Item = { kind: 'word'; start: number; end: number } | { kind: 'join' | 'firm' | 'particle' };
/** A party's words, joiners, firms' words and particles in order; an institution when link words join its words. */
interface Party {
  items: Item[];
  institution: boolean;
}
interface Chunk {
  /** The chunk's core: letters and what is inside, without the punctuation around. */
  start: number;
  end: number;
  /** Punctuation before or after the core (a bracket, a comma; after it, anything but a full stop alone): the party ends there. */
  openedBy: boolean;
  closedBy: boolean;
  /** A full stop right after the core: an initial's, an abbreviation's or a sentence's. */
  dot: boolean;
  /** A comma alone right after the core: "Vogelsänger, Friedegund" may go on. */
  comma: boolean;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isMark = (c: string) => /[,;:!?()[\]{}"“”„«»'’‘.]/.test(c);

/** The chunk of non-blank characters from `start` to `end`, its punctuation around the core told apart. */
function chunkOf(text: string, start: number, end: number): Chunk {
  let s = start;
  let e = end;
  while (s < e && isMark(text[s])) s++;
  while (e > s && isMark(text[e - 1])) e--;
  const after = text.slice(e, end);
  return {
    start: s,
    end: e,
    openedBy: s > start,
    closedBy: after.length > 0 && after !== '.',
    dot: after.startsWith('.'),
    comma: after === ',',
  };
}

/** What a chunk is in a party: a capitalised word, a firm's word, a joiner, a particle, a link, or the party's end. */
function kindOf(text: string, c: Chunk): Item['kind'] | 'link' | 'stop' {
  if (c.start >= c.end) return 'stop';
  const core = text.slice(c.start, c.end);
  if (FIRM_WORDS.has(core)) return 'firm';
  if (CASE_NOUNS.has(core)) return 'stop';
  if (JOINERS.has(core)) return 'join';
  const lower = core.toLowerCase();
  if (INSTITUTION_LINKS.has(lower)) return 'link';
  if (/^\p{Lu}/u.test(core)) return 'word';
  if (isNameParticle(core)) return 'particle';
  return 'stop';
}

/** The chunks of a line's stretch, in order (blanks between). */
function chunksIn(text: string, from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isBlank(text[i])) i++;
    let j = i;
    while (j < to && !isBlank(text[j])) j++;
    if (j > i) out.push(chunkOf(text, i, j));
    i = j;
  }
  return out;
}

/**
 * Whether the link words from chunk k on (stepping by `step`) lead to a capitalised word: "of" inside "Bank of
 * Scotland" joins an institution's name, "for the claimant" or "claim of Okafor" ends the party.
 */
function linksToWord(text: string, chunks: Chunk[], k: number, step: 1 | -1): boolean {
  for (let i = k; i >= 0 && i < chunks.length; i += step) {
    const kind = kindOf(text, chunks[i]);
    if (kind !== 'link') return kind === 'word';
  }
  return false;
}

/** A party written "Surname, Given name" ("Vogelsänger, Friedegund ./. …"): the comma between is inside the name. */
function surnameThenGiven(text: string, surname: Chunk, given: { start: number; end: number } | undefined): boolean {
  return (
    surname.comma &&
    given !== undefined &&
    /^\p{Lu}/u.test(text.slice(surname.start, surname.end)) &&
    personWord(text, surname.start, surname.end) &&
    personWord(text, given.start, given.end)
  );
}

/** The party after a marker (`from` is right after it): its items, up to the line's or the party's end. */
function partyAfter(text: string, from: number): Party {
  // The line's end within reach, searched in the reach only: a long line without breaks stays linear.
  const to = Math.min(from + REACH, text.length);
  const lineEnd = text.slice(from, to).indexOf('\n');
  const chunks = chunksIn(text, from, lineEnd === -1 ? to : from + lineEnd);
  const party: Party = { items: [], institution: false };
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k];
    if (c.openedBy && party.items.length > 0) break;
    const kind = kindOf(text, c);
    if (kind === 'stop' || (kind === 'link' && !linksToWord(text, chunks, k, 1))) break;
    if (kind === 'link') party.institution = true;
    else if (kind === 'word') party.items.push({ kind, start: c.start, end: c.end });
    else party.items.push({ kind });
    if (c.closedBy && party.items.length === 1 && surnameThenGiven(text, c, chunks[k + 1])) continue;
    // A full stop after a word ends the sentence, unless it is an initial or a firm's abbreviation ("Gebr.").
    if (c.closedBy || (c.dot && kind === 'word' && c.end - c.start > 1)) break;
  }
  return party;
}

/** The party before a marker (`to` is where the marker starts), read backwards from it. */
function partyBefore(text: string, to: number): Party {
  const from = Math.max(0, to - REACH);
  const chunks = chunksIn(text, from + text.slice(from, to).lastIndexOf('\n') + 1, to);
  const party: Party = { items: [], institution: false };
  for (let k = chunks.length - 1; k >= 0; k--) {
    const c = chunks[k];
    const kind = kindOf(text, c);
    // Punctuation or a sentence's full stop after a chunk before the party's words ends it ("Tribunal, Okafor v …").
    const ends = c.closedBy || (c.dot && c.end - c.start > 1 && kind !== 'firm');
    if (party.items.length > 0 && ends && !(party.items.length === 1 && surnameThenGiven(text, c, chunks[k + 1])))
      break;
    if (kind === 'stop' || (kind === 'link' && !linksToWord(text, chunks, k, -1))) break;
    if (kind === 'link') party.institution = true;
    else if (kind === 'word') party.items.unshift({ kind, start: c.start, end: c.end });
    else party.items.unshift({ kind });
    if (c.openedBy) break;
  }
  return party;
}

/** Whether a capitalised word can be a surname or given name in a party (not an ordinary word, an acronym, the state). */
function personWord(text: string, start: number, end: number): boolean {
  let word = text.slice(start, end);
  if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
  if (word.length < 2 || STATE_PARTIES.has(word)) return false;
  // "OKAFOR" in a title in capitals is a name the lists hold; "HMRC", "DPP" are bodies.
  if (word === word.toUpperCase()) return word.length > 2 && isKnownName(word);
  return isKnownName(word) || !(wordLike(word) || isEnglishWord(word));
}

/** An initial ("J."), part of a person's name but not one alone. */
const isInitial = (text: string, w: { start: number; end: number }) => w.end - w.start === 1 && text[w.end] === '.';

/** Below the rules that read a whole name ("Vogelsänger, Friedegund ./. …"): where both find one, theirs is kept. */
const PARTY_SCORE = 0.7;

/** A word in capitals the name lists do not hold ("HMRC", "DPP"), or a single capital ("R"): a body, not a person. */
function acronym(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return word === word.toUpperCase() && !(word.length > 2 && isKnownName(word));
}

/**
 * The people among a party's items, and whether the party is a body: a firm's or an institution's name (no
 * people then), the Crown, a state or an acronym. Each part between joiners whose words are all names is a
 * person; on the left side the words before the first listed name are the sentence's, not the party's ("Case
 * Okafor v …", "In Sachen Siegbert Hölzenbein ./. …"), and so are ordinary words first.
 */
function peopleOf(text: string, party: Party, trimLeading: boolean): { people: Entity[]; body: boolean } {
  if (party.institution || party.items.some((item) => item.kind === 'firm')) return { people: [], body: true };
  const words = party.items.filter((item) => item.kind === 'word');
  const body =
    words.length > 0 &&
    words.every((w) => STATE_PARTIES.has(text.slice(w.start, w.end)) || acronym(text, w.start, w.end));
  const people: Entity[] = [];
  let part: { start: number; end: number }[] = [];
  const settle = () => {
    let k = 0;
    if (trimLeading) {
      // Before the first listed name, the sentence's words; with none listed, its ordinary words ("Today Xuereb v …").
      const listed = part.findIndex((w) => isInitial(text, w) || isKnownName(text.slice(w.start, w.end)));
      if (listed > 0) k = listed;
      while (k < part.length - 1 && !personWord(text, part[k].start, part[k].end)) k++;
    }
    const named = part.slice(k);
    const names = named.filter((w) => !isInitial(text, w));
    if (names.length > 0 && named.length <= 4 && names.every((w) => personWord(text, w.start, w.end)))
      people.push({ type: 'PERSON', start: named[0].start, end: named[named.length - 1].end, score: PARTY_SCORE });
    part = [];
  };
  for (const item of party.items) {
    if (item.kind === 'join') settle();
    else if (item.kind === 'word') part.push(item);
  }
  settle();
  return { people, body };
}

/** Whether a word of the law stands near `at` (see LAW_NEAR). */
function lawNear(text: string, at: number): boolean {
  return LAW_NEAR.test(text.slice(Math.max(0, at - LAW_WINDOW), at + LAW_WINDOW));
}

/** Whether a case title's marker (" v ", " ./. " …) starts at `at`: the word before it is a party. */
export function caseMarkerAt(text: string, at: number): boolean {
  return text[at] === ' ' && MARKERS.some((marker) => text.startsWith(marker, at));
}

/**
 * The MARKERS, and the prefixes before a single party ("In re Smith", "Ex parte Okafor"), found in one
 * native pass: one `indexOf` scan per marker cost eight times as much on ordinary text, which holds none.
 */
const MARKER_OR_PREFIX = / (?:v\.? |vs\.? |versus |\.\/\. )|In [rR]e:? |Ex parte /g;

/** PERSON findings for the people among the parties of the text's case titles (see above). */
export function caseTitleNames(text: string): Entity[] {
  const out: Entity[] = [];
  for (const { 0: found, index: at } of text.matchAll(MARKER_OR_PREFIX)) {
    if (!found.startsWith(' ')) {
      // A prefix starts a word ("In re Smith", not "Within re …").
      if (at > 0 && /\p{L}/u.test(text[at - 1])) continue;
      out.push(...peopleOf(text, partyAfter(text, at + found.length), false).people);
      continue;
    }
    const left = peopleOf(text, partyBefore(text, at), true);
    const right = peopleOf(text, partyAfter(text, at + found.length), false);
    if (left.people.length + right.people.length === 0) continue;
    // "vs" and "versus" compare products and teams far more often than they join parties ("Postgres vs.
    // MySQL", "Vue versus React"): a case title only with a word of the law near, whoever the sides are.
    // (" vs ", " vs. ", " versus ": a "v" then an "s" or an "e"; " v " and " v. " keep their reading below.)
    if (found[1] === 'v' && (found[2] === 's' || found[2] === 'e') && !lawNear(text, at)) continue;
    // A person against a body or another person, the lawyers' notation, or a word of the law near: a case's title.
    if (
      found === LAWYERS_MARKER ||
      ((left.people.length > 0 || left.body) && (right.people.length > 0 || right.body)) ||
      lawNear(text, at)
    )
      out.push(...left.people, ...right.people);
  }
  return out;
}
