import type { DecodedText, DecodePiece } from './decode-escapes.js';

/**
 * A filled PDF form exported as its field data: XFDF (`<field name="datGeburt.9"><value>…</value></field>`),
 * FDF (`<< /T (form1[0].#subform[0].txtHalterName[0]) /V (Bieito Pereiro) >>`), `pdftk dump_data_fields`
 * (`FieldName:` / `FieldNameAlt:` / `FieldValue:` blocks), pdf.js `getFieldObjects()` JSON and pdf-lib field lists.
 * Read as written, the values stand after machine names and markup: the label readers (record-fields.ts,
 * form-pairs.ts, labelled-addresses.ts …) see no "Label: value", so a date of birth is a bare date and a first name
 * a bare word, while the field names and tooltips ("Vorname", "Kilometerstand") look like names themselves.
 *
 * The view (normalize.ts) reads such an export as the form it is: one line per field, "Label: value", the label
 * being the tooltip (FieldNameAlt, /TU) when there is one, else the field name made readable (XFA path, "[0]" and
 * ".9" left out, a designer's prefix txt/dat/chk/cb/fld dropped, camelCase split: "txtHalterName" is "Halter Name").
 * A machine name with no meaning ("f1_10") gives no label: the value stands alone, read for what it shows. The
 * markup between values reads as the label (a finding never covers it); a value's own characters map back one for
 * one, an escape of a PDF string (octal "\374", "\r", a UTF-16BE hex string) as the character it stands for.
 *
 * Cheap pre-checks on each export's marks: a text without them is not read (returns undefined).
 */

interface FormField {
  label: string | undefined;
  /** The value's span in the text. */
  start: number;
  end: number;
  /** The value read, with pieces relative to the text (escapes); undefined when the value is copied as it is. */
  decoded?: { text: string; pieces: DecodePiece[] };
}

/** A designer's type prefix before a capital: "txtName", "datGeburt", "chkAGB", "cbJa", "fldOrt". */
const PREFIX = /^(txt|dat|chk|cb|fld|tf|dd|rb|lst|num)(?=[A-Z\d_])/;
/** A machine name with no meaning: Acrobat's "f1_10", "Text1", "Feld 12", "Field_3", a bare number. */
const MACHINE = /^(?:[a-z]{1,2}\d+(?:_\d+)*|(?:text|feld|field|textfeld|check ?box|kontrollk[aä]stchen)[ _]?\d+|\d+)$/i;
const FIRM_PHONE =
  /^(?:Firma|Firmen|Betrieb|Betriebs|Company|Firm|Dealer|Händler|Haendler|Werkstatt) ?(?:Tel|Telefon|Phone)$/i;
const BIRTH_WORD = /^(?:geburt|birth|dob|born)/i;

/** The field name made readable; undefined when it has no meaning. */
export function readableFieldName(name: string): string | undefined {
  let n = name.trim();
  // An XFA path: its last step ("form1[0].#subform[0].txtHalterName[0]"); ".9" an index after the name.
  n = n.replace(/\[\d+\]/g, '');
  n = n.replace(/(?:\.\d+)+$/, '');
  const steps = n.split('.').filter((s) => s !== '' && !s.startsWith('#'));
  n = steps.length > 0 ? steps[steps.length - 1] : '';
  n = n.trim();
  if (n === '' || MACHINE.test(n)) return undefined;
  const prefix = PREFIX.exec(n);
  let date = false;
  if (prefix) {
    date = prefix[1] === 'dat';
    n = n.slice(prefix[0].length);
  }
  n = n
    .replace(/_+/g, ' ')
    .replace(/([a-zäöüß])([A-ZÄÖÜ])/g, '$1 $2')
    .replace(/([A-ZÄÖÜ]+)([A-ZÄÖÜ][a-zäöüß])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
  if (n === '' || MACHINE.test(n)) return undefined;
  // The firm's own line named so ("txtFirmaTel", "CompanyPhone"): read as its switchboard, as the tooltip would say.
  if (FIRM_PHONE.test(n)) return /^(?:company|firm|dealer)(?![a-z])/i.test(n) ? 'Switchboard' : 'Telefon Zentrale';
  if (date && BIRTH_WORD.test(n)) return /^geburt/i.test(n) ? 'Geburtsdatum' : 'Date of birth';
  if (date) return /[äöüß]|[a-z]ung\b|tag\b/i.test(n) || /^[A-ZÄÖÜ][a-zäöüß]+$/.test(n) ? `${n} Datum` : `${n} date`;
  return n;
}

/** The label of a field: its tooltip when it has one, else its name made readable. */
function labelOf(name: string | undefined, tooltip: string | undefined): string | undefined {
  const tip = tooltip?.replace(/\s+/g, ' ').trim();
  if (tip) return tip.replace(/:\s*$/, '');
  return name === undefined ? undefined : readableFieldName(name);
}

// ---------------------------------------------------------------------------------------------- XFDF

const XFDF_TAG = /<field\s+name="([^"]*)"\s*\/?>|<\/field\s*>|<value>([^<]*)<\/value>/g;

function xfdfFields(text: string): FormField[] {
  const out: FormField[] = [];
  const names: string[] = [];
  XFDF_TAG.lastIndex = 0;
  for (let m = XFDF_TAG.exec(text); m; m = XFDF_TAG.exec(text)) {
    if (m[1] !== undefined) {
      if (!m[0].endsWith('/>')) names.push(m[1]);
    } else if (m[0].startsWith('</')) names.pop();
    else {
      const start = m.index + '<value>'.length;
      // The innermost name with a meaning ("Fzg" › "0" › "FIN" is "FIN"; "Fzg" › "0" alone is "Fzg").
      let label: string | undefined;
      for (let k = names.length - 1; k >= 0 && label === undefined; k--) label = readableFieldName(names[k]);
      out.push({ label, start, end: start + m[2].length });
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------------------- FDF

export interface PdfString {
  end: number;
  text: string;
  /** The value's span (inside the delimiters) and its reading. */
  start: number;
  valueEnd: number;
  pieces: DecodePiece[];
}

const MAX_STRING = 4000;

/**
 * A PDF (or PostScript) literal string "( … )" at `at` (balanced parentheses, escapes), read with pieces for the
 * escapes; undefined when it does not close within `maxLength` characters. Also read by print-page-descriptions.ts.
 */
export function literalString(text: string, at: number, maxLength = MAX_STRING): PdfString | undefined {
  let depth = 1;
  let out = '';
  const pieces: DecodePiece[] = [];
  const start = at + 1;
  // A field's string is short: an unclosed "(" is not followed to the text's end from each field (linear).
  const limit = Math.min(text.length, start + maxLength);
  for (let i = start; i < limit;) {
    const c = text[i];
    if (c === '\\') {
      const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      let ch: string;
      let len: number;
      if (oct) {
        ch = String.fromCharCode(parseInt(oct[0], 8));
        len = 1 + oct[0].length;
      } else {
        const e = text[i + 1];
        ch = e === 'r' || e === 'n' ? '\n' : e === 't' ? '\t' : e === '\n' || e === '\r' ? '' : (e ?? '');
        len = 2;
      }
      pieces.push({ view: out.length, viewLength: ch.length, orig: i, origEnd: i + len });
      out += ch;
      i += len;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { end: i + 1, text: out, start, valueEnd: i, pieces };
    out += c;
    i++;
  }
  return undefined;
}

/** A PDF hex string "<FEFF…>" (UTF-16BE) or "<…>" (bytes) at `at`. */
function hexString(text: string, at: number): PdfString | undefined {
  const within = text.slice(at + 1, at + 1 + MAX_STRING).indexOf('>');
  if (within === -1) return undefined;
  const close = at + 1 + within;
  const body = text.slice(at + 1, close);
  if (!/^[0-9A-Fa-f\s]*$/.test(body)) return undefined;
  const start = at + 1;
  const pieces: DecodePiece[] = [];
  let out = '';
  const wide = /^FEFF/i.test(body) && !/\s/.test(body);
  const unit = wide ? 4 : 2;
  let i = wide ? 4 : 0;
  if (/\s/.test(body)) return { end: close + 1, text: '', start, valueEnd: close, pieces: [] };
  for (; i + unit <= body.length; i += unit) {
    const ch = String.fromCharCode(parseInt(body.slice(i, i + unit), 16));
    const from = wide && i === 4 ? start : start + i;
    pieces.push({ view: out.length, viewLength: 1, orig: from, origEnd: start + i + unit });
    out += ch;
  }
  return { end: close + 1, text: out, start, valueEnd: close, pieces };
}

function pdfStringAt(text: string, at: number): PdfString | undefined {
  if (text[at] === '(') return literalString(text, at);
  if (text[at] === '<' && text[at + 1] !== '<') return hexString(text, at);
  return undefined;
}

const FDF_KEY = /\/(T|TU|V)\s*(?=[(<])/g;

function fdfFields(text: string): FormField[] {
  const out: FormField[] = [];
  // Each field dictionary: from "<<" to its ">>"; keys /T, /TU, /V read, the rest left.
  const open = /<<\s*\/(?:T|TU|V|Kids|FT|Ff)\b/g;
  // The next ">>", "<<" and key found once and again only when passed: a text of many unclosed "<< /T (…" stays linear.
  let close = 0;
  let innerOpen = 0;
  let key: RegExpExecArray | null = null;
  let keyFrom = -1;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    let name: string | undefined;
    let tip: string | undefined;
    let value: PdfString | undefined;
    let i = m.index + 2;
    for (;;) {
      if (close !== -1 && close < i) close = text.indexOf('>>', i);
      if (innerOpen !== -1 && innerOpen < i) innerOpen = text.indexOf('<<', i);
      if (keyFrom === -1 || (key !== null && key.index < i)) {
        FDF_KEY.lastIndex = i;
        key = FDF_KEY.exec(text);
        keyFrom = i;
      }
      const k = key;
      if (k === null || (close !== -1 && k.index > close) || (innerOpen !== -1 && k.index > innerOpen)) break;
      const s = pdfStringAt(text, k.index + k[0].length);
      if (s === undefined) break;
      if (k[1] === 'T') name = s.text;
      else if (k[1] === 'TU') tip = s.text;
      else value = s;
      i = s.end;
    }
    open.lastIndex = Math.max(i, m.index + 2);
    if (value === undefined || value.text.trim() === '') continue;
    out.push({
      label: labelOf(name, tip),
      start: value.start,
      end: value.valueEnd,
      decoded: { text: value.text, pieces: value.pieces },
    });
  }
  return out;
}

// --------------------------------------------------------------------------------------------- pdftk

function pdftkFields(text: string): FormField[] {
  const out: FormField[] = [];
  let name: string | undefined;
  let tip: string | undefined;
  let value: { start: number; end: number } | undefined;
  const flush = () => {
    if (value !== undefined && text.slice(value.start, value.end).trim() !== '')
      out.push({ label: labelOf(name, tip), ...value });
    name = tip = value = undefined;
  };
  const line = /^([A-Za-z]+): ?(.*?)\r?$|^---\r?$/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[1] === undefined) flush();
    else if (m[1] === 'FieldType') {
      if (name !== undefined || value !== undefined) flush();
    } else if (m[1] === 'FieldName') name = m[2];
    else if (m[1] === 'FieldNameAlt') tip = m[2];
    else if (m[1] === 'FieldValue') {
      const start = m.index + m[0].indexOf(':') + 1 + (m[0][m[0].indexOf(':') + 1] === ' ' ? 1 : 0);
      value = { start, end: start + m[2].length };
    }
    if (m[0].length === 0) line.lastIndex++;
  }
  flush();
  return out;
}

// ----------------------------------------------------------------------------------- pdf.js, pdf-lib

/** One widget or field object on one line: {"name":"…", … "value":"…"} (pdf.js) or { "name": …, "text": … } (pdf-lib). */
const JSON_OBJECT = /\{[^{}\n]*\}/g;
const JSON_NAME = /"name"\s*:\s*"((?:[^"\\\n]|\\.)*)"/;
const JSON_VALUE = /"(?:value|text)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/;
const JSON_TIP = /"(?:alternativeText|tooltip|userName)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/;

function jsonFields(text: string): FormField[] {
  const out: FormField[] = [];
  JSON_OBJECT.lastIndex = 0;
  for (let m = JSON_OBJECT.exec(text); m; m = JSON_OBJECT.exec(text)) {
    const obj = m[0];
    const name = JSON_NAME.exec(obj);
    const value = JSON_VALUE.exec(obj);
    if (!name || !value || value[1].trim() === '') continue;
    const tip = JSON_TIP.exec(obj);
    const start = m.index + value.index + value[0].length - 1 - value[1].length;
    out.push({ label: labelOf(name[1], tip?.[1]), start, end: start + value[1].length });
  }
  return out;
}

// -------------------------------------------------------------------------------------------- the view

/** Which export the text is, by its marks (cheap checks first). */
function exportFields(text: string): FormField[] | undefined {
  if (text.includes('<xfdf') && text.includes('<field name=')) return xfdfFields(text);
  if ((text.includes('%FDF-') || text.includes('/Fields')) && /<<\s*\/T\s*[(<]/.test(text)) return fdfFields(text);
  if (text.includes('FieldName: ') && (text.includes('FieldType: ') || text.includes('FieldValue: ')))
    return /^FieldType: /m.test(text) && /^FieldName: /m.test(text) ? pdftkFields(text) : undefined;
  if (
    (text.includes('"editable":') && text.includes('"rect":[') && text.includes('"type":"')) ||
    text.includes('"PDFTextField"') ||
    text.includes('"PDFCheckBox"')
  )
    return jsonFields(text);
  return undefined;
}

/** The view of a filled form's field export, one "Label: value" line per field, or undefined when the text is none. */
export function readPdfFormFields(text: string): DecodedText | undefined {
  const fields = exportFields(text);
  if (fields === undefined || fields.length < 2) return undefined;
  const pieces: DecodePiece[] = [];
  let out = '';
  let copied = 0;
  const gaps: [number, number][] = [];
  for (const f of fields) {
    if (f.start < copied) continue;
    // An unlabelled value stands on its own line after a "---" rule (pdftk's own field separator): without it, a bare
    // card number right below a bare phone number is read as part of a list of numbers and lost.
    const head = (out === '' ? '' : '\n') + (f.label === undefined ? '---\n' : `${f.label.replace(/[\r\n]+/g, ' ')}: `);
    gaps.push([copied, f.start]);
    pieces.push({ view: out.length, viewLength: head.length, orig: copied, origEnd: f.start });
    out += head;
    if (f.decoded === undefined) out += text.slice(f.start, f.end);
    else {
      // The value's reading: its escapes as pieces, the characters between them copied.
      let from = f.start;
      for (const p of f.decoded.pieces) {
        out += text.slice(from, p.orig);
        pieces.push({ view: out.length, viewLength: p.viewLength, orig: p.orig, origEnd: p.origEnd });
        out += f.decoded.text.slice(p.view, p.view + p.viewLength);
        from = p.origEnd;
      }
      out += text.slice(from, f.end);
    }
    copied = f.end;
  }
  gaps.push([copied, text.length]);
  // Fail closed: whatever the field lines did not take (text before, between and after the fields: a letter around the
  // export, a multi-line value's further lines, pdftk's FieldValueDefault / FieldStateOption, an FDF's /F file name, a
  // value in a shape not read here) is read too, after them, as written — only the export's own syntax blanked, one
  // character for one, so a value the readers above miss still reaches the detectors.
  for (const [from, to] of gaps) {
    const rest = text.slice(from, to).replace(EXPORT_SYNTAX, (s) => s.replace(/[^\n]/g, ' '));
    if (!/[\p{L}\p{N}]/u.test(rest)) continue;
    pieces.push({ view: out.length, viewLength: 2, orig: from, origEnd: from });
    out += '\n\n' + rest;
  }
  pieces.push({ view: out.length, viewLength: 1, orig: text.length, origEnd: text.length });
  out += '\n';
  return { text: out, pieces };
}

/**
 * An export's own syntax, blanked in what the field lines left (see above): XML tags and declarations, FDF's
 * dictionaries, keys, object headers and string delimiters, pdftk's key words and rules, JSON's keys, punctuation and
 * widget rectangles. Field names and tooltips stay: a name written into one is read.
 */
const EXPORT_SYNTAX = new RegExp(
  [
    String.raw`<\?[^<>]*\?>|<!--|-->|<\/?[A-Za-z][\w:-]*(?:\s+[\w:-]+="[^"<>]*")*\s*\/?>`,
    // A field's machine name ("datGeburt.9", already read as the label); a name with a blank in it stays.
    String.raw`\/T\s*\([\w.\[\]#-]*\)|^FieldName: [\w.\[\]#-]*$|<[0-9A-Fa-f]*>`,
    String.raw`%FDF-\d\.\d|%%EOF|\b\d+ \d+ obj\b|\b\d+ \d+ R\b|\bendobj\b|\btrailer\b|<<|>>|\/[A-Za-z]+\b|[()\[\]]`,
    String.raw`^(?:FieldType|FieldName|FieldNameAlt|FieldFlags|FieldJustification|FieldMaxLength|FieldValue):|^---$`,
    String.raw`"rect"\s*:\s*\[[^\]\n]*\]|"(?:id|type|page)"\s*:\s*"[\w-]*"|"name"\s*:\s*"(?:[^"\\\n]|\\.)*"|"(?:[^"\\\n]|\\.)*"\s*:|[{}",]|\b(?:true|false|null)\b`,
  ].join('|'),
  'gm',
);
