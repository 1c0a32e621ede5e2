import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranlxd1 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 41, German first. */
export const HAND_WRITTEN_41 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 41: hand-written documents of SECURITY SERVICES (alarm receiving and monitoring
 * centres' alarm logs, keyholder lists and call-outs; guarding and event security's shift rosters, incident
 * reports, banned-persons lists and stewards' briefings; locksmiths and access control with key registers, badge
 * and transponder issuance and door access logs; CCTV operators' footage and subject access requests; private
 * investigators' surveillance notes and process servers' affidavits; cash-in-transit; customers, keyholders,
 * guards, stewards and subjects in DE, AT, CH, UK, IE, US, CA, AU, NZ and ZA); plus `generatedCount` documents of
 * the same trade as VERSION CONTROL SHOWS CHANGES TO DATA FILES: unified diffs (`git diff` with `diff --git` and
 * `index` lines, `---`/`+++` headers, `@@ -12,7 +12,8 @@` hunks whose function context may repeat a record's
 * first line, ` `/`-`/`+` prefixes) of CSV, YAML, JSON, INI and text files; `git format-patch` mails (From, Date,
 * Subject, a diffstat, the patch, the version trailer); `git log -p` output; files left with merge conflict
 * markers; `git diff --word-diff` (`[-old-]{+new+}`); svn and hg diffs; a value changed between the removed and
 * the added line; and changes without a person (alarm zones, tariffs, fleet lists, firmware). The same for the
 * same seed. Written apart from the detectors, with its own names, markup and random generator (GSL's
 * `gsl_rng_ranlxd1`, Lüscher's second-generation RANLUX at luxury level 1, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 40 wrote PDF FORM FIELD DATA, set 39 E-DISCOVERY LOAD FILES, set
 * 38 APPLICATION AND SERVICE LOGS, set 37 DIRECTORY AND IDENTITY EXPORTS, set 36 CONFIGURATION FILES, set 34
 * DATABASE DUMPS, set 33 MAIL STORES. None wrote a diff: here every line of a data file starts with a one-character
 * prefix, a record is cut to the lines that changed and their context, the same value stands twice (removed and
 * added) or changed between the two, a commit's author is a person among role accounts and bots, and commit
 * hashes, badge transponder ids, alarm account numbers and incident references stand beside the values.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own (in the removed line, the added
 *   line and a hunk header's function context alike); inside a JSON, YAML or CSV string over its characters only,
 *   never the quotes. A name in "Family, Given" order is one label; a given or family name alone is labelled;
 *   forms of address are outside. An address on one line or a block of lines is one label.
 * - In a word diff a value wholly inside `[-…-]` or `{+…+}` is labelled inside the markers; an address whose house
 *   number alone changed is labelled over its whole run, the markers inside it included.
 * - Organisations' own values are NOT labelled: role mailboxes (leitstelle@, dispatch@, sar@ of a firm), bots'
 *   mailboxes, switchboards and hotlines, firm IBANs, company and site addresses of businesses, alarm account,
 *   badge, transponder, key, incident and order numbers, plates and VINs, commit hashes, amounts and dates of
 *   events. A person's mailbox (also at a firm), direct line, mobile and home address ARE labelled, and so is a
 *   private home's address as an alarm site or a served address.
 * - A user's client IP address (an app's remote unlock, a portal's sender) is labelled; the firm's own servers
 *   and panels on private ranges are not. Masked cards, foreign licence, ID and passport numbers, §34a register
 *   numbers and VAT ids are never values.
 */
export function privacyTestSet41(generatedCount = 170, seed = 41_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranlxd1(0x41_1206);
  const hand = HAND_WRITTEN_41.map((doc, i): TestDocument => ({
    id: `hand41-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen41-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
