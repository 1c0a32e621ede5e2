import type { TestLabel } from './markup.js';

/**
 * Text as a RAG ingest pipeline gets it out of PDFs and scans: a document is laid out as lines of
 * segments (plain text or a labelled value) and then flattened the ways extractors flatten pages.
 */
export interface Seg {
  text: string;
  type?: string;
  /** Laid out as a value of `type` is (no ligatures), but labelled nothing: an organisation's role mailbox or switchboard (round 32). */
  unlabelled?: boolean;
}
export type Line = Seg[];

export const t = (text: string): Seg => ({ text });
export const v = (type: string, text: string): Seg => ({ type, text });
/** An organisation's role mailbox: written like any mailbox, not personal data, so unlabelled (round 32). */
export const roleMail = (text: string): Seg => ({ type: 'EMAIL_ADDRESS', text, unlabelled: true });
/** An organisation's switchboard ("…-0", the Zentrale): laid out like a phone number, not personal data, so unlabelled (round 32). */
export const orgPhone = (text: string): Seg => ({ type: 'PHONE_NUMBER', text, unlabelled: true });
export const line = (...segs: (Seg | string)[]): Line => segs.map((s) => (typeof s === 'string' ? t(s) : s));

const width = (l: Line) => l.reduce((n, s) => n + s.text.length, 0);

/** Two columns read straight across: each row is the left line, a gap and the right line. */
export function interleave(left: Line[], right: Line[], gap = 4): Line[] {
  const w = Math.max(...left.map(width), 0) + gap;
  const rows: Line[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? [];
    const r = right[i];
    if (!r || r.length === 0) rows.push(l);
    else rows.push([...l, t(' '.repeat(w - width(l))), ...r]);
  }
  return rows;
}

/** A form as extractors read its fields: every label first, then every value, one per line. */
export const formBlocks = (fields: [string, Line][]): Line[] => [
  ...fields.map(([label]) => line(label)),
  [],
  ...fields.map(([, value]) => value),
];

/** Table cells one per line, row after row (the header row first). */
export const cells = (rows: Line[][]): Line[] => rows.flat();

/** The lines as text and the labels on the labelled segments. */
export function render(lines: Line[]): { text: string; entities: TestLabel[] } {
  let text = '';
  const entities: TestLabel[] = [];
  lines.forEach((l, i) => {
    if (i > 0) text += '\n';
    // Trailing spaces of a padded row stay out: extractors strip them.
    const segs = [...l];
    while (segs.length > 0 && !segs[segs.length - 1].type && segs[segs.length - 1].text.trim() === '') segs.pop();
    for (const s of segs) {
      if (s.type && !s.unlabelled)
        entities.push({ type: s.type, start: text.length, end: text.length + s.text.length });
      text += s.text;
    }
  });
  return { text, entities };
}

/** Typographic ligatures a PDF font maps into the text layer ("ﬁ", "ﬂ"). */
export const ligatures = (s: string) => s.replace(/fi/g, '\uFB01').replace(/fl/g, '\uFB02');

/** A word broken at a line end with a hyphen, the way justified print breaks it ("Mül-\nler"). */
export function hyphenate(word: string, at?: number): string {
  const k = at ?? Math.max(2, Math.min(word.length - 2, Math.ceil(word.length / 2)));
  return `${word.slice(0, k)}-\n${word.slice(k)}`;
}

/** A soft hyphen (U+00AD) left inside a long word by the typesetter. */
export function softHyphen(word: string): string {
  if (word.length < 8) return word;
  const k = Math.ceil(word.length / 2);
  return `${word.slice(0, k)}\u00AD${word.slice(k)}`;
}

/** The OCR slips of a scan: 0 read as O in a date, 1 read as l in a house number. */
export const ocrDate = (s: string) => s.replace(/0/g, 'O');
export const ocrHouse = (s: string) => s.replace(/(\D)1(\d?)\b/, '$1l$2');
