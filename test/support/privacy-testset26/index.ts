import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Xoshiro } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 26, German first. */
export const HAND_WRITTEN_26 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 26: LIFE SCIENCES AND PHARMACY. Hand-written documents of clinical trials
 * and contract research (screening logs, informed-consent records, adverse-event reports, monitoring
 * visits, investigator CVs, participant travel reimbursements), pharmaceutical companies
 * (pharmacovigilance cases, medical-information enquiries, sample requests, field-force visit notes),
 * community and hospital pharmacies (prescriptions, e-prescription tokens, dispensing records,
 * narcotics registers, home delivery), medical laboratories (orders, results, sample receipts,
 * courier pick-ups), biobanks and blood and plasma donation (donor registration, deferral letters),
 * veterinary clinics and animal-health firms (owner records, pet passports) and medical-device
 * vigilance and recalls, in DE, AT, CH, the UK, Ireland, the US, the Netherlands, Denmark, Belgium,
 * Australia and Canada; plus `generatedCount` ELECTRONIC DATA INTERCHANGE MESSAGES AND MACHINE-READABLE
 * PAYLOADS pasted into tickets and knowledge-base pages (HL7 v2, UN/EDIFACT, ANSI X12, NCPDP, SWIFT
 * MT103/MT940, EPC and Swiss QR payloads, GS1 element strings, ICAO 9303 zones, AAMVA barcodes, LDT
 * and fixed-width records, interface-engine log lines; see generated.ts); the same for the same seed.
 * Written apart from the detectors, with its own names, markup and random generator (xoshiro256**
 * seeded through SplitMix64).
 *
 * Labelling rules:
 * - A value is labelled over its ORIGINAL span as it stands in the message: escape sequences inside a
 *   value stay inside the span (HL7 \T\ in "Eulenkamp 4 \T\ 6", EDIFACT's release character in
 *   "?+4915…"). Segment names, field codes, qualifiers and application identifiers (PID, NAD+PAT,
 *   DTM+329, DBB, 3103, (01), :59:) are never values; the value after them is.
 * - Each name component of a `^`-, `:`-, `*`- or `<<`-separated name (family, given, middle) is its own
 *   PERSON label; the separator is in no label. In an MRZ each word of the name field is its own label
 *   and the `<` fillers are in no label. A given name that wraps from MT940 subfield ?32 into ?33 is
 *   one label over both halves (the line break and ?33 inside).
 *   In a free-text name line of a payload (X12 PER, SWIFT :59:, MT940 ?32, EPC and Swiss QR name
 *   lines) given and family name are likewise separate labels; one component of several words (HL7
 *   "GHAY LAH", LDT "Sutan Malako") is one label. In prose a name is one label (titles may stand inside).
 * - A phone split into HL7 components (^PRN^PH^^49^171^…) is one label from the country code to the
 *   local number; an address spread over the components of one field (HL7 XAD) or the elements of one
 *   segment (EDIFACT NAD, X12 N4 city*state*ZIP) is one label from its first to its last personal
 *   component (country code and address type left out). Where a format puts street and town in
 *   different segments or fields (X12 N3/N4, Swiss QR lines are one span since nothing comes between),
 *   each segment's part is its own label; a city without street or postcode (AAMVA DAI) is none.
 * - A date of birth is labelled in whatever form the format writes it (19850322, 850322, 03221985,
 *   22031985) when the field is the birth date (PID-7 of a person, DMG, DTM+329, DBB, C4, LDT 3103, the
 *   MRZ birth field); the MRZ's check digits are not. PID-7 of an animal is no person's birth date.
 * - An MRZ's document number of a German ID card or passport is a DE_ID_CARD or DE_PASSPORT label over
 *   its nine characters; the check digit after it is not part of the label.
 * - Every value of a natural person is labelled: patients, participants, donors, pet owners, next of
 *   kin, investigators and staff named as persons (also a given or family name alone), their home
 *   addresses, personal phones and mailboxes (also name@firm), dates of birth, IBANs, cards, IP
 *   addresses of their devices, German tax ids, pension numbers, ID card and passport numbers.
 * - An organisation's own values are NOT labelled: sender/receiver application and facility ids,
 *   GLNs, its imprint address, switchboard, role mailboxes (pv@, info@, apotheke@), its accounts and
 *   QR-IBANs, a person's name inside a firm's name ("Apotheke am Sebaldplatz Inh. …" is labelled only
 *   where the owner is named apart); a practice named after its physicians or vets ("Praxis Dr. Lübben",
 *   "Dres. Hollweg & Tschirschnitz") names persons and is labelled. Batch and lot numbers, GTINs, PZNs, NDCs, serials, order and case
 *   numbers, EudraCT/CTIS ids, study and site numbers, chip numbers of animals, licence numbers of US
 *   driving licences (not an entity type) and partial cards ("ending 4471") are never labelled.
 */
export function privacyTestSet26(generatedCount = 170, seed = 26_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Xoshiro(26_26, 7);
  const hand = HAND_WRITTEN_26.map((doc, i): TestDocument => ({
    id: `hand26-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen26-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
