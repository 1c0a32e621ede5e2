import type { TextBuilder } from '../held-out-builder.js';

/**
 * How set 49 writes search-engine bodies with labels at exact offsets: JSON as Elasticsearch's `?pretty` writes it
 * (two spaces, `"key" : value`), compact JSON for `_bulk` NDJSON lines, Solr's JSON and XML. A value is a `Lab`
 * (labelled) or a `Str` (one JSON string built of plain and labelled parts, as a highlight fragment is).
 */
export class Lab {
  constructor(
    readonly type: string,
    readonly v: string,
  ) {}
}
export class Str {
  constructor(readonly parts: readonly (string | Lab)[]) {}
}
export type J = string | number | boolean | null | Lab | Str | J[] | { [key: string]: J };

const esc = (s: string) => JSON.stringify(s).slice(1, -1);

function jsonString(b: TextBuilder, parts: readonly (string | Lab)[]): void {
  b.add('"');
  for (const p of parts) {
    if (typeof p === 'string') b.add(esc(p));
    else {
      if (esc(p.v) !== p.v) throw new Error(`set 49: a labelled value needs no JSON escape: ${p.v}`);
      b.val(p.type, p.v);
    }
  }
  b.add('"');
}

/** Writes `v` as JSON: `pretty` as Elasticsearch's `?pretty`, else compact. */
export function json(b: TextBuilder, v: J, pretty: boolean, level = 0): void {
  const nl = (l: number) => (pretty ? '\n' + '  '.repeat(l) : '');
  if (v === null || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') {
    b.add(JSON.stringify(v));
  } else if (v instanceof Lab) jsonString(b, [v]);
  else if (v instanceof Str) jsonString(b, v.parts);
  else if (Array.isArray(v)) {
    if (v.length === 0) return void b.add('[ ]');
    b.add('[');
    v.forEach((x, i) => {
      b.add(nl(level + 1));
      json(b, x, pretty, level + 1);
      if (i < v.length - 1) b.add(pretty ? ', ' : ',');
    });
    b.add(nl(level) + ']');
  } else {
    const entries = Object.entries(v);
    if (entries.length === 0) return void b.add('{ }');
    b.add('{');
    entries.forEach(([k, x], i) => {
      b.add(nl(level + 1) + JSON.stringify(k) + (pretty ? ' : ' : ':'));
      json(b, x, pretty, level + 1);
      if (i < entries.length - 1) b.add(',');
    });
    b.add(nl(level) + '}');
  }
}

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Solr XML field: `<str name="…">` (or another element) with a plain or labelled value. */
export function xmlField(b: TextBuilder, indent: string, el: string, name: string, v: string | Lab): void {
  b.add(`${indent}<${el} name="${name}">`);
  if (typeof v === 'string') b.add(xmlEsc(v));
  else {
    if (xmlEsc(v.v) !== v.v) throw new Error(`set 49: a labelled value needs no XML escape: ${v.v}`);
    b.val(v.type, v.v);
  }
  b.add(`</${el}>\n`);
}

/**
 * A highlight fragment of `value` with the words at `marked` wrapped in `<em>…</em>`, as Elasticsearch's and Solr's
 * highlighters write them. The label runs from the value's first letter to its last: tags wrapping the whole value
 * stand outside it, tags between its words (or around an inner word) inside it.
 */
export function highlighted(type: string, value: string, marked: readonly boolean[], before = '', after = ''): Str {
  const words = value.split(' ');
  const wrapped = words.map((w, i) => (marked[i] ? `<em>${w}</em>` : w)).join(' ');
  const open = marked[0] ? '<em>' : '';
  const close = marked[words.length - 1] ? '</em>' : '';
  const inner = wrapped.slice(open.length, wrapped.length - close.length);
  return new Str([before + open, new Lab(type, inner), close + after]);
}

/** The text a highlight label stands for: its `<em>` tags taken out. */
export const withoutTags = (s: string): string => s.replace(/<\/?em>/g, '');
