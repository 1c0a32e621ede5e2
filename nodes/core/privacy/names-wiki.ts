import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { markupName } from './names-markup-values.js';

/**
 * Names that wiki and lightweight-markup sources (MediaWiki, DokuWiki, Confluence wiki markup, Org-mode,
 * AsciiDoc, reStructuredText, Textile) put in places of their own, read as source text:
 * - the DISPLAYED label of a user link or signature ("[[User:HWendeborn|Hauke Wendeborn]]", "[[Benutzer:IS|Imke]]"),
 *   a Confluence mention's name beside it ("[~okrogmann] (Ole Krogmann)", "[Ole Krogmann|~okrogmann]");
 * - author attributes ("#+AUTHOR:", ":author:", rST ":Author:") and AsciiDoc's author line under the title;
 * - template, drawer and field-list fields whose key names a person's role ("| injured = X", ":BUYER: X");
 * - a heading that names a flat's or house's buyer after a dash ("* TODO Wohnung 12 -- X", "h2. … Haus 4 -- X");
 * - an emphasised name after a cue or before a role in brackets ("gemeldet von //X//", "_X_ (SiGeKo)");
 * - a quote's sign-off ("{quote}… -- X{quote}").
 * The login handle itself is no name (withoutWikiHandles drops what other detectors took there). Every pattern
 * is bounded or anchored to a line, so a page is read in one pass.
 */
export function namesInWikiMarkup(text: string): Entity[] {
  const out: Entity[] = [];
  if (text.includes('[[')) {
    userLinks(text, out);
    out.push(...fullNameHandles(text));
  }
  if (text.includes('~')) mentions(text, out);
  lineFields(text, out);
  if (text.includes('//') || text.includes('_') || text.includes('*')) emphasised(text, out);
  if (text.includes('{quote}')) quoteSignOffs(text, out);
  return out;
}

const SCORE = 0.9;

function push(out: Entity[], start: number, value: string, several = false): void {
  const trimmed = value.replace(/[ \t]+$/, '');
  const lead = trimmed.length - trimmed.trimStart().length;
  const name = trimmed.trim();
  if (markupName(name, several))
    out.push({ type: 'PERSON', start: start + lead, end: start + lead + name.length, score: SCORE });
}

/** User namespaces of wiki software in the languages of the pages ("User", "Benutzer", "Utilisateur"). */
const USER_SPACE = '(?:user|benutzer(?:in)?|utilisateur|usuario|utente|gebruiker|bruger|användare)';
const USER_LINK = new RegExp(
  `\\[\\[[ \\t]*(${USER_SPACE}(?:[ _](?:talk|diskussion|discussion|diskussion))?)[ \\t]*:[^\\]|\\n\\[]{1,80}\\|([^\\]|\\n\\[]{1,80})\\]\\]`,
  'giu',
);

function userLinks(text: string, out: Entity[]): void {
  for (const m of text.matchAll(USER_LINK)) {
    // The talk page's label ("talk", "Diskussion") is no name; neither is any label of a talk link.
    if (/[ _]/.test(m[1])) continue;
    const label = m[2];
    push(out, m.index + m[0].length - 2 - label.length, label);
  }
}

/** "[~handle] (Name)" and "[Name|~handle]": Confluence mentions with the name written out. */
const MENTION = /\[~[\w.@-]{1,64}\][ \t]*\(([^()\n]{1,80})\)|\[([^\]|\n[]{1,80})\|~[\w.@-]{1,64}\]/gu;

function mentions(text: string, out: Entity[]): void {
  for (const m of text.matchAll(MENTION)) {
    if (m[1] !== undefined) push(out, m.index + m[0].length - 1 - m[1].length, m[1]);
    else push(out, m.index + 1, m[2]);
  }
}

/** Keys whose value is a person: authors and the roles of pages about sites, flats, accidents and keys. */
const PERSON_KEY = new Set(
  (
    'author authors autor autorin autoren verfasser verfasserin editor bearbeiter bearbeiterin ersteller erstellerin maintainer reviewer ' +
    'injured injured_person casualty verletzte verletzter verletzte_person betroffene betroffener first_aider firstaider ersthelfer ersthelferin ' +
    'witness zeuge zeugin bauherr bauherrin owner eigentümer eigentuemer eigentümerin tenant mieter mieterin buyer käufer kaeufer käuferin ' +
    'applicant antragsteller antragstellerin reported_by reporter gemeldet_von meldende meldender contact kontakt ansprechpartner ansprechpartnerin ' +
    'inspector prüfer pruefer prüferin surveyor vermesser architect architekt architektin engineer ingenieur ingenieurin ' +
    'site_manager projektleiter projektleiterin holder inhaber inhaberin employee mitarbeiter mitarbeiterin person signed_by unterzeichner ' +
    'caretaker hausmeister hausmeisterin resident bewohner bewohnerin neighbour neighbor nachbar nachbarin assignee zuständig responsible verantwortlich'
  ).split(' '),
);

/**
 * Field lines: "| key = value" in templates, ":KEY: value" in Org drawers and rST field lists, ":key: value" in
 * AsciiDoc, "#+KEY: value" in Org headers; and AsciiDoc's author line right under a "= Title". Each line is
 * read alone and only when it is short.
 */
function lineFields(text: string, out: Entity[]): void {
  let title = false;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start <= 200) {
      const line = text.slice(start, end);
      // FIELD needs "|", "#" or ":" after the indent; most lines have none, and the pattern (with indices) is not run there.
      const f = fieldMark(line) ? FIELD.exec(line) : null;
      if (f?.indices) {
        const key = (f[1] ?? f[2] ?? f[3]).trim().toLowerCase().replace(/[ -]+/g, '_');
        const at = start + (f.indices[4]?.[0] ?? 0);
        const value = f[4].replace(/[ \t]*<[^>]*>[ \t]*$/, '');
        if (PERSON_KEY.has(key) || PERSON_KEY.has(key.replace(/_/g, ''))) {
          for (const part of splitAuthors(value)) push(out, at + part.at, part.value);
        } else if (key === 'name') push(out, at, value, true);
      } else if (title) {
        // "Brage Tönnies <brage@x.org>" under the document's title; a line without "<" is an author when attributes follow.
        const a = AUTHOR_LINE.exec(line);
        if (a && (a[2] || /^(?::|v?\d)/.test(text.slice(end + 1, end + 3)))) push(out, start, a[1]);
      }
      // UNIT_HEADING opens with "*", "h" (any case), "=" or "#": other lines are not given to the pattern.
      const h = headingMark(line.charCodeAt(0)) ? UNIT_HEADING.exec(line) : null;
      const hAt = h?.indices?.[1]?.[0];
      if (h && hAt !== undefined) push(out, start + hAt, h[1]);
      title = /^=[ \t]+\S/.test(line);
    } else title = false;
    start = end + 1;
  }
}

/** Whether the line's first character after blanks and tabs is one FIELD can start with ("|", "#", ":"): a cheap test before it. */
function fieldMark(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  const c = line.charCodeAt(i);
  return c === 124 || c === 35 || c === 58;
}

/** Whether a line's first code can open UNIT_HEADING ("*", "h" or "H", "=", "#"): a cheap test before it. */
const headingMark = (c: number) => c === 42 || c === 104 || c === 72 || c === 61 || c === 35;

/** A field line; the key in group 1, the value (to the line's end) in group 2. */
const FIELD =
  /^[ \t]*(?:\|[ \t]*([\p{L}][\p{L}_ -]{0,30}?)[ \t]*=|#\+([\p{L}_-]{1,30}):|:([\p{L}][\p{L}_ -]{0,30}):)[ \t]*(\S[^\n]*)$/du;
/** The author line: a name, then an optional "<address>". */
const AUTHOR_LINE = /^([^<>:;=|\n]{3,80}?)[ \t]*(<[^<>\s]+@[^<>\s]+>)?[ \t]*$/u;

/** Authors of one attribute: "Anna Berg; Jo Ek", "Anna Berg and Jo Ek", each with its offset. */
function splitAuthors(value: string): { value: string; at: number }[] {
  const parts: { value: string; at: number }[] = [];
  const re = /[^;,]+/g;
  for (const m of value.matchAll(re)) {
    let piece = m[0];
    let at = m.index;
    const and = / (?:and|und) /.exec(piece);
    if (and) {
      parts.push({ value: piece.slice(0, and.index), at });
      at += and.index + and[0].length;
      piece = piece.slice(and.index + and[0].length);
    }
    parts.push({ value: piece.replace(/[ \t]*<[^>]*>?$/, ''), at });
  }
  return parts;
}

/**
 * A heading (Org "*", Textile "hN.", AsciiDoc and MediaWiki "=", Markdown "#") that ends in a unit's label,
 * a dash and a name: "* TODO Wohnung 12 -- X", "h2. Sonderwünsche Haus 4 -- X". The name in group 1, a
 * closing "==" in group 2.
 */
const UNIT_HEADING =
  /^(?:\*+|h[1-6]\.|=+|#+)[ \t].*?\b(?:wohnung|whg|haus|einheit|top|reihenhaus|doppelhaushälfte|dhh|parzelle|unit|flat|apartment|apt|plot|lot|house|villa)\.?[ \t]+[\p{L}\p{N}./-]{1,8}[ \t]+(?:--|–|—|-)[ \t]+([^=\n]{2,60}?)[ \t]*(=+)?[ \t]*$/diu;

/**
 * An emphasised name (DokuWiki "//X//", Textile and AsciiDoc "_X_", "*X*", MediaWiki "''X''") right after a cue
 * ("by", "von", "durch", "Witness:") or right before a role in brackets ("_X_ (SiGeKo)").
 */
const EMPHASIS =
  /(?<=(?:\b(?:by|from|von|durch|an|für|for|with|mit)|:)[ \t]{1,3})(\/\/|__|_|\*\*|\*|''+)([^\s/_*'][^/_*'\n]{0,58}?)\1(?![\p{L}\p{N}])|(?<![\p{L}\p{N}/_*'])(\/\/|__|_|\*\*|\*|''+)([^\s/_*'][^/_*'\n]{0,58}?)\3(?=[ \t]{1,3}\([ \t]?\p{L})/giu;

/**
 * Where EMPHASIS can match: an opening mark right after a blank (the cue's), or a closing mark before blanks and
 * a bracket. No letters, so no case or Unicode question; one pass that skips most texts, where EMPHASIS's
 * lookbehinds are tried at every place.
 */
const MARK_PLACE = /[ \t](?:\/\/|[_*]|'')|(?:\/\/|[_*]|'')[ \t]{1,3}\(/;

function emphasised(text: string, out: Entity[]): void {
  if (!MARK_PLACE.test(text)) return;
  for (const m of text.matchAll(EMPHASIS)) {
    const mark = m[1] ?? m[3];
    const value = m[2] ?? m[4];
    // After a role in brackets, a single word must be a known name ("_Anhang_ (PDF)" is a thing).
    if (m[1] === undefined && !value.includes(' ') && !isGivenName(value) && !isKnownName(value)) continue;
    push(out, m.index + mark.length, value);
  }
}

/** "-- Name{quote}": the sign-off that closes a Confluence quote. */
const QUOTE_SIGN_OFF = /(?:--|–|—)[ \t]*([^\n{}\-–—]{2,60}?)[ \t]*\{quote\}/dgu;

function quoteSignOffs(text: string, out: Entity[]): void {
  for (const m of text.matchAll(QUOTE_SIGN_OFF)) {
    const at = m.indices?.[1]?.[0];
    if (at !== undefined) push(out, at, m[1]);
  }
}

/**
 * Spans no PERSON may cover: a user link's login handle ("[[User:HWendeborn|" and the whole "[[User talk:…]]"),
 * a Confluence mention's handle ("[~hwendeborn]"), the page name of a labelled link ("[[Site induction|…"),
 * and a labelled link's one-word label that is a thing ("[[fm:zutritt|Zutrittssystem]]": no known name).
 */
export function withoutWikiHandles(text: string, found: Entity[]): Entity[] {
  if (!text.includes('[')) return found;
  const spans: [number, number][] = [];
  const labels: [number, number][] = [];
  for (const m of text.matchAll(LINK)) {
    const pipe = m[0].indexOf('|');
    const user = USER_START.test(m[1]);
    // A page or user name written as a person's full name ("[[User:Anna Schmidt]]", "[[Benutzer:Anna_Schmidt|…",
    // "[[Anna Schmidt|House]]") is her name, not a handle: a label beside it must not hide it.
    const target = pipe === -1 ? m[1] : m[1].slice(0, pipe - 2);
    if (fullNameTarget(target)) continue;
    if (pipe === -1) {
      if (user) spans.push([m.index, m.index + m[0].length]);
      continue;
    }
    spans.push([m.index, m.index + pipe]);
    const labelStart = m.index + pipe + 1;
    const labelEnd = m.index + m[0].length - 2;
    if (user && /[ _](?:talk|diskussion|discussion)/i.test(m[1].slice(0, 40))) spans.push([labelStart, labelEnd]);
    else if (!user) {
      const label = text.slice(labelStart, labelEnd).trim();
      if (!/\s/.test(label) && !isGivenName(label) && !isKnownName(label)) labels.push([labelStart, labelEnd]);
    }
  }
  for (const m of text.matchAll(HANDLE)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0 && labels.length === 0) return found;
  // 1 marks a handle's characters, 2 a thing label's: each finding then reads only its own characters.
  const marks = new Uint8Array(text.length + 1);
  for (const [s, t] of labels) marks.fill(2, s, t);
  for (const [s, t] of spans) marks.fill(1, s, t);
  const drop = (e: Entity) => {
    if (marks[e.start] === 2 && marks[e.end - 1] === 2 && !text.slice(e.start, e.end).includes(']')) return true;
    for (let i = e.start; i < e.end; i++) if (marks[i] === 1) return true;
    return false;
  };
  return found.filter((e) => e.type !== 'PERSON' || !drop(e));
}

/** Whether a link target's page name (after any namespace) is a full name: "User:Anna_Schmidt", "Anna Schmidt". */
function fullNameTarget(target: string): boolean {
  const page = target.slice(target.lastIndexOf(':') + 1).trim();
  const words = page.split(/[ _]+/u);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return false;
  return isGivenName(words[0]);
}

/** The handle of a user link whose name is a person's full name: a PERSON finding over it. */
export function fullNameHandles(text: string): Entity[] {
  const out: Entity[] = [];
  if (!text.includes('[[')) return out;
  for (const m of text.matchAll(LINK)) {
    const pipe = m[1].indexOf('|');
    const target = pipe === -1 ? m[1] : m[1].slice(0, pipe);
    if (!USER_START.test(target) || !fullNameTarget(target)) continue;
    const colon = target.lastIndexOf(':');
    const page = target.slice(colon + 1);
    const lead = page.length - page.trimStart().length;
    const start = m.index + 2 + colon + 1 + lead;
    out.push({ type: 'PERSON', start, end: start + page.trim().length, score: SCORE });
  }
  return out;
}

/** A wiki link, closed on its line; its target (and label) in group 1. */
const LINK = /\[\[([^\]\n[]{1,200})\]\]/gu;
const USER_START = new RegExp(`^[ \\t]*${USER_SPACE}(?:[ _][\\p{L}]+)?[ \\t]*:`, 'iu');
/** A Confluence mention's handle. */
const HANDLE = /\[~[\w.@-]{1,64}\]/gu;
