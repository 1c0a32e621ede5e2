import type { TestLabel } from './markup.js';

/**
 * Text with labels that survives encoding: a generated record is written as fragments (plain
 * text and labelled values); each format escapes what is written into it, and a label always sits
 * on the value as it finally stands in the text (escaped, entity-encoded or quoted-printable).
 */

export interface Piece {
  text: string;
  type?: string;
  /** Written and encoded as a value of `type` is, but labelled nothing (an organisation's role mailbox, round 32). */
  unlabelled?: boolean;
}

export class Frag {
  constructor(readonly pieces: readonly Piece[]) {}

  /** The text and its labels, offsets exact. */
  render(): { text: string; entities: TestLabel[] } {
    let text = '';
    const entities: TestLabel[] = [];
    for (const p of this.pieces) {
      if (p.type && p.text && !p.unlabelled)
        entities.push({ type: p.type, start: text.length, end: text.length + p.text.length });
      text += p.text;
    }
    return { text, entities };
  }

  /** Every piece's text mapped (labels kept on the mapped value). */
  map(f: (text: string, type?: string) => string): Frag {
    return new Frag(this.pieces.map((p) => ({ ...p, text: f(p.text, p.type) })));
  }
}

/** A labelled value, before the format escapes it. */
export interface Value {
  type: string;
  value: string;
  unlabelled?: boolean;
}

export const L = (type: string, value: string): Value => ({ type, value });
export const PERSON = (v: string) => L('PERSON', v);
export const MAIL = (v: string) => L('EMAIL_ADDRESS', v);
/** An organisation's role mailbox: written like any mailbox, not personal data, so unlabelled (round 32). */
export const ROLE_MAIL = (v: string): Value => ({ ...MAIL(v), unlabelled: true });
export const PHONE = (v: string) => L('PHONE_NUMBER', v);
/** An organisation's freephone or switchboard: written like any phone number, not personal data, so unlabelled (round 32). */
export const ORG_PHONE = (v: string): Value => ({ ...PHONE(v), unlabelled: true });
export const ADDR = (v: string) => L('POSTAL_ADDRESS', v);
export const BIRTH = (v: string) => L('DATE_OF_BIRTH', v);
export const IP = (v: string) => L('IP_ADDRESS', v);
export const IBAN = (v: string) => L('IBAN_CODE', v);
export const CARD = (v: string) => L('CREDIT_CARD', v);
export const TAX = (v: string) => L('DE_TAX_ID', v);
export const PENSION = (v: string) => L('DE_SOCIAL_SECURITY', v);
export const IDCARD = (v: string) => L('DE_ID_CARD', v);
export const PASSPORT = (v: string) => L('DE_PASSPORT', v);

export type Hole = string | number | Value | Frag | readonly Frag[] | null | undefined | false;

/**
 * A template tag for one format: literal parts pass through `literal`, interpolated strings and
 * values through `escape` (JSON string escapes, XML escapes, HTML entities); fragments written
 * earlier with the same format are taken as they are. `null`, `undefined` and `false` write nothing.
 */
export function format(escape: (s: string) => string, literal: (s: string) => string = (s) => s) {
  return (strings: TemplateStringsArray, ...holes: Hole[]): Frag => {
    const out: Piece[] = [];
    strings.forEach((s, i) => {
      if (s) out.push({ text: literal(s) });
      if (i >= holes.length) return;
      const h = holes[i];
      if (h === null || h === undefined || h === false) return;
      if (h instanceof Frag) out.push(...h.pieces);
      else if (Array.isArray(h)) for (const f of h as Frag[]) out.push(...f.pieces);
      else if (typeof h === 'object') {
        const v = h as Value;
        out.push(
          v.unlabelled
            ? { text: escape(v.value), type: v.type, unlabelled: true }
            : { text: escape(v.value), type: v.type },
        );
      } else out.push({ text: escape(String(h)) });
    });
    return new Frag(out);
  };
}

/** Plain text: nothing escaped. */
export const plain = format((s) => s);

/** Inside a JSON string: quotes, backslashes and line breaks escaped; other letters stay as UTF-8 (what most exporters write). */
export const jsonEscape = (s: string): string => JSON.stringify(s).slice(1, -1);
export const json = format(jsonEscape);

export const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const xml = format(xmlEscape);

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
  ó: 'oacute',
  í: 'iacute',
  ú: 'uacute',
  ñ: 'ntilde',
  ç: 'ccedil',
  '€': 'euro',
  '–': 'ndash',
  '—': 'mdash',
  '©': 'copy',
  '„': 'bdquo',
  '“': 'ldquo',
  '”': 'rdquo',
  '’': 'rsquo',
  '·': 'middot',
  ' ': 'nbsp',
};

/** Non-ASCII as an HTML entity: named where HTML has one (&uuml;), numeric otherwise (&#322;). */
export const entities = (s: string): string =>
  s.replace(/[^\n\t -~]/gu, (c) => (NAMED[c] ? `&${NAMED[c]};` : `&#${c.codePointAt(0)};`));

/**
 * HTML as a mail system writes it: markup in the literal parts, every non-ASCII letter an entity.
 * (Not named `html`: code formatters would re-indent templates with that tag and change the output.)
 */
export const htmlMarkup = format(
  (s) => entities(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
  entities,
);

const utf8 = (c: string) =>
  [...Buffer.from(c, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** One piece in quoted-printable units: a character as itself, or its bytes as =XX (every non-ASCII character, and "="). */
function qpUnits(s: string): string[] {
  const units: string[] = [];
  for (const c of s) units.push(c === '\n' ? '\n' : c === '=' || c > '\x7e' || c === '\t' ? utf8(c) : c);
  return units;
}

/**
 * A body in quoted-printable (RFC 2045): non-ASCII bytes and "=" as =XX, lines of at most 76
 * characters, broken by a soft line break ("=" at the end of the line). A labelled value is never
 * broken: the soft break goes before it, so each label covers its encoded value in one piece.
 */
export function quotedPrintable(frag: Frag): Frag {
  const out: Piece[] = [];
  let column = 0;
  for (const p of frag.pieces) {
    const units = qpUnits(p.text);
    if (p.type) {
      const encoded = units.join('');
      if (column > 0 && column + encoded.length > 75) {
        out.push({ text: '=\n' });
        column = 0;
      }
      out.push({ ...p, text: encoded });
      column += encoded.length;
      continue;
    }
    let text = '';
    for (const u of units) {
      if (u === '\n') {
        text += '\n';
        column = 0;
        continue;
      }
      if (column + u.length > 75) {
        text += '=\n';
        column = 0;
      }
      text += u;
      column += u.length;
    }
    out.push({ text });
  }
  return new Frag(out);
}

/** An RFC 2047 encoded word in the Q encoding (for subjects and the display names of role mailboxes). */
export function encodedWord(s: string): string {
  let q = '';
  for (const c of s) q += c === ' ' ? '_' : /[A-Za-z0-9.,:!-]/.test(c) ? c : utf8(c);
  return `=?UTF-8?Q?${q}?=`;
}
