import { isAriaText, isHtmlOwnAttribute } from './html-own-attributes.js';
import { JsonReader, isJsonString, jsonObject, type Json, type JsonString } from './json-spans.js';
import {
  decodeJson,
  insideRanges,
  overlapsRanges,
  type Emit,
  type MarkupReading,
  type TextPiece,
} from './markup-text-view.js';

/**
 * A web page's HTML source (a crawler's ingest): the page's text stands in pieces between tags, a value split by
 * inline tags ("+49 <b>711</b> 9480"), written with character references ("&nbsp;", "&#64;"), in attributes (a
 * form's filled `value`, a `tel:` link, `data-*`) and in the page's structured data (schema.org JSON-LD, a state
 * object of the page's script). Read as a browser renders it: block elements and `<br>` end a line, table cells join
 * by " | " (a tab let the next cell run on into a name's cell as its street), a heading cell's value after ": ", inline
 * tags join with nothing. Everything else inside a tag is the page's own (html-own-attributes.ts).
 */

/** Elements that end a line where they open and close (as a browser lays them out). */
const BLOCK = new Set(
  (
    'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 head header hr html legend li main nav ol option p pre section select summary table ' +
    'tbody textarea tfoot thead title tr ul'
  ).split(' '),
);
const CELL = new Set(['td', 'th']);

/** A start tag (attributes quoted or bare, no "<" inside: every attempt stops at the next "<"), an end tag, a comment. */
const TOKEN =
  /<!--|<([a-zA-Z][\w:-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>|<\/([a-zA-Z][\w:-]*)[^<>]*>|<![^<>]*>|<\?[^<>]*>/g;
/** One attribute inside a start tag: its name and its value (quoted or bare), offsets from the match. */
const ATTRIBUTE = /[\s/]*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"<]*)"|'([^'<]*)'|([^\s"'=<>`]+)))?/y;

/** A page: its doctype or html element; or a text with several block tags (a fragment a crawler kept). */
const PAGE_START = /<!doctype html|<html[\s>]/i;
const STARTS_WITH_MARKUP = /^\uFEFF?\s*</;
const BLOCK_TAG = /<(?:p|div|li|tr|td|h[1-6]|br|section|table|ul|ol)[\s/>]/gi;

/** A page's state object in a script: `window.__APP_STATE__ = {…}`, or Next.js's `__NEXT_DATA__` JSON. */
const STATE_ASSIGNMENT = /(?:window\.)?__\w+__\s*=\s*(?=[{[])/y;

/** Bounds of a page's structured data: a state object can be large, but is read once, linearly. */
const PAGE_JSON = { maxChars: 2_000_000, maxDepth: 24 };

/** How a piece is written: page text (references), JSON (escapes), an attribute, a link's address (percent-encoded). */
type Kind = 'text' | 'pre' | 'json' | 'attribute' | 'address' | 'query';

export function htmlSourcePieces(text: string): MarkupReading | undefined {
  // A page's source begins with its markup; a mail (headers, then an HTML part) or a JSON export holding HTML
  // in its strings is no page, and their own readers know them.
  if (!STARTS_WITH_MARKUP.test(text)) return undefined;
  if (!PAGE_START.test(text.slice(0, 4096)) && !severalBlockTags(text)) return undefined;
  return new PageReader(text).read();
}

function severalBlockTags(text: string): boolean {
  BLOCK_TAG.lastIndex = 0;
  let n = 0;
  while (BLOCK_TAG.exec(text)) if (++n >= 3) return true;
  return false;
}

class PageReader {
  private readonly pieces: TextPiece[] = [];
  private readonly kinds = new Map<number, Kind>();
  /** The page's own places: its tags (without the values `openPlaces` names) and its style sheets. */
  private readonly tags: { start: number; end: number }[] = [];
  private readonly open: { start: number; end: number }[] = [];
  private line = 0;
  private lineHasText = false;
  /** What stands before the next piece: a tab at a table cell's edge, ": " after a heading cell or a field's label. */
  private cellEdge: string | undefined;
  /** The last cell opened on the line was a heading cell (`th`). */
  private headingCell = false;
  /** Blanks between two inline pieces, kept only when text follows on the line. */
  private blank: { start: number; end: number } | undefined;
  /** What the current line says so far since its last value (decoded): the label a link or a field stands under. */
  private context = '';
  /** Inside a `pre`: its line breaks are the text's own ("Name: …⏎Tel.: …"), kept in the view. */
  private preformatted = 0;

  constructor(private readonly text: string) {}

  read(): MarkupReading {
    const text = this.text;
    TOKEN.lastIndex = 0;
    let at = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      // An address in angle brackets ("<ada@example.org>") is text, no tag.
      if (m[1] !== undefined && /^[@.]/.test(m[2])) continue;
      this.textPiece(at, m.index);
      at = m.index + m[0].length;
      if (m[0] === '<!--') {
        // A comment's text is in the file: read as a line of its own.
        const close = text.indexOf('-->', at);
        const end = close < 0 ? text.length : close;
        this.newLine();
        this.textPiece(at, end);
        this.newLine();
        at = TOKEN.lastIndex = close < 0 ? text.length : close + 3;
        continue;
      }
      this.tags.push({ start: m.index, end: at });
      const name = (m[1] ?? m[3] ?? '').toLowerCase();
      if (name === 'pre') this.preformatted = Math.max(0, this.preformatted + (m[1] ? 1 : -1));
      if (m[1] !== undefined) {
        const attributes = this.attributes(name, m.index + 1 + m[1].length, m[2]);
        if ((name === 'script' || name === 'style') && !m[2].endsWith('/')) {
          at = TOKEN.lastIndex = this.rawElement(name, at, attributes);
          continue;
        }
        if (name === 'textarea') {
          // A filled text field under its label, on a line of its own: "Address: Flat 82, …".
          const label = this.context.trim();
          this.newLine();
          if (label) this.cellEdge = label.endsWith(':') ? `${label} ` : `${label}: `;
        } else if (name === 'dd' && this.headingCell) {
          // A description list's term names the value after it ("Home address | Villa 76"): read as a label.
          if (this.lineHasText) this.cellEdge = ': ';
          this.headingCell = false;
        } else if (name === 'label') this.newLine();
        else if (BLOCK.has(name)) this.newLine();
        else if (CELL.has(name)) {
          // A row's heading cell names the value in the next ("Delivery address | Kranichweg 59"): read as a label.
          if (this.lineHasText) this.cellEdge = this.headingCell && name === 'td' ? ': ' : ' | ';
          this.headingCell = name === 'th';
        }
      } else if (name === 'dt') this.headingCell = true;
      else if (name === 'label') this.newLine(true);
      else if (BLOCK.has(name)) this.newLine();
    }
    this.textPiece(at, text.length);
    const kinds = this.kinds;
    const own = ownPlaces(this.tags, this.open);
    return {
      pieces: this.pieces,
      escapes: (t, start, end, emit) => decodePiece(t, start, end, kinds.get(start) ?? 'text', emit),
      joiner: '',
      markupAt: own,
      keepWritten: ['PERSON'],
    };
  }

  /** Ends the current line; a field's label keeps its words as the context of the value after it. */
  private newLine(keepContext = false): void {
    const context = this.context;
    if (this.lineHasText) this.line++;
    this.lineHasText = false;
    this.cellEdge = undefined;
    this.headingCell = false;
    this.blank = undefined;
    this.context = keepContext ? context : '';
  }

  /** Page text between two tags: a piece of the current line (blanks alone only between two pieces). */
  private textPiece(start: number, end: number): void {
    if (end <= start) return;
    if (!/\S/.test(this.text.slice(start, end))) {
      if (this.lineHasText && !this.blank) this.blank = { start, end };
      return;
    }
    if (this.blank && !this.cellEdge) this.add(this.blank.start, this.blank.end, 'text', String(this.line));
    this.blank = undefined;
    this.add(start, end, this.preformatted > 0 ? 'pre' : 'text', String(this.line), this.cellEdge);
    this.cellEdge = undefined;
    this.lineHasText = true;
    this.context = (this.context + decoded(this.text, start, end, 'text')).slice(-80);
    // The words a link or a field stands under: the line's last segment (after "·", "|", "•" or ",").
    const segment = /[^·|•,;]*$/.exec(this.context);
    if (segment) this.context = segment[0];
  }

  private add(start: number, end: number, kind: Kind, line: string, before?: string): void {
    this.pieces.push(before === undefined ? { start, end, line } : { start, end, line, before });
    if (kind !== 'text') this.kinds.set(start, kind);
  }

  /** A value on a line of its own, after a label (the text it stands under, or what its name says). */
  private valueLine(start: number, end: number, kind: Kind, label: string): void {
    if (end <= start || !/\S/.test(this.text.slice(start, end))) return;
    this.add(start, end, kind, `v${start}`, label);
  }

  /** The attributes of a start tag: the values a page says read as pieces, the others' unknown ones kept open. */
  private attributes(element: string, from: number, source: string): Map<string, string> {
    const found = new Map<string, string>();
    const itemprop = /\bitemprop\s*=\s*["']?([\w-]+)/i.exec(source)?.[1];
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(source); a && a[0].length > 0; a = ATTRIBUTE.exec(source)) {
      const value = a[2] ?? a[3] ?? a[4];
      const attribute = a[1].toLowerCase();
      if (value === undefined) {
        // A word with no value that no list names is no attribute but text a "<" in prose made look like a tag
        // ("if a<b then Ada Lind, Tel. …, and b>c"): its findings stay, privacy first.
        if (!isHtmlOwnAttribute(attribute) && !/^(?:data-|aria-)/.test(attribute)) {
          const nameEnd = from + ATTRIBUTE.lastIndex;
          this.open.push({ start: nameEnd - a[1].length, end: nameEnd });
        }
        continue;
      }
      const start = from + ATTRIBUTE.lastIndex - value.length - (a[4] === undefined ? 1 : 0);
      const end = start + value.length;
      found.set(attribute, value);
      const link = attribute === 'href' ? /^\s*(mailto:|tel:|callto:|sms:)/i.exec(value) : null;
      if (link) {
        // A link's address under the same words as its text ("Zentrale <a href="tel:…">"): the line so far before it.
        this.open.push({ start, end });
        const context = this.context.trimEnd();
        this.valueLine(start + link[0].length, end, 'address', context ? `${context} ` : '');
      } else if (attribute === 'value' || attribute === 'placeholder') {
        this.open.push({ start, end });
        if (attribute === 'placeholder') continue;
        // A filled field under its label ("Surname" then the input): "Surname: value".
        const label = this.context.trim();
        this.valueLine(start, end, 'attribute', label ? (label.endsWith(':') ? `${label} ` : `${label}: `) : '');
        this.context = '';
      } else if (
        (attribute === 'content' && (element === 'meta' || itemprop)) ||
        attribute.startsWith('data-') ||
        attribute === 'alt' ||
        attribute === 'title' ||
        attribute === 'label' ||
        isAriaText(attribute)
      ) {
        this.open.push({ start, end });
        const named = attribute === 'content' ? itemprop : attribute.startsWith('data-') ? attribute.slice(5) : '';
        this.valueLine(start, end, 'attribute', labelOfKey(named ?? '', false));
      } else if (!isHtmlOwnAttribute(attribute) || MAILBOX.test(value)) this.open.push({ start, end });
      else if (URL_ATTRIBUTES.has(attribute)) this.queryValues(value, start);
    }
    return found;
  }

  /**
   * A URL's query parameters that name a person's value ("?phone=…&mail=…&iban=…"): values the page passes, read as
   * pieces under their key's label and kept open; the path and other parameters (a cache buster, a hash) stay the
   * page's own. Linear: one pass over the value.
   */
  private queryValues(url: string, from: number): void {
    const query = url.search(/[?#]/);
    if (query < 0) return;
    QUERY_PARAMETER.lastIndex = query;
    for (let q = QUERY_PARAMETER.exec(url); q; q = QUERY_PARAMETER.exec(url)) {
      if (!q[2] || !PERSONAL_KEY.test(q[1])) continue;
      const start = from + q.index + q[0].length - q[2].length;
      const end = start + q[2].length;
      this.open.push({ start, end });
      this.valueLine(start, end, 'query', labelOfKey(q[1], true));
    }
  }

  /** A script or style element: skipped, but for structured data (JSON-LD, a state object). Returns where it ends. */
  private rawElement(name: string, from: number, attributes: Map<string, string>): number {
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = from;
    const m = close.exec(this.text);
    const end = m ? m.index : this.text.length;
    if (name === 'style') {
      this.tags.push({ start: from, end });
      // A style sheet's strings are text it shows ("content: 'Tel. …'"): their findings stay.
      const sheet = this.text.slice(from, end);
      CSS_STRING.lastIndex = 0;
      for (let q = CSS_STRING.exec(sheet); q; q = CSS_STRING.exec(sheet))
        this.open.push({ start: from + q.index, end: from + q.index + q[0].length });
      return m ? m.index + m[0].length : end;
    }
    const type = (attributes.get('type') ?? '').toLowerCase();
    let json = -1;
    if (type.includes('json')) json = this.firstNonBlank(from, end);
    else {
      const assignment = this.text.indexOf('__', from);
      if (assignment >= 0 && assignment < end) {
        const start =
          assignment >= from + 7 && this.text.startsWith('window.', assignment - 7) ? assignment - 7 : assignment;
        STATE_ASSIGNMENT.lastIndex = start;
        if (STATE_ASSIGNMENT.exec(this.text)) json = STATE_ASSIGNMENT.lastIndex;
      }
    }
    if (json >= 0) {
      const value = new JsonReader(this.text, json, { ...PAGE_JSON, maxChars: end - json }).value();
      if (value !== undefined) {
        this.newLine();
        this.walk(value, '', false);
        this.newLine();
      }
    }
    return m ? m.index + m[0].length : end;
  }

  private firstNonBlank(from: number, end: number): number {
    let i = from;
    while (i < end && /\s/.test(this.text[i])) i++;
    return i < end ? i : -1;
  }

  /** Structured data's strings: each a line, labelled by what its key says; an address's parts on one line. */
  private walk(value: Json, key: string, person: boolean): void {
    if (isJsonString(value)) {
      if (key !== '@context' && key !== '@type' && key !== '@id') this.jsonLine([value], labelOfKey(key, person));
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.walk(item, key, person);
      return;
    }
    const members = jsonObject(value);
    if (!members) return;
    const type = members['@type'];
    const typeName = isJsonString(type) ? type.text : '';
    const isPerson =
      typeName === 'Person' ||
      Object.keys(members).some((k) => /^(?:givenName|familyName|firstName|lastName|birthDate|dateOfBirth)$/i.test(k));
    // A postal address's parts (schema.org PostalAddress): one line, as an address is written.
    const parts = ADDRESS_PARTS.map((k) => members[k]).filter(isJsonString);
    const used = new Set<string>();
    if (parts.length >= 2) {
      this.jsonLine(
        parts,
        '',
        ADDRESS_PARTS.filter((k) => isJsonString(members[k])),
      );
      for (const k of ADDRESS_PARTS) used.add(k);
    }
    if (isPerson) {
      const given = members.givenName ?? members.firstName;
      const family = members.familyName ?? members.lastName;
      if (isJsonString(given) && isJsonString(family)) {
        this.jsonLine([given, family], 'Name: ');
        for (const k of ['givenName', 'firstName', 'familyName', 'lastName']) used.add(k);
      }
    }
    for (const [k, v] of Object.entries(members)) if (!used.has(k)) this.walk(v, k, isPerson);
  }

  /** JSON strings as one line: joined by a blank (an address's parts by what the parts say), after a label. */
  private jsonLine(strings: JsonString[], label: string, keys?: string[]): void {
    const line = `j${strings[0].start}`;
    strings.forEach((s, i) => {
      if (s.end <= s.start) return;
      const before = i === 0 ? label : keys && keys[i - 1] === 'streetAddress' ? ', ' : ' ';
      this.add(s.start, s.end, 'json', line, before);
    });
  }
}

/**
 * An e-mail address inside one of the page's own attributes ("/users/ada@example.org", an id made of it): the
 * address is a person's wherever it stands (no class name or hash is written so), so the value keeps its findings.
 */
const MAILBOX = /[\w.+-]@[\w-]+\.[a-zA-Z]/;
/** A quoted string in a style sheet (on one line). */
const CSS_STRING = /"[^"\n<]*"|'[^'\n<]*'/g;
/** Attributes holding a URL, whose query parameters can carry a value the page passes on. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data']);
/** A query parameter: its key and its value (up to the next "&", ";" or "#"). */
const QUERY_PARAMETER = /[?&;#]([^=&;#?]{1,40})=([^&;#]*)/g;
/** Keys naming a person's value (a phone, a mailbox, an account, a name, a birth date, an address) or free text (a search, a message). */
const PERSONAL_KEY =
  /phone|mobil|^tel|fax|mail|iban|account|konto|name|user|birth|geburt|^dob$|addr|adresse|street|strasse|contact|kontakt|^q$|query|search|suche|^text$|message|body|subject/i;

/** A PostalAddress's parts in the order an address is written. */
const ADDRESS_PARTS = ['streetAddress', 'postalCode', 'addressLocality'];

/**
 * A label for a value by its key (JSON-LD's, a state object's, an itemprop's, a data attribute's name): the words the
 * detectors read a phone number, a mailbox or a birth date by; a name labelled only in a person's object.
 */
function labelOfKey(key: string, person: boolean): string {
  if (/birth|geburt|^dob$/i.test(key)) return 'Geburtsdatum: ';
  if (/phone|mobile|^tel|fax/i.test(key)) return 'Telefon: ';
  if (/e-?mail/i.test(key)) return 'E-Mail: ';
  if (person && /^(?:name|fullName|displayName)$/i.test(key)) return 'Name: ';
  return '';
}

function decoded(text: string, start: number, end: number, kind: Kind): string {
  let out = '';
  decodePiece(text, start, end, kind, (ch) => (out += ch));
  return out;
}

/** A piece as the page says it: references decoded, blanks collapsed (text), JSON escapes, a link's percent-encoding. */
function decodePiece(text: string, start: number, end: number, kind: Kind, emit: Emit): void {
  if (kind === 'json') return decodeJson(text, start, end, emit);
  let lastBlank = false;
  for (let i = start; i < end; i++) {
    let ch = text[i];
    let to = i + 1;
    if (ch === '&') {
      const reference = characterReference(text, i, end);
      if (reference) [ch, to] = reference;
    } else if (ch === '+' && kind === 'query') {
      // A query's "+" is a blank (form encoding: "name=Ada+Lind").
      ch = ' ';
    } else if (
      ch === '%' &&
      (kind === 'address' || kind === 'query') &&
      /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))
    ) {
      // A run of percent-encoded bytes is one UTF-8 sequence ("%C3%A4" is "ä").
      const bytes: number[] = [];
      let j = i;
      while (j + 2 < end + 1 && text[j] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(j + 1, j + 3))) {
        bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
        j += 3;
      }
      for (const c of new TextDecoder().decode(new Uint8Array(bytes))) emit(c, i, j);
      i = j - 1;
      lastBlank = false;
      continue;
    }
    const blank = /[\s\u00a0]/.test(ch);
    if (blank && kind === 'text' && lastBlank) {
      i = to - 1;
      continue;
    }
    emit(blank ? (kind === 'pre' && ch === '\n' ? '\n' : ' ') : ch, i, to);
    lastBlank = blank;
    i = to - 1;
  }
}

/** Named references a page writes in prose and numbers (HTML's table is long; these are the ones text uses). */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  middot: '·',
  bull: '•',
  hellip: '…',
  copy: '©',
  reg: '®',
  euro: '€',
  commat: '@',
  period: '.',
  plus: '+',
  sol: '/',
  lpar: '(',
  rpar: ')',
  szlig: 'ß',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  agrave: 'à',
  egrave: 'è',
  ograve: 'ò',
  Egrave: 'È',
  acirc: 'â',
  ecirc: 'ê',
  ocirc: 'ô',
  icirc: 'î',
  ucirc: 'û',
  euml: 'ë',
  iuml: 'ï',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  atilde: 'ã',
  otilde: 'õ',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  scaron: 'š',
  Scaron: 'Š',
  zcaron: 'ž',
  Zcaron: 'Ž',
};

/** The character a reference at `i` writes and where it ends (a named one only with its ";"). */
function characterReference(text: string, i: number, end: number): [string, number] | undefined {
  const m = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,8}));?/y;
  m.lastIndex = i;
  const r = m.exec(text);
  if (!r || m.lastIndex > end) return undefined;
  const code = r[1] !== undefined ? parseInt(r[1], 16) : r[2] !== undefined ? parseInt(r[2], 10) : undefined;
  if (code !== undefined) {
    if (code <= 0 || code > 0x10ffff) return undefined;
    return [code === 0xa0 ? ' ' : String.fromCodePoint(code), m.lastIndex];
  }
  const ch = NAMED[r[3]];
  if (ch === undefined || !r[0].endsWith(';')) return undefined;
  return [ch, m.lastIndex];
}

/** Sorted ranges; whether [start, end) lies inside a tag or style sheet and touches no open value. */
function ownPlaces(
  tags: { start: number; end: number }[],
  open: { start: number; end: number }[],
): (start: number, end: number) => boolean {
  tags.sort((a, b) => a.start - b.start);
  open.sort((a, b) => a.start - b.start);
  const inside = insideRanges(tags);
  const touchesOpen = overlapsRanges(open);
  return (start, end) => inside(start, end) && !touchesOpen(start, end);
}
