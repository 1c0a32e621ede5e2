import type { Entity } from './entities.js';

/**
 * Postal addresses under a label that says whose address it is: "Anschrift:", "Wohnort:",
 * "Home address:", "Address:" in forms, CVs and claims. The street detector (addresses.ts) needs a
 * street it recognises ("…straße 12", "12 Baker Street"); a label lets streets of any name through
 * ("Sonnenhang 14, 34117 Kassel", "12 Station Approach\nExeter EX4 6PX"), as long as the value
 * still looks like an address: a house number next to a word, and a postcode on its line or the next.
 *
 * Labels of addresses that are not a person's postal address are left out: e-mail, IP, web and
 * server addresses, and a firm's (company, business, office address; Firmen-, Geschäftsanschrift).
 */
const LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:home|postal|residential|mailing|current|previous|private|permanent|correspondence|billing|delivery|street)[ \t]+address|address|anschrift|adresse|wohnanschrift|privatanschrift|meldeadresse|heimatanschrift|wohnadresse|wohnort|wohnsitz|wohnhaft(?:[ \t]+in)?|lives[ \t]+at|residing[ \t]+at)(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*[:\t][ \t]*|(?<![\p{L}\p{N}-])(?:wohnhaft[ \t]+in|lives[ \t]+at|residing[ \t]+at)[ \t]+`,
  'giu',
);
/** A word right before the label that makes it some other kind of address. */
const NOT_POSTAL_BEFORE =
  /(?:e-?mail|mail|ip|mac|web|server|url|internet|company|business|office|firm|bank|firmen|geschäfts|büro|praxis|rechnungs|liefer|ip-|e-mail-)[ \t-]*$/i;
/** Where an address value on the label's line ends: a separator between fields, or the line's end. */
const VALUE_END = /[ \t]+[·|•][ \t]+|[ \t]{3,}|\t|;|\n|$/g;
const HOUSE_NUMBER_BESIDE_WORD =
  /\p{L}{2,}\.?[ \t]+\d{1,5}[ \t]?[a-hA-H]?\b|\b\d{1,5}[ \t]?[a-hA-H]?,?[ \t]+\p{Lu}\p{L}+/u;
/** German postcode and town, British postcode, US state and ZIP. */
const POSTCODE =
  /(?<!\d)\d{5}[ \t]+\p{Lu}\p{L}+|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b|\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/u;
/** A next line that only holds the postcode and town ("99084 Erfurt", "Exeter EX4 6PX"). */
const POSTCODE_LINE =
  /^[ \t]*(?:\d{5}[ \t]+\p{Lu}[\p{L}.-]*(?:[ \t]+[\p{L}(][\p{L}.()-]*){0,3}|\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2},?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})[ \t]*(?=\n|$)/u;
const MAX_VALUE = 120;

export function labelledAddresses(text: string): Entity[] {
  const out: Entity[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    if (NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const start = m.index + m[0].length;
    VALUE_END.lastIndex = start;
    const stop = VALUE_END.exec(text);
    let end = stop ? stop.index : text.length;
    while (end > start && /[ \t,.]/.test(text[end - 1])) end--;
    if (end - start < 6 || end - start > MAX_VALUE) continue;
    const value = text.slice(start, end);
    if (!HOUSE_NUMBER_BESIDE_WORD.test(value)) continue;
    if (!POSTCODE.test(value)) {
      // The postcode and town may stand on the next line (address blocks in forms and letters).
      if (text[end] !== '\n' && !(stop && text[stop.index] === '\n')) continue;
      const lineStart = text.indexOf('\n', end) + 1;
      const next = POSTCODE_LINE.exec(text.slice(lineStart, lineStart + 80));
      if (!next) continue;
      end = lineStart + next[0].trimEnd().length;
    }
    out.push({ type: 'POSTAL_ADDRESS', start, end, score: 0.9 });
    LABEL.lastIndex = end;
  }
  return out;
}
