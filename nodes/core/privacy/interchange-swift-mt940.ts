import type { Entity } from './entities.js';
import { FIELD_SCORE } from './interchange.js';
import { ibanValid } from './iban-validity.js';
import { nameWordLabels, organisationName } from './interchange-swift-names.js';

/**
 * MT940 :86: "Mehrzweckfeld" in the German banks' structured form (DFÜ-Abkommen, Anlage 3): a
 * three-digit business transaction code, then subfields "?nn": ?00 booking text, ?10 primanota,
 * ?20–?29 and ?60–?63 purpose (free text), ?30 the counterparty's BLZ or BIC, ?31 its account or IBAN,
 * ?32–?33 its name (27 characters each: a long name wraps from ?32 into ?33, even inside a word),
 * ?34 text key extension. The field may wrap onto several lines of 65 characters.
 */

/** A subfield mark: "?" and two digits (a line break may stand before it). */
const SUBFIELD = /\?(\d\d)/g;

/** Subfields that are codes: booking text, primanota, BLZ/BIC, text key extension. */
const CODE_SUBFIELDS = new Set(['00', '10', '30', '34']);

interface Subfield {
  code: string;
  /** The mark's start ("?32") and the value's span after it. */
  mark: number;
  start: number;
  end: number;
}

export function mt940Details(
  text: string,
  start: number,
  end: number,
  personal: Entity[],
  impersonal: { start: number; end: number }[],
): void {
  const subs = subfieldsOf(text, start, end);
  if (subs.length === 0) return;
  // The transaction code before the first subfield ("166").
  impersonal.push({ start, end: subs[0].mark });
  const name = subs.filter((s) => s.code === '32' || s.code === '33');
  const nameText = name.map((s) => text.slice(s.start, s.end)).join('');
  const firm = organisationName(nameText);
  for (const s of subs) {
    if (CODE_SUBFIELDS.has(s.code)) impersonal.push({ start: s.mark, end: s.end });
    else if (s.code === '31') {
      const value = text.slice(s.start, s.end).trim();
      // ?31 holds the counterparty's IBAN (SEPA) or account number: a person's unless the name is a
      // firm's. Checked as an IBAN in any case and grouping ("de02 1203 …"); an account number that is
      // no IBAN stays with the free-text detectors (fail closed), only a firm's is dropped.
      if (firm) impersonal.push({ start: s.mark, end: s.end });
      else if (ibanValid(value.replace(/\s/g, '').toUpperCase()))
        personal.push({ type: 'IBAN_CODE', start: s.start, end: s.start + value.length, score: FIELD_SCORE });
    }
  }
  if (name.length === 0 || firm) return;
  personal.push(...nameLabels(text, name));
  // The name subfields are read: a free-text guess over them gives way to the labels.
  impersonal.push({ start: name[0].start, end: name[name.length - 1].end });
}

/** The subfields between start and end: each value runs to the next mark (a line break before a mark is no part of it). */
function subfieldsOf(text: string, start: number, end: number): Subfield[] {
  const out: Subfield[] = [];
  // Searched in the field's own text: a search past its end would read on through every later field.
  const field = text.slice(start, end);
  SUBFIELD.lastIndex = 0;
  for (let m = SUBFIELD.exec(field); m; m = SUBFIELD.exec(field)) {
    const last = out[out.length - 1];
    if (last) last.end = start + m.index;
    out.push({ code: m[1], mark: start + m.index, start: start + m.index + m[0].length, end });
  }
  for (const s of out) while (s.end > s.start && /\s/.test(text[s.end - 1])) s.end--;
  return out;
}

/**
 * The name over ?32 and its continuation ?33 as one label per word; where ?32 ends inside a word
 * (no blank before the mark and none after it), that word runs on into ?33 and is one label over the
 * line break and the mark.
 */
function nameLabels(text: string, name: Subfield[]): Entity[] {
  const out: Entity[] = [];
  for (const s of name) {
    const words = nameWordLabels(text, s.start, s.end);
    const prev = out[out.length - 1];
    const first = words[0];
    // Only the line break and the mark between the two halves: one word cut by the 27-character limit.
    if (prev && first && first.start === s.start && /^\r?\n?$/.test(text.slice(prev.end, s.mark))) {
      prev.end = first.end;
      words.shift();
    }
    out.push(...words);
  }
  return out;
}
