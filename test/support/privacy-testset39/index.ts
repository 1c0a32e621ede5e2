import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranlxs1 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 39, German first. */
export const HAND_WRITTEN_39 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 39: hand-written documents of INSURANCE (motor, household, liability, travel,
 * health, life, pet, cyber, crop and cargo claims; brokers and agents, loss adjusters and surveyors, fraud
 * investigation (SIU), subrogation and recourse letters, underwriting and medical questionnaires, policy changes,
 * premium arrears, ombudsman complaints; policyholders, claimants, witnesses and staff in DE, AT, LU, IT, UK, IE,
 * NL, CA, US, NZ, ZA, GL, PE, PY and PF); plus `generatedCount` documents of insurers' claim disputes rendered as
 * E-DISCOVERY AND LEGAL-HOLD LOAD FILES as a litigation-support platform exchanges a document production:
 * Concordance DAT load files (þ as quote, ASCII 20 between fields, a BEGDOC/ENDDOC/CUSTODIAN/FROM/TO/CC header
 * row), Opticon OPT image cross-references, EDRM XML 1.2 (`<Tag TagName="#From" TagValue="…"/>`), privilege
 * logs (author, recipients, date, basis, description), legal-hold acknowledgement exports, and the EXTRACTED
 * TEXT files a production carries beside them (an e-mail's text under its Bates number and header block, a
 * scanned claim form's OCR text); the same for the same seed. Written apart from the detectors, with its own
 * names, markup and random generator (GSL's `gsl_rng_ranlxs1`, Lüscher's RANLUX in single precision at luxury
 * level 1, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 38 wrote APPLICATION AND SERVICE LOGS, set 37 DIRECTORY AND
 * IDENTITY EXPORTS (LDIF, SCIM), set 36 CONFIGURATION AND INFRASTRUCTURE FILES, set 35 events in flight, set 34
 * DATABASE DUMPS, set 33 MAIL STORES (mbox, Maildir, PST-like exports of a mailbox), set 32 web page source, set
 * 31 office files' XML parts, set 30 OCR engine output, set 29 LLM conversation logs, set 28 CONTACT AND
 * CALENDAR EXCHANGE FORMATS (vCard, vCalendar), set 26 EDI business messages, set 13 single values in transport
 * encodings. None wrote a litigation production: here a value stands between þ quotes beside DC4 field
 * separators of a DAT row, inside an EDRM tag's TagValue attribute (XML-escaped angle brackets around a
 * mailbox), as a privilege log's author or recipient, as a custodian of a legal hold with the address the
 * acknowledgement came from, or in the extracted text of a produced mail or a scanned form; Bates numbers
 * (INSP-0000000), volume and image paths surround every value, and an Opticon file carries none. Unlike set
 * 33's mail stores, a message is never whole: its header fields are split into load-file metadata and its body
 * into a separate extracted-text file.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own; inside a þ-quoted DAT field
 *   or an XML attribute over its characters only, never the quotes or the escaped brackets. A name in
 *   "Family, Given" order is one label; a given or family name alone is labelled; forms of address (Frau,
 *   Herr, Mr, Ms, Dr) are outside. An address on one line or a block of lines is one label.
 * - A value written in an encoding that holds a person's value is labelled over its WHOLE encoded run (a base64
 *   value of a link parameter or JSON field whose name ends in `_b64`).
 * - Organisations' own values are NOT labelled: role mailboxes (claims@, schaden@, info@ of a firm),
 *   switchboards, hotlines, freephone numbers, firm IBANs, company, practice and insurer addresses, policy,
 *   claim, case, Bates and hold numbers, user ids and employee numbers, and the firms' own server IP
 *   addresses; nor is an attacker's anonymising relay. A person's mailbox (also at a firm), direct line or
 *   extension, mobile and home address ARE labelled, and so are a one-person business's values (a sole
 *   trader's mailbox on a domain of their own name, a sole trader's business address, a free-mail mailbox).
 * - A user's client IP address (a portal login, a legal-hold acknowledgement) is labelled; masked cards,
 *   foreign ID and passport numbers (no type covers them), register numbers, VAT ids, amounts and dates of
 *   events are never values.
 */
export function privacyTestSet39(generatedCount = 170, seed = 39_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranlxs1(0x39_1206);
  const hand = HAND_WRITTEN_39.map((doc, i): TestDocument => ({
    id: `hand39-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen39-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
