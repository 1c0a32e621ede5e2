import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Philox } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 22, German first. */
export const HAND_WRITTEN_22 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 22: ARTS, CULTURE, EVENTS AND TRAVEL. Hand-written documents of theatres
 * and orchestras (cast lists, rehearsal plans, guest-artist contracts), museums and galleries (loan
 * agreements, consignment, visitor incidents), festivals and concert promoters (riders, accreditation,
 * crew lists, lost property), ticketing (refunds, seat changes, access needs), film and TV productions
 * (call sheets, casting, releases, location agreements), publishers and literary agencies (contracts,
 * royalty statements, submissions), music schools and photo studios, wedding planners and event
 * agencies, tour operators and travel agencies (bookings, rooming lists, visa passport details,
 * insurance claims), campsites and holiday lets, in DE, AT, CH, the UK, Ireland, the US, the
 * Netherlands, Denmark, Italy, France, Spain and Sweden; plus `generatedCount` word-processor documents
 * (DOCX/ODT) converted to plain text with their review layer for a RAG ingest: document properties
 * first (Author, Last modified by, Company, Manager; or pandoc's YAML block), tracked changes kept
 * inline in one of three notations (pandoc's [text]{.insertion author="…" date="…"} and .deletion
 * spans, CriticMarkup {++ ++} {-- --} {~~ ~> ~~}, docx2txt-style [+ +] / [- -]), comments (pandoc's
 * .comment-start spans, CriticMarkup {>>Name: …<<}, [Comment JP1: …] marks with a comment list at the
 * end, or Word comments exported as footnotes [^c1]: Name — 12.03.: …), footnotes and endnotes, the
 * running header (organisation, title, in some documents its owner) and "Page 3 of 7" footers
 * repeated at each page break (a form feed), tables flattened to tab- or |-separated rows, mail-merge
 * fields filled or left raw («Vorname» «Nachname», {{first_name}}, MERGEFIELD Ort), form-field
 * checkboxes (☐/☒) and drop-downs, soft hyphens and no-break spaces inside words and numbers, and
 * values the converter broke across a page break; the same for the same seed. Written apart from the
 * detectors, with its own names, markup and random generator (Philox4x32-10).
 *
 * Labelling rules:
 * - A value is labelled as it stands in the converted text, over its original span: soft hyphens and
 *   no-break spaces inside it are part of the label; a value broken across a page break is ONE label
 *   from its first character before the break to its last after it (footer, form feed and header
 *   inside the label). The structure test reads such a value back as a reader sees it (`readBack`).
 * - A value inside a DELETED tracked change ([-…-], {--…--}, .deletion spans, the old side of a
 *   replacement) is still personal data on disk and is labelled like any other.
 * - Authors of tracked changes and comments, the document properties' Author, Last modified by and
 *   Manager, and a document owner in the running header are PERSONs. Comment initials in a mark
 *   ("[Comment JP1: …]") are not labelled; the author's name in the comment list is. An author that
 *   is a department or role account ("Technik", "Tech Office", "Admin", "Dramaturgie") is no person.
 * - Raw mail-merge field names («Vorname», «Nachname», {{first_name}}, MERGEFIELD Ort) are never
 *   labelled; a merge field filled with a person's value is.
 * - Every value that belongs to a natural person is labelled: names (also a given name or a family
 *   name alone, without titles such as Frau/Mr/Dr), home and studio addresses, the address of a
 *   private home used as a film location, private and work mobile numbers, personal mailboxes, dates
 *   of birth, IBANs, cards, IP addresses of their devices and sessions, German tax ids, pension
 *   numbers, ID card and passport numbers.
 * - An organisation's own values are NOT labelled: its imprint or venue address, switchboard, box
 *   office and hotline numbers, role mailboxes (info@, tickets@, presse@), its own bank account and
 *   creditor id. ISBNs, inventory, order, booking (PNR), seat and ticket numbers are never labelled.
 * - Characters of plays, operas and films (Arkadina, Trepljow, NIA, DR. HALE) are no natural persons
 *   and never labelled; the artists cast in them are. Band and company names are not labelled.
 */
export function privacyTestSet22(generatedCount = 180, seed = 22_2026_1204): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Philox(22_22);
  const hand = HAND_WRITTEN_22.map((doc, i): TestDocument => ({
    id: `hand22-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen22-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
