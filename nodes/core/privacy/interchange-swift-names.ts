import type { Entity } from './entities.js';
import { FIELD_SCORE } from './interchange.js';
import { legalForms } from './legal-forms.js';
import { isGivenName } from './name-list.js';

/**
 * The name lines of payment payloads (SWIFT :50K:/:59:, MT940 ?32/?33, EPC and Swiss QR name lines)
 * are free text: the format says the line names the party, not whether the party is a firm, nor where
 * the given name ends. Shared by the SWIFT and payment-QR readers.
 */

/**
 * A firm's legal form at the end of the name line, in any case (SWIFT writes names upper-case: "GMBH",
 * "GMBH & CO. KG"); at the end only, so a short name word that spells a form ("KIM SE RI") stays a
 * name; not "AB"/"Oy", which are also initials and words.
 */
const LEGAL_FORM = new RegExp(`(?<![\\p{L}])(?:${legalForms(['AB', 'Oy'])})(?![\\p{L}])[\\s.,)]*$`, 'iu');

/**
 * Words that name an institution, not a person ("Kreuz Apotheke", "Tierarztpraxis Seeblick", "Sparkasse"):
 * at the end of a word (German compounds end with them), so a surname that merely begins with one
 * ("Laborde", "Kassem") stays a name.
 */
const INSTITUTION =
  /(?:bank|sparkasse|kasse|apotheke|pharmacy|praxis|klinik|kliniken|clinic|hospital|krankenhaus|spital|zentrum|center|centre|labor|versicherung|insurance|gesellschaft|company|stiftung|foundation|verein|services|trust|group|holding)(?![\p{L}])|(?<![\p{L}])(?:universit|laborator|institut)/iu;

/**
 * Whether a party's name line names an organisation (legal form or institution word): its values are
 * not a person's. An institution word that only ends a longer word beside a given name is a surname
 * ("JANE FAIRBANK", "OLIVER EUBANK"), not a firm ("VOLKSBANK MITTELHESSEN", "KREUZ APOTHEKE").
 */
export function organisationName(name: string): boolean {
  if (LEGAL_FORM.test(name)) return true;
  const institution = INSTITUTION.exec(name);
  if (!institution) return false;
  const inWord = institution.index > 0 && /\p{L}/u.test(name[institution.index - 1]);
  return !(inWord && (name.match(/\p{L}+/gu) ?? []).some((w) => isGivenName(w)));
}

/** Name particles that belong to the word after them ("von Stein", "de la Cruz"). */
const PARTICLE = /^(?:von|vom|van|de|del|della|der|den|di|da|du|dos|das|le|la|zu|zur|ten|ter|bin|ibn|al|el|mac)$/i;
/** Titles and salutations before a name: no part of it. */
const TITLE = /^(?:dr\.?|prof\.?|dipl\.?|herr|frau|mr\.?|mrs\.?|ms\.?|mme\.?|m\.)$/i;

/**
 * A person's name line as PERSON labels, one per name word (particles joined to the word after them):
 * the line does not say which words are the given and which the family name, so each word is one label
 * and every component lies inside one of them.
 */
export function nameWordLabels(text: string, start: number, end: number): Entity[] {
  const out: Entity[] = [];
  const word = /[^\s,;]+/g;
  // Searched in the line's own text, so a search never reads past the line.
  const line = text.slice(start, end);
  let pendingStart = -1;
  let pendingEnd = -1;
  for (let m = word.exec(line); m; m = word.exec(line)) {
    const at = start + m.index;
    const wEnd = at + m[0].length;
    const w = m[0];
    if (TITLE.test(w) || !/\p{L}/u.test(w)) continue;
    if (PARTICLE.test(w) && pendingStart < 0) {
      pendingStart = at;
      pendingEnd = wEnd;
      continue;
    }
    out.push({ type: 'PERSON', start: pendingStart >= 0 ? pendingStart : at, end: wEnd, score: FIELD_SCORE });
    pendingStart = -1;
  }
  // A particle with no word after it is a name word itself (a wrapped "DI" of "DIKELE DI…").
  if (pendingStart >= 0) out.push({ type: 'PERSON', start: pendingStart, end: pendingEnd, score: FIELD_SCORE });
  return out;
}
