import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ran2 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 46, German first. */
export const HAND_WRITTEN_46 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 46: hand-written documents of LANGUAGE SERVICES (translation and interpreting agencies:
 * sworn and certified translations of birth, marriage and school certificates, driving licences and court documents;
 * interpreters booked for hospitals, courts, police interviews, job centres and registry offices; invoices to public
 * bodies; language schools and integration courses: enrolments, placement tests, attendance lists, certificates,
 * course-fee subsidies, exam registrations; clients, learners, translators, interpreters and teachers in DE, AT, CH,
 * UK, IE, US, CA, AU and NZ); plus `generatedCount` documents of the same field as EVENT STREAMS AND MESSAGE QUEUES of
 * the agencies' booking and the schools' course software: CloudEvents in structured and binary mode, kcat consumer
 * output (topic, partition, offset, key, headers, value), MQTT messages as mosquitto_sub prints them with their
 * topics, RabbitMQ "get messages" dumps with base64 headers, AMQP deliveries with properties and headers, dead-letter
 * records with their error reasons and x-death headers; and streams without a person (course schedules, pool
 * availability, queue statistics, an agency's invoice to a public body). The same for the same seed. Written apart
 * from the detectors, with its own names, markup and random generator (GSL's `gsl_rng_ran2`, Numerical Recipes' ran2,
 * seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 35 wrote messaging and queue payloads of public transport (kcat,
 * Avro unions, RabbitMQ management messages, CloudEvents, webhooks, SQS/SNS, MQTT dumps, Pub/Sub); set 45 wrote API
 * traffic (GraphQL, grpcurl, protobuf text, server logs). This set writes the queue side again for another field, with
 * what set 35 did not centre on: dead-letter topics and queues with their error reasons beside the values (kcat
 * headers `dlq.error.message=…`, RabbitMQ `x-death`), AMQP deliveries as a consumer prints them, JSON held as an
 * escaped string inside a management API's `payload`, names and accounts base64 in message headers, and MQTT topic
 * trees of a dispatch (`agency/bookings/<id>/assigned`).
 *
 * Labelling rules:
 * - A value is labelled over its exact span inside its string literal, without the quotes: a name in a given and a
 *   family field is two labels; a name written whole ("displayName", "Surname, Given") is one.
 * - A person's value written in base64 (a header ending in `_b64`) is labelled over its whole encoded run.
 * - The agencies', schools' and public bodies' own values are NOT labelled: switchboards, role mailboxes and
 *   accounts, booking, order, course, certificate, case-file and customer numbers, offsets, partitions, message and
 *   correlation ids, timestamps and dates that are no birth dates, and amounts. A client's, learner's, translator's
 *   or interpreter's mailbox, phone, home address, card, account, device address and documents ARE labelled.
 */
export function privacyTestSet46(generatedCount = 170, seed = 46_1207): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ran2(0x46_1207);
  const hand = HAND_WRITTEN_46.map((doc, i): TestDocument => ({
    id: `hand46-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen46-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
