/**
 * Values of multipart/form-data parts, where the part's `name` is the key of the value after its headers:
 * `Content-Disposition: form-data; name="geburtsdatum"` CRLF CRLF `07.08.1937` CRLF `------boundary…`. A browser's
 * HAR holds such a body inside a JSON string (`name=\"anschrift\"\r\n\r\n…`: the view has decoded the escapes,
 * decode-escapes.ts), DevTools' "Copy as cURL" inside a shell's `$'…'` string, where `\r\n` stays written as
 * four characters; both are read here, and a quote left escaped once more (`name=\\\"phone\\\"`) too.
 * The part's name is read with the SAME key rules as a JSON field or a form pair: a birth date, an address or a
 * name key (record-fields.ts kindOfKey, form-pairs.ts isNameKey), a phone key (isPhoneKey), or a person's label
 * ("parent", "applicant": labelStrength); its value must read as such a value (accepts, markupName, PHONE_VALUE).
 * A file's part (`name="photo"; filename="passfoto.jpg"`) holds no value to read; other keys ("purpose",
 * "steuerid") are left to the other detectors.
 *
 * Cost: one step of a global expression per "form-data", then a bounded read of the part's head and first line.
 */
import type { Entity } from './entities.js';
import { isNameKey, isPhoneKey, keyAsLabel, PHONE_VALUE } from './form-pairs.js';
import { markupName } from './names-markup-values.js';
import { labelStrength } from './names.js';
import { accepts, GENERIC_NAME_KEY, kindOfKey, plainKey } from './record-fields.js';

/** A part's head up to its name: `Content-Disposition: form-data; name="…"`, the quotes escaped or not. */
const PART_NAME = /content-disposition:[ \t]*form-data[ \t]*;[ \t]*name=(\\*)"([^"\\\r\n]{1,60})\1"/gi;
/** At most this many header lines after the disposition ("Content-Type: text/plain; charset=UTF-8"). */
const MAX_HEADERS = 3;
const MAX_LINE = 200;

/** Where the line from `at` ends: its content end and the next line's start (a real or a written line break). */
function lineAt(text: string, at: number): { end: number; next: number } | undefined {
  for (let i = at; i < text.length && i - at <= MAX_LINE; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i > at && text.charCodeAt(i - 1) === 13 ? i - 1 : i, next: i + 1 };
    if (c === 92) {
      // A line break written as an escape: "\r\n" or "\n".
      if (text.startsWith('\\r\\n', i)) return { end: i, next: i + 4 };
      if (text.startsWith('\\n', i)) return { end: i, next: i + 2 };
    }
  }
  return at >= text.length - MAX_LINE ? { end: text.length, next: text.length } : undefined;
}

export type PartKind = 'DATE_OF_BIRTH' | 'POSTAL_ADDRESS' | 'PERSON' | 'PHONE_NUMBER';

/** What a part's name (or a search engine's field, search-engine-requests.ts) says its value is. */
export function kindOfPart(name: string): PartKind | undefined {
  const kind = kindOfKey(name);
  if (kind) return kind;
  if (isNameKey(name)) return 'PERSON';
  if (isPhoneKey(name)) return 'PHONE_NUMBER';
  return labelStrength(keyAsLabel(name).replace(/ ?\d+$/, '')) ? 'PERSON' : undefined;
}

export function multipartParts(text: string): Entity[] {
  const out: Entity[] = [];
  if (!/form-data/i.test(text)) return out;
  const found: { kind: PartKind; name: string; start: number; end: number }[] = [];
  PART_NAME.lastIndex = 0;
  for (let m = PART_NAME.exec(text); m; m = PART_NAME.exec(text)) {
    const name = m[2];
    const kind = kindOfPart(name);
    if (!kind) continue;
    // The rest of the disposition line: a file's part ("; filename=…") holds no value to read.
    const head = lineAt(text, PART_NAME.lastIndex);
    if (!head || /filename\*?=/i.test(text.slice(PART_NAME.lastIndex, head.end))) continue;
    // Header lines, then the empty line before the value.
    let at = head.next;
    let value: { end: number; next: number } | undefined;
    for (let k = 0; k <= MAX_HEADERS; k++) {
      const line = lineAt(text, at);
      if (!line) break;
      if (line.end === at) {
        value = lineAt(text, line.next);
        at = line.next;
        break;
      }
      at = line.next;
    }
    if (!value) continue;
    let start = at;
    let end = value.end;
    while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    if (end > start) found.push({ kind, name, start, end });
  }
  // The bare "name" also names a file, a product or an event: a person's only in a form with a birth date or address.
  const personsForm = found.some((f) => f.kind === 'DATE_OF_BIRTH' || f.kind === 'POSTAL_ADDRESS');
  for (const f of found) {
    const value = text.slice(f.start, f.end);
    let ok: boolean;
    if (f.kind === 'PHONE_NUMBER') ok = PHONE_VALUE.test(value);
    else if (f.kind !== 'PERSON') ok = accepts(f.kind, value);
    else if (GENERIC_NAME_KEY.test(plainKey(f.name))) ok = personsForm && accepts('PERSON', value);
    else ok = accepts('PERSON', value) && markupName(value.replace(/^([^\s,]+),[ \t]*/, '$1 '));
    if (ok) out.push({ type: f.kind, start: f.start, end: f.end, score: 0.9 });
  }
  return out;
}
