import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { RomuTrio32 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 19, German first. */
export const HAND_WRITTEN_19 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 19: RESEARCH, ARCHIVES AND FAITH/CLUBS. Hand-written documents of
 * university research offices, clinical-trial sites, grant offices, labs, museums, libraries,
 * archives and genealogy requests, parishes, mosques, synagogues, temples and gurdwaras, sports
 * clubs and associations (in DE, AT, CH, the UK, Ireland, the US, the Netherlands, Australia, New
 * Zealand and Denmark), plus `generatedCount` documents as a PDF or OCR extraction gives them to a
 * RAG ingest (two-column pages read in the wrong order, line-end hyphenation, running headers and
 * page numbers, ligatures, soft hyphens, dotted and underscored form leaders, tables flattened to
 * one cell per line, checkboxes, letter-spaced headings), the same for the same seed. Written
 * apart from the detectors, with its own names, markup and random generator (RomuTrio32).
 *
 * Labelling rules:
 * - A value split by a line-end hyphen ("Schnei-\nder", "Lin-\ndenallee 4") is ONE label from its
 *   first to its last character, covering the hyphen and the line break, as the value stands in
 *   the extracted text. Soft hyphens (U+00AD) and ligatures are only put into unlabelled text.
 * - Every value that belongs to a natural person is labelled: names (also a given name or a family
 *   name alone, without titles such as "Dr"), their home addresses, private and direct phone numbers,
 *   personal mailboxes, dates of birth (in every format, also year-only and OCR's "O" for "0"),
 *   IBANs, cards, IP addresses of their devices and German ids.
 * - An institution's own values are NOT labelled: its street address, switchboard and hotline
 *   numbers, role mailboxes (archiv@…, office…) and its own account. Baptism, marriage, death and
 *   meeting dates are not dates of birth and are not labelled.
 * - Look-alikes never labelled: ORCID iDs, trial registry numbers (NCT…, DRKS…), ISBNs, library card
 *   numbers, creditor and tax office numbers.
 */
export function privacyTestSet19(generatedCount = 160, seed = 19_2026_1204): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new RomuTrio32(19_19);
  const hand = HAND_WRITTEN_19.map((doc, i): TestDocument => ({
    id: `hand19-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen19-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
