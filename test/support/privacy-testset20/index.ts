import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Mt19937 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 20, German first. */
export const HAND_WRITTEN_20 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 20: EMERGENCY SERVICES, CIVIL PROTECTION AND SAFETY. Hand-written
 * documents of dispatch centres (112, 999, 911 call records), ambulance and patient transport run
 * sheets, fire brigades, mountain and sea rescue, disaster relief and civil defence volunteers,
 * blood and organ donation services, event security and stewarding, occupational safety and
 * lost-and-found and missing-person reports (in DE, AT, CH, the UK, Ireland, the US, the
 * Netherlands, Norway and New Zealand), plus `generatedCount` transcripts of
 * phone calls and voice messages as a speech recogniser gives them to a RAG ingest: mostly lower
 * case and little punctuation, speaker labels and timestamps in four layouts, fillers, numbers
 * partly as digits and partly as words, names spelled out, self-corrections, turns the diariser
 * split mid-sentence, words the recogniser misheard; the same for the same seed. Written apart from
 * the detectors, with its own names, markup and random generator (MT19937).
 *
 * Labelling rules:
 * - A value is labelled as it stands in the transcript: a number spoken in words ("null eins sieben
 *   eins …", "oh seven seven double oh …", "vierten märz neunzehnhundertachtundachtzig") is ONE
 *   label from its first to its last word; digits and words mixed in one value are one label.
 * - A spelled-out name is labelled twice: the name as spoken ("kuular") is one PERSON label and the
 *   spelled letters as they stand ("k u u l a r", "K-U-U-L-A-R") are another. Spelling-alphabet words
 *   ("k wie kaufmann", "s for sugar") and callsigns ("florian kiel 1/46/1", "christoph 29") are not
 *   names and never labelled.
 * - A self-correction: only the value as finally given is labelled; the abandoned start ("haupt- nein",
 *   a number said and then withdrawn as "nein moment") is outside the label, except where the
 *   withdrawn value is complete and still a real value of the person (an old ID card number).
 * - Every value that belongs to a natural person is labelled: names (also a given name or a family
 *   name alone, without titles or roles), their home addresses and the address of an emergency at a
 *   home, private phone numbers, personal mailboxes, dates of birth, IBANs, cards, IP addresses of
 *   their devices and German ids.
 * - An institution's own values are NOT labelled: the address of a fire station, hospital, dispatch
 *   centre or venue, switchboards and emergency numbers (112, 999, 911, 144, 116 117), role mailboxes
 *   (leitstelle@…, lostproperty@…) and its own bank account. Incident, donor, job and item numbers
 *   (E-2026-004711), radio callsigns and vehicle ids are not personal data and never labelled.
 */
export function privacyTestSet20(generatedCount = 160, seed = 20_2026_1204): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Mt19937(20_20);
  const hand = HAND_WRITTEN_20.map((doc, i): TestDocument => ({
    id: `hand20-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen20-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
