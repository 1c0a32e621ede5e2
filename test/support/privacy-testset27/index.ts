import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { MT64 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 27, German first. */
export const HAND_WRITTEN_27 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 27: TAX ADVICE, ACCOUNTING, PAYROLL, AUDIT AND DEBT COLLECTION.
 * Hand-written documents of tax advisers' offices (income-tax returns of clients, engagement letters,
 * document checklists, tax-office correspondence, powers of attorney), bookkeeping and accountancy
 * firms (client onboarding, bank-statement queries, expense receipts, year-end questions), payroll
 * bureaus (payslips, new-starter forms, sick-pay and parental-leave notices, wage garnishments,
 * pension enrolment), auditors (confirmation letters, findings on payroll and expenses, whistleblower
 * notes), debt collectors and credit agencies (dunning letters, payment plans, address enquiries,
 * disputes, credit reports of private persons) and insolvency practitioners (creditor lists), in DE,
 * AT, CH, the UK, Ireland, the US, the Netherlands, Luxembourg, Liechtenstein, Denmark, New Zealand and
 * Canada; plus `generatedCount` PRINT-SPOOL OUTPUT AND SCREEN CAPTURES OF BUSINESS SOFTWARE pasted into
 * tickets and knowledge-base pages (line-printer reports with carriage control and form feeds, SAP ALV
 * lists, 3270 and 5250 screens, box-drawing TUI tables and dialog boxes, printed payslips and statements;
 * see generated.ts); the same for the same seed. Written apart from the detectors, with its own names,
 * markup and random generator (MT19937-64, seeded through this set's own multiply-xorshift mixer).
 *
 * Labelling rules:
 * - A value is labelled over its ORIGINAL span as it stands on the screen or page.
 * - A value cut by a column width is labelled over what is shown ("RANDRIAMAMPIO" of a longer name);
 *   a cut that would leave a trailing comma or blank leaves it out of the label. Only names are cut by
 *   the generator; a longer mailbox, number or address runs over its column, as the reports print it.
 * - A name wrapped into the next row, or across a page break, is one PERSON label per visible piece;
 *   the repeated page header, the form feed and the carriage-control character between are in no label.
 * - Dotted leaders (`Name . . . . :`, `Schuldner.......`), box and frame characters (│ ║ |), padding
 *   blanks and the carriage-control character in column 1 are in no label, even where they touch the value.
 * - Family and given name in separate columns or fields are separate labels; "FAMILY, Given" or
 *   "Given Family" in one cell or line is one label (a comma inside stays inside).
 * - An IBAN whose blocks stand in two columns of ONE row is one label from its first to its last
 *   block, the blanks between inside (as its group spaces are). An address in one cell or one line is
 *   one label; an address block of a letter or a payslip's window (street line, town line) is one label
 *   over both lines, the line break inside.
 * - Field labels, column headings, function-key lines (F3=Exit F12=Cancel), report titles, user ids of
 *   the report's printer or operator (USER: TX0042), job names, spool numbers, page numbers, personnel,
 *   client and case numbers, tax office references (StNr. 143/256/78901, UTR, EIN), VAT ids, SEPA
 *   creditor ids (DE98ZZZ…), court references of garnishments and masked cards ("**** 4471") are never values.
 * - Every value of a natural person is labelled: clients, employees, debtors, creditors who are private
 *   persons, guarantors, next of kin, advisers and clerks named as persons (also a given or family name
 *   alone), their home addresses, personal phones and mailboxes (also name@firm), dates of birth,
 *   IBANs, cards, IP addresses of their devices, German tax ids, pension numbers, ID card and passport
 *   numbers.
 * - A company's own values are NOT labelled: its imprint address, switchboard, role mailboxes (info@,
 *   lohn@, mahnwesen@), its bank accounts, and a person's name inside a firm's name ("Kanzlei
 *   Brettschneider & Partner", "Linton & Maybury LLP"); a sole trader's name is labelled where it
 *   stands as a person apart from the firm's name.
 */
export function privacyTestSet27(generatedCount = 170, seed = 27_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new MT64(27_27, 9);
  const hand = HAND_WRITTEN_27.map((doc, i): TestDocument => ({
    id: `hand27-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen27-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
