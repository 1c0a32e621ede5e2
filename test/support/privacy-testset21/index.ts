import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Well512a } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 21, German first. */
export const HAND_WRITTEN_21 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 21: AUTOMOTIVE, MANUFACTURING, LOGISTICS AND MOBILITY. Hand-written
 * documents of car dealerships and repair workshops (service orders, test-drive forms, warranty
 * claims), car sharing and rental (bookings, damage reports, fines passed on), parking and tolls,
 * driving schools, fleet management (driver logs, fuel cards), factories (shift plans, works-council
 * minutes, 8D reports, badge logs), warehouses and parcel depots (delivery exceptions, proof of
 * delivery, returns), freight forwarding (CMR notes, customs), vehicle registration and roadside
 * assistance, in DE, AT, CH, the UK, Ireland, the US, the Netherlands, Denmark, Italy and France
 * (generated pages only); plus `generatedCount` web and intranet pages scraped to plain text for a RAG ingest:
 * customer-portal and CMS pages, wiki pages exported to Markdown (headings, pipe tables, checklists,
 * @mentions, "Created by … last edited by …"), forum and Q&A threads (posts, quoted replies,
 * signatures, reactions), review pages (★★★★☆ by …), with the navigation, breadcrumbs, cookie
 * banners, share links, pagination and imprint footers a scraper keeps, link text in [brackets](url),
 * and in some pages the HTML entities left undecoded (&amp;, &nbsp;, &#228;, &#xE4;, &auml;); the
 * same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (WELL512a).
 *
 * Labelling rules:
 * - A value is labelled as it stands on the page. In a page that kept its HTML entities a value is
 *   labelled over its escaped characters ("J&#246;rg", "M&uuml;hlbach 3"), from the first character
 *   of its first entity to the last of its last.
 * - @mentions and user handles: a handle built from a person's name ("@aisen.oyunsky", "@bair.t",
 *   "@t.radnaeva") is a PERSON label on the handle without the "@". Team and role handles
 *   ("@qs-team", "@dispo-team") and forum nicknames that are no one's name ("Turbo_Fan_42") are never
 *   labelled. A poster's real name ("Sesegma Budaev", "Kuzma K.") is a PERSON label.
 * - Every value that belongs to a natural person is labelled: names (also a given name or a family
 *   name alone, without titles such as Herr/Ms), home addresses, private and work mobile numbers,
 *   personal mailboxes (also name-built work mailboxes), dates of birth, IBANs, cards (also fuel
 *   cards), IP addresses of their devices and sessions, German tax ids, pension numbers, ID card and
 *   passport numbers.
 * - A company's own values are NOT labelled: the imprint address, registered office, depot or plant
 *   address, switchboards, hotlines and extensions, role mailboxes (service@, qs-reklamation@), its
 *   own bank account and creditor id. Vehicle identification numbers, number plates, CMR, booking,
 *   order, ticket, tracking and member numbers are not personal data here and never labelled.
 */
export function privacyTestSet21(generatedCount = 180, seed = 21_2026_1204): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Well512a(21_21);
  const hand = HAND_WRITTEN_21.map((doc, i): TestDocument => ({
    id: `hand21-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen21-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
