import type { Entity } from './entities.js';
import { isCommonWord, isGivenName } from './name-list.js';

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
  return out;
}
