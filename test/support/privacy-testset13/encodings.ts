/**
 * The transport encodings raw exports carry. A document is built as pieces (text, or a labelled value);
 * each piece is encoded on its own so labels keep exact offsets. Only addresses and dates are encoded
 * inside a label: the structure validators reject an encoded name, e-mail, phone or number (notes).
 */
export type Piece = string | { type: string; value: string };

/**
 * The type of a piece written exactly as a labelled value is (never encoded, never broken) that
 * labels nothing: an organisation's role mailbox, not personal data (round 32).
 */
export const UNLABELLED = 'UNLABELLED';
export type Encoding = 'qp' | 'url' | 'html' | 'json' | 'csv' | 'plain';

const utf8Hex = (ch: string) => [...Buffer.from(ch, 'utf8')].map((b) => b.toString(16).toUpperCase().padStart(2, '0'));

/** Quoted-printable: non-ASCII and "=" as =XX (soft line breaks are added by `softBreaks`). */
export const qp = (s: string) =>
  [...s]
    .map((ch) =>
      ch === '=' || ch.charCodeAt(0) > 126
        ? utf8Hex(ch)
            .map((h) => `=${h}`)
            .join('')
        : ch,
    )
    .join('');
/** application/x-www-form-urlencoded as browsers send it. */
export const url = (s: string) =>
  encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const NAMED: Record<string, string> = {
  ä: '&auml;',
  ö: '&ouml;',
  ü: '&uuml;',
  Ä: '&Auml;',
  Ö: '&Ouml;',
  Ü: '&Uuml;',
  ß: '&szlig;',
  é: '&eacute;',
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  '€': '&euro;',
  '@': '&#64;',
};
/** A ticket system's HTML-to-text that left entities: named for umlauts, numeric for the rest. */
export const html = (s: string) =>
  [...s].map((ch) => NAMED[ch] ?? (ch.charCodeAt(0) > 126 ? `&#${ch.codePointAt(0)};` : ch)).join('');
/** A JSON string's inside, with ASCII escapes (\\n, \\", \\uXXXX) as many loggers write it. */
export const json = (s: string) =>
  JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A CSV field's inside: doubled quotes. */
export const csv = (s: string) => s.replace(/"/g, '""');
/** RFC 2047 encoded-word (Q), for headers. */
export const encodedWord = (s: string) =>
  `=?UTF-8?Q?${[...s]
    .map((ch) =>
      /[A-Za-z0-9.,-]/.test(ch)
        ? ch
        : ch === ' '
          ? '_'
          : utf8Hex(ch)
              .map((h) => `=${h}`)
              .join(''),
    )
    .join('')}?=`;

const ENCODE: Record<Encoding, (s: string) => string> = { qp, url, html, json, csv, plain: (s) => s };
/** Types whose labelled value may be encoded and still pass the structure validators. */
const ENCODABLE = new Set(['POSTAL_ADDRESS', 'DATE_OF_BIRTH']);

/**
 * Whether an encoded address or date still passes the structure validators (a postcode kept whole, a
 * date without %2F); where not, the value stays plain in that place (see the notes).
 */
const STILL_VALID: Record<string, (s: string) => boolean> = {
  POSTAL_ADDRESS: (s) => /\p{L}{3}/u.test(s) && /\b\d{4,6}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/i.test(s),
  DATE_OF_BIRTH: (s) => /^[\d\s./'-]+$/.test(s) || /[a-zäö]{3}/i.test(s),
};

/** Encodes every piece; text pieces always, labelled values only where the validators allow it. */
export function encodePieces(pieces: Piece[], enc: Encoding): Piece[] {
  return pieces.map((p) => {
    if (typeof p === 'string') return p.startsWith('\u0000') ? p.slice(1) : ENCODE[enc](p);
    if (!ENCODABLE.has(p.type)) return p;
    const value = ENCODE[enc](p.value);
    return STILL_VALID[p.type](value) ? { ...p, value } : p;
  });
}
/** A piece kept as it stands (headers, separators the encoding does not touch). */
export const raw = (s: string) => `\u0000${s}`;

/**
 * Quoted-printable soft line breaks ("=\n") after about 72 characters: never inside an =XX escape, never
 * between two digits, never inside a label other than an address (the validators reject those).
 */
export function softBreaks(pieces: Piece[], width = 72): Piece[] {
  let col = 0;
  return pieces.map((p) => {
    const s = typeof p === 'string' ? p : p.value;
    const breakable = typeof p === 'string' || p.type === 'POSTAL_ADDRESS';
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      if (ch === '\n') {
        out += ch;
        col = 0;
        continue;
      }
      const escape = ch === '=' && /^[0-9A-F]{2}$/.test(s.slice(i + 1, i + 3));
      const unit = escape ? s.slice(i, i + 3) : ch;
      const digits = /\d/.test(ch) && /\d/.test(out.slice(-1));
      const inside = typeof p !== 'string' && out.length > 0;
      if (col + unit.length > width && breakable && !digits && (inside || typeof p === 'string')) {
        out += '=\n';
        col = 0;
      }
      out += unit;
      col += unit.length;
      if (escape) i += 2;
    }
    return typeof p === 'string' ? out : { ...p, value: out };
  });
}

/** The text and labels of the pieces. */
export function assemble(pieces: Piece[]): { text: string; entities: { type: string; start: number; end: number }[] } {
  let text = '';
  const entities: { type: string; start: number; end: number }[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') text += p;
    else {
      if (p.type !== UNLABELLED) entities.push({ type: p.type, start: text.length, end: text.length + p.value.length });
      text += p.value;
    }
  }
  return { text, entities };
}
