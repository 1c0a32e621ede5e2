import type { TestLabel } from './markup.js';

/**
 * The page builder of set 32's generator: a fragment of page source with its labels, joined by the `h`
 * template tag so every label keeps its exact offset. A value enters as `val(type, rendered)`, where
 * `rendered` is the value as the page source writes it (escaped, encoded, split by tags).
 */
export interface Frag {
  text: string;
  labels: TestLabel[];
}
export type Part = string | number | Frag | readonly Part[] | undefined | false;

const join = (parts: readonly Part[]): Frag => {
  let text = '';
  const labels: TestLabel[] = [];
  const add = (p: Part) => {
    if (p === undefined || p === false) return;
    if (typeof p === 'string' || typeof p === 'number') text += String(p);
    else if (Array.isArray(p)) for (const q of p as readonly Part[]) add(q);
    else {
      const f = p as Frag;
      for (const l of f.labels) labels.push({ type: l.type, start: l.start + text.length, end: l.end + text.length });
      text += f.text;
    }
  };
  for (const p of parts) add(p);
  return { text, labels };
};

/** Page source with labelled values interpolated. */
export function h(strings: TemplateStringsArray, ...parts: Part[]): Frag {
  const all: Part[] = [];
  strings.forEach((s, i) => {
    all.push(s);
    if (i < parts.length) all.push(parts[i]);
  });
  return join(all);
}

export const cat = (...parts: Part[]): Frag => join(parts);

/** A labelled value as written in the source. */
export const val = (type: string, rendered: string): Frag => ({
  text: rendered,
  labels: [{ type, start: 0, end: rendered.length }],
});

/** Text as an HTML serialiser writes it: only &, <, > and " escaped. */
export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NAMED: Record<string, string> = {
  ä: 'auml',
  ö: 'ouml',
  ü: 'uuml',
  Ä: 'Auml',
  Ö: 'Ouml',
  Ü: 'Uuml',
  ß: 'szlig',
  é: 'eacute',
  è: 'egrave',
  á: 'aacute',
  à: 'agrave',
  í: 'iacute',
  ó: 'oacute',
  ú: 'uacute',
  ñ: 'ntilde',
  ç: 'ccedil',
  ô: 'ocirc',
  â: 'acirc',
  ê: 'ecirc',
  ã: 'atilde',
  õ: 'otilde',
  ē: 'emacr',
  ō: 'omacr',
  ū: 'umacr',
  '’': 'rsquo',
};

/** How a page writes letters outside ASCII: as UTF-8, as named references where HTML has them, or as decimal references. */
export type TextStyle = 'utf8' | 'named' | 'numeric';

export function text(s: string, style: TextStyle): string {
  const base = esc(s);
  if (style === 'utf8') return base;
  return [...base]
    .map((ch) => {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 128) return ch;
      if (style === 'named' && NAMED[ch]) return `&${NAMED[ch]};`;
      return `&#${cp};`;
    })
    .join('');
}

/** A JSON string's content (no quotes) with every non-ASCII letter as \uXXXX, as many frameworks serialise state. */
export const jsonEscaped = (s: string): string =>
  JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A JSON string's content as JSON.stringify leaves it (UTF-8, only quotes and backslashes escaped). */
export const jsonRaw = (s: string): string => JSON.stringify(s).slice(1, -1);

/** Every character percent-encoded (the spam-protection habit of some CMS plugins for mailto: links). */
export const percentAll = (s: string): string =>
  [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

const ENTITY: Record<string, string> = Object.fromEntries([
  ...Object.entries(NAMED).map(([ch, name]) => [name, ch]),
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['nbsp', ' '],
  ['commat', '@'],
  ['period', '.'],
]);

/**
 * The value a label stands for, read back from its source: tags dropped (a <br> is a line break),
 * character references, JSON \u escapes and percent-encoding decoded, no-break spaces as spaces.
 * The structure test validates this, so a value split by tags or escaped is checked whole.
 */
export function decodedValue(label: TestLabel, source: string): string {
  const s = source
    .slice(label.start, label.end)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITY[name] ?? m)
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\u00a0/g, ' ');
  try {
    return /%[0-9A-F]{2}/i.test(s) ? decodeURIComponent(s) : s;
  } catch {
    return s;
  }
}
