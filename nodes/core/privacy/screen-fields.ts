import type { Entity } from './entities.js';
import { accepts, kindOfKey, type Kind } from './record-fields.js';
import { addressShapedCell } from './labelled-addresses.js';
import { isCommonWord } from './name-list.js';

/**
 * A terminal screen's or a credit file's fields, one a line, the label set off from its value by blanks
 * only (" Name     KOWALCZYK", " Vorname  HALINA", " Geb.      05.03.1997", " Anschr.  Sandweg 4, 4058 Basel"):
 * no colon or leader for the label readers to see. A screen shows one record: its labels are read with
 * the vocabulary of record keys (record-fields.ts), and only when the screen holds a name field and a birth
 * date or address field, as a person's record does (a product's screen has a "Name" too).
 */

/** A label of one to three words near the line's start, then two blanks or more and the value (sticky, per line). */
const LABEL_THEN_BLANKS = /[ \t]{0,4}(\p{L}[\p{L}.-]{0,24}(?: \p{L}[\p{L}.-]{0,24}){0,2})[ \t]{2,}(?=[^\s])/uy;
/** Three blanks or more end a value: the next field of the line, or a column beside. */
const NEXT_COLUMN = /[ \t]{3,}/;
/** Abbreviations a credit file's labels use beside the record keys ("Anschr.", "Forenames"). */
const SCREEN_KEYS: Record<string, Kind> = { anschr: 'POSTAL_ADDRESS', forenames: 'PERSON', vornamen: 'PERSON' };
const MAX_VALUE = 80;

type Field = { kind: Kind; start: number; end: number };

export function screenFields(text: string): Entity[] {
  if (!text.includes('   ')) return [];
  const fields: Field[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
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
  // A person's record: a name field beside a birth date or an address.
  if (!fields.some((f) => f.kind === 'PERSON') || !fields.some((f) => f.kind !== 'PERSON')) return [];
  const out: Entity[] = [];
  for (const { kind, start, end } of fields) {
    const value = text.slice(start, end);
    const accepted =
      kind === 'POSTAL_ADDRESS'
        ? addressShapedCell(value)
        : kind === 'PERSON'
          ? accepts(kind, value) && !value.split(/[ ,]+/).every((w) => isCommonWord(w))
          : accepts(kind, value);
    if (accepted) out.push({ type: kind, start, end, score: 0.9 });
  }
  return out;
}
