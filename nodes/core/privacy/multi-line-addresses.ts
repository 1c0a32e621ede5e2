import type { Entity } from './entities.js';

/**
 * Postal addresses written over several lines of one configuration value: a YAML block scalar under an address
 * key (`address: |` then the street and the postcode and town on indented lines below), a JSON string whose
 * lines are escaped ("formatted": "Rua X 5\n1000-001 Lisboa\nPortugal" under a SCIM "addresses" list), and a
 * quoted YAML value under `home:` / `address:` whose key the JSON-minded reader (labelled-addresses.ts) does not
 * see because YAML keys are not quoted. The key says the value is an address; the value's shape (a street with
 * its number, then a town with its postcode) keeps a description or a note under such a key out.
 */

/** A key naming a person's address: "address", "home", "postal_address", "wohnadresse"; not a firm's or a server's. */
const ADDRESS_KEY = /^(?:[a-z]{0,12}[_-])?(?:address|adresse|anschrift|home|home_address|residence|wohnort)$/i;
const NOT_PERSONAL_KEY = /(?:e-?mail|mail|ip|mac|web|server|url|company|business|office|firm|bank|billing|ship)/i;
/** A YAML key opening a block scalar: "  address: |", "- home_address: >-". */
const BLOCK_KEY = /^([ \t]*)(?:-[ \t]+)?([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*[|>][+-]?[ \t]*$/gm;
/** A YAML key with a quoted one-line value: `home: "…"`, `address: '…'`. */
const QUOTED_YAML_KEY = /^[ \t]*(?:-[ \t]+)?([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(["'])([^"'\n\\]{6,120})\2[ \t]*$/gm;
/**
 * A JSON key and its string value holding line breaks: escaped ("\\n"), or already decoded to real ones, as the
 * scanner's normalised view (decode-escapes.ts) gives them back.
 */
const ESCAPED_LINES_VALUE = /"([A-Za-z][\w-]{0,30})"[ \t]*:[ \t]*"((?:[^"\\]|\\[^\n]){6,300})"/g;
/** A JSON key that holds a whole address inside an address list or object (SCIM's "formatted", vCard's "label"). */
const ADDRESS_PART_KEY = /^(?:formatted|label|full|text|value|streetAddress)$/;
/**
 * Above the one-line readers' scores (0.9 to 0.92): the key and the shape together say the whole value, its country
 * line included, is the address, so it wins over a finding of its first lines alone.
 */
const WHOLE_VALUE_SCORE = 0.93;
const MAX_LINES = 5;
const MAX_LINE = 80;

/** A street with its number either way round ("Sportlaan 115", "Atletická 1161/24", "12 Harbour Row", "Road, 50"). */
const STREET_WITH_NUMBER =
  /\p{L}{2,}\.?,?[ \t]+\d{1,5}[a-hA-H]?(?:\/\d{1,4}[a-hA-H]?)?\b|\b\d{1,5}[a-hA-H]?,?[ \t]+\p{L}{2,}/u;
/**
 * A town with its postcode: before it ("6815 AA Arnhem" Dutch, "169 00 Praha 6" Czech, "0787 Oslo", "21000 Split",
 * "L-9053 Ettelbruck"), or after it ("Mumbai 400028", "Tokyo 160-0013" Japanese), or British ("Exeter EX4 6PX").
 */
const TOWN_WITH_POSTCODE = new RegExp(
  [
    String.raw`^(?:[A-Z]{1,2}-)?\d{3,5}(?:[ \t][A-Z]{2}|[ \t]\d{2}|-\d{3})?[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|\d{1,2})){0,3}$`,
    String.raw`^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]+(?:\d{4,6}|\d{3}-\d{4})$`,
    String.raw`^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}$`,
    String.raw`^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2},?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?$`,
  ].join('|'),
  'u',
);
/** A country's name alone on the last line ("India", "Czech Republic"). */
const COUNTRY_LINE = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * Whether these lines are an address: a street with its number, then the town with its postcode last (on its own
 * line or after the last comma), perhaps a country's name after it.
 */
export function addressOverLines(lines: string[]): boolean {
  if (lines.length === 0 || lines.length > MAX_LINES || lines.some((line) => line.length > MAX_LINE)) return false;
  if (lines.some((line) => /[@\\]|https?:|[{}[\]=<>]/.test(line))) return false;
  let body = lines;
  if (body.length > 1 && COUNTRY_LINE.test(body[body.length - 1])) body = body.slice(0, -1);
  const parts = body
    .join(', ')
    .split(',')
    .map((part) => part.trim());
  if (parts.length < 2 || !TOWN_WITH_POSTCODE.test(parts[parts.length - 1])) return false;
  return STREET_WITH_NUMBER.test(parts.slice(0, -1).join(', '));
}

/** Whether a key names a person's address (ADDRESS_KEY), not a firm's, a bank's or a server's. */
export const personalAddressKey = (key: string) =>
  ADDRESS_KEY.test(key) && !NOT_PERSONAL_KEY.test(key.replace(/address/i, ''));

/** An address in a YAML block scalar: its indented lines up to the first line indented no deeper than the key. */
function blockScalarAddresses(text: string, out: Entity[]): void {
  BLOCK_KEY.lastIndex = 0;
  for (let m = BLOCK_KEY.exec(text); m; m = BLOCK_KEY.exec(text)) {
    if (!personalAddressKey(m[2])) continue;
    const keyIndent = m[1].length;
    let at = m.index + m[0].length + 1;
    const lines: string[] = [];
    let start = -1;
    let end = -1;
    while (at < text.length && lines.length <= MAX_LINES) {
      const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, Math.min(lineEnd, at + MAX_LINE + 40));
      const content = line.trimStart();
      if (content.trim() === '' || line.length - content.length <= keyIndent) break;
      if (start < 0) start = at + line.length - content.length;
      lines.push(content.trimEnd());
      end = at + line.length - (content.length - content.trimEnd().length);
      at = lineEnd + 1;
    }
    if (start >= 0 && addressOverLines(lines))
      out.push({ type: 'POSTAL_ADDRESS', start, end, score: WHOLE_VALUE_SCORE });
    BLOCK_KEY.lastIndex = Math.max(BLOCK_KEY.lastIndex, at - 1);
  }
}

/** An address in a JSON string with escaped line breaks, the label over the "\n" too, as the string is written. */
function escapedLineAddresses(text: string, out: Entity[]): void {
  ESCAPED_LINES_VALUE.lastIndex = 0;
  for (let m = ESCAPED_LINES_VALUE.exec(text); m; m = ESCAPED_LINES_VALUE.exec(text)) {
    const key = m[1];
    // A part key counts inside an address list or object only ("addresses": [{ "type": "home", "formatted": …).
    const inAddress = ADDRESS_PART_KEY.test(key) && /address/i.test(text.slice(Math.max(0, m.index - 80), m.index));
    if (!personalAddressKey(key) && !inAddress) continue;
    if (/"type"[ \t]*:[ \t]*"(?:work|office|business)"/i.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const value = m[2];
    if (!value.includes('\\n') && !value.includes('\n')) continue;
    if (!addressOverLines(value.split(/\\n|\n/).map((line) => line.trim()))) continue;
    const start = m.index + m[0].length - 1 - value.length;
    out.push({ type: 'POSTAL_ADDRESS', start, end: start + value.length, score: WHOLE_VALUE_SCORE });
  }
}

/** A quoted one-line address under an unquoted YAML key (`home: "Kasumigaoka-machi, 72, Shinjuku-ku, Tokyo 160-0013"`). */
function quotedYamlAddresses(text: string, out: Entity[]): void {
  QUOTED_YAML_KEY.lastIndex = 0;
  for (let m = QUOTED_YAML_KEY.exec(text); m; m = QUOTED_YAML_KEY.exec(text)) {
    if (!personalAddressKey(m[1]) || !addressOverLines([m[3].trim()])) continue;
    const start = m.index + m[0].lastIndexOf(m[3]);
    out.push({ type: 'POSTAL_ADDRESS', start, end: start + m[3].trimEnd().length, score: WHOLE_VALUE_SCORE });
  }
}

export function multiLineAddresses(text: string): Entity[] {
  const out: Entity[] = [];
  // Every reader below reads a value under an address key (ADDRESS_KEY, or "address" around a part key): none
  // of them can find anything in a text without one of these words.
  if (!/address|adresse|anschrift|home|residence|wohnort/i.test(text)) return out;
  // Cheap pre-checks: a block scalar's indicator, an escaped line break, a YAML key with a quoted value.
  if (/:[ \t]*[|>]/.test(text)) blockScalarAddresses(text, out);
  if (text.includes('":')) escapedLineAddresses(text, out);
  if (/:[ \t]*["']/.test(text)) quotedYamlAddresses(text, out);
  return out;
}
