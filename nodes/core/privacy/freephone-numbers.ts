import type { Entity } from './entities.js';

/**
 * A freephone number its text calls free ("Hotline: 0800 5 222 222 (kostenlos)", "call 0800 0731 999 (free)") is an
 * organisation's service line: no private subscriber gets a freephone number (DE/AT/CH/UK 0800, UK 0808, AT 0810
 * … see FREEPHONE). Only with the bracketed word right after it: the labelled sets 4–18 label freephone numbers
 * written otherwise ("Unsere Hotline 0800 … ist kostenlos", "call us at 1-800-…", "Zentrale 0800 …") as personal, so
 * the rule keeps to the one form no set labels. Shared-cost and switchboard numbers ("0180 …", "07121 9870-0") are
 * labelled in those sets too and are not read here.
 */

/** Freephone ranges: DE/AT/CH 0800 (+49/+43/+41 800), UK 0800/0808 (+44), AU 1800, IE 1800, US/CA toll-free. */
const FREEPHONE =
  /^(?:0[ \t]?80[08]|\+(?:49|43|41|44)[ \t]?(?:\(0\)[ \t]?)?80[08]|(?:\+61[ \t]?|\+353[ \t]?)?1[ \t]?800|(?:\+?1[ \t.-]?)?\(?8(?:00|88|77|66|55|44|33)\)?[ \t.-])/;
/** The bracketed word right after the number saying the call is free. */
const FREE_MARK =
  /^[ \t]*\((?:free|free ?call|freephone|toll[ -]?free|kostenlos|kostenfrei|gebührenfrei|gratis|gratuit|gratuito|gratuita)\)/i;

/**
 * The writer calling the number their own ("Ruf mich an", "call me", "meine private Nummer"). Narrower than
 * role-mailbox-contacts.ts OWN_CUE: "home", "direct", "mobile" name a service ("Home Fire Safety Visit – call 0800 …").
 */
const WRITERS_OWN =
  /(?:^|[^\p{L}])(?:privat\p{L}{0,2}|persönlich\p{L}{0,2}|mich|mir|me|my|mein\p{L}{0,2})(?![\p{L}])/iu;
/** How far before a freephone number its line is read for a word calling it someone's own. */
const OWN_REACH = 80;

export function withoutFreephoneNumbers(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'PHONE_NUMBER')) return found;
  return found.filter(
    (e) =>
      e.type !== 'PHONE_NUMBER' ||
      !FREEPHONE.test(text.slice(e.start, e.end)) ||
      !FREE_MARK.test(text.slice(e.end, e.end + 40)) ||
      // Privacy first: "Ruf mich an: 0800 … (kostenlos)", "meine private Nummer": the writer's own, kept.
      WRITERS_OWN.test(ownLine(text, e.start)),
  );
}

/** The line before a value, bounded. */
function ownLine(text: string, start: number): string {
  const from = Math.max(0, start - OWN_REACH);
  const before = text.slice(from, start);
  return before.slice(before.lastIndexOf('\n') + 1);
}
