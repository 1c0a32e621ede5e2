import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Taus113 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 47, German first. */
export const HAND_WRITTEN_47 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 47: hand-written documents of CONSULAR AND DIPLOMATIC SERVICES (embassies and consulates
 * of DE, AT and CH abroad and of UK, IE, US, CA, AU and NZ in DE, AT and CH: passport renewals abroad and emergency
 * travel documents, visa applications and appointment bookings, births and marriages abroad registered, apostilles
 * and legalisations, citizens in distress (arrests, hospital admissions, deaths abroad, repatriation loans), notarial
 * services and life certificates for pensioners abroad, voter registration abroad, honorary consuls); plus
 * `generatedCount` documents of the same field as BROWSER HAR FILES AND HTTP CAPTURES of the missions' online
 * appointment, visa and registration portals: HAR 1.2 JSON (`log.entries[]` with request URLs and query strings,
 * `postData` as application/x-www-form-urlencoded text, multipart/form-data and JSON, `params`, cookies, headers,
 * `response.content.text` as JSON or HTML, once base64-encoded), `curl -v` transcripts (`> POST …`, `< HTTP/2 201`),
 * DevTools "Copy as fetch" and "Copy as cURL" snippets, and proxy logs (combined log format and squid's native
 * format); and captures without a person (free appointment slots, fee schedules, static assets, travel advice). The
 * same for the same seed. Written apart from the detectors, with its own names, markup and random generator (GSL's
 * `gsl_rng_taus113`, L'Ecuyer's 1999 combined Tausworthe generator, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 45 wrote API traffic (GraphQL, grpcurl, protobuf text, server logs),
 * set 46 message queues, set 13 held one URL-encoded contact form among its genres. This set writes what a browser
 * and a command-line client record of a web form's round trip: form-urlencoded bodies (`+` for a space, `%40` for @,
 * `%C3%BC` for ü) beside the same values decoded in HAR `params`, multipart parts inside a JSON string with escaped
 * CRLFs, JSON bodies held as escaped strings, base64 response content and base64 request headers, cookies and session
 * ids, and the client's address in proxy logs beside the portal's own server address.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as it stands: a URL-encoded value over its ENCODED run
 *   (`Garazitxu+Etxeberriarteko`, `name%40gmx.de`), a base64 value (a header ending in `-B64`) over its whole
 *   encoded run; the same value decoded elsewhere (HAR `params`, a response) as written there. A name in a given and
 *   a family field is two labels; a name written whole ("name", "Surname, Given", a cardholder) is one.
 * - The missions' own values are NOT labelled: switchboards, role mailboxes, fee accounts, premises and server IPs;
 *   appointment, visa application and case numbers, session ids and cookies, request ids, timestamps, dates that are
 *   no births, fees, user agents and masked cards. An applicant's, citizen's, relative's or honorary consul's name,
 *   mailbox, phone, home address, card, account, device address and documents ARE labelled.
 */
export function privacyTestSet47(generatedCount = 170, seed = 47_1207): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Taus113(0x47_1207);
  const hand = HAND_WRITTEN_47.map((doc, i): TestDocument => ({
    id: `hand47-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen47-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
