import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';

/**
 * The people a sentence counts, named after it in brackets: "Bei zwei Arbeitnehmern wurde die Steuerklasse
 * nicht angepasst (Okafor, Brandauer).", "Three employees were paid late (Mbeki, Lindqvist, Ruiz).". Audit
 * findings, payroll notes and collection reports name the persons so, by surname alone. The sentence's count
 * of people is what tells the bracket's words are theirs; a bracket after any other sentence ("(Hamburg,
 * Bremen)", "(Excel, Word)") is left to the other rules.
 *
 * Cost: found from each "(" with a capital after it; the sentence before is read only for a bracket that holds
 * a list of two to six capitalised words.
 */

/** Two to six capitalised words, comma-separated, and the closing bracket. */
const SURNAME_LIST = /\p{Lu}[\p{Ll}'’-]{1,30}(?:,[ \t]*\p{Lu}[\p{Ll}'’-]{1,30}){1,5}\)/uy;
const WORD = /\p{Lu}[\p{Ll}'’-]+/gu;
/** A count of people in the sentence before: "zwei Arbeitnehmern", "3 Mitarbeitenden", "two employees", "both clients". */
const COUNTED_PEOPLE =
  /(?<![\p{L}])(?:zwei|drei|vier|fünf|sechs|beide[nr]?|\d{1,2}|two|three|four|five|six|both)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:arbeitnehmer\p{L}*|mitarbeite\p{L}*|beschäftigte\p{L}*|angestellte\p{L}*|mandant\p{L}*|kund(?:en|innen)|schuldner\p{L}*|mieter\p{L}*|personen|employees|staff|workers|clients|customers|debtors|tenants|people|persons|individuals)(?![\p{L}])/iu;
/** How far back the sentence before the bracket is read. */
const SENTENCE_BACK = 240;

export function countedBracketNames(text: string, out: Entity[]): void {
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) continue;
    SURNAME_LIST.lastIndex = at + 1;
    if (!SURNAME_LIST.test(text)) continue;
    const close = SURNAME_LIST.lastIndex - 1;
    // The sentence before: back to its full stop (one followed by a blank), at most SENTENCE_BACK characters.
    const back = text.slice(Math.max(0, at - SENTENCE_BACK), at);
    const stop = Math.max(back.lastIndexOf('. '), back.lastIndexOf('.\n'), back.lastIndexOf('\n\n'));
    if (!COUNTED_PEOPLE.test(stop === -1 ? back : back.slice(stop + 1))) continue;
    const words = [...text.slice(at + 1, close).matchAll(WORD)];
    // Surnames: no ordinary word among them ("(Lohn, Gehalt)"), unless a name list holds it.
    const ordinary = (w: string) =>
      !isKnownName(w) && !isGivenName(w) && (isDictionaryWord(w) || isEnglishWord(w) || isCommonWord(w));
    if (words.some((w) => ordinary(w[0]))) continue;
    for (const w of words) out.push(person(at + 1 + w.index, at + 1 + w.index + w[0].length, 0.8));
  }
}
