import type { Entity } from './entities.js';
import { KeywordPattern } from './keyword-pass.js';

/**
 * Players in a match report ("Torschützen\nBârsan 8.\nDebeljak 66.", "Scorers\nTsakiris 31.",
 * "Auswechslung: Thibaud für Bârsan", "Substitution: Ambrosius for Casutt"): under a scorers' heading,
 * a line that is a name and a minute names a player; a substitution names two.
 */
const REPORT_WORDS = [
  'torsch',
  'tore',
  'scorers',
  'goals',
  'try[ \t]+scorers',
  'auswechslung',
  'einwechslung',
  'substitution',
];
const REPORT_HINT = new KeywordPattern(new RegExp(REPORT_WORDS.join('|'), 'gi'), REPORT_WORDS);
/** The scorers' heading, alone on its line. */
const SCORERS = /(?:torschützen|torschuetzen|tore|scorers|goalscorers|goals|try[ \t]+scorers)[ \t]*:?[ \t]*\r?\n/iy;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*){0,2}`;
/** A scorer's line: the name, then the minute ("8.", "66'", "90+2."). */
const SCORER_LINE = new RegExp(String.raw`[ \t]*(${NAME})[ \t]+\d{1,3}(?:\+\d)?(?:\.|'|’)?[ \t]*\r?(?:\n|$)`, 'uy');
/** A substitution: who came on for whom. */
const SUBSTITUTION = new RegExp(
  String.raw`(?:auswechslung|einwechslung|substitution)[ \t]*:[ \t]*(${NAME})[ \t]+(?:für|for)[ \t]+(${NAME})`,
  'iuy',
);
const MAX_SCORERS = 20;

export function matchReportNames(text: string): Entity[] {
  const out: Entity[] = [];
  let from = 0;
  for (let hint = REPORT_HINT.matchFrom(text, from); hint; hint = REPORT_HINT.matchFrom(text, from)) {
    from = hint.index + hint[0].length;
    if (hint.index > 0 && /\p{L}/u.test(text[hint.index - 1])) continue;
    SUBSTITUTION.lastIndex = hint.index;
    const sub = SUBSTITUTION.exec(text);
    if (sub) {
      const end = sub.index + sub[0].length;
      const second = end - sub[2].length;
      const one = sub.index + sub[0].indexOf(sub[1], sub[0].indexOf(':'));
      out.push({ type: 'PERSON', start: one, end: one + sub[1].length, score: 0.8 });
      out.push({ type: 'PERSON', start: second, end, score: 0.8 });
      from = Math.max(from, end);
      continue;
    }
    SCORERS.lastIndex = hint.index;
    if (!SCORERS.test(text)) continue;
    let at = SCORERS.lastIndex;
    for (let n = 0; n < MAX_SCORERS && at < text.length; n++) {
      SCORER_LINE.lastIndex = at;
      const m = SCORER_LINE.exec(text);
      if (!m) break;
      const start = at + m[0].indexOf(m[1]);
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.8 });
      at = SCORER_LINE.lastIndex;
    }
    from = Math.max(from, at);
  }
  return out;
}
