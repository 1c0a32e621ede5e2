import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranlux389 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 40, German first. */
export const HAND_WRITTEN_40 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 40: hand-written documents of AUTOMOTIVE AND MOBILITY (car dealerships' sales
 * contracts, trade-ins and financing; workshops' and body shops' repair orders, estimates and warranty claims;
 * leasing and fleet management with driver assignments, fines passed on to drivers and fuel cards; car rental and
 * car sharing damage reports and deposits; roadside assistance; registration, inspection (HU, MOT), driving-licence
 * checks, tyre hotels and recalls; customers, drivers, advisers and assessors in DE, AT, CH, UK, IE, US, CA, AU and
 * ZA); plus `generatedCount` documents of the same trade rendered as FILLED PDF FORMS EXPORTED AS THEIR FIELD DATA:
 * XFDF (`<field name="…"><value>…</value>`), FDF (`/T (name) /V (value)` dictionaries with escaped parentheses,
 * octal escapes of PDFDocEncoding and UTF-16BE hex strings), `pdftk dump_data_fields` output (FieldType,
 * FieldName, FieldNameAlt, FieldValue, `---` between fields; non-ASCII as numeric character references unless
 * dumped as UTF-8), pdf.js `getFieldObjects()` JSON and pdf-lib field lists; checkbox states (Yes / Off, /Yes /
 * /Off), comb fields (a maximum length and the comb flag), field names that are a designer's short names
 * (`txtHalterName`), XFA paths (`topmostSubform[0].Page1[0].f1_03[0]`) or Acrobat's auto names, with tooltips; and
 * forms without a person (blank field lists, recall campaigns of VINs). The same for the same seed. Written apart
 * from the detectors, with its own names, markup and random generator (GSL's `gsl_rng_ranlux389`, Lüscher's
 * original 24-bit RANLUX at luxury level 389, seeded as James and GSL seed it).
 *
 * How the method differs from earlier sets: set 39 wrote E-DISCOVERY LOAD FILES, set 38 APPLICATION AND SERVICE
 * LOGS, set 37 DIRECTORY AND IDENTITY EXPORTS, set 36 CONFIGURATION FILES, set 34 DATABASE DUMPS, set 33 MAIL
 * STORES, set 31 office files' XML parts, set 30 OCR engine output, set 28 vCard and vCalendar, set 26 EDI
 * messages, set 13 single values in transport encodings. None wrote a PDF form's field data: here a value stands
 * alone as a field's value, its meaning only in a field name that is often a machine name (f1_07) and in a
 * tooltip, between the firm's own switchboard, role mailbox and account, a VIN, a plate, an order number, a
 * mileage and dates of events; a name may be split into surname and first-name fields.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own; inside an XML element,
 *   a JSON string or a PDF string over its characters only, never the quotes, parentheses or brackets. A name in
 *   "Family, Given" order is one label; a given or family name alone is labelled; forms of address (Frau,
 *   Herr, Mr, Ms, Dr) are outside. An address on one line or a block of lines is one label.
 * - A value written in an encoding is labelled over its WHOLE encoded run: an FDF literal string with octal
 *   escapes (M\344gi), the hex digits of an FDF UTF-16BE string (FEFF…), a pdftk value with numeric character
 *   references (M&#228;gi).
 * - Organisations' own values are NOT labelled: role mailboxes (service@, fuhrpark@, damage@ of a firm),
 *   switchboards, hotlines and freephone numbers, firm IBANs, company addresses, order, claim, campaign and part
 *   numbers, VINs and plates, mileage, amounts and dates of events. A person's mailbox (also at a firm), direct
 *   line, mobile and home address ARE labelled, and so are a one-person business's values (a sole trader's
 *   mailbox on a domain of their own name, a sole trader's business address, a free-mail mailbox).
 * - A user's client IP address (an online form's sender) is labelled; masked cards, foreign licence, ID and
 *   passport numbers (no type covers them), register numbers and VAT ids are never values.
 */
export function privacyTestSet40(generatedCount = 170, seed = 40_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranlux389(0x40_1206);
  const hand = HAND_WRITTEN_40.map((doc, i): TestDocument => ({
    id: `hand40-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen40-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
