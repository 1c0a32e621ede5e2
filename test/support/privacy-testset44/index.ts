import { generated } from './generated.js';
import { HAND_DE } from './hand-de.js';
import { HAND_EN } from './hand-en.js';
import { readMarks, type TestDocument } from './markup.js';
import { Ranmar } from './random.js';

export type { TestDocument, TestLabel } from './markup.js';

/** Every hand-written document of test set 44, German first. */
export const HAND_WRITTEN_44 = [...HAND_DE, ...HAND_EN];

/**
 * Held-out privacy test set 44: hand-written documents of PERSONAL CARE AND FITNESS (hair and beauty salons,
 * barbers, nail and cosmetic studios, tattoo and piercing studios with consent forms and aftercare, gyms and fitness
 * studios with memberships, direct debits, check-ins, personal trainers and body measurements, massage, sauna and
 * day spas, tanning, dance and yoga studios; clients, members, trainers and staff in DE, AT, CH, UK, IE, US, CA, AU
 * and NZ); plus `generatedCount` documents of the same field as ACCESSIBILITY TREES AND SCREEN-READER OUTPUT
 * captured from the booking and membership software's screens: Chrome DevTools `Accessibility.getFullAXTree` JSON
 * (nodes with role, name, value, childIds; a label and its value in separate nodes, a name in a given/family pair
 * of textboxes), Playwright ARIA snapshots (YAML: `- textbox "Vorname": …`, tables of rows and cells, names elided
 * "…"), NVDA speech viewer and JAWS speech history logs ("edit, Date of birth, …, blank", "table with 5 rows"),
 * Windows UI Automation tree dumps (`ControlType: Edit  Name: …  Value: …`), Android `uiautomator dump` XML
 * (`<node text="…" content-desc="…" resource-id="…">`); and screens without a person (price lists, class
 * timetables, locker pickers). The same for the same seed. Written apart from the detectors, with its own names,
 * markup and random generator (GSL's `gsl_rng_ranmar`, Marsaglia, Zaman and Tsang's RANMAR, seeded as GSL seeds it).
 *
 * How the method differs from earlier sets: no earlier set wrote what assistive technology reads from a screen:
 * accessibility nodes with their roles and names, a label and its value apart, and the words a screen reader speaks.
 *
 * Labelling rules:
 * - A value is labelled over its exact span as written: a name in a given and a family field is two labels; a name
 *   elided by the table ("Jana Oka…") is labelled over its visible letters, without the ellipsis.
 * - The studios' own values are NOT labelled: role mailboxes, switchboards and collecting accounts, membership,
 *   booking, staff and locker numbers, node ids, bounds, dates that are no birth dates, and amounts. A client's or
 *   member's mailbox, mobile, home address, card, account and login address ARE labelled.
 */
export function privacyTestSet44(generatedCount = 170, seed = 44_1206): TestDocument[] {
  // The checksum values of the hand-written marks come from their own fixed stream.
  const values = new Ranmar(0x44_1206);
  const hand = HAND_WRITTEN_44.map((doc, i): TestDocument => ({
    id: `hand44-${i}`,
    lang: doc.lang,
    origin: 'hand',
    kind: doc.kind,
    ...readMarks(doc.source, values),
  }));
  const made = generated(generatedCount, seed).map((doc, i): TestDocument => ({
    id: `gen44-${i}`,
    origin: 'generated',
    ...doc,
  }));
  return [...hand, ...made];
}
