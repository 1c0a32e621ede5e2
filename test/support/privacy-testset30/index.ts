import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { PCG64DXSM } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 30, German first. */
export const HAND_WRITTEN_30 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 30: POLITICS AND CIVIC PARTICIPATION. Hand-written documents of members'
 * constituency offices (constituents' letters, case notes, referrals to ministries and agencies,
 * clinic and surgery lists, privacy release forms), petitions committees of parliaments and councils,
 * parties' membership administration (applications, dues, branch lists, arbitration, data-subject
 * access), campaign offices (volunteer rosters, canvass returns, donor records, donation reports and
 * receipts), election administration (poll workers, postal-vote and Wahlkarte applications,
 * nominations with supporters' signatures, count agents), citizens' initiatives and referendums
 * (signature sheets), lobby registers and the press offices of parliamentary groups, in DE, AT, CH, the
 * UK, Ireland, the US, Canada, Australia, New Zealand, the Netherlands, Denmark, Poland, Portugal,
 * Ghana and India; plus `generatedCount` documents of the same offices as STRUCTURED OCR ENGINE OUTPUT
 * of scanned forms and letters (hOCR, ALTO XML, PAGE XML, Tesseract TSV, Textract-, Azure Document
 * Intelligence- and Google Document AI-style JSON; see generated.ts for the format rules), the same for
 * the same seed. Written apart from the detectors, with its own names, markup and random generator
 * (PCG64 DXSM, NumPy's `PCG64DXSM`, seeded by state and increment).
 *
 * How the method differs from earlier sets: sets 12, 16 and 19 gave scans and PDFs as the PLAIN TEXT an
 * OCR or PDF-to-text step returns (broken lines, hyphenation, ligatures, misread characters in running
 * text). Here the engine's STRUCTURED output reaches the ingest: every word is its own XML element,
 * attribute, TSV row or JSON object with boxes and confidences between the words, so a name or an
 * address is split over several elements and often stands twice (per word and as a line or content
 * string, a key-value pair, ALTO's hyphenation SUBS_CONTENT).
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written; in XML attributes over the value only, not the
 *   quotes; in JSON strings as escaped (the format rules of generated.ts say how word elements are labelled:
 *   per word element, each a part of its whole value).
 * - Every value of a natural person is labelled: constituents, petitioners, members, volunteers,
 *   donors, signers, poll workers, candidates, staff named as persons, journalists, lobbyists. Public
 *   office-holders named in their public role (an MP whose office writes, a rapporteur, a mayor
 *   answering, a TD lobbied) are labelled too: fail closed, a name is a natural person's name whatever
 *   the role, and a scorer should not be rewarded for guessing a role. A given or family name alone
 *   is labelled; titles and forms of address (Frau, Herrn, Ms, MP, MdB, TD) are outside.
 * - "Family, Given" or "Given Family" in one place is one label (a comma inside stays inside); family
 *   and given name in separate fields are separate labels.
 * - An address in one line or a letter's address block (street line, town line) is one label, the line
 *   break inside; "c/o Name" is outside the address (the name is its own label).
 * - Reference numbers (Az., case, petition, membership, voter and receipt numbers), polling district
 *   numbers, dates of events, amounts, creditor ids, company numbers and masked cards ("ending 4418")
 *   are never values.
 * - An organisation's own values are NOT labelled: a party's headquarters and branch addresses, a
 *   constituency office's address and switchboard, a parliament's address, role mailboxes (presse@,
 *   mitglieder@, office.td@), a party's IBAN and creditor id, registry and company numbers; a person's
 *   mailbox at an organisation (name@fraktion) is the person's and labelled.
 */
export function privacyTestSet30(generatedCount = 170, seed = 30_2026_1205): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new PCG64DXSM(0x3030_2026_1205_0030n, 0x30_30n);
  const hand = HAND_WRITTEN_30.map((doc, i): TestDocument => ({
    id: `hand30-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen30-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
