import type { DecodedText, DecodePiece } from './decode-escapes.js';

/**
 * Values a word processor's text converter breaks across a page: the page's footer ("Seite 3 von 7",
 * "Page 3 of 7", "- 3 -"), a form feed and the next page's running header stand inside the number or
 * address ("IBAN AT84 1014 6457 4799\nSeite 2 von 3\n\fKunsthalle …\n9203"). The view reads such a
 * page-break block as one space when the text on both sides continues a value, so every detector
 * sees the value whole and its finding maps back over the furniture too (pseudonymised, no half of
 * the value stays visible). Elsewhere the block stays in the view: a running header may name a person.
 */

/** A footer line: a page number, with its total or without ("Seite 2 von 5", "Page 2 of 5", "- 2 -", "2/5"). */
const FOOTER_SOURCE =
  /^[ \t]*(?:(?:seite|page|pagina|página|side|sida|blatt|bladzijde|strana)[ \t]+\d{1,4}(?:[ \t]*(?:von|of|di|de|af|av|van|z|\/)[ \t]*\d{1,4})?|[-–][ \t]*\d{1,4}[ \t]*[-–]|\d{1,4}[ \t]*\/[ \t]*\d{1,4})[ \t]*$/
    .source;
const FOOTER = new RegExp(FOOTER_SOURCE, 'i');
/** Any footer line in a text (multi-line): the cheap test before the lines are read. */
const ANY_FOOTER = new RegExp(FOOTER_SOURCE, 'im');
/** Running header lines skipped after a footer or form feed at most. */
const MAX_HEADER_LINES = 3;
/** Longest line counted as a running header (longer lines are text). */
const MAX_HEADER_LENGTH = 200;

/**
 * The end of a line that a value continues past: groups of capitals and digits with a digit among
 * them (an IBAN's or phone number's first groups, "DE60 6214", "0176 4455", at least two groups or a
 * country code before digits), or a street's house number after its name ("Kastanienallee 17b").
 */
const VALUE_TAIL =
  /(?:(?:^|[ \t:(])(?:\+?[A-Z0-9]{2,6}[ \t]){1,6}\d{2,6}|\b[A-Z]{2}\d{2}|\p{L}{3,}[ \t]+\d{1,4}[a-z]?)[ \t]*$/u;
/** The start of a line that continues a value: digits (a number's next groups, a postcode). */
const VALUE_HEAD = /^[ \t]*\d{1,6}(?:[ \t]|$)/;
/** A postcode and town: what continues a street and house number. */
const POSTCODE_HEAD = /^[ \t]*\d{4,5}[ \t]+\p{Lu}/u;
/** A street's house number at a line's end (then only a postcode may follow). */
const HOUSE_NUMBER_TAIL = /\p{Ll}{2,}[ \t]+\d{1,4}[a-z]?[ \t]*$/u;

interface Line {
  start: number;
  /** Index of the line's "\n" (or the text's end). */
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end });
    start = end + 1;
  }
}

/** A line's text without a form feed at its start and the carriage return at its end. */
function bodyOf(text: string, line: Line): string {
  let s = line.start;
  let e = line.end;
  while (s < e && text.charCodeAt(s) === 12) s++;
  if (e > s && text.charCodeAt(e - 1) === 13) e--;
  return text.slice(s, e);
}

/** Whether the text before and after a page-break block reads as one value broken in two. */
function continuesValue(before: string, after: string): boolean {
  if (!VALUE_HEAD.test(after)) return false;
  if (HOUSE_NUMBER_TAIL.test(before)) return POSTCODE_HEAD.test(after);
  return VALUE_TAIL.test(before.slice(-60));
}

/** The view with page-break blocks inside values read as one space, or undefined when there is none. */
export function joinPageBreaks(text: string): DecodedText | undefined {
  if (text.indexOf('\f') === -1 && !ANY_FOOTER.test(text)) return undefined;
  const lines = linesOf(text);
  const bodies = lines.map((l) => (l.end - l.start <= MAX_HEADER_LENGTH ? bodyOf(text, l) : ''));
  // How often each short line occurs: a running header repeats on every page.
  const counts = new Map<string, number>();
  for (const b of bodies) if (b.trim() !== '') counts.set(b, (counts.get(b) ?? 0) + 1);
  const pieces: DecodePiece[] = [];
  const parts: string[] = [];
  let copied = 0;
  let viewLength = 0;
  for (let i = 1; i < lines.length; i++) {
    const opensBreak = text.charCodeAt(lines[i].start) === 12 || FOOTER.test(bodies[i]);
    if (!opensBreak || bodies[i - 1].trim() === '' || lines[i - 1].end - lines[i - 1].start > MAX_HEADER_LENGTH)
      continue;
    // The block: footers, form feeds, blank lines after a form feed, and up to three repeated header lines.
    let j = i;
    let headers = 0;
    let sawFeed = false;
    while (j < lines.length) {
      const feed = text.charCodeAt(lines[j].start) === 12;
      sawFeed ||= feed;
      const body = bodies[j];
      if (FOOTER.test(body) || (feed && body.trim() === '')) j++;
      else if (sawFeed && body.trim() === '') j++;
      else if (headers < MAX_HEADER_LINES && (counts.get(body) ?? 0) >= 2 && (sawFeed || headers > 0 || j > i)) {
        headers++;
        j++;
      } else break;
    }
    if (j === i) continue;
    // The block's lines are not read again as the start of another block (a run of footers stays linear).
    if (j >= lines.length || !continuesValue(bodies[i - 1], bodies[j])) {
      i = j - 1;
      continue;
    }
    const from = lines[i - 1].end;
    const to = lines[j].start;
    parts.push(text.slice(copied, from), ' ');
    viewLength += from - copied;
    pieces.push({ view: viewLength, viewLength: 1, orig: from, origEnd: to });
    viewLength += 1;
    copied = to;
    i = j;
  }
  if (pieces.length === 0) return undefined;
  parts.push(text.slice(copied));
  return { text: parts.join(''), pieces };
}
