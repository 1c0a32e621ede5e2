import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { AesCtr } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 25, German first. */
export const HAND_WRITTEN_25 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 25: ENVIRONMENT, WASTE AND RECYCLING, FORESTRY, HUNTING AND FISHING,
 * MINING AND QUARRYING, RENEWABLE-ENERGY PROJECTS. Hand-written documents of environmental agencies
 * (noise and odour complaints, water and emission permits, contaminated-land registers, inspections),
 * waste companies and recycling yards (bulky-waste bookings, container and skip hire, hazardous-waste
 * consignment notes, weighbridge tickets, van permits, fly-tipping), forestry (felling licences, timber
 * sales, fire-watch rotas, accident reports), hunting and fishing (licences, game-damage claims, fishing
 * permits, angling-club registers, bag lists, a keeper's diary), mines and quarries (blasting notices,
 * shift logs, dust complaints, mine-rescue call lists, claim records) and solar, wind and heat-pump
 * projects (landowner leases, co-op member lists, grid-connection requests, subsidies), in DE, AT, CH,
 * LI, the UK, Ireland, the US, Canada and New Zealand; plus `generatedCount` DEVELOPER AND OPERATIONS
 * ARTEFACTS (SQL dumps and migrations, syslog/nginx/app logs, stack traces, audit trails, config and
 * seed files, code fixtures, git log/blame/patches, shell history, cron output; see generated.ts);
 * the same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (AES-128 in counter mode as a keystream).
 *
 * Labelling rules:
 * - A value is labelled over its ORIGINAL span as it stands in the artefact, escapes and encodings
 *   inside it included: SQL's 'Tefa''arere', a JS 'Pu\'ara\'i', "Jana+Petersen" or "Jana%20Petersen"
 *   and "%2B49151…" in a query string, an address with a literal \n inside a string. The quotes around
 *   a literal are not part of the value. A name split over a concatenation ("Jana " + "Petersen") is
 *   two labels, one on each literal's words. An IBAN written without spaces and a phone written as an
 *   integer literal (4915112345678) are labelled as they stand.
 * - A column, key, field or variable name (first_name, last_name, CONTACT_NAME, applicant=, subject=)
 *   is never a value; the value after it is.
 * - A LOGIN or USER ID (user=jhansda, uid=1042, admin@ in an ssh target) is an account identifier,
 *   not a name as written: never labelled; the public address after admin@ is labelled like any other
 *   public address in an artefact (only private and internal ranges stay unlabelled). A git author, committer, Co-authored-by or Signed-off-by
 *   name and a git blame name are PERSONs, their mail addresses EMAIL_ADDRESSes. A bot or service
 *   account (dependabot, ci-runner, Cron <svc@host>, noreply@) is not a person: never labelled.
 * - Every value that belongs to a natural person is labelled: names (also a given or family name
 *   alone), home addresses, personal phones and mailboxes (also name@agency), dates of birth, IBANs,
 *   cards, IP addresses of their devices and sessions (log client addresses, form submissions), German
 *   tax ids, pension numbers, ID card and passport numbers.
 * - An organisation's own values are NOT labelled: its imprint or office address, switchboard, role
 *   mailboxes (dispo@, presse@, vorstand@), VAT id, internal host addresses (10.x health checks). A
 *   person's name inside a firm's name ("Leito Metal Recovery") is not labelled. Waste codes (AVV/EWC
 *   17 06 05), consignment notes, felling licence numbers (FL-2026-418), market-location ids (MaLo-ID),
 *   MPANs, commit hashes, request ids, build numbers and permit numbers are never labelled; neither is
 *   a partial card ("card ending 4471").
 */
export function privacyTestSet25(generatedCount = 170, seed = 25_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new AesCtr(25_25, 7);
  const hand = HAND_WRITTEN_25.map((doc, i): TestDocument => ({
    id: `hand25-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen25-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
