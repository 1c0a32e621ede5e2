import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Cmrg } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 32, German first. */
export const HAND_WRITTEN_32 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 32: AVIATION AND AIRPORTS. Hand-written documents of airlines (crew
 * rosters, cabin crew and pilot personnel files, EASA Part-FCL licences and class 1/2 medical
 * certificates, passenger name records, complaints and compensation claims under EU 261/2004, special
 * assistance requests), lost and delayed baggage (property irregularity reports), airport operators
 * (airside ID badges and background checks — Zuverlässigkeitsüberprüfung —, access logs, lost and found,
 * noise complaints), ground handling, flight schools and gliding clubs, drone operator registrations, air
 * ambulance and repatriation, and air traffic occurrence reports, in DE, AT, CH, the UK, IE, NL, FR, ES,
 * IT, PL, TR, the Gulf states, India, Nigeria, Kenya, the US, Canada, Brazil, Japan and Korea; plus
 * `generatedCount` documents of the same trades as WEB PAGE SOURCE — the HTML a crawler hands to an
 * ingest when it stores the page as fetched instead of its extracted text (see generated.ts for the
 * rules): HTML5 with head meta, schema.org JSON-LD (Person with name, telephone, email, birthDate and a
 * PostalAddress object), microdata itemprops, forms with their filled values (`<input value>`, `<option
 * selected>`, `<textarea>`), `mailto:` and `tel:` links (some percent-encoded as spam protection),
 * `data-*` attributes, a framework's state JSON (`window.__INITIAL_STATE__`, `__NEXT_DATA__`) with
 * `\u00fc` escapes, character references (`&#64;`, `&auml;`, `&#351;`, `&nbsp;` inside numbers), values
 * split by inline tags, tables, `<br>` inside addresses, hidden elements and comments; the same for the
 * same seed. Written apart from the detectors, with its own names, markup and random generator (GSL's
 * `gsl_rng_cmrg`, L'Ecuyer's combined multiple recursive generator, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 21 scraped web and intranet pages to PLAIN TEXT (what
 * a scraper keeps: navigation, breadcrumbs, link text in [brackets](url)), some with undecoded entities
 * left in that text; set 13 carried values in transport encodings (quoted-printable, URL-encoded forms,
 * HTML entities, JSON escapes) one encoding per document; set 18 had HTML e-mail bodies (paragraphs in
 * a table) among its machine records. Here the ingest gets the page's SOURCE: one value may stand several
 * times in different syntaxes on the same page (an attribute, the text, JSON-LD, the state JSON), in
 * structured-data objects whose field names say what it is, in form controls, and split by tags. Set
 * 31's office XML splits values by formatting runs of a document format, set 30's OCR output by word
 * boxes with coordinates; a web page splits by presentation markup and hides values in attributes and
 * scripts a browser never shows.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written. Each occurrence is labelled: a value in an
 *   attribute (value, content, datetime, data-*, after mailto: or tel:) and again in the text is two
 *   labels; attribute values over the value only, never the quotes or the scheme.
 * - A value split by inline tags (`<b>Kow</b>alski`, `171 <span class="digits">2345678`) is ONE label
 *   from the value's first character to its last, the markup inside (not one label per piece as in set
 *   31). Character references, JSON escapes and percent-encoding inside a value lie inside its label.
 * - An address in one line, in a block with <br> or a line break, or in structured-data parts (JSON-LD
 *   streetAddress … addressLocality, itemprops) is one label from the street to the town. Given and
 *   family name in separate fields (`firstName`/`lastName`, two inputs) are two labels; "Family, Given"
 *   or "FAMILY/GIVEN" in one place is one. Titles and ranks (Capt., Kapitän, Herr, Ms, Dr, F/O) are outside.
 * - Every value of a natural person is labelled: crew, pilots, students, passengers and their
 *   companions, relatives, complainants, drone operators, club members, staff named as persons.
 * - Organisations' own values are NOT labelled: role mailboxes (ops@, rostering@, info@, claims@ of a
 *   firm), switchboards, hotlines, freephone numbers, firm IBANs, company and airport addresses, aircraft
 *   registrations, flight numbers, ICAO/IATA codes, booking references (PNR record locators), bag tags,
 *   file references, badge and crew ids, licence and certificate numbers, the firm's own server
 *   addresses. A person's mailbox (also at a firm), direct line or mobile and home address ARE labelled,
 *   and so are a one-person business's values (a sole trader's info@ on a domain of their own name, a
 *   free-mail mailbox, a freelance instructor's own mobile).
 * - Foreign passports, crew member certificates and licence numbers have no type here and are not
 *   labelled (a German passport or ID card is); amounts, dates of events and masked cards are never values.
 */
export function privacyTestSet32(generatedCount = 170, seed = 32_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Cmrg(0x3232_1205);
  const hand = HAND_WRITTEN_32.map((doc, i): TestDocument => ({
    id: `hand32-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen32-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
