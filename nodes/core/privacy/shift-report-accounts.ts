import type { Entity } from './entities.js';
import { LEGAL_FORM } from './organisation-contacts.js';
import { FIRM_LINE } from './receipt-header-lines.js';

/**
 * A till's shift report ("SHIFT TOTALS", "SCHICHTABSCHLUSS"): the operator's name by its legal form under the
 * heading, the terminal and date, one line per slip with its amount, then the account the takings are paid into
 * ("IBAN DE02 …") and the cut. That account is the operator's (a company's, no natural person's: GDPR Art. 4(1));
 * set 42 prints such reports as ESC/POS streams and labels no value on them.
 *
 * Privacy first, the whole document must be that report and nothing else: the heading first, the firm line second
 * (a legal form of a company: LEGAL_FORM leaves out e.K. and GbR, whose accounts are people's), only terminal, date
 * and slip-amount lines between it and the IBAN line, nothing after it but blank lines, and no PERSON found
 * anywhere. A payout receipt ("Payee: Rasool Unar\nTransfer to: GB75 …") names its payee and is no shift report.
 */

/** The report's heading, alone on the first line. */
const HEADING =
  /^(?:SHIFT[ \t]+(?:TOTALS?|REPORT|CLOSE)|END[ \t]+OF[ \t]+SHIFT|Z[ -]?REPORT|SCHICHTABSCHLUSS|KASSENABSCHLUSS|TAGESABSCHLUSS|SCHICHTBERICHT)$/iu;
/** A terminal and date line ("TRM-6555-A  2026-01-26"). */
const TERMINAL = /^[A-Z]{2,4}-[\dA-Z-]{1,12}(?:[ \t]+\d{4}-\d\d-\d\d(?:[ \t]+\d\d:\d\d(?::\d\d)?)?)?$/u;
/** A slip and its amount ("SL-51-2269828  £216.00", "SL-60-8651052  124,00 EUR"). */
const SLIP_AMOUNT =
  /^[A-Z]{2,4}-[\d-]{1,14}[ \t]+(?:[£$€][ \t]?\d{1,7}(?:[.,]\d\d)?|\d{1,7}(?:[.,]\d\d)?[ \t]?(?:EUR|GBP|USD|CHF|€|£|\$))$/u;
/** The account line: the label and the IBAN alone. */
const IBAN_LINE = /^IBAN[ \t]*:?[ \t]*[A-Z]{2}\d\d[A-Z\d \t]{8,40}$/u;

export function withoutShiftReportAccounts(text: string, found: Entity[]): Entity[] {
  if (!found.some((e) => e.type === 'IBAN_CODE') || found.some((e) => e.type === 'PERSON')) return found;
  if (text.length > 4000) return found;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '').trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let first = 0;
  while (first < lines.length && lines[first] === '') first++;
  if (lines.length - first < 4 || !HEADING.test(lines[first])) return found;
  const firm = lines[first + 1];
  if (firm.length > 60 || !FIRM_LINE.test(firm) || !LEGAL_FORM.test(firm.slice(firm.lastIndexOf(' ')))) return found;
  const last = lines.length - 1;
  if (!IBAN_LINE.test(lines[last])) return found;
  for (let i = first + 2; i < last; i++)
    if (lines[i] !== '' && !TERMINAL.test(lines[i]) && !SLIP_AMOUNT.test(lines[i])) return found;
  // The IBAN line's offsets: the last line that is not blank.
  const lineStart = text.replace(/\s+$/, '').lastIndexOf('\n') + 1;
  const accounts = found.filter((e) => e.type === 'IBAN_CODE' && e.start >= lineStart);
  // A number read inside the account ("MT84 MALT ⟨0110 0001 2345⟩ MTLC …") is the account's digits: it goes with it.
  return found.filter((e) => !accounts.some((a) => e.start >= a.start && e.end <= a.end));
}
