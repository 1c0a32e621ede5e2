import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranlxs0 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 45, German first. */
export const HAND_WRITTEN_45 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 45: hand-written documents of CLEANING, FACILITY SERVICES AND BUILDING CARETAKING
 * (office and home cleaning firms, window cleaners, caretakers and property facility management, pest control,
 * chimney sweeps with their inspection notices and Feuerstättenschau, waste and bulky-refuse collection bookings,
 * winter road-clearing and gritting, laundry and textile services; customers, tenants, owners, cleaners, caretakers
 * and sweeps in DE, AT, CH, UK, IE, US, CA, AU and NZ); plus `generatedCount` documents of the same field as API
 * TRAFFIC OF THE FIRMS' SCHEDULING AND DISPATCH SOFTWARE: GraphQL requests and responses (queries, mutations with
 * variables, fragments, `data.jobs.edges[].node` responses, `errors` with messages, paths and extensions), gRPC
 * calls as `grpcurl` prints them, messages in protobuf text format (`customer { given_name: "…" family_name: "…" }`,
 * repeated and nested messages), and server logs of those calls (request and response pairs with headers, request
 * and trace ids); and traffic without a person (price lists, service listings, health checks, collection
 * calendars). The same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (GSL's `gsl_rng_ranlxs0`, Lüscher's RANLUX, second generation, single precision, luxury level 0, seeded
 * as GSL seeds it).
 *
 * How the method differs from earlier sets: earlier sets wrote JSON exports, records and message payloads; none
 * wrote an API's own traffic: a GraphQL query beside the JSON it returns, a value in a variables object or inside an
 * error message, a gRPC message in protobuf's text format with unquoted enums and nested blocks, a log line holding
 * a request's body.
 *
 * Labelling rules:
 * - A value is labelled over its exact span inside its string literal, without the quotes: a name in a given and a
 *   family field is two labels; a name written whole ("accountHolder") is one.
 * - The firms' own values are NOT labelled: switchboards, role mailboxes and collecting accounts, job, object, unit,
 *   employee and service numbers, request and trace ids, internal peer addresses, timestamps and dates that are no
 *   birth dates, and amounts. A customer's, tenant's or employee's mailbox, phone, home address, card, account,
 *   device address and documents ARE labelled.
 */
export function privacyTestSet45(generatedCount = 170, seed = 45_1207): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranlxs0(0x45_1207);
  const hand = HAND_WRITTEN_45.map((doc, i): TestDocument => ({
    id: `hand45-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen45-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
