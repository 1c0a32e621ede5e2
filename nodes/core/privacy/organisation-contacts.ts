import type { Entity } from './entities.js';
import { isKnownName } from './name-list.js';

/**
 * An organisation's own contact data in its imprint footer is not a person's: "Kranwerk GmbH · Hafenstraße 17 ·
 * 04179 Leipzig · Tel. 0341 55120-0 · kontakt@…" above "© 2026 Kranwerk GmbH", or a line with the firm's register
 * number ("HRB 99821", "Registered in England 08841732", "KvK …", "CVR …", "CHE-…"). The labelled sets leave such
 * footers unlabelled, while they label a firm's role mailbox elsewhere (in a letter, a mail's header, "contact us
 * at"), so only the footer line is read as the firm's.
 *
 * Privacy first: a line that names a person (a PERSON finding in it), or holds a mailbox whose local part could be a
 * person's ("jelena.markovic@", "f.weber@", "ilse@"), keeps every value in it; a letterhead without register number
 * or copyright line is left as it is.
 */
const CONTACT_TYPES = new Set(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'POSTAL_ADDRESS']);

/** A firm's register or VAT number on the line (with its legal form: a court's file number is none). */
const REGISTER_NUMBER =
  /(?:^|[^\p{L}])(?:HR[AB] ?\d|Registered in (?:England|Wales|Scotland|Northern Ireland|Ireland)|Company (?:no\.?|number|reg\.?)|KvK \d|CVR(?:-nr\.?)? \d|CHE-\d{3}\.\d{3}\.\d{3}|FN \d+ ?[a-z]\b|USt-?Id|UID(?:-Nr\.?)? ?(?:ATU|CHE)|VAT (?:no|reg|id))/iu;
/** A legal form of a firm: GmbH, AG, Ltd, B.V., A/S, ApS, S.A., SARL, Inc., LLC, KG, plc … */
const LEGAL_FORM =
  /(?:^|[^\p{L}])(?:GmbH|AG|KG|OHG|UG|SE|e\.K\.|Ltd|Limited|plc|LLP|LLC|Inc|Corp|B\.V\.|BV|N\.V\.|A\/S|ApS|AB|Oy|AS|S\.A\.|SA|S\.A\.R\.L\.|SARL|S\.r\.l\.|Srl|S\.p\.A\.|Group)(?![\p{L}])/u;
/** A copyright notice on the line itself. */
const COPYRIGHT = /©|\(c\) (?:19|20)\d\d|Copyright\b/i;
/** The next line is a copyright notice: the line above it is the imprint. */
const COPYRIGHT_LINE = /^[ \t]*(?:©|\(c\) (?:19|20)\d\d|Copyright\b)/i;

/** Whether the local part of a mailbox could be a person's: names joined by "." or "_", or a known name in it. */
function personalMailbox(address: string): boolean {
  const at = address.indexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  // Spaced or spelled "@" forms, odd characters: not read, kept.
  if (!/^[\p{L}\p{N}+-]+$/u.test(local)) return true;
  return local.split(/[+-]/).some((piece) => /\d/.test(piece) || (piece.length > 1 && isKnownName(piece)));
}

/** The findings without an organisation's contact values in its imprint lines. */
export function withoutOrganisationContacts(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => CONTACT_TYPES.has(e.type))) return found;
  // The lines that name a person, by their number (one pass over the findings: linear on dense footers).
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  // The number of the line holding offset i: a binary search over the line breaks (a long line costs no walk back).
  const lineOf = (i: number): number => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const personLines = new Set<number>();
  for (const e of found)
    if (e.type === 'PERSON' || (e.type === 'EMAIL_ADDRESS' && personalMailbox(text.slice(e.start, e.end)))) {
      personLines.add(lineOf(e.start));
      personLines.add(lineOf(e.end));
    }
  // Per line that holds a contact value: whether it is an imprint line of an organisation only.
  const verdicts = new Map<number, boolean>();
  const organisationLine = (start: number): boolean => {
    const line = lineOf(start);
    let verdict = verdicts.get(line);
    if (verdict === undefined) {
      const lineStart = line === 0 ? 0 : breaks[line - 1] + 1;
      const lineEnd = line < breaks.length ? breaks[line] : text.length;
      verdict = !personLines.has(line) && isImprintLine(text, lineStart, lineEnd);
      verdicts.set(line, verdict);
    }
    return verdict;
  };
  return found.filter((e) => !CONTACT_TYPES.has(e.type) || !organisationLine(e.start));
}

function isImprintLine(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  if (COPYRIGHT.test(line) || (REGISTER_NUMBER.test(line) && LEGAL_FORM.test(line))) return true;
  // The next line that is not blank (at most two lines on).
  let next = lineEnd + 1;
  for (let i = 0; i < 2 && next < text.length; i++) {
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd === -1) nextEnd = text.length;
    const after = text.slice(next, Math.min(nextEnd, next + 200));
    if (after.trim()) return COPYRIGHT_LINE.test(after);
    next = nextEnd + 1;
  }
  return false;
}
