import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * An account written as its mailbox and its holder's name in one bracket ("(k.ostrander@example.org,
 * Kerrin Ostrander)", "(jana@…, Jana Vollmer)"): the words after the address, up to the closing bracket,
 * are the holder's name when the mailbox is built from one of them or the first is a given name.
 */
const MAIL_THEN_NAME =
  /\(([^\s@(),;<>]{1,64})@[^\s@(),;<>]{1,255},[ \t]*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ \t]+\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{Ll}'’]+)?){1,2})[ \t]*\)/gu;

export function namesAfterMailInBrackets(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const out: Entity[] = [];
  for (const m of text.matchAll(MAIL_THEN_NAME)) {
    const words = m[2].split(/[ \t]+/);
    if (words.some((w) => isCommonWord(w))) continue;
    const mailbox = m[1].toLowerCase();
    const builtFromName = words.some((w) => w.length >= 3 && mailbox.includes(w.toLowerCase().split('-')[0]));
    if (!builtFromName && !isGivenName(words[0])) continue;
    const start = m.index + m[0].indexOf(m[2], m[1].length + 1);
    out.push({ type: 'PERSON', start, end: start + m[2].length, score: 0.85 });
  }
  for (const m of text.matchAll(NAME_THEN_MAIL)) {
    const all = m[1].split(/[ \t]+/);
    // A common word before the name is the line's ("User", "Ticket", "Customer"), not the name's.
    let lead = 0;
    while (lead < all.length - 1 && ordinaryWord(all[lead])) lead++;
    const words = all.slice(lead);
    // Two words at least: one word before a mailbox it spells is mostly a desk ("Ausweisstelle (ausweisstelle@…)").
    if (words.length < 2 || words.some((w) => isCommonWord(w) || ordinaryWord(w))) continue;
    // Only where the mailbox spells one of the words: "Lekishon Meitamei (lekishon.m@…)"; "Acme Support (help@…)" no.
    if (!spelledBy(m[2].toLowerCase(), words)) continue;
    const start = m.index + m[1].length - words.join(' ').length;
    // (the words rejoined with one blank: the name's own span only when blanks between are single)
    if (text.slice(start, m.index + m[1].length) !== words.join(' ')) continue;
    out.push({ type: 'PERSON', start, end: m.index + m[1].length, score: 0.85 });
  }
  return out;
}

/**
 * The other order: the holder's name, then the mailbox alone in brackets ("User Lekishon Meitamei
 * (lekishon.m@bigpond.com) locked out", "Kerrin Ostrander (kostrander@example.org)"). One to three capitalised
 * words (ordinary words before them are the line's and left out), the mailbox holding one of them whole, four
 * letters at least: a name whose letters the mailbox beside it spells is strong evidence, whatever the word before
 * it ("User", "Ticket by"). Look-alikes: "Harbour Support (harbour@…)", "User Admin (admin@…)" (ordinary words).
 */
const NAME_THEN_MAIL =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){0,3})[ \t]*\(([^\s@(),;<>]{1,64})@[^\s@(),;<>]{1,255}\)/gu;

/** Whether the mailbox's local part holds one of the words (lower case, its first part before a hyphen), four letters or more. */
function spelledBy(mailbox: string, words: string[]): boolean {
  return words.some((w) => {
    const first = w.toLowerCase().split('-')[0];
    // An ordinary word spelled is a desk's mailbox ("CrateLane Disputes (disputes@…)", "… Payouts (payouts@…)").
    return first.length >= 4 && mailbox.includes(first) && !ordinaryWord(w);
  });
}

/** An ordinary word, no name: "User", "Ticket", "Kunde" (a given or known name is a name's). */
const ordinaryWord = (word: string) =>
  !isGivenName(word) &&
  !isKnownName(word) &&
  (isCommonWord(word) || isDictionaryWord(word) || isEnglishWord(word.toLowerCase()));
