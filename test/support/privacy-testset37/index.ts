import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Zuf } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 37, German first. */
export const HAND_WRITTEN_37 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 37: hand-written documents of REAL ESTATE AND PROPERTY MANAGEMENT (tenant
 * self-disclosures and referencing, rent arrears and deposit disputes, service-charge and operating-cost
 * statements, owners' associations (WEG, HOA, owners corporations) and their meetings, caretakers and repairs,
 * viewings, estate agents' sales and AML checks, notaries' and conveyancers' completion files, holiday lets and
 * short lets; tenants, owners, buyers, guests and staff in DE, AT, CH, NL, PL, CZ, DK, SE, ES, GR, the UK,
 * IE, the US, Mexico, Ghana, the UAE, India, South Korea and Australia); plus `generatedCount` documents of
 * property managers, letting agents and owners' associations rendered as DIRECTORY AND IDENTITY EXPORTS — the
 * firm's user directory as an ingest receives it: LDIF (RFC 2849, with folded lines and base64 values),
 * SCIM 2.0 ListResponse JSON with the enterprise extension, `Get-ADUser -Properties * | Format-List` output, a
 * Keycloak realm export of a tenant portal, `getent passwd` with GECOS fields, Google Workspace and Entra ID
 * user CSVs, Okta user JSON lines; the same for the same seed. Written apart from the detectors, with its own
 * names, markup and random generator (GSL's `gsl_rng_zuf`, Petersen's ZUFALL lagged Fibonacci generator,
 * seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 36 wrote CONFIGURATION AND INFRASTRUCTURE FILES (Kubernetes,
 * Helm, Terraform state, nginx), set 35 events IN FLIGHT (broker envelopes, CloudEvents, webhooks), set 34
 * DATABASE DUMPS (rows of a store at rest), set 33 MAIL STORES, set 32 WEB PAGE SOURCE, set 31 OFFICE FILES'
 * XML parts, set 30 OCR ENGINE OUTPUT, set 29 LLM conversation logs, set 26 EDI business messages, set 18 IT
 * machine records (logs, LDAP, MIME mail, call transcripts), set 13 single values in transport encodings.
 * Sets 9, 18 and 28 each had one LDIF entry kind among many others; here EVERY document is an identity
 * system's export of people records, in the syntax the tool writes: attribute names beside values
 * (`givenName`, `homePostalAddress`, `telephoneNumber`, GECOS's comma fields, `Format-List`'s padded
 * columns, CSV headers of the admin consoles), LDIF's `$` line separator in addresses, `::` base64 values and
 * 76-column folding, SCIM's typed multi-valued `emails[]`, `phoneNumbers[]`, `addresses[]` and the manager's
 * display name, AD's distinguished names and SIDs, Keycloak's attribute arrays. No earlier set writes SCIM,
 * Get-ADUser output, realm exports, GECOS or admin-console CSV exports.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written, each occurrence on its own; inside a JSON or CSV
 *   field over its characters only, never the quotes. A name inside a distinguished name (`cn=…,ou=…`) is
 *   labelled, the attribute type outside. A name in "Family, Given" order is one label; a given or family name
 *   alone is labelled; forms of address (Frau, Herr, Mr, Ms) are outside. An address on one line, a block of
 *   lines, or LDIF's `$`-joined lines is one label.
 * - LDIF values written in base64 after `::` (every value that is not a safe ASCII string, as RFC 2849 asks:
 *   names and addresses with letters beyond ASCII) are NOT labelled: the text holds no readable value there.
 *   Folding happens only in organisational descriptions, so no fold splits a labelled value.
 * - Organisations' own values are NOT labelled: role mailboxes (vermietung@, lettings@, it-betrieb@ of a firm),
 *   switchboards, hotlines, freephone numbers, firm and WEG IBANs, office and company addresses, case, ticket,
 *   booking and order numbers, user ids, uids, sAMAccountNames, employee numbers, object GUIDs and SIDs,
 *   service accounts, and the firms' own server IP addresses. A person's mailbox (also at a firm, and the
 *   user principal name formed from it), direct line (the switchboard's number with the person's extension),
 *   mobile and home address ARE labelled, and so are a one-person business's values (a sole trader's info@ on
 *   a domain of their own name, a free-mail mailbox).
 * - A resident's or user's sign-in IP address is labelled; masked cards ("ending 4410"), foreign ID and
 *   passport numbers (no type covers them), amounts, and dates of events are never values.
 */
export function privacyTestSet37(generatedCount = 170, seed = 37_2026_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Zuf(0x3737_1206);
  const hand = HAND_WRITTEN_37.map((doc, i): TestDocument => ({
    id: `hand37-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen37-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
