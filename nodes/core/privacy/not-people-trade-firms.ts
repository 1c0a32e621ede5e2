import type { Entity } from './entities.js';
import { FIRM_PARTNERS, PARTNERS_AFTER_NAME, legalForms } from './legal-forms.js';
import { isGivenName, isKnownName } from './name-list.js';

/**
 * A firm named after its owner with its TRADE before the name: "Architekturbüro Zinsli + Partner",
 * "Dachtechnik Yantush & Co.", "Malerbetrieb Ohlendiek GmbH", a letterhead's "Ingenieurbüro Vijo Trebo ·
 * Laubengasse 4 · …". The name there is the firm's, not a person written as one. Only where the firm
 * shows itself after the name too (a legal form, "& Co.", "+ Partner", a letterhead's "·" before an
 * address): a trade word alone does not hide a name ("Ansprechpartner: Tjalda Quistorp, Ingenieurbüro").
 * Privacy first: where the same name stands elsewhere in the text outside such a firm and not as the
 * end of a longer name, it is a person's too, and the finding stays.
 */

/** The trade words that open a firm's name (a finding may hold the trade word itself). */
const TRADE =
  '(?:(?:Architektur|Ingenieur|Planungs|Vermessungs|Sachverständigen|Statik)büro|\\p{Lu}\\p{Ll}+(?:betrieb|technik|bau|werkstatt|handwerk)|(?:Dachdecker|Zimmer|Schreiner|Tischler|Schlosser|Glaser|Spengler|Klempner|Maler)ei)';
const TRADE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${TRADE}[ \\t]+$`, 'u');
const TRADE_START = new RegExp(`^${TRADE}[ \\t]+`, 'u');
const FIRM_AFTER = new RegExp(
  `^(?:[ \\t]*${FIRM_PARTNERS}|[ \\t]+(?:${legalForms()})(?![\\p{L}])|[ \\t]+[·|][ \\t]+[^\\n]*\\d)`,
  'u',
);

/** A finding that is only the partners' word ("Söhne" of "Brakelmann & Söhne"). */
const PARTNERS_WORD = /^(?:Co|Partners?|Söhne|Sons|Sohn)$/u;

/**
 * Lookups of one text so far: each reads the whole text, so a text is given a bounded number of them
 * (linear time); past the bound a finding stays, privacy first.
 */
const lookups = { text: '', count: 0 };
const MAX_LOOKUPS = 64;

/** Whether `name` stands elsewhere in `text` as a name of its own: not after a trade word, not after another capitalised word. */
function standsAlone(text: string, name: string, except: number): boolean {
  if (lookups.text !== text) {
    lookups.text = text;
    lookups.count = 0;
  }
  if (++lookups.count > MAX_LOOKUPS) return true;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (at === except) continue;
    const after = text.charCodeAt(at + name.length);
    if (/[\p{L}\p{M}]/u.test(String.fromCharCode(after))) continue;
    if (PARTNERS_AFTER_NAME.test(text.slice(at + name.length, at + name.length + 16))) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    if (/[\p{L}\p{M}-]$/u.test(before)) continue;
    if (TRADE_BEFORE.test(before) || /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.test(before)) continue;
    return true;
  }
  return false;
}

/** A title or form of address before a name, a doctor's faculty after it ("Dr. med.", "Prof. Dr.", "RA"). */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:Dr|Prof|Dres|Herrn?|Frau|Hr|Fr|Mr|Mrs|Ms|RA|RAin|Notar(?:in)?)\.?(?:[ \t]+(?:med|dent|vet|jur|phil|rer\.[ \t]?nat|Dr)\.)*[ \t]+$/u;

/**
 * "Bauleiter: Quistorp & Partner Architekten", "Brakelmann & Söhne": one surname before a firm's partners is the
 * firm's name, and so is the partners' word itself; a whole name stays (a sole trader's firm names its owner,
 * firm-owners.ts), and so does a surname after a title or one that also stands alone in the text.
 */
export function partnersFirmNoPerson(text: string, e: Entity, value: string): boolean {
  if (PARTNERS_WORD.test(value)) return /[&+][ \t]*$/.test(text.slice(Math.max(0, e.start - 4), e.start));
  if (/[\s]/u.test(value) || !PARTNERS_AFTER_NAME.test(text.slice(e.end, e.end + 16))) return false;
  // "Gemeinschaftspraxis Dr. med. Uhlig & Partner": a title names the doctor or lawyer the firm is.
  if (TITLE_BEFORE.test(text.slice(Math.max(0, e.start - 28), e.start))) return false;
  return !standsAlone(text, value, e.start);
}

export function tradeFirmNoPerson(text: string, e: Entity, value: string): boolean {
  const own = TRADE_START.exec(value);
  const nameStart = own ? e.start + own[0].length : e.start;
  if (!own && !TRADE_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))) return false;
  // A letterhead's firm and its address after a bar or dot; "& Co." or a legal form; "+ Partner".
  let end = e.end;
  // The finding may stop before the firm's second name word ("Vijo" of "Vijo Trebo ·").
  const rest = /^[ \t]\p{Lu}[\p{L}\p{M}'’-]*/u.exec(text.slice(end, end + 40));
  if (!FIRM_AFTER.test(text.slice(end, end + 80)) && rest) end += rest[0].length;
  if (!FIRM_AFTER.test(text.slice(end, end + 80))) return false;
  const name = text.slice(nameStart, e.end);
  return name !== '' && !standsAlone(text, name, nameStart);
}

/**
 * A German trade compound ending a finding ("Steinmetz Grabmalkunst", "Holzmann Gebäudetechnik", "Kühne
 * Fahrzeugservice"): the firm's trade, so the finding names the firm, and its owner (written after it) is found
 * on their own. No surname ends in these nouns. Privacy first: a given name among the words before keeps the
 * finding ("Anna Kühne Haustechnik" names her).
 */
const TRADE_COMPOUND_END = /\p{Ll}(?:kunst|technik|handwerk|betrieb|werkstatt|service|handel|montage|reinigung)$/u;

/** One word naming a trade by its compound's ending ("Keramikwerkstatt", "Haustechnik"), no listed name. */
export const isTradeCompound = (word: string): boolean =>
  word.length >= 8 && TRADE_COMPOUND_END.test(word) && !isKnownName(word);

export function tradeCompoundNoPerson(value: string): boolean {
  const words = value.split(/[ \t]+/);
  if (words.length < 2) return false;
  if (!isTradeCompound(words[words.length - 1])) return false;
  return !words.slice(0, -1).some((word) => isGivenName(word));
}
