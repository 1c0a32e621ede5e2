import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Tt800 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 34, German first. */
export const HAND_WRITTEN_34 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 34: hand-written documents of VETERINARY PRACTICES, AGRICULTURE AND ANIMAL KEEPING
 * (small- and large-animal practices, night duty and referrals, livestock registers and movement licences,
 * pet passports and microchip registries, farm subsidy and rural payment claims, seasonal farm workers, dairy
 * co-ops, horse passports and livery, breeders, shows and marts, animal-welfare complaints; farmers, keepers
 * and vets in DE, AT, CH, the UK, NL, BE, DK, NO, FR, PL, CZ, HU, HR, GR, the US, Argentina, Chile, Nigeria,
 * Kenya, Indonesia, Japan, Korea and Pakistan; the first choice of domain, end of life and estates, had been
 * used by sets 2, 3, 5, 6, 10, 15, 16, 28, 29 and 33); plus `generatedCount` DATABASE DUMPS of the same trades
 * as an ingest receives them when it is pointed at a backup file (pg_dump plain COPY blocks, mysqldump extended
 * INSERTs, mongoexport relaxed and canonical extended JSON, SQLite `.dump`; see generated.ts for the format
 * rules), the same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (GSL's `gsl_rng_tt800`, Matsumoto and Kurita's twisted GFSR TT800, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: PDF text extraction, the first choice of method, was used by sets
 * 12, 16 and 19. Set 25 had a COPY block and a MySQL INSERT as two of many developer artefacts, a few rows
 * each, and set 9 data-migration dumps as plain SQL of the same people across systems; here the WHOLE DUMP
 * FILE is the document: pg_dump's header, SET lines, DDL with owners and `\.`-terminated COPY blocks where
 * NULL is `\N` and a line break inside a value is the escape `\n`; mysqldump's versioned comments,
 * LOCK TABLES and one extended INSERT per table on one line with `\'` quoting; SQLite's PRAGMA/BEGIN
 * TRANSACTION frame with quotes doubled and breaks restored by `replace(…,'\n',char(10))`; and MongoDB
 * extended JSON (`$oid`, `$date`, `$numberInt`, `$numberLong`), which no earlier set wrote. Given and family
 * names stand in separate columns, the organisation's own settings row sits next to the people. Set 33's
 * mail stores, set 32's web page source, set 31's office document XML, set 30's OCR engine output and set
 * 29's LLM logs are other kinds of document; none of them is a database's own export format.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own. A two-line address kept
 *   with its break is ONE label with the format's escape (`\n`) inside it; a value before an escape ends at
 *   the backslash. A date of birth inside a timestamp is labelled on the date only; a birth date stored as
 *   epoch milliseconds (`$numberLong`) is no written date and is not labelled. Given and family names in
 *   separate columns are two labels; "Family, Given" in one column is one label; forms of address and
 *   titles (Frau, Herr, Dr., MRCVS) are outside.
 * - Organisations' own values are NOT labelled: role mailboxes (praxis@, orders@, movements@, info@ of a
 *   firm), switchboards, hotlines, freephone numbers, firm IBANs, company and authority addresses, case,
 *   ticket, invoice and order numbers, user ids, the dump hosts' and platforms' own server IP addresses,
 *   holding numbers, ear tags, microchip transponder numbers, UELNs, MongoDB object ids. A person's mailbox,
 *   direct line or mobile, home or farm address ARE labelled, and so are a one-person business's values (a
 *   sole farmer's address and mobile, a free-mail mailbox).
 * - A user's device IP address (portal login, order placed from) is labelled; masked cards ("ending 4412"),
 *   foreign ID and passport numbers (no type covers them), amounts and dates of events are never values.
 */
export function privacyTestSet34(generatedCount = 170, seed = 34_2026_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Tt800(0x3434_1206);
  const hand = HAND_WRITTEN_34.map((doc, i): TestDocument => ({
    id: `hand34-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen34-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
