import type { Entity } from './entities.js';

/**
 * A person mentioned again with "@" ("Danke! @Heriniaina bitte auch prüfen") after their name was
 * found in full in the same text: the mention names them too. Read as a rule, not left to the name
 * scorer, whose weights move with every retraining. Not inside an e-mail address ("jana@…", the word
 * before "@" is glued to it) and only for words of the text's own PERSON findings. One pass over the
 * "@" signs; linear.
 */
export function mentionsOfFoundNames(text: string, found: readonly Entity[]): Entity[] {
  if (!text.includes('@')) return [];
  const words = new Set<string>();
  for (const e of found)
    if (e.type === 'PERSON')
      for (const w of text.slice(e.start, e.end).split(/[^\p{L}'’-]+/u)) if (w.length > 1) words.add(w);
  if (words.size === 0) return [];
  const out: Entity[] = [];
  // The characters findings hold, marked once: a mention inside one is left alone (no finding compared per mention).
  let taken: Uint8Array | undefined;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && /[\p{L}\p{N}._%+-]/u.test(text[at - 1])) continue;
    WORD_AFTER.lastIndex = at + 1;
    const m = WORD_AFTER.exec(text);
    if (!m || !words.has(m[0])) continue;
    const start = at + 1;
    const end = start + m[0].length;
    if (!taken) {
      taken = new Uint8Array(text.length);
      for (const e of found) taken.fill(1, e.start, e.end);
    }
    if (taken.subarray(start, end).includes(1)) continue;
    out.push({ type: 'PERSON', start, end, score: 0.8 });
  }
  return out;
}
/** The word right after "@": letters, apostrophes and hyphens, and not the start of a domain ("@example.org"). */
const WORD_AFTER = /\p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}.]*\.[\p{L}]{2,})/uy;
