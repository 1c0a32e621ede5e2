import type { Entity } from './entities.js';
import { accepts, kindOfKey, type Kind } from './record-fields.js';
import { addressShapedCell } from './labelled-addresses.js';
import { isCommonWord } from './name-list.js';
import { plausibleName } from './names.js';
import { isPhoneKey, PHONE_VALUE } from './form-pairs.js';

/**
 * A terminal screen's or a credit file's fields, one a line, the label set off from its value by blanks
 * only (" Name     KOWALCZYK", " Vorname  HALINA", " Geb.      05.03.1997", " Anschr.  Sandweg 4, 4058 Basel"):
 * no colon or leader for the label readers to see. A screen shows one record: its labels are read with
 * the vocabulary of record keys (record-fields.ts), and only when the screen holds a name field and a birth
 * date or address field, as a person's record does (a product's screen has a "Name" too).
 *
 * psql's expanded display (`\x`) prints each row so, the key set off by blanks and a bar under a "-[ RECORD 1 ]"
 * line ("nachname     | Okonkwo", "date_of_birth | 1979-10-07", "phone   | +45 06 47 88 92"): read with the same
 * keys, and a phone key's value there is the person's phone as written (no numbering plan asked: fail closed).
 */

/** A label of one to three words near the line's start, then two blanks or more and the value (sticky, per line). */
const LABEL_THEN_BLANKS = /[ \t]{0,4}(\p{L}[\p{L}.-]{0,24}(?: \p{L}[\p{L}.-]{0,24}){0,2})[ \t]{2,}(?=[^\s])/uy;
/** Three blanks or more end a value: the next field of the line, or a column beside. */
const NEXT_COLUMN = /[ \t]{3,}/;
/** Abbreviations a credit file's labels use beside the record keys ("Anschr.", "Forenames"). */
const SCREEN_KEYS: Record<string, Kind> = { anschr: 'POSTAL_ADDRESS', forenames: 'PERSON', vornamen: 'PERSON' };
const MAX_VALUE = 80;
/** psql's expanded display: a "-[ RECORD n ]" line opens each row's fields. */
const EXPANDED_RECORD = /^-\[ RECORD \d+ \]/m;
/** An expanded record's field: a key at the line's start, blanks, a bar, the value (sticky, per line). */
const KEY_THEN_BAR = /([\p{L}][\p{L}\p{N}_.-]{0,40})[ \t]*\|[ \t]?(?=[^\s|])/uy;

/** `expanded`: a psql expanded record's field (read by its key alone, no record gate). */
/** A value of capitalised name words only (a hyphen or an apostrophe inside one). */
const NAME_WORDS = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,3}$/u;
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
type Field = { kind: Kind | 'PHONE_NUMBER'; start: number; end: number; expanded?: boolean };

export function screenFields(text: string): Entity[] {
  const expanded = EXPANDED_RECORD.test(text);
  if (!text.includes('   ') && !expanded) return [];
  const fields: Field[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (expanded) {
      KEY_THEN_BAR.lastIndex = lineStart;
      const f = KEY_THEN_BAR.exec(text);
      if (f && KEY_THEN_BAR.lastIndex < lineEnd) {
        const kind = kindOfKey(f[1]) ?? (isPhoneKey(f[1]) ? 'PHONE_NUMBER' : undefined);
        const start = KEY_THEN_BAR.lastIndex;
        const value = text.slice(start, lineEnd).trimEnd();
        // One value a line: a second bar makes the line a table's row, no record's field.
        if (kind && value.length <= MAX_VALUE && !value.includes('|'))
          fields.push({ kind, start, end: start + value.length, expanded: true });
        lineStart = lineEnd + 1;
        continue;
      }
    }
    LABEL_THEN_BLANKS.lastIndex = lineStart;
    const m = LABEL_THEN_BLANKS.exec(text);
    if (m && LABEL_THEN_BLANKS.lastIndex < lineEnd) {
      const label = m[1];
      const kind = kindOfKey(label) ?? SCREEN_KEYS[label.toLowerCase().replace(/[.\s-]/g, '')];
      if (kind) {
        const start = LABEL_THEN_BLANKS.lastIndex;
        const rest = text.slice(start, Math.min(lineEnd, start + MAX_VALUE + 4));
        const gap = NEXT_COLUMN.exec(rest);
        const value = (gap ? rest.slice(0, gap.index) : rest).trimEnd();
        if (value.length > 0 && value.length <= MAX_VALUE) fields.push({ kind, start, end: start + value.length });
      }
    }
    lineStart = lineEnd + 1;
  }
  // A person's record: a name field beside a birth date or an address. A psql expanded record's fields are read
  // by their keys alone (FAIL CLOSED): the table reader leaves these rows to this reader (tables.ts), so a record
  // that holds only a name ("name | Telse Brandhorst") must still give the whole name.
  const record = fields.some((f) => f.kind === 'PERSON') && fields.some((f) => f.kind !== 'PERSON');
  const out: Entity[] = [];
  for (const { kind, start, end, expanded } of fields) {
    if (!record && expanded !== true) continue;
    // Outside a person's record, a name key's value must read as a person's name ("name | nginx-ingress" and
    // "name | Release Candidate" are a product's).
    if (
      !record &&
      kind === 'PERSON' &&
      !(
        NAME_WORDS.test(text.slice(start, end)) &&
        plausibleName({ end: 0, tokens: text.slice(start, end).match(CAPITALISED_WORD) ?? [] })
      )
    )
      continue;
    const value = text.slice(start, end);
    const accepted =
      kind === 'PHONE_NUMBER'
        ? PHONE_VALUE.test(value)
        : kind === 'POSTAL_ADDRESS'
          ? addressShapedCell(value)
          : kind === 'PERSON'
            ? accepts(kind, value) && !value.split(/[ ,]+/).every((w) => isCommonWord(w))
            : accepts(kind, value);
    if (accepted) out.push({ type: kind, start, end, score: 0.9 });
  }
  return out;
}
