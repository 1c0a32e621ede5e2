import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { R250 } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 43, German first. */
export const HAND_WRITTEN_43 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 43: hand-written documents of PRISONS, PROBATION AND YOUTH JUSTICE (JVA and HMP visit
 * bookings, prisoner phone-call monitoring, cell and wing logs, property and canteen, adjudications, healthcare
 * referrals; Bewährungshilfe and probation case notes, reports for court, electronic monitoring, approved premises;
 * youth offending teams and Jugendgerichtshilfe, victim liaison, release and resettlement, chaplaincy, education and
 * work in custody; prisoners, visitors, victims, officers and probation staff in DE, AT, CH, UK, IE, US, CA, AU and
 * NZ); plus `generatedCount` documents of the same field as SPEECH-TO-TEXT OUTPUT: video visits as WebVTT (voice
 * tags `<v Name>`, cue settings, a name broken over two cues), hearings by video link as SRT (cue numbers, comma
 * milliseconds), monitored calls as AWS Transcribe JSON (`results.items`, one word per item with confidence,
 * punctuation items, `spk_0`), supervision interviews as Whisper verbose JSON (`segments` with `words`), victim
 * liaison calls as Google Speech-to-Text JSON (`words` with `startTime` and `speakerTag`), diarized transcripts
 * (`SPEAKER_01`); phone numbers in digit groups or in words, e-mail addresses spoken "at … dot/punkt …", names
 * spelled letter by letter; and recordings without a person (chaplaincy notices, induction videos, switchboard
 * menus). The same for the same seed. Written apart from the detectors, with its own names, markup and random
 * generator (GSL's `gsl_rng_r250`, Kirkpatrick and Stoll's shift-register sequence, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: set 20 wrote calls as a recogniser writes them but as running text; set
 * 18 had WebVTT and SRT transcripts as one of many IT export formats. None wrote word-level recogniser JSON, where a
 * value is split over items, nor made subtitle cues the method.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written. A value split across cues (a WebVTT/SRT timing line between
 *   a given and a family name) or across a recogniser's word items (the JSON between "content"/"word" strings) is
 *   one label over its whole run in the file, from its first word's first character to its last word's last. A
 *   voice tag `<v Name>` is labelled over the name. Spoken values (digits in words, "at … dot …", letters spelled)
 *   are labelled as written.
 * - The services' own values are NOT labelled: role mailboxes, switchboards, monitoring centres and helplines,
 *   prisons' and probation services' accounts and internal addresses, book and prison numbers, cells, court
 *   references, tag and call ids, timestamps, confidence scores and amounts. A person's mailbox, mobile, home
 *   address, card, account and login address ARE labelled.
 */
export function privacyTestSet43(generatedCount = 170, seed = 43_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new R250(0x43_1206);
  const hand = HAND_WRITTEN_43.map((doc, i): TestDocument => ({
    id: `hand43-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen43-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
