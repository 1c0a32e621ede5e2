import type { Entity } from './entities.js';
import { birthDateAt, latestBirthYear } from './birth-dates.js';
import { kindOfKey } from './record-fields.js';

/**
 * A table row of a scanned form ("Name | Geburtsdatum | Anschrift" above rows of a name, a date and an address)
 * comes out of OCR as the row's words joined by single blanks: the column gaps that made the date a cell of its
 * own are gone, and no comma separates it as in a typed row (birth-dates-in-person-rows.ts). The date right before
 * a person's address on such a line is their date of birth when a name stands before it on the line or a header
 * above names a birth-date column; only a date far enough back (a person of at least MIN_AGE years) is taken.
 */
const MIN_AGE = 14;
const YEAR = /(?:1[89]|20)\d{2}/;
const ONLY_GAP = /^[ \t]*[,;]?[ \t]*$/;

export function birthDatesInOcrRows(view: string, found: Entity[]): Entity[] {
  const addresses = found.filter((e) => e.type === 'POSTAL_ADDRESS').sort((a, b) => a.start - b.start);
  if (addresses.length === 0) return [];
  const people = found.filter((e) => e.type === 'PERSON');
  const dates = found.filter((e) => e.type === 'DATE_OF_BIRTH');
  const headerAt = firstBirthHeader(view);
  const out: Entity[] = [];
  for (const address of addresses) {
    const lineStart = view.lastIndexOf('\n', address.start - 1) + 1;
    const named = people.some((p) => p.start >= lineStart && p.end <= address.start);
    if (!named && !(headerAt >= 0 && headerAt < lineStart)) continue;
    for (let k = lineStart; k < address.start; k++) {
      if (k > lineStart && view[k - 1] !== ' ') continue;
      const end = birthDateAt(view, k);
      if (end === undefined || end > address.start || !ONLY_GAP.test(view.slice(end, address.start))) continue;
      const year = YEAR.exec(view.slice(k, end));
      if (!year || Number(year[0]) > latestBirthYear() - MIN_AGE) break;
      if (!dates.some((d) => d.start < end && d.end > k))
        out.push({ type: 'DATE_OF_BIRTH', start: k, end, score: 0.85 });
      break;
    }
  }
  return out;
}

/** Where the first header line naming a birth-date column among other columns starts; -1 without one. */
function firstBirthHeader(view: string): number {
  let at = 0;
  for (const line of view.split('\n')) {
    const cells = line.split(/[|;,]/).map((c) => c.trim());
    if (cells.length >= 2 && cells.some((c) => kindOfKey(c) === 'DATE_OF_BIRTH')) return at;
    at += line.length + 1;
  }
  return -1;
}
