/**
 * The author of each line of `git blame` output: "c2f1b2b5 (Kalsakau Bule 2026-09-08 14:08:00 +0100 41) …",
 * a boundary commit with "^" before its hash, a file name between hash and bracket when the blame crossed a
 * rename. The author is a person however the name is written (one word, ordinary words, any script), so
 * the frame alone marks it: an abbreviated hash, "(", the name, a timestamp with its zone and a line number.
 * "Not Committed Yet" (lines not committed) and bot accounts ("dependabot[bot]", "ci-runner") are no person.
 *
 * Cost: one step of a global expression per line start with a hash; the name is bounded.
 */
import type { Entity } from './entities.js';

const BLAME_LINE =
  /^\^?[0-9a-f]{7,40}(?:[ \t]+[^\s(]{1,200})?[ \t]+\(([^()\n\d]{1,80}?)[ \t]+\d{4}-\d\d-\d\d[ \t]\d\d:\d\d:\d\d[ \t][+-]\d{4}[ \t]+\d{1,7}\)/gm;
/** Authors that are no person: uncommitted lines and service accounts. */
const NO_PERSON =
  /^(?:not committed yet|ci|ci[-_ ]?runner|build|jenkins|github[- ]actions|renovate|dependabot|root|system)$/i;
/**
 * A bot's marker: "[bot]", a "-bot"/"_bot" suffix, a lower-case "bot" word, a "bot@" or no-reply mailbox. A
 * capitalised "Bot" alone is a surname ("Ben Bot"), so case counts here.
 */
const BOT_MARKER = /\[bot\]$|[-_.](?:bot|Bot|BOT)$|(?:^|[ \t])bot$|bot@|no-?reply/;

export function namesInBlameLines(text: string): Entity[] {
  const out: Entity[] = [];
  if (!text.includes(' +') && !text.includes(' -')) return out;
  BLAME_LINE.lastIndex = 0;
  for (let m = BLAME_LINE.exec(text); m; m = BLAME_LINE.exec(text)) {
    const name = m[1].trim();
    if (!name || NO_PERSON.test(name) || BOT_MARKER.test(name)) continue;
    const start = m.index + m[0].indexOf('(') + 1 + (m[1].length - m[1].trimStart().length);
    out.push({ type: 'PERSON', start, end: start + name.length, score: 0.9 });
  }
  return out;
}
