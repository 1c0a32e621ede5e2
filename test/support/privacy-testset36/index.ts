import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_DE_2 } from './hand-de-2.js';
import { HAND_EN } from './hand-en.js';
import { HAND_EN_2 } from './hand-en-2.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranlxd2 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/**
 * Every hand-written document of test set 36, German first; the second files come after the first ones, so
 * the first documents keep their ids and the values drawn for them.
 */
export const HAND_WRITTEN_36 = [...HAND_DE, ...HAND_EN, ...HAND_DE_2, ...HAND_EN_2];

/**
 * Held-out privacy test set 36: hand-written documents of SPORTS CLUBS, FITNESS AND EVENTS (amateur and
 * professional clubs and their membership and dues, gyms and studios, youth teams and coaches, tournaments and
 * marathons, season tickets and stadium bans, player transfers and agents, physiotherapy and sports medicine,
 * anti-doping whereabouts, volunteer rosters; members, players, parents, coaches and staff in DE, AT, CH, NL,
 * BE, CZ, HR, NO, FI, the UK, the US, Brazil, Argentina, Kenya, Nigeria, South Africa, India, Japan, the
 * Philippines, Australia and New Zealand); plus `generatedCount` documents of the same clubs and organisers as
 * CONFIGURATION AND INFRASTRUCTURE FILES — `.env` files, Kubernetes ConfigMaps, Secrets, CronJobs and
 * NetworkPolicies, Helm values, Ansible inventories and host_vars, Terraform state, docker-compose, TOML, INI,
 * nginx allow-lists, crontabs, Alertmanager receivers (see generated.ts for the format rules) — the same for the
 * same seed. Written apart from the detectors, with its own names, markup and random generator (GSL's
 * `gsl_rng_ranlxd2`, Lüscher's RANLUX in double precision at luxury level 2, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 35 gave events IN FLIGHT (broker envelopes, CloudEvents,
 * webhooks), set 34 DATABASE DUMPS (a store's rows at rest), set 33 MAIL STORES, set 32 WEB PAGE SOURCE, set 31
 * OFFICE FILES' XML parts, set 30 OCR ENGINE OUTPUT, set 29 LLM conversation logs, set 26 EDI business messages,
 * set 18 IT machine records, set 13 single values in transport encodings. Set 25 had one `.env`/INI/TOML/YAML
 * snippet and git logs among twenty developer artefacts; source repositories as a whole method were set aside
 * for that reason. Here every document is ONE DEPLOYMENT OR SETTINGS FILE of an operations repository, in the
 * syntax its tool reads: YAML with annotations, block scalars and env name/value pairs, Terraform's state JSON
 * with escaped strings, INI sections with `;` comments, TOML tables and arrays of tables, nginx directives.
 * People's values stand there as settings, seed and test data, allow-list entries and comments beside
 * technical values of the same shapes (server addresses, image digests, uuids, tokens, creditor ids). No
 * earlier set writes Kubernetes manifests, Helm values, Ansible inventories, Terraform state or nginx and
 * Alertmanager configuration.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own (in a comment, an
 *   annotation and a setting alike), never the quotes around it, never the key or variable name
 *   (TREASURER_NAME, owner-email, admin_contact are not values). An address in a block scalar (`|`) is one
 *   label over its lines, the indentation included; an address in a JSON string with a literal `\n` before the country is one
 *   label including those two characters. A given and a family name in two JSON fields are two labels.
 * - A phone number written as a bare digit string (an SMS gateway's `to=` with 00 for +) is labelled as it
 *   stands. A name in "Family, Given" order is one label; a given or family name alone is labelled; forms of
 *   address and titles (Frau, Herr, Dr., Coach) are outside.
 * - Organisations' own values are NOT labelled: role mailboxes (office@, mitglieder@, noreply@ of a club or
 *   firm), club office lines, club and firm IBANs, SEPA creditor ids, member numbers, servers and their
 *   addresses (public or private), image digests, uuids, lineage ids, tokens, and base64 `data:` of Secrets
 *   (which only ever hold technical values here). A person's mailbox (also at the club's domain), mobile,
 *   home address and home IP address ARE labelled.
 * - Foreign ID and passport numbers, licence and shirt numbers, amounts and dates of matches are never values.
 */
export function privacyTestSet36(generatedCount = 170, seed = 36_261_206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranlxd2(0x3636_1206);
  const hand = HAND_WRITTEN_36.map((doc, i): TestDocument => ({
    id: `hand36-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen36-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
