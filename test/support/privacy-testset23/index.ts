import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { ChaCha8 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 23, German first. */
export const HAND_WRITTEN_23 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 23: RECRUITMENT, STAFFING, RELOCATION AND MIGRATION SERVICES. Hand-written
 * documents of recruitment and executive-search agencies (shortlists, interview panels, reference
 * checks, offer letters), temp-work and staffing firms (assignment sheets, timesheets, payroll
 * handovers, work permits), payroll bureaus and HR outsourcing (salary runs, onboarding packs, leaver
 * lists), relocation and expat services (household moves, school and flat searches, registration
 * appointments), immigration and visa advisers (visa applications, Blue Card files, family
 * reunification, residence-permit renewals), international movers, language and integration course
 * providers, au-pair and nanny agencies, diversity and training reports, in DE, AT, CH, the UK,
 * Ireland, the US, the Netherlands, Luxembourg, Denmark, Spain, Poland and the UAE; plus
 * `generatedCount` OFFICE PRESENTATIONS AND SPREADSHEET WORKBOOKS (PPTX/ODP, XLSX/ODS) extracted to
 * plain text for a RAG ingest (see generated.ts for the notations); the same for the same seed.
 * Written apart from the detectors, with its own names, markup and random generator (ChaCha8).
 *
 * Labelling rules:
 * - A value is labelled over its ORIGINAL span as it stands in the extracted text: inside CSV quotes
 *   (the quotes are not part of it), a cell with a line break keeps the break inside the label.
 * - A formula that builds a name or a value from cells (=VERKETTEN(B2;" ";C2), =CONCATENATE(…)) is
 *   no name: the cells it points to are labelled where they stand. Formulas such as =SUM(D2:D40) and
 *   cell references are never labelled. A cached formula VALUE that shows a name would be labelled.
 * - The author of a cell comment or note ("Note (Name): …", "Kommentar (Name): …"), a presenter in a
 *   slide footer and a name in an image alt text are PERSONs. Column headings ("Nachname",
 *   "Date of birth") are not labelled, nor are sheet names, named ranges or slide titles without names.
 * - A date of birth whose number format was lost and that stands as a spreadsheet serial number
 *   (32874 for 1990-01-01) in a date-of-birth column IS labelled as DATE_OF_BIRTH: it is still the
 *   person's birth date on disk. A phone number stored as a number that lost its leading zero or plus
 *   ("4915123456789") IS labelled as PHONE_NUMBER; one shown in exponent notation ("4.9151E+12") is
 *   NOT: its digits are gone (it stands as a look-alike).
 * - Every value that belongs to a natural person is labelled: names (also a given name or a family
 *   name alone, without titles such as Frau/Mr/Dr), home addresses (also the flat found for a family),
 *   private and personal work mobile numbers, personal mailboxes (also name@company), dates of birth,
 *   IBANs, cards, IP addresses of their devices and sessions, German tax ids, pension numbers, ID card
 *   and passport numbers.
 * - An organisation's own values are NOT labelled: its imprint or office address, switchboard and
 *   hotline numbers, role mailboxes (bewerbung@, payroll@, relo@), its own bank account, VAT id and
 *   creditor id. Requisition numbers (REQ-2026-0412), cost centres (KST-4711), staff numbers, case and
 *   file references, visa-application references and permit numbers of foreign states are never labelled.
 */
export function privacyTestSet23(generatedCount = 180, seed = 23_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new ChaCha8(23_23);
  const hand = HAND_WRITTEN_23.map((doc, i): TestDocument => ({
    id: `hand23-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen23-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
