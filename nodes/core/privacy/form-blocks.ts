import type { Entity } from './entities.js';
import { KeywordPattern } from './keyword-pass.js';

/**
 * Names in forms as PDF and scan extractors flatten them: the form's labels one per line, then its
 * values one per line in the same order ("Familienname\nVorname\nGeburtsdatum\n\nVaitkutė\nAušra\n11.11.1963"),
 * or a table's header cells one per line and then its rows ("Stellplatz\nGast\nIP-Adresse\nMAC\nA3\nCasutt, Mierta\n…").
 * The value under a name label is found by its place: the k-th label's value is the k-th value line
 * (and, in a table, every n-th line after it, n the number of header cells). Only a value that is
 * shaped like a name (capitalised words, no digits) is taken.
 */

/** The labels whose value is a person's name, as the whole of a line. */
const NAME_LABEL =
  /(?:familienname|nachname|vorname(?:\(n\))?|name(?:[ \t]*,[ \t]*(?:vorname|first[ \t]+name))?|surname|family[ \t]+name|last[ \t]+name|first[ \t]+names?(?:\(s\))?|given[ \t]+names?(?:\(s\))?|forenames?|full[ \t]+name|teilnehmer(?:in)?|participant|gast|guest|fahrer(?:in)?|driver)[ \t]*:?[ \t]*(?:\r?\n|$)/iy;
const NAME_LABEL_WORDS = [
  'familienname',
  'nachname',
  'vorname',
  'name',
  'surname',
  'family[ \t]+name',
  'last[ \t]+name',
  'first[ \t]+name',
  'given[ \t]+name',
  'forename',
  'full[ \t]+name',
  'teilnehmer',
  'participant',
  'gast',
  'guest',
  'fahrer',
  'driver',
];
const NAME_LABEL_HINT = new KeywordPattern(new RegExp(NAME_LABEL_WORDS.join('|'), 'gi'), NAME_LABEL_WORDS);

/** Lines looked at around a label: the form's labels and rows, at most. */
const MAX_LABELS = 12;
const MAX_ROWS = 12;
/** A label line: short, no digits, no mail address, no title marks ("·", "|"). */
const LABEL_LINE = /^[^\d@·|]{1,40}$/;
/**
 * A line shaped like a person's name and nothing else: one to four capitalised words (hyphens, apostrophes,
 * particles such as "Ó", "Ap", "Te"), a comma between family and given name allowed; no digits.
 */
const NAME_VALUE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:,?[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** Two to four capitalised words and nothing else: the first row of a table (a name), not a header cell. */
const NAME_ROW = /^\p{Lu}[\p{L}\p{M}'’-]+(?:,?[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;

interface Line {
  start: number;
  end: number;
}

/** The line around `at`, without blanks at either end (start === end for a blank line). */
function lineAt(text: string, at: number): Line & { next: number } {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n') start--;
  const nl = text.indexOf('\n', at);
  const next = nl === -1 ? text.length : nl;
  let s = start;
  let e = next;
  while (s < e && (text[s] === ' ' || text[s] === '\t')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r')) e--;
  return { start: s, end: e, next };
}

export function formBlockNames(text: string): Entity[] {
  const out: Entity[] = [];
  let from = 0;
  for (let hint = NAME_LABEL_HINT.matchFrom(text, from); hint; hint = NAME_LABEL_HINT.matchFrom(text, from)) {
    from = hint.index + hint[0].length;
    // The label is the whole line: only blanks before it (walked over, not the line), a line break right after it.
    let before = hint.index;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    if (before > 0 && text[before - 1] !== '\n') continue;
    NAME_LABEL.lastIndex = hint.index;
    if (!NAME_LABEL.test(text)) continue;
    const label = lineAt(text, hint.index);
    from = Math.max(from, label.next);
    namesUnder(text, label, out);
  }
  return out;
}

/** The values under the name label `label`, by their place in the value block. */
function namesUnder(text: string, label: Line & { next: number }, out: Entity[]): void {
  // Labels above it, up to a blank line or a line that is no label.
  let index = 0;
  let lineStart = label.start;
  while (index < MAX_LABELS && lineStart > 0) {
    const prev = lineAt(text, lineStart - 1);
    const cell = text.slice(prev.start, prev.end);
    if (prev.start === prev.end || !LABEL_LINE.test(cell) || cell.includes('(')) break;
    index++;
    let s = prev.start;
    while (s > 0 && text[s - 1] !== '\n') s--;
    lineStart = s;
  }
  // Labels below it, up to a blank line (then the values follow it) or the first value (a table's first row).
  let count = index + 1;
  let at = label.next + 1;
  let values = -1;
  while (at <= text.length && count <= MAX_LABELS) {
    const line = lineAt(text, Math.min(at, text.length));
    const cell = text.slice(line.start, line.end);
    if (line.start === line.end) {
      // A blank line: the values begin at the next line that is not blank.
      let v = line.next + 1;
      while (v < text.length) {
        const l = lineAt(text, v);
        if (l.start !== l.end) break;
        v = l.next + 1;
      }
      values = v;
      break;
    }
    if (!LABEL_LINE.test(cell) || NAME_ROW.test(cell)) {
      values = at;
      break;
    }
    count++;
    at = line.next + 1;
  }
  if (values < 0 || values >= text.length || count < 2) return;
  // The value lines, one per label, row after row until a blank line.
  let line = 0;
  let rows = 0;
  for (let v = values; v < text.length && rows < MAX_ROWS; line++) {
    const l = lineAt(text, v);
    if (l.start === l.end) return;
    if (line % count === index) {
      rows++;
      if (l.end - l.start <= 60 && NAME_VALUE.test(text.slice(l.start, l.end)))
        out.push({ type: 'PERSON', start: l.start, end: l.end, score: 0.8 });
    }
    v = l.next + 1;
  }
}
