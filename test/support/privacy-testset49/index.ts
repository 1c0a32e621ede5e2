import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ran1 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 49, German first. */
export const HAND_WRITTEN_49 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 49: hand-written documents of ELECTIONS, PETITIONS AND CIVIC PARTICIPATION (poll-worker
 * recruitment and rosters, postal-vote applications and their registers, electoral-roll corrections, polling-card
 * returns, candidate nominations with supporters' signatures, proposers and seconders, citizens' initiatives,
 * petitions and referendums with signature checks, planning objections and public consultations, council question
 * time, lay-judge nominations) in DE, AT, CH, the UK, Ireland and the Netherlands; plus `generatedCount` documents of
 * the same field as SEARCH-ENGINE RESPONSES of the offices' and petition portals' search back ends: Elasticsearch and
 * OpenSearch `_search` JSON as `?pretty` writes it (`hits.hits[]._source`, `_id`, `_score`, `highlight` fragments with
 * `<em>` tags, `inner_hits` of nested signatures, `aggregations` whose bucket `key` is a name or a postcode,
 * `search_after` sort values), `_bulk` NDJSON requests, Solr JSON (`response.docs[]`, `highlighting` keyed by id) and
 * XML (`<doc><str name="…">`), Kibana Discover CSV exports, `_explain` and `profile` fragments, error bodies; and
 * responses without a person (turnout per district, mapping and settings, cluster health, a parse error, a bulk
 * response). The same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (GSL's `gsl_rng_ran1`, Numerical Recipes' ran1 as GSL implements it, seeded as GSL seeds it).
 *
 * Labelling rules:
 * - A value is labelled over its exact run as it stands. In a highlight fragment the label runs from the value's
 *   first letter to its last: `<em>` tags that wrap the whole value stay outside (`<em>Ana Berg</em>` → `Ana Berg`),
 *   tags between or around inner words stay inside (`<em>Ana</em> Berg` → `Ana</em> Berg`), so one name is one label
 *   however the highlighter cut it. Split name fields (forename, surname) are two labels; a name in a query echo, an
 *   `_explain` description, a `profile` description or an error message is labelled where it stands.
 * - The offices' own values are NOT labelled: switchboards, role mailboxes, their premises and accounts; polling
 *   district and station ids, elector and register numbers, petition and case numbers, planning references,
 *   `_id`s, `_score`s, sort values, timestamps, postcodes of districts in aggregations, index names, node ids. A
 *   voter's, poll worker's, supporter's, candidate's, petitioner's, objector's, nominee's or staff member's name,
 *   mailbox, phone, home address, birth date, card, account, device address and documents ARE labelled.
 */
export function privacyTestSet49(generatedCount = 170, seed = 49_1207): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ran1(0x49_1207);
  const hand = HAND_WRITTEN_49.map((doc, i): TestDocument => ({
    id: `hand49-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen49-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
