import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ran3 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 35, German first. */
export const HAND_WRITTEN_35 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 35: hand-written documents of PUBLIC TRANSPORT, TAXIS, RIDE-HAILING, CAR SHARING
 * AND PARKING (transport associations and their ticket inspectors, penalty fares and appeals, season-ticket
 * and job-ticket subscriptions, accessibility assistance, lost property, taxi co-operatives and their drivers,
 * ride-hailing support and safety incidents, car-sharing damage and fines passed on, resident parking permits,
 * parking enforcement and appeals, school transport, on-demand shuttles; passengers, drivers and staff in DE,
 * AT, CH, LU, BE, NL, SI, BG, LT, LV, RO, FR, IT, PT, the UK, the US, Colombia, Peru, Ethiopia, Tanzania, Sri
 * Lanka, Thailand, Malaysia, Australia and New Zealand); plus `generatedCount` documents of the same operators
 * as MESSAGING AND QUEUE PAYLOADS — their events as a message broker or webhook consumer hands them to an
 * ingest (kcat and kafka-console-consumer dumps, Avro JSON, RabbitMQ get-messages, CloudEvents in structured
 * and binary mode, webhook delivery logs, SQS/SNS envelopes, MQTT and Pub/Sub push; see generated.ts for the
 * format rules), the same for the same seed. Written apart from the detectors, with its own names, markup and
 * random generator (GSL's `gsl_rng_ran3`, Knuth's subtractive generator with Numerical Recipes' parameters,
 * seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 34 dumped DATABASES (rows and columns of a store at rest),
 * set 33 MAIL STORES (MAPI properties, mbox, EWS), set 32 WEB PAGE SOURCE, set 31 OFFICE FILES' XML parts,
 * set 30 OCR ENGINE OUTPUT with word boxes, set 29 LLM conversation logs, set 26 EDI business messages, set 18
 * IT machine records (logs, LDAP, MIME mail, call transcripts), set 13 single values in transport encodings.
 * Here the text is an event IN FLIGHT between systems: a broker's envelope (topic, partition, offset,
 * headers, key) around a producer's JSON, which often stands as a JSON STRING inside another JSON document,
 * so the event's quotes are escaped once (kcat, RabbitMQ) or twice (an SNS notification inside an SQS
 * message); Avro's JSON encoding wraps every nullable value in a union object; CloudEvents carry the
 * attributes either in the JSON or as `ce-` HTTP headers; webhook deliveries carry signatures and retries.
 * No earlier set writes broker envelopes, CloudEvents, Avro unions or webhook signatures.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own; inside a JSON string
 *   over its characters only, never the quotes or the escape backslashes in front of them; no value
 *   holds a character JSON escapes, so no escaping level splits a value. A value in a free-text field is
 *   labelled inside that field. Base64 payloads are not read: only telemetry without personal data is
 *   base64-encoded, so no personal value stands unlabelled in base64.
 * - A name in "Family, Given" order is one label; a given or family name alone is labelled; forms of
 *   address and ranks (Frau, Herr, Ms, Mr, Dr, PC) are outside. An address on one line or a block of
 *   lines is one label, the line break inside.
 * - Organisations' own values are NOT labelled: role mailboxes (ops@, rostering@, info@, fundbuero@ of a
 *   firm or authority), switchboards, hotlines, freephone numbers, firm IBANs, company, depot and station
 *   addresses, case, ticket, penalty-fare, booking and order numbers, user, member, driver and trip ids,
 *   message ids, correlation ids, SEPA mandate references, licence plates, taxi licence numbers, and the
 *   platforms' own server, broker and edge IP addresses. A person's mailbox (also at a firm), direct line or
 *   mobile and home address ARE labelled, and so are a one-person business's values (a sole taxi driver's
 *   info@ on a domain of their own name, a free-mail mailbox, a single-cab owner's mobile).
 * - A passenger's or member's device IP address is labelled; masked cards ("**** 4821", card_last4), foreign
 *   ID, passport and driving-licence numbers (no type covers them), amounts and dates of events are never values.
 */
export function privacyTestSet35(generatedCount = 170, seed = 35_2026_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ran3(0x3535_1206);
  const hand = HAND_WRITTEN_35.map((doc, i): TestDocument => ({
    id: `hand35-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen35-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
