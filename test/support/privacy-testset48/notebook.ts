import { TextBuilder } from '../held-out-builder.js';

/**
 * How set 48 writes Jupyter notebooks with labels: a text piece is a list of segments, plain strings or labelled
 * values (`Lab`); a JSON string of the notebook is such a list, escaped as it is emitted, each label over
 * its run as it stands in the file. nbformat 4 as Jupyter saves it: indent 1, keys sorted, non-ASCII kept.
 */
export class Lab {
  constructor(
    readonly type: string,
    readonly value: string,
  ) {}
}
export type Seg = string | Lab;

/** A JSON string made of segments. */
export class JStr {
  constructor(readonly segs: readonly Seg[]) {}
}
export type JValue = JStr | string | number | boolean | null | readonly JValue[] | { readonly [key: string]: JValue };

export const segText = (s: Seg): string => (typeof s === 'string' ? s : s.value);
export const plainText = (segs: readonly Seg[]): string => segs.map(segText).join('');

/** A template of segments: `t\`Name: ${P('Ann')}\`` interleaves plain text and labelled values. */
export function t(strings: TemplateStringsArray, ...vals: (Seg | readonly Seg[])[]): Seg[] {
  const out: Seg[] = [];
  strings.forEach((s, i) => {
    if (s) out.push(s);
    if (i < vals.length) {
      const v = vals[i];
      if (Array.isArray(v)) out.push(...(v as Seg[]));
      else out.push(v as Seg);
    }
  });
  return out;
}

/** Segments split into lines, each ending in `\n` (as `source` and `text` arrays hold them). */
export function lines(segs: readonly Seg[]): JStr[] {
  const out: Seg[][] = [[]];
  for (const s of segs) {
    if (typeof s !== 'string') {
      out[out.length - 1].push(s);
      continue;
    }
    const parts = s.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) out.push([]);
      if (p) out[out.length - 1].push(p);
    });
  }
  if (out[out.length - 1].length === 0) out.pop();
  return out.map((l) => new JStr([...l, '\n']));
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);

/** Emits a JSON value as Jupyter saves a notebook (indent 1, keys sorted), labelling values inside strings. */
export function emitJson(b: TextBuilder, v: JValue, depth = 0): void {
  const pad = ' '.repeat(depth + 1);
  if (v instanceof JStr) {
    b.add('"');
    for (const s of v.segs) {
      if (typeof s === 'string') b.add(esc(s));
      else b.val(s.type, esc(s.value));
    }
    b.add('"');
  } else if (typeof v === 'string') b.add(JSON.stringify(v));
  else if (typeof v === 'number' || typeof v === 'boolean' || v === null) b.add(JSON.stringify(v));
  else if (Array.isArray(v)) {
    if (v.length === 0) {
      b.add('[]');
      return;
    }
    b.add('[\n');
    v.forEach((x: JValue, i: number) => {
      b.add(pad);
      emitJson(b, x, depth + 1);
      b.add(i < v.length - 1 ? ',\n' : '\n');
    });
    b.add(' '.repeat(depth) + ']');
  } else {
    const o = v as { readonly [key: string]: JValue };
    const keys = Object.keys(o).sort();
    if (keys.length === 0) {
      b.add('{}');
      return;
    }
    b.add('{\n');
    keys.forEach((k, i) => {
      b.add(`${pad}${JSON.stringify(k)}: `);
      emitJson(b, o[k], depth + 1);
      b.add(i < keys.length - 1 ? ',\n' : '\n');
    });
    b.add(' '.repeat(depth) + '}');
  }
}

/** Writes segments into a plain-text builder. */
export function emitText(b: TextBuilder, segs: readonly Seg[]): void {
  for (const s of segs) {
    if (typeof s === 'string') b.add(s);
    else b.val(s.type, s.value);
  }
}

export interface Frame {
  plain: Seg[];
  html: Seg[];
}

/**
 * A pandas DataFrame as Jupyter shows it: the fixed-width `text/plain` repr (right-justified columns two blanks
 * apart, the index at the left) and the `text/html` table; with `hide` the middle columns are truncated to `...`
 * in both, and the shape is printed below as pandas does.
 */
export function frame(
  cols: readonly string[],
  rows: readonly (readonly Seg[])[],
  opts: { index?: readonly string[]; hide?: readonly [number, number]; shape?: readonly [number, number] } = {},
): Frame {
  const index = opts.index ?? rows.map((_, i) => String(i));
  const shown = cols.map((_, i) => i).filter((i) => !opts.hide || i < opts.hide[0] || i >= opts.hide[1]);
  const iw = Math.max(...index.map((s) => s.length));
  const width = (c: number) => Math.max(cols[c].length, ...rows.map((r) => segText(r[c]).length));
  const plain: Seg[] = [];
  let head = ' '.repeat(iw);
  for (const c of shown) {
    if (c === opts.hide?.[1]) head += '  ...';
    head += '  ' + cols[c].padStart(width(c));
  }
  plain.push(head + '\n');
  rows.forEach((r, ri) => {
    plain.push(index[ri].padEnd(iw));
    for (const c of shown) {
      if (c === opts.hide?.[1]) plain.push('  ...');
      plain.push('  ' + ' '.repeat(width(c) - segText(r[c]).length), r[c]);
    }
    plain.push('\n');
  });
  const shape = opts.shape ?? (opts.hide ? [rows.length, cols.length] : undefined);
  if (shape) plain.push(`\n[${shape[0]} rows x ${shape[1]} columns]\n`);
  const html: Seg[] = [
    '<div>\n<style scoped>\n    .dataframe tbody tr th:only-of-type {\n        vertical-align: middle;\n    }\n\n',
    '    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n\n',
    '    .dataframe thead th {\n        text-align: right;\n    }\n</style>\n',
    '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n',
  ];
  for (const c of shown) {
    if (c === opts.hide?.[1]) html.push('      <th>...</th>\n');
    html.push(`      <th>${cols[c]}</th>\n`);
  }
  html.push('    </tr>\n  </thead>\n  <tbody>\n');
  rows.forEach((r, ri) => {
    html.push(`    <tr>\n      <th>${index[ri]}</th>\n`);
    for (const c of shown) {
      if (c === opts.hide?.[1]) html.push('      <td>...</td>\n');
      html.push('      <td>', r[c], '</td>\n');
    }
    html.push('    </tr>\n');
  });
  html.push('  </tbody>\n</table>\n');
  if (shape) html.push(`<p>${shape[0]} rows × ${shape[1]} columns</p>\n`);
  html.push('</div>');
  return { plain, html };
}

/** An ipython-sql result as it prints it: a prettytable in `text/plain`, a bare table in `text/html`. */
export function sqlTable(cols: readonly string[], rows: readonly (readonly Seg[])[]): Frame {
  const w = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => segText(r[i]).length)));
  const rule = '+' + w.map((n) => '-'.repeat(n + 2)).join('+') + '+\n';
  const plain: Seg[] = [rule, '|' + cols.map((c, i) => ` ${c.padEnd(w[i])} `).join('|') + '|\n', rule];
  for (const r of rows) {
    plain.push('|');
    r.forEach((s, i) => plain.push(' ', s, ' '.repeat(w[i] - segText(s).length + 1) + '|'));
    plain.push('\n');
  }
  plain.push(rule.slice(0, -1));
  const html: Seg[] = ['<table>\n    <thead>\n        <tr>\n'];
  for (const c of cols) html.push(`            <th>${c}</th>\n`);
  html.push('        </tr>\n    </thead>\n    <tbody>\n');
  for (const r of rows) {
    html.push('        <tr>\n');
    for (const s of r) html.push('            <td>', s, '</td>\n');
    html.push('        </tr>\n');
  }
  html.push('    </tbody>\n</table>');
  return { plain, html };
}
