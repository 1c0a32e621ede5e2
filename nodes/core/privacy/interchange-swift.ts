import type { Entity } from './entities.js';
import type { FieldReading } from './interchange.js';
import { FIELD_SCORE } from './interchange.js';
import { ibanValid } from './iban-validity.js';
import { mt940Details } from './interchange-swift-mt940.js';
import { nameWordLabels, organisationName } from './interchange-swift-names.js';

/**
 * SWIFT MT (MT103 customer transfers, MT940/MT942 statements): header blocks {1:…}{2:…}{3:…}, then the
 * text block {4: with one field per tag line (":59:") and its continuation lines, ended by "-}". The tag
 * says what the field holds (SWIFT User Handbook, Standards MT): parties' names and addresses in
 * :50a:/:59a:, references, dates and amounts elsewhere.
 */

/** A tag line: ":20:", ":50K:", ":28C:" at the start of a line (a pasted excerpt may be indented). */
const TAG_LINE = /^[ \t]*:(\d\d[A-Z]?):/gm;
/** The header blocks (basic, application, user header): sender and receiver BICs, session numbers. */
const HEADER_BLOCK = /\{[1-3]:[^{}\r\n]*\}/g;

/** Fields that hold no person's value: references, dates, amounts, codes, a bank's BIC. */
const CODE_TAGS = new Set([
  '13C',
  '13D',
  '20',
  '20C',
  '21',
  '23B',
  '23E',
  '26T',
  '28',
  '28C',
  '32A',
  '33B',
  '34F',
  '36',
  '52A',
  '53A',
  '53B',
  '54A',
  '56A',
  '57A',
  '60F',
  '60M',
  '61',
  '62F',
  '62M',
  '64',
  '65',
  '71A',
  '71F',
  '71G',
  '77B',
  '90C',
  '90D',
  '50A',
  '59A',
]);
/** Party fields with a name and address in free lines (option K/no letter) or numbered lines (option F). */
const PARTY_TAGS = new Set(['50K', '50F', '59', '59F', '50', '50H']);

interface Field {
  tag: string;
  /** Where the field's content starts (after the tag) and ends (before the next tag, "-}" or a blank line). */
  start: number;
  end: number;
}

export function swiftFields(text: string): FieldReading | undefined {
  if (!text.includes(':20:') && !text.includes(':86:') && !text.includes(':59') && !text.includes(':50'))
    return undefined;
  const fields = swiftFieldsOf(text);
  // Two tag lines at least: a lone ":20:" is a time in prose.
  if (fields.length < 2) return undefined;
  const personal: Entity[] = [];
  const impersonal: { start: number; end: number }[] = [];
  HEADER_BLOCK.lastIndex = 0;
  for (let m = HEADER_BLOCK.exec(text); m; m = HEADER_BLOCK.exec(text))
    impersonal.push({ start: m.index, end: m.index + m[0].length });
  for (const f of fields) {
    // A code field's first line only: a continuation line may be free text (:61: subfield 9
    // Supplementary Details, "MIETE <tenant's name>") and is left to the free-text detectors.
    if (CODE_TAGS.has(f.tag)) impersonal.push(firstLine(text, f));
    else if (f.tag === '25' && !ibanValid(text.slice(f.start, f.end).replace(/\s/g, '').toUpperCase()))
      impersonal.push(f);
    else if (PARTY_TAGS.has(f.tag)) readParty(text, f, personal, impersonal);
    else if (f.tag === '86') mt940Details(text, f.start, f.end, personal, impersonal);
  }
  return { personal, impersonal };
}

/** Every field of the text: from its tag line to the next tag line, the end of block 4 ("-}") or a blank line. */
function swiftFieldsOf(text: string): Field[] {
  const out: Field[] = [];
  // The next "-}" or blank line at or after a field's start: found once per stretch, so a text of many fields is read in one pass.
  const stop = /\r?\n[ \t]*(?:\r?\n|$)|-\}/g;
  let nextStop = -1;
  TAG_LINE.lastIndex = 0;
  let last: Field | undefined;
  for (let m = TAG_LINE.exec(text); m; m = TAG_LINE.exec(text)) {
    if (last) last.end = Math.min(last.end, m.index);
    const start = m.index + m[0].length;
    if (nextStop < start) {
      stop.lastIndex = start;
      const s = stop.exec(text);
      nextStop = s ? s.index : text.length;
    }
    last = { tag: m[1], start, end: nextStop };
    out.push(last);
  }
  for (const f of out) while (f.end > f.start && /\s/.test(text[f.end - 1])) f.end--;
  return out;
}

/** The first line of a field. */
function firstLine(text: string, f: Field): { start: number; end: number } {
  const lineBreak = text.indexOf('\n', f.start);
  return { start: f.start, end: lineBreak < 0 || lineBreak > f.end ? f.end : lineBreak };
}

/** A field's lines as spans (without the line breaks and the indentation). */
export function linesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  while (s <= end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    let a = s;
    let b = e;
    while (a < b && /[ \t]/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    out.push({ start: a, end: b });
    s = e + 1;
  }
  return out;
}

/**
 * A party field (:50K:/:59: ordering customer and beneficiary): an optional "/account" line, then
 * name and address lines (4*35x); option F numbers them ("1/" name, "2/" address line, "3/" country
 * and town, "4/" date of birth). A firm's account and address are its own: not a person's, read as codes.
 */
function readParty(text: string, f: Field, personal: Entity[], impersonal: { start: number; end: number }[]): void {
  const lines = linesOf(text, f.start, f.end).filter((l) => l.end > l.start);
  let account: { start: number; end: number } | undefined;
  if (lines[0] && text[lines[0].start] === '/') {
    const l = lines.shift()!;
    account = { start: l.start + 1, end: l.end };
  }
  const numbered = lines.length > 0 && lines.every((l) => /^[1-8]\//.test(text.slice(l.start, l.end)));
  const nameLines = numbered ? lines.filter((l) => text[l.start] === '1') : lines.slice(0, 1);
  const name = nameLines.map((l) => text.slice(l.start, l.end)).join(' ');
  if (organisationName(name)) {
    impersonal.push(f);
    return;
  }
  if (account) {
    const value = text.slice(account.start, account.end);
    if (ibanValid(value.replace(/\s/g, '').toUpperCase()))
      personal.push({ type: 'IBAN_CODE', ...account, score: FIELD_SCORE });
  }
  if (numbered) {
    for (const l of lines) {
      const code = text[l.start];
      if (code === '1') push(personal, impersonal, nameWordLabels(text, l.start + 2, l.end), l.start + 2, l.end);
      else if (code === '2') personalLine(personal, impersonal, 'POSTAL_ADDRESS', l.start + 2, l.end);
      // "3/DE/47798 KREFELD": the country code is no part of the address.
      else if (code === '3') {
        const town = /^3\/[A-Z]{2}\/?/.exec(text.slice(l.start, l.end));
        personalLine(personal, impersonal, 'POSTAL_ADDRESS', l.start + (town ? town[0].length : 2), l.end);
      } else if (code === '4') personalLine(personal, impersonal, 'DATE_OF_BIRTH', l.start + 2, l.end);
    }
    return;
  }
  for (const l of nameLines) push(personal, impersonal, nameWordLabels(text, l.start, l.end), l.start, l.end);
  // The address lines after the name: one label from the first to the last (a lone country code left out).
  const address = lines.slice(1).filter((l) => !/^[A-Z]{2}$/.test(text.slice(l.start, l.end)));
  if (address.length > 0)
    personalLine(personal, impersonal, 'POSTAL_ADDRESS', address[0].start, address[address.length - 1].end);
}

function push(
  personal: Entity[],
  impersonal: { start: number; end: number }[],
  found: Entity[],
  start: number,
  end: number,
) {
  personal.push(...found);
  // The field is read: a free-text guess inside it (a name joined over two words) gives way to the field's labels.
  if (found.length > 0) impersonal.push({ start, end });
}

function personalLine(
  personal: Entity[],
  impersonal: { start: number; end: number }[],
  type: Entity['type'],
  start: number,
  end: number,
) {
  if (end <= start) return;
  personal.push({ type, start, end, score: FIELD_SCORE });
  impersonal.push({ start, end });
}
