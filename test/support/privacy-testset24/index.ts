import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Threefry } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 24, German first. */
export const HAND_WRITTEN_24 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 24: CONSTRUCTION, ARCHITECTURE, ENGINEERING, SURVEYING, FACILITY
 * MANAGEMENT AND PROPERTY DEVELOPMENT. Hand-written documents of building sites (site diaries,
 * subcontractor and crew lists, inductions, accident reports, timesheets), architects' and engineers'
 * offices (minutes, change orders, fee invoices, structural reviews), surveyors and building
 * inspectors (surveys, snagging and defects lists, handover protocols), building permits and
 * neighbour objections, tenders, facility management (tickets, key and access-card registers,
 * caretaker rotas, meter readings) and developers (buyer lists, reservations, show-home viewings,
 * buyers' extras), in DE, AT, CH, the UK, Ireland, the US, Denmark, the Netherlands and Italy (South
 * Tyrol); plus `generatedCount` DOCUMENTS KEPT AS LIGHTWEIGHT-MARKUP SOURCE (LaTeX, AsciiDoc,
 * reStructuredText, Org-mode, MediaWiki, DokuWiki, Confluence wiki markup, Textile; see generated.ts)
 * and ingested as source text; the same for the same seed. Written apart from the detectors, with its
 * own names, markup and random generator (Threefry-2x32-20).
 *
 * Labelling rules:
 * - A value is labelled over its ORIGINAL span as it stands in the source, markup inside it included:
 *   "M\"uller", "{\"o}", "\ss{}", "Jana~Petersen", a name split by \\ in a \makecell, an address whose
 *   lines are joined by \\, a phone number with ~ between its groups, an IBAN with ~ between its groups.
 *   The markup around a value is not part of it, and every occurrence counts: in
 *   \href{mailto:a@b.de}{a@b.de} both addresses are labelled (after "mailto:"), in \href{tel:+4940…}{040 …}
 *   both numbers, in AsciiDoc's mailto:a@b.de[Name] and Textile's "Name":mailto:a@b.de the address
 *   and the name.
 * - A LaTeX macro name or an attribute, property or field key (\setkomavar{fromname}, :author:,
 *   :EMAIL:, | supervisor =) is never a value; the value after it is labelled. A \signature{…} holds a
 *   name (labelled), its role line after \\ not. \opening{Dear Name,} holds a name.
 * - A wiki or Confluence LOGIN HANDLE ([[User:JPetersen|…]], [~jpetersen], a page name) is an account
 *   identifier, not a name as written: never labelled. The DISPLAYED name of a signature
 *   ([[User:JPetersen|Jana Petersen]]) is a PERSON.
 * - Every value that belongs to a natural person is labelled: names (also a given or family name
 *   alone, without Frau/Mr/Dr), home addresses, personal phones and mailboxes (also name@company),
 *   dates of birth, IBANs, cards, IP addresses of their devices and sessions, German tax ids, pension
 *   numbers, ID card and passport numbers.
 * - An organisation's own values are NOT labelled: its imprint or office address, switchboard,
 *   hotline and site-office numbers, role mailboxes (bauleitung@, sales@, tenders@), its own bank
 *   account, VAT id. Change-order numbers (NT-2026-014, CO-2026-118), bill-of-quantities positions
 *   (OZ 02.01.0010), land parcels (Flurstück 412/7, parcel 88/4), meter numbers, ticket, permit and
 *   card numbers of access systems are never labelled.
 */
export function privacyTestSet24(generatedCount = 168, seed = 24_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Threefry(24_24, 7);
  const hand = HAND_WRITTEN_24.map((doc, i): TestDocument => ({
    id: `hand24-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen24-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
