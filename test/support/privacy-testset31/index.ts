import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Gfsr4 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 31, German first. */
export const HAND_WRITTEN_31 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 31: MARITIME, PORTS AND SEAFARING. Hand-written documents of shipping
 * agencies and ship managers (crew change requests, crew lists, seafarers' identity documents and
 * discharge books, medical fitness certificates, wage accounts and allotments to families), port state
 * control and harbour masters (detention reports, pilot bookings), cruise lines (passenger manifests,
 * medical centre logs, shore-excursion bookings), marinas and yacht charter (berth contracts, skipper
 * licences), inland shipping on the Rhine and Danube, ferry operators, fishing vessel licensing and
 * seamen's missions, in DE, NL, BE, DK, NO, the UK, IE, PL, GR, CY, MT, PT, ES, IT, HR, the Philippines,
 * India, Indonesia, Ukraine and Singapore, with Panama, Liberia and Malta flags; plus `generatedCount`
 * documents of the same trades as OFFICE DOCUMENT INTERNALS — the XML or markup an ingest reads when
 * it opens the file's parts instead of a text extraction (WordprocessingML document.xml with core
 * properties, SpreadsheetML sharedStrings.xml and sheet1.xml, ODF content.xml, RTF, PresentationML
 * slide1.xml; see generated.ts for the format rules), the same for the same seed. Written apart from the
 * detectors, with its own names, markup and random generator (GSL's `gsl_rng_gfsr4`, Ziff's four-tap
 * shift register, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 14 gave .docx, .xlsx and .pptx as the MARKDOWN a
 * converter makes of them, set 22 word-processor files as plain text with their review layer written
 * inline in converter notations, set 23 presentations and workbooks extracted to plain text and CSV: all
 * three are a converter's OUTPUT. Here the file's own INTERNAL PARTS reach the ingest: the text of a
 * value lies in XML elements between run properties, spell-check marks, bookmarks, rsids and tracked
 * change wrappers (the author in an attribute), a workbook's strings stand apart from their cells
 * (a cell holds only the index of its shared string; dates and phones stand as bare numbers), and RTF
 * spells non-ASCII letters as \'hh and \uN? escapes inside names. Set 25's SQL dumps and config files,
 * set 26's EDI payloads and set 28's vCard/iCalendar/XML contact formats are record formats whose values
 * are whole fields; set 30's OCR XML splits values into word elements with boxes. Here values are split
 * by FORMATTING and EDITING history (a run boundary can fall inside a word) and by escaping.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written; in generated documents a value split over runs,
 *   spans, rich-text runs or RTF groups is labelled PER PIECE (each piece over its text as written, the
 *   markup between outside); a value whole in one run is one label; an escaped character inside a value
 *   (RTF `\'fc`, `\u322?`, XML `&amp;`) lies inside its label; attribute values over the value only.
 * - Every value of a natural person is labelled: seafarers, their families and allottees, passengers,
 *   yacht owners and skippers, pilots, doctors, agents and staff named as persons, masters of ships. A
 *   given or family name alone is labelled; ranks and forms of address (Kapitän, Capt., Herr, Ms, Dr)
 *   are outside. "Family, Given" in one place is one label; names in separate fields are separate labels.
 * - An address in one line or an address block (street line, town line) is one label, the line break
 *   inside. A place of birth alone is not an address.
 * - Organisations' own values are NOT labelled: role mailboxes (ops@, crewing@, info@ of a firm),
 *   switchboards, hotlines, freephone numbers, firm IBANs, company, port and mission addresses, IMO ship
 *   numbers, MMSI, call signs, registry and official numbers. A person's mailbox (also at a firm), direct
 *   line or mobile and home address ARE labelled, and so are a one-person business's values (a sole
 *   trader's info@ on a domain of their own name, a free-mail mailbox, a skipper's own mobile).
 * - Reference numbers (crew, booking, case, berth, licence, certificate numbers), foreign passports and
 *   seaman's book numbers (no type covers them), amounts, dates of events and masked cards are never values.
 */
export function privacyTestSet31(generatedCount = 170, seed = 31_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Gfsr4(0x3131_1205);
  const hand = HAND_WRITTEN_31.map((doc, i): TestDocument => ({
    id: `hand31-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen31-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
