import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { KnuthRan2002 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 38, German first. */
export const HAND_WRITTEN_38 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 38: hand-written documents of HOTELS, TRAVEL AGENCIES AND TOURISM (front desks and
 * reservations, guest registration forms (Meldeschein), rooming lists, package-tour bookings and complaints,
 * visa support letters, cruise passenger manifests, ski, dive and surf schools, campsites, tour guides and
 * transfer dispatch, travel insurance claims, lost and found, chargebacks and refunds; guests, travellers and
 * staff in DE, AT, CH, IT, ES, PT, GR, MT, SI, LV, TZ, KE, ZA, MA, EG, TH, LA, ID, JP, NZ, AU, CA, US, MX, PE,
 * IS and the UK); plus `generatedCount` documents of hotels, agencies and tour operators rendered as
 * APPLICATION AND SERVICE LOGS as an ingest receives them from a log shipper: logfmt lines, ECS-style JSON
 * lines (`user.name`, `client.ip`, `url.query`), RFC 5424 syslog with structured data
 * (`[booking@32473 guest="…"]`), Java stack traces with MDC fields and exception messages quoting a value,
 * reverse-proxy access logs in the combined format with personal values percent-encoded in query strings,
 * OpenTelemetry OTLP/JSON log records, a payment gateway's debug log with masked and unmasked values, and
 * multi-line kiosk logs whose threads interleave; the same for the same seed. Written apart from the
 * detectors, with its own names, markup and random generator (GSL's `gsl_rng_knuthran2002`, Knuth's lagged
 * Fibonacci generator of TAOCP's 2002 printing, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 37 wrote DIRECTORY AND IDENTITY EXPORTS (LDIF, SCIM,
 * Get-ADUser, realm exports), set 36 CONFIGURATION AND INFRASTRUCTURE FILES (Kubernetes, Helm, Terraform
 * state, nginx directives), set 35 events IN FLIGHT (broker envelopes, CloudEvents, webhooks), set 34 DATABASE
 * DUMPS (rows of a store at rest), set 33 MAIL STORES, set 32 WEB PAGE SOURCE, set 31 OFFICE FILES' XML parts,
 * set 30 OCR ENGINE OUTPUT, set 29 LLM conversation logs, set 26 EDI business messages, set 13 single values in
 * transport encodings. Sets 2, 3, 17, 18, 25 and 32 had a log line or a short log among many other kinds of
 * record; here EVERY generated document is a stream of machine log records of one logging format: a value
 * stands as a logfmt key's value, a JSON field of a log schema, an SD-PARAM of a syslog structured-data
 * element, an MDC field in brackets or a quoted part of an exception message, a percent-encoded query
 * parameter of a request line (labelled over its encoded run), an OTLP attribute's `stringValue`, a
 * serialised request body inside a debug line; timestamps, trace and span ids, hosts and booking numbers
 * surround every value, and one thread's lines are scattered between another's.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own; inside a JSON, logfmt or
 *   syslog quoted field over its characters only, never the quotes. A name in "Family, Given" order is one
 *   label; a given or family name alone is labelled; forms of address (Frau, Herr, Mr, Ms) are outside. An
 *   address on one line or a block of lines is one label.
 * - A value written in an encoding that holds a person's value is labelled over its WHOLE encoded run: a
 *   percent-encoded query value (`name=Audrius+%C4%8Cepulis`, `email=a%40b.de`) and a base64 value (a field
 *   whose name ends in `_b64`, a link's `g=` parameter) alike.
 * - Organisations' own values are NOT labelled: role mailboxes (reservations@, frontdesk@, info@ of a firm),
 *   switchboards, hotlines, freephone numbers, firm IBANs, company, hotel and office addresses, booking, case,
 *   claim and ticket numbers, user ids and employee numbers, trace and span ids, and the firms' own server and
 *   connection IP addresses (hosts, upstreams, a hotel's public line). A person's mailbox (also at a firm),
 *   direct line (the switchboard's number with the person's extension), mobile and home address ARE labelled,
 *   and so are a one-person business's values (a sole trader's mailbox on a domain of their own name, a
 *   host's private address, a free-mail mailbox).
 * - A guest's or user's client IP address is labelled; masked cards ("card.masked=411111******1111",
 *   "ending 4471"), foreign ID and passport numbers (no type covers them), amounts, and dates of events
 *   (arrivals, timestamps) are never values.
 */
export function privacyTestSet38(generatedCount = 170, seed = 38_2026_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new KnuthRan2002(0x3838_1206);
  const hand = HAND_WRITTEN_38.map((doc, i): TestDocument => ({
    id: `hand38-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen38-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
