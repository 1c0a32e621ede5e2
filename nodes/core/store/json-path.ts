import { formatError } from './errors.js';
import { MAX_PAYLOAD_DEPTH } from './rest/parse.js';
import { isPlainObject } from './filter.js';
import type { Payload } from './types.js';

/** One step of Qdrant's JSON path: an object key, an array index (`[2]`) or every element (`[]`). */
export type PathItem = { key: string } | { index: number } | { every: true };

/**
 * Parses Qdrant's payload key syntax: keys separated by dots (`a.b`), a key in double quotes when
 * it holds dots or brackets (`"a.b".c`), each followed by any number of `[n]` or `[]`.
 */
/** Sticky: read where the path is, without slicing the rest of it off at every step. */
const KEY = /[^.[\]"]+/y;
const INDEX = /\[(\d*)\]/y;

export function parseJsonPath(text: string, field: string): PathItem[] {
  const items: PathItem[] = [];
  let i = 0;
  const fail = () =>
    formatError(`${field}: ${JSON.stringify(text)} is not a valid JSON path (e.g. a.b, a[0].b, a[].b)`);
  for (;;) {
    let key: string;
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw fail();
      key = text.slice(i + 1, end);
      i = end + 1;
    } else {
      KEY.lastIndex = i;
      const m = KEY.exec(text);
      if (!m) throw fail();
      key = m[0];
      i += key.length;
    }
    items.push({ key });
    while (text[i] === '[') {
      INDEX.lastIndex = i;
      const m = INDEX.exec(text);
      if (!m) throw fail();
      items.push(m[1] === '' ? { every: true } : { index: Number(m[1]) });
      i += m[0].length;
    }
    // As deep as a payload may be nested: a longer path would build a payload no request may send.
    if (items.length > MAX_PAYLOAD_DEPTH)
      throw formatError(`${field}: a JSON path of more than ${MAX_PAYLOAD_DEPTH} steps`);
    if (i === text.length) return items;
    if (text[i] !== '.') throw fail();
    i++;
  }
}

/**
 * Qdrant's set_payload with `key` (JsonPath::value_set): walks the path, making objects of what is
 * missing or not an object; an index past an array's end changes nothing, `[]` applies to every
 * element; at the end the values are merged into the object found there. Copy on write.
 */
export function setAtPath(value: unknown, path: PathItem[], values: Payload): unknown {
  if (path.length === 0) return { ...(isPlainObject(value) ? value : {}), ...values };
  const [head, ...rest] = path;
  if ('key' in head) {
    const object = isPlainObject(value) ? value : {};
    return {
      ...object,
      [head.key]: setAtPath(Object.hasOwn(object, head.key) ? object[head.key] : null, rest, values),
    };
  }
  if (!Array.isArray(value)) return [];
  if ('every' in head) return value.map((v) => setAtPath(v, rest, values));
  if (head.index >= value.length) return value;
  const out = [...value];
  out[head.index] = setAtPath(value[head.index], rest, values);
  return out;
}

/**
 * Qdrant's delete_payload for one key (JsonPath::value_remove): removes the key at the end of the
 * path; `[]` at the end empties the array; an index at the end removes nothing (not idempotent).
 * Copy on write: `value` is returned unchanged when nothing lies at the path.
 */
export function removeAtPath(value: unknown, path: PathItem[]): unknown {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    if ('key' in head && isPlainObject(value) && Object.hasOwn(value, head.key)) {
      const out = { ...value };
      delete out[head.key];
      return out;
    }
    if ('every' in head && Array.isArray(value)) return [];
    return value;
  }
  if ('key' in head) {
    if (!isPlainObject(value) || !Object.hasOwn(value, head.key)) return value;
    return { ...value, [head.key]: removeAtPath(value[head.key], rest) };
  }
  if (!Array.isArray(value)) return value;
  if ('every' in head) return value.map((v) => removeAtPath(v, rest));
  if (head.index >= value.length) return value;
  const out = [...value];
  out[head.index] = removeAtPath(value[head.index], rest);
  return out;
}
