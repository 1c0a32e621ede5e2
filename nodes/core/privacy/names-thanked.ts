import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/**
 * A reply that thanks someone by name and goes on with a new sentence: "Danke, Syahmi. Wir melden uns …",
 * "Thanks, Travis. We will get back to you …". An assistant's or agent's answer (often a JSON string value,
 * which the scanner's view has decoded one level) starts this way; the thanked one is the person written to.
 * The thanks stand at the start of the text, of a line, of a quoted string or of a sentence; one or two
 * capitalised words follow, then "." or "!" and a capitalised next sentence (or the string's end). A word the
 * word lists hold ("Thanks, Team.", "Danke, Support!") is no name unless it is a given name. The comma may be left
 * out and a label's colon may stand before the thanks ("Reply from the office: Thanks Sayrita! We'll …"; round 48,
 * set 45): the same shape, and "Thanks Team!" still no name. One native pass.
 */
const THANKED = new RegExp(
  String.raw`(?:^|[\n"“„'(]|[.!?:][ \t]+)(?:Thanks|Thank you|Many thanks|Danke|Vielen Dank|Merci|Gracias|Grazie|Dankjewel|Tack),?[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]{1,30})?)[.!](?=[ \t]+\p{Lu}|["”]|[ \t]*(?:\n|$))`,
  'gu',
);

const listedWord = (word: string) => isEnglishWord(word) || isDictionaryWord(word) || isCommonWord(word);

export function namesThanked(text: string): Entity[] {
  if (!/Thank|Danke|Vielen Dank|Merci|Gracias|Grazie|Dankjewel|Tack/.test(text)) return [];
  const out: Entity[] = [];
  THANKED.lastIndex = 0;
  for (let m = THANKED.exec(text); m; m = THANKED.exec(text)) {
    const words = m[1].split(/[ \t]/);
    if (!isGivenName(words[0]) && words.some(listedWord)) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
  }
  return out;
}
