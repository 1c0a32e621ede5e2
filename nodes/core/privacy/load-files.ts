import type { DecodedText } from './decode-escapes.js';

/**
 * A litigation production's Concordance DAT load file read as the table it is. Its fields stand between þ
 * (U+00FE) text qualifiers, separated by ASCII 20 (DC4) by default, or by "|", "^", "," or a tab in some exports;
 * a field with several values separates them with ® (U+00AE), and ¶ (U+00B6) stands for a line break inside a
 * field. Read as written, þ is a letter: the e-mail pattern takes it into the address ("þclaims@insurer.comþ",
 * so the role-mailbox filter does not see "claims@"), and the table readers see no cells.
 *
 * The view (normalize.ts) replaces those characters one for one, so offsets stay: þ reads as '"' (a CSV
 * quote), the delimiter as a tab, ® as ";" (a list's separator), ¶ as a blank (a row stays on its line).
 * tables.ts then reads the header row's field names (tables.ts `loadFileColumn`: CUSTODIAN, FROM, TO, CC …) and
 * its cells. Only a text whose first filled line is a header of þ-qualified field names is read so: an Icelandic
 * name with a þ in it ("Guðþór") or prose about the format ("quote þ, newline ®") is left as it is.
 */

/** A header row: þ-qualified field names ("BEGDOC", "Date Sent", "ALL_CUSTODIANS", "Empfänger"), one delimiter between them. */
const HEADER =
  // eslint-disable-next-line no-control-regex -- ASCII 20 (DC4) is Concordance's field delimiter
  /^þ[\p{L}\p{N}_ #./()-]{1,40}þ([\u0014|^,\t;])þ[\p{L}\p{N}_ #./()-]{1,40}þ(?:\1þ[\p{L}\p{N}_ #./()-]{0,40}þ)*[ \t]*\r?$/u;

/**
 * Whether the þ at `i` is a qualifier: one opening a field stands at a line's start or right after the delimiter,
 * one closing it right before the delimiter or the line's end. A þ between letters is a letter of a value
 * ("Guðþór Sigurðsson" in a field or a row below the header, review 42): read as a quote it would cut the name.
 */
function qualifierAt(text: string, i: number, inField: boolean, delimiter: string): boolean {
  if (!inField) return i === 0 || text[i - 1] === '\n' || text[i - 1] === delimiter;
  const next = text[i + 1];
  return next === undefined || next === '\n' || next === '\r' || next === delimiter || next === ' ' || next === '\t';
}

/** The view of a DAT load file, or undefined when the text is none. */
export function readLoadFile(text: string): DecodedText | undefined {
  if (!text.includes('þ')) return undefined;
  // The header is the first filled line (a leading byte-order mark is removed by the folding already).
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  if (text[start] !== 'þ') return undefined;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end - start > 4000) return undefined;
  const header = HEADER.exec(text.slice(start, end));
  if (!header) return undefined;
  const delimiter = header[1];
  let out = '';
  let copied = 0;
  // Inside a field a delimiter is a character of its value ("þYaftali, Sohrabþ" in a comma-delimited export).
  let inField = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    let to: string | undefined;
    if (c === 'þ' && qualifierAt(text, i, inField, delimiter)) {
      to = '"';
      inField = !inField;
    } else if (c === '\n') inField = false;
    else if (c === delimiter && !inField && delimiter !== '\t') to = '\t';
    else if (c === '®') to = ';';
    else if (c === '¶') to = ' ';
    if (to === undefined) continue;
    out += text.slice(copied, i) + to;
    copied = i + 1;
  }
  out += text.slice(copied);
  // One for one: spans map back unchanged (no pieces).
  return { text: out, pieces: [] };
}

/**
 * A load file's Bates or control-number field: a header naming one is a production's load file (a DAT read as
 * above, or a CSV export: "Begin Bates", "Custodian", "From" …), whose "FROM" and "TO" are a message's parties.
 */
const BATES_FIELD =
  /^(?:(?:beg(?:in(?:ning)?)?|end(?:ing)?)[ _-]?(?:doc|bates|attach|prod)[ _-]?(?:#|no|num|number|id)?|(?:beg|end)[ _-]?no|prod[ _-]?(?:beg|end)(?:[ _-]?(?:bates|no|#))?|doc[ _-]?id|control[ _-]?(?:number|no)|bates[ _-]?(?:beg|begin|end|number|no))$/i;
/** Fields of a load file that hold persons: custodians, a document's author, a message's parties (German exports too). */
const PERSON_FIELD =
  /^(?:(?:all|duplicate|dup|dupe|other)?[ _-]?custodians?|(?:last[ _-]?)?author|(?:e?mail[ _-]?)?(?:from|to|cc|bcc|sender|recipients?)|owner|verwahrer(?:in)?|absender(?:in)?|empfänger(?:in)?|autor(?:in)?|verfasser(?:in)?)$/i;
// A heading as a load file writes it: the ASCII the plain letters above stand for.
const fieldName = (heading: string) => heading.trim().replace(/^["']|["']$/g, '');

/** Whether a table's headings are a load file's: a Bates or control-number field among them. */
export function isLoadFileHeader(headings: string[]): boolean {
  return headings.some((h) => BATES_FIELD.test(fieldName(h)));
}

/** Whether a load file's field holds persons (read by `loadFilePersons`). */
export const isLoadFilePersonField = (heading: string) => PERSON_FIELD.test(fieldName(heading));

/** "Name <mail>" in a list of parties: the name before an address in angle brackets. */
const NAMED_ADDRESS = /([^<>;@]+?)\s*<[^<>\s]+@[^<>\s]+>/g;
/** What a name never holds: digits, an X.500 path's "/" and "=" ("/O=EXCHANGELABS/OU=…/CN=…"), a backslash, "@". */
const NOT_A_NAME = /[\d/=\\@<>[\]{}]/;

/**
 * The persons in a load file's person field, as spans of `value` (which starts at `offset` in the text): its values
 * are separated by ";" (® in a DAT); an e-mail address alone is left to the e-mail detector, the name of a
 * "Name <mail>" is a person, and a plain value ("Yaftali, Sohrab", "Sohrab Yaftali") is one when `isPerson` says so.
 */
export function loadFilePersons(
  value: string,
  offset: number,
  isPerson: (name: string) => boolean,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const part of value.split(';')) {
    const partStart = at;
    at += part.length + 1;
    if (part.includes('@')) {
      NAMED_ADDRESS.lastIndex = 0;
      for (let m = NAMED_ADDRESS.exec(part); m; m = NAMED_ADDRESS.exec(part)) {
        let s = m.index;
        let e = m.index + m[1].length;
        while (s < e && /[\s,"']/.test(part[s])) s++;
        while (e > s && /[\s,"']/.test(part[e - 1])) e--;
        const name = part.slice(s, e);
        if (name && !NOT_A_NAME.test(name) && isPerson(name))
          out.push({ start: offset + partStart + s, end: offset + partStart + e });
      }
      continue;
    }
    let s = 0;
    let e = part.length;
    while (s < e && /[\s"']/.test(part[s])) s++;
    while (e > s && /[\s"']/.test(part[e - 1])) e--;
    const name = part.slice(s, e);
    if (name && name.length <= 60 && !NOT_A_NAME.test(name) && isPerson(name))
      out.push({ start: offset + partStart + s, end: offset + partStart + e });
  }
  return out;
}
