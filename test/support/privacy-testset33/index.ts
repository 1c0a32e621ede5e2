import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Mrg } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 33, German first. */
export const HAND_WRITTEN_33 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 33: hand-written documents of ONLINE PLATFORMS' TRUST AND SAFETY AND CUSTOMER
 * PRIVACY OPERATIONS (dating apps, marketplaces, social networks, gaming and betting platforms, streaming
 * services: user reports and moderation cases, account recovery, identity and age checks, chargebacks and
 * fraud rings, law-enforcement data requests, access and erasure requests under Art. 15/17 GDPR, harassment
 * and doxxing reports, gambling self-exclusion, creator payouts; users and staff in DE, AT, CH, the UK, IE,
 * NL, SE, FI, FR, ES, PT, IT, PL, RO, GR, TR, the US, Mexico, Brazil, India, the Philippines, Vietnam, Egypt,
 * Morocco and South Africa); plus `generatedCount` documents of the same teams as E-MAIL ARCHIVE FORMATS —
 * what an ingest reads when it is pointed at a mail store instead of a message (Outlook .msg compound-file
 * stream listings, PST property dumps, mboxrd files, Exchange Web Services GetItem XML; see generated.ts for
 * the format rules), the same for the same seed. Written apart from the detectors, with its own names,
 * markup and random generator (GSL's `gsl_rng_mrg`, L'Ecuyer, Blouin and Couture's fifth-order multiple
 * recursive generator, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 18 gave mail as the MESSAGE itself (a MIME .eml with
 * quoted-printable parts and RFC 2047 words, an HTML body saved from a web mailer), set 13 the transport
 * encodings, sets 10 and 15 reply chains and chat or mail conversations as text. Here the mail reaches the
 * ingest from the STORE it is kept in: one value stands several times in differently named properties
 * (PidTagSenderName and PidTagSentRepresentingName, the display-to list and each recipient's storage), a
 * body is a C-escaped string on one line in which a value ends at the backslash of `\r\n`, mboxrd quotes
 * body lines beginning "From " with ">", and EWS carries the HTML body entity-escaped inside XML elements
 * (`&lt;p&gt;`), the name and address of each party in t:Mailbox elements. Set 32's web page source, set
 * 31's office document XML, set 30's OCR engine output and set 29's LLM logs are other kinds of document
 * altogether; set 28's vCard/iCalendar and XML contact formats hold contacts, not mail. No earlier set
 * writes MAPI property names, .msg stream paths, mbox envelope lines or EWS SOAP.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own (a name in three MAPI
 *   properties is three labels); no value contains a character its format escapes, so a value is never
 *   split by an escape. A name in "Family, Given" order in one place is one label; a given or family name
 *   alone is labelled; forms of address and ranks (Frau, Herr, Ms, DC, KHK, Dr) are outside.
 * - An address on one line ("Sielwall 12, 28203 Bremen") or a block of lines is one label, the line
 *   break inside. A place of birth alone is not an address.
 * - Organisations' own values are NOT labelled: role mailboxes (privacy@, safety@, ops@, rostering@, info@ of a
 *   firm) and their display names, switchboards, hotlines, freephone numbers, firm IBANs, company and
 *   authority addresses, case, ticket, dispute and order numbers, user ids, account handles, message ids,
 *   the platforms' own server and relay IP addresses. A person's mailbox (also at a firm or an authority),
 *   direct line or mobile and home address ARE labelled, and so are a one-person business's values (a sole
 *   trader's info@ on a domain of their own name, a free-mail mailbox, a streamer's own mobile).
 * - A user's device IP address (login, X-Originating-IP) is labelled; masked cards ("**** 4821"), foreign ID
 *   and passport numbers (no type covers them), amounts and dates of events are never values.
 */
export function privacyTestSet33(generatedCount = 170, seed = 33_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Mrg(0x3333_1205);
  const hand = HAND_WRITTEN_33.map((doc, i): TestDocument => ({
    id: `hand33-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen33-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
