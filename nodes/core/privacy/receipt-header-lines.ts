import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';
import { LEGAL_FORM, MOBILE_PLAN_KNOWN, personalPhone } from './organisation-contacts.js';

/**
 * A receipt's or a slip's header: the operator's name by its legal form ("Casino Donaublick AG", "Harbourline
 * Bookmakers Ltd", "Spielhalle Glückshafen GmbH & Co. KG") on one of the text's first lines, and its phone alone on
 * the next line, perhaps after a line word ("Helpline 0161 496 0500"). A till prints the operator's line there, no
 * customer's (set 42: betting slips and payout receipts as ESC/POS print streams). The rule runs on the view
 * (detect.ts), where print-streams.ts / print-control-bytes.ts have already read the printer's codes: a feed or a
 * written "<LF>" is a line break there, a bold toggle is nothing, so this module reads plain lines only.
 *
 * Privacy first, the number stays when a PERSON stands on either line, when it is a mobile (personalPhone) or a
 * number of a country whose mobile ranges are not known (MOBILE_PLAN_KNOWN), when the
 * firm line's legal form is a person's (organisation-contacts.ts LEGAL_FORM leaves out e.K. and GbR), or when
 * anything but the number and its line word stands on its line.
 */

/** How far into the text the header's firm line may start (a few short lines and the printer's codes). */
const HEADER_REACH = 160;
/**
 * A firm's name alone: capitalised words, "&" and "Co." between, then the legal form as it is written, lower-case
 * letters included ("plc", "mbH", "e.V.", "gGmbH"); LEGAL_FORM decides that the last word is one.
 */
export const FIRM_LINE = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|&)){0,5}[ \t]+[\p{L}.&]{2,8}$/u;
/** The phone's line: an optional line word, the number, nothing else. */
const LINE_WORD = /^[ \t]*(?:(?:Tel\.?|Telefon|Phone|Helpline|Hotline|Service|Kundenservice|Info)[ \t]*:?[ \t]*)?$/iu;

export function withoutReceiptHeaderLines(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PHONE_NUMBER' && e.start < HEADER_REACH + 80)) return found;
  const persons = found.filter((e) => e.type === 'PERSON');
  const breaks = lineBreaks(text, HEADER_REACH + 120);
  const dropped = new Set<Entity>();
  for (const e of found) {
    if (e.type !== 'PHONE_NUMBER' || e.start >= HEADER_REACH + 80) continue;
    // The number's line and the firm's line above it.
    const at = breaks.findIndex((b) => b.end > e.start);
    if (at <= 0) continue;
    const own = breaks[at];
    const above = breaks[at - 1];
    if (e.end > own.end || above.start > HEADER_REACH) continue;
    if (!LINE_WORD.test(text.slice(own.start, e.start)) || text.slice(e.end, own.end).trim() !== '') continue;
    // The firm's line is the text's first or second (a heading may come first: "PAYOUT RECEIPT"), and it is only
    // the firm's name: capitalised words ending in the legal form ("Leeds LS6 2AB" ends in no form, "AB" is a
    // postcode's there; a contact block's "Anna Berg\nKestrel Print GmbH\nTel. …" stands further down).
    if (at - 1 > 1) continue;
    const firm = text.slice(above.start, above.end).trim();
    if (firm.length > 60 || !FIRM_LINE.test(firm) || !LEGAL_FORM.test(firm.slice(firm.lastIndexOf(' ')))) continue;
    // A firm named after a person ("Max Mustermann Ltd", "Anna Berg Consulting GmbH": a one-person company, its
    // phone often the owner's own) keeps the number: the firm line opens with a listed given name (round 45 review).
    if (isGivenName(firm.split(/[ \t]+/)[0])) continue;
    // No person anywhere before the number (a CV's or a form's head names its person first).
    if (persons.some((p) => p.start < own.end)) continue;
    // A mobile stays; so does a number of a country whose mobile ranges are not known here (fail closed).
    const value = text.slice(e.start, e.end);
    if (!MOBILE_PLAN_KNOWN.test(value) || personalPhone(value, text.slice(own.start, own.end), text)) continue;
    dropped.add(e);
  }
  return dropped.size === 0 ? found : found.filter((e) => !dropped.has(e));
}

/**
 * The lines of a text's head that start before `reach`: each ends at a line break (the last at the text's end). A line longer than 200 characters ends the head: bounded.
 */
function lineBreaks(text: string, reach: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\r?\n/g;
  let start = 0;
  while (start < reach) {
    re.lastIndex = start;
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    if (end - start > 200) break;
    out.push({ start, end });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}
