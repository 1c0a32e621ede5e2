import type { Entity, EntityType } from './entities.js';
import { wholeBirthDate } from './birth-dates.js';
import { FIELD_SCORE, type ClosedField, type FieldReading, type Span } from './interchange.js';
import { accepts } from './record-fields.js';
import { contactSyncFields, jcardCards } from './interchange-vcard-json.js';
import { ldifFields } from './interchange-ldif.js';
import { readsAsPersonName } from './person-named-value.js';

/**
 * Contact interchange read by its properties: vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350) as text,
 * inside CardDAV's `address-data` (RFC 6352) too, and jCard (RFC 7095, the same properties as JSON
 * arrays) by ONE property table (`readCard`); LDIF (RFC 2849) in interchange-ldif.ts.
 */
export function vcardFields(text: string): FieldReading | undefined {
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  const closed: ClosedField[] = [];
  const out = { personal, impersonal, closed };
  if (/BEGIN:VCARD/i.test(text)) for (const card of textCards(text)) readCard(card, out);
  if (text.includes('"vcard"')) for (const card of jcardCards(text)) readCard(card, out);
  if (text.includes('"birthdays"') || text.includes('"phoneNumbers"')) personal.push(...contactSyncFields(text));
  personal.push(...ldifFields(text));
  return personal.length > 0 || impersonal.length > 0 || closed.length > 0 ? out : undefined;
}

/** A piece of a value with its span in the original text (a fold's line break and blank inside when it crosses one). */
export interface Part extends Span {
  text: string;
}

/** One property of a card, in either writing. */
export interface Property {
  /** The property name in capitals ("N", "ADR", "X-ABLABEL"). */
  name: string;
  /** Parameters by name in capitals (vCard 2.1's bare "HOME" as TYPE); values as written, quotes removed. */
  params: Map<string, Part>;
  /** The value's components (";"-separated in text, array elements in jCard); one for a plain value. */
  components: Part[];
  /** The whole value. */
  value: Part;
  /** Name and parameters: never a person's value ("ENCODING=QUOTED-PRINTABLE"). */
  head?: Span;
}

/** Properties that by RFC 6350 hold no person's value: ids, stamps, versions, URLs, keys, categories. */
const IMPERSONAL =
  /^(?:UID|PRODID|REV|VERSION|KIND|URL|SOURCE|KEY|PHOTO|LOGO|SOUND|GEO|TZ|CLIENTPIDMAP|CATEGORIES|DEATHDATE|ANNIVERSARY|X-.*)$/;
/** What a firm's own card holds of the firm's own (RFC 6350 6.2, 6.3, 6.4, 6.6.4). */
const FIRM_OWN = /^(?:FN|N|ORG|TEL|EMAIL|ADR|LABEL|IMPP)$/;
/** KIND values of a card that is no single person's (RFC 6350 6.1.4). */
const NOT_A_PERSON = /^(?:org|group|location)$/i;
/** A name: letters, blanks, hyphens, apostrophes, dots; an escaped comma ("Family\, Given"). */
const NAME = /^\p{L}[\p{L}\p{M}'’.\- ]*(?:\\,[ ]?\p{L}[\p{L}\p{M}'’.\- ]*)?$/u;
/** The date of a BDAY: `--MMDD`/`--MM-DD` without a year (RFC 6350 4.3.1), `YYYYMMDD`, `YYYY-MM-DD`. */
const CARD_DATE = /^(?:\d{4}-?|--)(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?![\d])/;
/** A phone number: digits with the separators numbers are written with. */
const PHONE = /^\+?[\d(][\d ()/.-]{4,24}$/;

/**
 * Types the values of one card by its properties. A card of an organisation (KIND:org, or ORG without a
 * person's N and with no FN other than the ORG) is the firm's own: its TEL, EMAIL and ADR are its
 * switchboard, role mailbox and premises, no person's.
 */
export function readCard(card: Property[], out: Required<FieldReading>): void {
  const value = (name: string) => card.find((p) => p.name === name)?.value.text.trim();
  const org = value('ORG')?.split(';')[0];
  const fn = value('FN');
  const kind = value('KIND');
  // A person's N has a family or given name ("N:;;;;" on a firm's card names nobody).
  const named = card.some((p) => p.name === 'N' && p.components.some((c) => c.text.trim()));
  // KIND:individual is a person whatever ORG says; an ORG that reads as a person's name is a sole trader's (fail closed).
  const firm =
    kind !== undefined
      ? NOT_A_PERSON.test(kind)
      : org !== undefined && !named && (!fn || fn === org) && !readsAsPersonName(org);
  for (const p of card) {
    if (p.head) out.impersonal.push(p.head);
    if (firm && personOnly(p)) {
      // No firm has a birthday, a home or a mobile of its own: these on a firm's card are a person's.
      readProperty(p, out);
    } else if (firm && FIRM_OWN.test(p.name)) {
      // The firm's name, switchboard, mailbox and premises: its own whatever words they hold.
      if (p.value.text) out.closed.push(p.value);
    } else if (IMPERSONAL.test(p.name) || firm) {
      // A firm card's NOTE stays free text within: a person written into it in a sentence is still someone.
      if (p.value.text) out.impersonal.push(p.value);
    } else {
      // A person's ORG names their employer: a name in it ("Grabmale Wendelin Oehme") is the firm's.
      if (p.name === 'ORG' && p.value.text) out.closed.push({ ...p.value, types: ['PERSON'] });
      readProperty(p, out);
    }
  }
}

/** A home or mobile TYPE (RFC 6350 6.4.1, vCard 2.1's bare "HOME", "CELL"). */
const HOME_OR_CELL = /(?:^|,)[ \t]*(?:home|cell)[ \t]*(?:,|$)/i;

/** A property only a person has: a birthday, a home address, phone or mailbox, a mobile. */
function personOnly(p: Property): boolean {
  if (p.name === 'BDAY') return true;
  if (!/^(?:TEL|EMAIL|ADR|LABEL)$/.test(p.name)) return false;
  return [...p.params].some(([key, v]) => key.startsWith('TYPE') && HOME_OR_CELL.test(v.text));
}

function push(out: FieldReading, type: EntityType, part: Span): void {
  out.personal.push({ type, start: part.start, end: part.end, score: FIELD_SCORE });
}

/**
 * A value written QUOTED-PRINTABLE (vCard 2.1) or base64 is read as any other: the scanner reads the text decoded
 * (normalize.ts), and a model decodes such values at a glance (fail closed), whatever a test set's labels say.
 */
function readProperty(p: Property, out: FieldReading): void {
  switch (p.name) {
    case 'N':
      // family;given;additional;prefix;suffix (RFC 6350 6.2.2): the first three are names, titles are not.
      for (const c of p.components.slice(0, 3)) names(c, out);
      break;
    case 'FN':
    case 'NICKNAME':
      names(p.value, out);
      break;
    case 'RELATED':
      // A related person written as text (VALUE=text); a URI names a card, not a person.
      if (p.params.get('VALUE')?.text.toLowerCase() === 'text') names(p.value, out);
      break;
    case 'TEL': {
      const v = withoutScheme(p.value, 'tel:');
      if (PHONE.test(v.text) && (v.text.match(/\d/g)?.length ?? 0) >= 5) push(out, 'PHONE_NUMBER', v);
      break;
    }
    case 'EMAIL': {
      const v = withoutScheme(p.value, 'mailto:');
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.text)) push(out, 'EMAIL_ADDRESS', v);
      break;
    }
    case 'BDAY': {
      const v = p.value;
      const m = CARD_DATE.exec(v.text);
      if (m) push(out, 'DATE_OF_BIRTH', { start: v.start, end: v.start + m[0].length });
      else if (wholeBirthDate(v.text.trim())) push(out, 'DATE_OF_BIRTH', v);
      break;
    }
    case 'ADR': {
      address(p.components, out);
      const label = p.params.get('LABEL');
      if (label) addressLabel(label, out);
      break;
    }
    case 'LABEL':
      addressLabel(p.value, out);
      break;
  }
}

/** A name value: a name when it reads as one. */
function names(part: Part, out: FieldReading): void {
  if (part.text && NAME.test(part.text)) push(out, 'PERSON', part);
}

/** ADR's components (RFC 6350 6.3.1: box;extended;street;locality;region;code;country): street to postcode. */
function address(components: Part[], out: FieldReading): void {
  // The country (a fold may fall inside it: "Sp\n ain") is no part of a person's address.
  const country = components[6];
  if (country?.text.trim()) out.impersonal.push(country);
  const given = components.slice(2, 6).filter((c) => c.text.trim());
  if (given.length === 0) return;
  const span = { start: given[0].start, end: given[given.length - 1].end };
  const words = given.map((c) => c.text).join(' ');
  if (accepts('POSTAL_ADDRESS', words)) push(out, 'POSTAL_ADDRESS', span);
}

/** A formatted address (3.0's LABEL, 4.0's LABEL parameter): up to its escaped line break before the country. */
function addressLabel(part: Part, out: FieldReading): void {
  const cut = part.text.search(/\\n/i);
  const text = cut < 0 ? part.text : part.text.slice(0, cut);
  if (accepts('POSTAL_ADDRESS', text.trim()))
    push(out, 'POSTAL_ADDRESS', { start: part.start, end: part.start + text.length });
}

function withoutScheme(part: Part, scheme: string): Part {
  const text = part.text.trim();
  if (!text.toLowerCase().startsWith(scheme)) return { ...part, text };
  return { text: text.slice(scheme.length), start: part.start + scheme.length, end: part.start + text.length };
}

/** The longest card read: a BEGIN:VCARD left open runs no further. */
const MAX_CARD = 20_000;

/**
 * The cards of vCard text, their lines unfolded (RFC 6350 3.2: a line break and one blank or tab are
 * removed; vCard 2.1's QUOTED-PRINTABLE soft line break `=` at a line's end joins the next line), each
 * character remembered by its offset in the text. CardDAV's XML escapes (`&amp;`) are left as written.
 */
function* textCards(text: string): Generator<Property[]> {
  // At a line's start, or after CardDAV's `<card:address-data>` tag.
  const begin = /(?:^[ \t]*|>)BEGIN:VCARD[ \t]*\r?$/gim;
  for (let m = begin.exec(text); m; m = begin.exec(text)) {
    const from = m.index + m[0].length + 1;
    const endMatch = /^[ \t]*END:VCARD/im.exec(text.slice(from, from + MAX_CARD));
    const to = endMatch ? from + endMatch.index : Math.min(text.length, from + MAX_CARD);
    yield [...cardLines(text, from, to)];
    begin.lastIndex = to;
  }
}

function* cardLines(text: string, from: number, to: number): Generator<Property> {
  let chars = '';
  let offsets: number[] = [];
  let at = from;
  while (at < to) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    const lineEnd = end > at && text[end - 1] === '\r' ? end - 1 : end;
    const folded = chars.length > 0 && (text[at] === ' ' || text[at] === '\t');
    const softBreak =
      chars.length > 0 && chars.endsWith('=') && /QUOTED-PRINTABLE/i.test(chars.slice(0, chars.indexOf(':')));
    if (!folded && !softBreak && chars) {
      const p = property(chars, offsets);
      if (p) yield p;
      chars = '';
      offsets = [];
    }
    if (softBreak && !folded) {
      chars = chars.slice(0, -1);
      offsets.pop();
    }
    for (let i = folded ? at + 1 : at; i < lineEnd; i++) {
      chars += text[i];
      offsets.push(i);
    }
    at = end + 1;
  }
  const last = chars ? property(chars, offsets) : undefined;
  if (last) yield last;
}

/** A part of the unfolded line as a span of the text. */
const spanOf = (chars: string, offsets: number[], a: number, b: number): Part => ({
  text: chars.slice(a, b),
  start: a < offsets.length ? offsets[a] : offsets[offsets.length - 1] + 1,
  end: b > a ? offsets[b - 1] + 1 : a < offsets.length ? offsets[a] : offsets[offsets.length - 1] + 1,
});

/** `name;param=value;…:value` (RFC 6350 3.3): the colon outside quoted parameter values ends the head. */
function property(chars: string, offsets: number[]): Property | undefined {
  let quoted = false;
  let colon = -1;
  const cuts: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') cuts.push(i);
    else if (!quoted && c === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const nameEnd = cuts.length > 0 ? cuts[0] : colon;
  // A group prefix ("item1.TEL") is no part of the name.
  const name = chars
    .slice(0, nameEnd)
    .replace(/^[\w-]+\./, '')
    .toUpperCase();
  if (!/^[A-Z][A-Z0-9-]*$/.test(name)) return undefined;
  const params = new Map<string, Part>();
  for (let k = 0; k < cuts.length; k++) {
    const a = cuts[k] + 1;
    const b = k + 1 < cuts.length ? cuts[k + 1] : colon;
    const eq = chars.indexOf('=', a);
    if (eq < 0 || eq >= b) {
      // vCard 2.1's bare types ("TEL;HOME;VOICE:"): each kept, none overwritten.
      params.set(params.has('TYPE') ? `TYPE${k}` : 'TYPE', spanOf(chars, offsets, a, b));
      continue;
    }
    let va = eq + 1;
    let vb = b;
    if (chars[va] === '"' && chars[vb - 1] === '"' && vb - va >= 2) {
      va++;
      vb--;
    }
    params.set(chars.slice(a, eq).toUpperCase(), spanOf(chars, offsets, va, vb));
  }
  const value = spanOf(chars, offsets, colon + 1, chars.length);
  const components: Part[] = [];
  let from = colon + 1;
  for (let i = from; i <= chars.length; i++) {
    if (i < chars.length && chars[i] === '\\') {
      i++;
      continue;
    }
    if (i < chars.length && chars[i] !== ';') continue;
    components.push(spanOf(chars, offsets, from, i));
    from = i + 1;
  }
  return { name, params, components, value, head: { start: offsets[0], end: offsets[colon] } };
}
