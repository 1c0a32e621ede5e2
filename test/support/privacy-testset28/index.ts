import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { PCG64 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 28, German first. */
export const HAND_WRITTEN_28 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 28: DEATH AND WHAT FOLLOWS IT. Hand-written documents of funeral homes
 * (arrangement notes, orders, invoices, obituary drafts, transfer papers), cemetery and crematorium
 * offices (grave leases, cremation applications, exhumation requests, grave-care orders), estates and
 * probate administration (grant applications, estate inventories, distribution accounts, executors'
 * letters, court notices), heir hunters and genealogists (heir-search letters, family-tree notes,
 * archive requests), civil-registry offices (registrations of births, marriages and deaths, extracts,
 * name declarations), memorial masons (headstone orders and inscriptions) and life insurers (death-claim
 * forms and letters), in DE, AT, CH, the UK, Ireland, the US, Canada, Australia, New Zealand, the
 * Nordics, Benelux, Poland, Italy and Spain; plus `generatedCount` CONTACT AND CALENDAR INTERCHANGE
 * documents of the same trades (vCard 2.1/3.0/4.0, iCalendar, LDIF, Outlook and Google contact CSV,
 * CardDAV/CalDAV multistatus XML, jCard/jCal and sync JSON; see generated.ts for the format rules);
 * the same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (PCG64, pcg-c's XSL-RR 128/64, seeded by initstate and stream).
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, escapes and encodings as they stand (the
 *   format rules of generated.ts say how folds, QUOTED-PRINTABLE, base64 and structured values are read).
 * - Every value of a natural person is labelled: the deceased (fail closed: their name and date of
 *   birth identify a family too), next of kin, heirs, executors who are private persons, informants,
 *   claimants, staff named as persons (also a given or family name alone, also "Frau Okafor"'s
 *   family name without the title), their home addresses, personal phones and mailboxes (also
 *   name@firm), dates of birth, IBANs, cards, IP addresses of their devices, German tax ids, pension
 *   numbers, ID card and passport numbers.
 * - "FAMILY, Given" or "Given Family" in one place is one label (a comma inside stays inside); family
 *   and given name in separate fields are separate labels; a maiden name after "geb."/"née" is its own
 *   label. Titles and forms of address (Frau, Herrn, Mrs, Dr., the late) are outside.
 * - An address in one line or a letter's address block (street line, town line) is one label, the
 *   line break inside; the country name on its own line after the block is outside.
 * - Dates of death, of funerals, of registrations and of events, ages ("82 Jahre"), grave and plot
 *   numbers, case and register numbers (Sterbefall-Nr., Az., grant and policy numbers), court and
 *   registry references, VAT ids and masked cards are never values.
 * - An organisation's own values are NOT labelled: its imprint address, switchboard, role mailboxes
 *   (trauerfall@, claims@), its bank accounts, and a person's name inside a firm's name ("Pietät
 *   Abendfrieden", "Hollowell & Greaves"); a cemetery's or chapel's address is the organisation's.
 */
export function privacyTestSet28(generatedCount = 170, seed = 28_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new PCG64(28_28n, 7n);
  const hand = HAND_WRITTEN_28.map((doc, i): TestDocument => ({
    id: `hand28-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen28-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
