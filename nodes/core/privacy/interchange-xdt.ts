import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, trimmedSpan, type FieldReading } from './interchange.js';

/**
 * xDT (KBV data exchange: LDT lab data, BDT, GDT): one field per line, `LLLFFFFvalue` with a
 * three-digit line length and a four-digit field id ("Feldkennung"); the field id, not the value's
 * look, says what a value is. Ids from the KBV xDT field catalogue (patient block 31xx).
 */
const PERSON_FIELDS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['3101', 'PERSON'], // Name des Patienten (family name)
  ['3102', 'PERSON'], // Vorname des Patienten (given name(s): one label)
  ['3103', 'DATE_OF_BIRTH'], // Geburtsdatum des Patienten (TTMMJJJJ)
  ['3106', 'POSTAL_ADDRESS'], // Wohnort (PLZ and town in one field)
  ['3107', 'POSTAL_ADDRESS'], // Straße (with house number in xDT 2)
  ['3112', 'POSTAL_ADDRESS'], // PLZ
  ['3113', 'POSTAL_ADDRESS'], // Ort
  ['3626', 'PHONE_NUMBER'], // Telefonnummer des Patienten
]);

/** Record-structure and lab fields (8xxx: Satzart, Satzlänge, Anforderungs-Ident, test ids, values, units) and file headers (9xxx): codes, no person's value. */
const CODE_FIELD = /^[89]\d{3}$/;
/** Free-text lab remarks (8470 test remarks, 8480 result text, 8490 order remarks): may name a person, left to the free-text detectors. */
const FREE_TEXT_FIELD = /^84[789]0$/;

/** One xDT line: length, field id, value to the line's end (indentation before it allowed: a pasted excerpt). */
const XDT_LINE = /^[ \t]*(\d{3})(\d{4})([^\r\n]*)$/gm;

/** Fewest consecutive xDT lines taken for a record: a lone "0173101…" is a number in prose. */
const MIN_LINES = 3;

export function xdtFields(text: string): FieldReading | undefined {
  if (!/^[ \t]*\d{7}/m.test(text)) return undefined;
  const lines = xdtLines(text);
  if (lines.length === 0) return undefined;
  const personal: Entity[] = [];
  const impersonal: { start: number; end: number }[] = [];
  for (const line of lines) {
    const type = PERSON_FIELDS.get(line.field);
    const value = trimmedSpan(text, { start: line.valueStart, end: line.end });
    if (type && value && plausible(type, text.slice(value.start, value.end))) {
      // The whole line is read: a free-text look-alike across its length and id ("0173103…" as a phone) is dropped.
      impersonal.push({ start: line.start, end: line.end });
      personal.push({ type, start: value.start, end: value.end, score: FIELD_SCORE });
    } else if (type) {
      // A value not in its field's form (a birth date "03.11.1961", a phone "0171-55501") is still the
      // patient's: only the length and id are codes, the value is left to the free-text detectors.
      impersonal.push({ start: line.start, end: line.valueStart });
    } else if (CODE_FIELD.test(line.field) && !FREE_TEXT_FIELD.test(line.field)) {
      impersonal.push({ start: line.start, end: line.end });
    } else {
      // Another field: only its length and id are codes; its value is left to the free-text detectors.
      impersonal.push({ start: line.start, end: line.valueStart });
    }
  }
  return { personal, impersonal };
}

/** A value fits its field: a name or town has letters, a birth date is TTMMJJJJ (or TTMMJJ), a phone has digits. */
function plausible(type: EntityType, value: string): boolean {
  // TTMMJJJJ by the catalogue; exports written by hand dot it ("03.11.1961").
  if (type === 'DATE_OF_BIRTH') return /^\d{6}(?:\d\d)?$|^\d\d?\.\d\d?\.\d{2}(?:\d\d)?$/.test(value);
  if (type === 'PHONE_NUMBER') return /\d{4}/.test(value);
  return /\p{L}/u.test(value);
}

/**
 * The line's length prefix counts the whole line: 3 + 4 + the value + CR LF (bytes: ISO 8859-15 in
 * LDT 2, UTF-8 in xDT 3). A list of numbers that happen to hold "3101" at the right place does not.
 */
function lengthFits(length: number, value: string): boolean {
  const bytes = Buffer.byteLength(value, 'utf8');
  return (length >= value.length + 8 && length <= value.length + 9) || (length >= bytes + 8 && length <= bytes + 9);
}

interface XdtLine {
  start: number;
  valueStart: number;
  end: number;
  field: string;
  /** Whether the length prefix counts this line. */
  fits: boolean;
}

/** The lines of every run of at least MIN_LINES consecutive xDT lines, one of them a known patient or record field. */
function xdtLines(text: string): XdtLine[] {
  const out: XdtLine[] = [];
  let run: XdtLine[] = [];
  let lastEnd = -2;
  const flush = () => {
    // Most lines' length prefixes must count their lines: a run of numbers in prose is no record.
    const counted = run.filter((l) => l.fits).length;
    if (
      run.length >= MIN_LINES &&
      counted * 2 >= run.length &&
      run.some((l) => PERSON_FIELDS.has(l.field) || l.field === '8000')
    )
      out.push(...run);
    run = [];
  };
  XDT_LINE.lastIndex = 0;
  for (let m = XDT_LINE.exec(text); m; m = XDT_LINE.exec(text)) {
    const start = m.index + m[0].length - m[1].length - m[2].length - m[3].length;
    // Consecutive: only the line break (\r\n or \n) lies between this line and the last.
    const gap = text.slice(lastEnd, m.index);
    if (lastEnd < 0 || !/^\r?\n$/.test(gap)) flush();
    run.push({
      start,
      valueStart: start + 7,
      end: m.index + m[0].length,
      field: m[2],
      fits: lengthFits(Number(m[1]), m[3]) || lengthFits(Number(m[1]), m[3].trimEnd()),
    });
    lastEnd = m.index + m[0].length;
  }
  flush();
  return out;
}
