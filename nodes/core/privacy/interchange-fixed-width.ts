import { deTaxIdValid, luhnValid } from './checksums.js';
import type { Entity, EntityType } from './entities.js';
import { FIELD_SCORE, trimmedSpan, type FieldReading, type Span } from './interchange.js';
import { ibanValid } from './iban-validity.js';
import { nameWordLabels, organisationName } from './interchange-swift-names.js';

/**
 * Fixed-width records (a legacy system's export: no separators, each column padded to its width). Read
 * only where the text documents the layout, as a list of columns with their widths ("type+no 9,
 * name 32, IBAN 24, German tax id 13, …"): the layout, not the look of a capital run, says which
 * characters are a name. The rows are the lines after the layout whose columns read as the layout says.
 */

interface Column {
  /** What the column holds, read from its heading; undefined for a code or amount column. */
  kind: 'PERSON' | 'IBAN_CODE' | 'DE_TAX_ID' | 'CREDIT_CARD' | 'DATE_OF_BIRTH' | 'POSTAL_ADDRESS' | undefined;
  width: number;
  /** An untyped column whose heading names a code, number, date or amount ("type+no", "amount", "BIC"). */
  coded?: boolean;
}

/**
 * Headings of columns that hold codes, numbers, dates and amounts: only such an untyped column's cells
 * are no person's. An untyped column of another heading ("phone", "e-mail", "remark") is left to the
 * free-text detectors (fail closed).
 */
const CODE_HEADING =
  /(?:^|[^\p{L}])(?:amount|betrag|summe|sum|total|date|datum|type|typ|art|satzart|no|nr|number|nummer|id|code|key|schlüssel|currency|währung|status|count|qty|menge|bic|blz|ref|reference|referenz|filler|reserve|reserved)(?:$|[^\p{L}])/iu;

/** One documented column: a heading of up to four words and its width ("German tax id 13", "Satzart+Nr 9"). */
const LAYOUT_ITEM =
  /(?<![\p{L}\d+/.-])([\p{L}][\p{L}\d+/.-]*(?:[ \t][\p{L}][\p{L}\d+/.-]*){0,3})[ \t]+(\d{1,3})(?![\d\p{L}])/gu;
/** Fewest documented columns taken for a layout. */
const MIN_COLUMNS = 3;

const KINDS: [RegExp, Column['kind']][] = [
  [/\b(?:iban)\b/i, 'IBAN_CODE'],
  [/steuer-?id|steueridentifikations|tax[ -]?id|\btin\b|idnr/i, 'DE_TAX_ID'],
  [/card|karte/i, 'CREDIT_CARD'],
  [/birth|geburt|\bdob\b/i, 'DATE_OF_BIRTH'],
  [/address|adresse|anschrift|street|straße|strasse/i, 'POSTAL_ADDRESS'],
  [
    /^(?:(?:payee|customer|account holder|holder|investigator|patient|employee)[ -])?name$|^name\b|^(?:kunde|empfänger|inhaber)/i,
    'PERSON',
  ],
];

/**
 * What every usable layout holds (MIN_COLUMNS is 3): its second item between two commas, a width before
 * it ("… 9, name 32, …"). Starting at a digit, this one pass skips prose fast; LAYOUT_ITEM, which tries
 * every letter, then reads only the few texts that can hold a layout.
 */
const SECOND_ITEM = /\d[ \t]*,[ \t]*\p{L}[\p{L}\d+/.-]*(?:[ \t]\p{L}[\p{L}\d+/.-]*){0,3}[ \t]+\d{1,3}[ \t]*,/u;

export function fixedWidthFields(text: string): FieldReading | undefined {
  if (!SECOND_ITEM.test(text)) return undefined;
  const layout = documentedLayout(text);
  if (!layout) return undefined;
  const personal: Entity[] = [];
  const impersonal: Span[] = [];
  let s = text.indexOf('\n', layout.end) + 1;
  while (s > 0 && s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    readRow(text, s, e, layout.columns, personal, impersonal);
    s = e + 1;
  }
  return personal.length > 0 ? { personal, impersonal } : undefined;
}

/** The first comma-separated run of at least MIN_COLUMNS "heading width" items, at least one of them a person's value. */
function documentedLayout(text: string): { columns: Column[]; end: number } | undefined {
  let run: Column[] = [];
  let runEnd = -1;
  LAYOUT_ITEM.lastIndex = 0;
  for (let m = LAYOUT_ITEM.exec(text); m; m = LAYOUT_ITEM.exec(text)) {
    // Items of one layout follow each other with only a comma (and blanks) between them.
    if (runEnd >= 0 && !/^[ \t]*,[ \t]*$/.test(text.slice(runEnd, m.index))) {
      if (usable(run)) return { columns: run, end: runEnd };
      run = [];
    }
    const heading = m[1];
    const kind = KINDS.find(([re]) => re.test(heading))?.[1];
    run.push({ kind, width: Number(m[2]), coded: kind === undefined && CODE_HEADING.test(heading) });
    runEnd = m.index + m[0].length;
  }
  return usable(run) ? { columns: run, end: runEnd } : undefined;
}

const usable = (columns: Column[]) => columns.length >= MIN_COLUMNS && columns.some((c) => c.kind !== undefined);

/**
 * One row: each column's characters by the layout's widths. The row is taken only when its name
 * columns hold letters and at least one other typed column holds what it should (a valid IBAN, an
 * 11-digit tax id, a Luhn-valid card): a line of prose cut into columns is no record. Text after the
 * last documented width (a column documented without one, "amount") is left to the free-text detectors.
 */
function readRow(text: string, start: number, end: number, columns: Column[], personal: Entity[], impersonal: Span[]) {
  let at = start;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  const cells: { column: Column; span: Span; fits: boolean }[] = [];
  for (const column of columns) {
    if (at >= end) break;
    const cellEnd = Math.min(end, at + column.width);
    const span = trimmedSpan(text, { start: at, end: cellEnd }) ?? { start: at, end: at };
    const value = text.slice(span.start, span.end);
    cells.push({ column, span, fits: value !== '' && column.kind !== undefined && fits(column.kind, value) });
    at = cellEnd;
  }
  const names = cells.filter((c) => c.column.kind === 'PERSON' && c.span.end > c.span.start);
  if (names.some((c) => !c.fits)) return;
  if (!cells.some((c) => c.fits && c.column.kind !== 'PERSON')) return;
  for (const { column, span, fits: ok } of cells) {
    if (span.end <= span.start) continue;
    if (column.coded) impersonal.push(span);
    if (!ok) continue;
    // The cell is read by its column: a free-text guess inside it gives way to the column's label.
    impersonal.push(span);
    if (column.kind === 'PERSON') personal.push(...personLabels(text, span));
    else personal.push({ type: column.kind as EntityType, ...span, score: FIELD_SCORE });
  }
}

/** "FAMILY,GIVEN" (the legacy systems' name column): family and given name each one label; otherwise one per word. */
function personLabels(text: string, span: Span): Entity[] {
  const value = text.slice(span.start, span.end);
  const comma = value.indexOf(',');
  if (comma < 0 || value.indexOf(',', comma + 1) >= 0) return nameWordLabels(text, span.start, span.end);
  return [
    trimmedSpan(text, { start: span.start, end: span.start + comma }),
    trimmedSpan(text, { start: span.start + comma + 1, end: span.end }),
  ]
    .flatMap((p) => p ?? [])
    .map((p) => ({ type: 'PERSON' as const, ...p, score: FIELD_SCORE }));
}

/** Whether a cell holds what its column says. */
function fits(kind: NonNullable<Column['kind']>, value: string): boolean {
  switch (kind) {
    case 'IBAN_CODE':
      return ibanValid(value.replace(/ /g, ''));
    // A tax id column's 11 digits are read as one even when the check digit fails: fail closed.
    case 'DE_TAX_ID':
      return /^\d{11}$/.test(value) || deTaxIdValid(value.replace(/ /g, ''));
    case 'CREDIT_CARD':
      return /^\d{12,19}$/.test(value) && luhnValid(value);
    case 'PERSON':
      return /^[\p{L}][\p{L}' .,-]*$/u.test(value) && !organisationName(value);
    default:
      return /\d|\p{L}/u.test(value);
  }
}
