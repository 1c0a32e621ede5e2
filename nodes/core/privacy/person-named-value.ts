import { isDictionaryWord, isKnownName } from './name-list.js';
import { LEGAL_FORM } from './organisation-contacts.js';

/**
 * Whether a whole value (a card's ORG, a contact row's Company, a calendar user's CN) reads as one person's
 * name: two to four capitalised words, the first a known given name, the middle ones known names, the last a
 * known name or a word no German dictionary holds ("Doris Quelling", not "Kanzlei Brandhorst" or "Southern Cross Life Claims"), no legal form.
 * A sole trader named after themselves, or a personal calendar named after its owner, is a person (fail closed).
 */
export function readsAsPersonName(value: string): boolean {
  const text = value.trim();
  if (text.length > 80 || LEGAL_FORM.test(text)) return false;
  const words = text.split(/[ \t]+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(w))) return false;
  const [first, ...rest] = words;
  // Middle words known names; the last one may be a surname the list lacks, but no German noun ("Kanzlei",
  // "Berg"), and English words stay in: surnames often are ones ("Quelling"). A trade word before the owner's
  // name ("Steinmetz Grabmalkunst Wendelin Oehme") is a firm's name.
  const last = rest[rest.length - 1].replace(/\.$/, '');
  return isKnownName(first) && rest.slice(0, -1).every(isKnownName) && (isKnownName(last) || !isDictionaryWord(last));
}
