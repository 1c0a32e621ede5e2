import { afterMilitaryRank } from './military-ranks.js';
import type { Entity } from './entities.js';
import { codeUnitTest } from './code-units.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';
import { known, parseName, person, plausibleName, wordLike, type ParsedName } from './names.js';

/**
 * Chat speakers written after the time in the shapes support and messenger exports use: the
 * speaker's role before the name ("[16:02] Kunde (Gerlinde Rautenberg): …", "10:15  Support (Maite): …",
 * "[16:02] Agent Tolga: …") and columns split by bars ("15:50 | Golnaz | hi, …").
 */

/** Roles a chat export or a visit log writes before the speaker's name without brackets ("Agent Tolga:", "Mon 09:15 carer Ilka:"). */
const ROLE_WORD =
  /(?:agent(?:in)?|support|kunde|kundin|customer|client|operator|berater(?:in)?|mitarbeiter(?:in)?|advisor|adviser|kundenberater(?:in)?|servicemitarbeiter(?:in)?|host|guest|gast|caller|anrufer(?:in)?|patient(?:in)?|arzt|ärztin|doctor|nurse|pfleger(?:in)?|dispatcher|disponent(?:in)?|technician|techniker(?:in)?|carer|caregiver|sitter|betreuer(?:in)?|pflegekraft|alltagsbegleiter(?:in)?)[ \t]+/iy;
/** Speakers that are programs, the role itself ("System:", "Bot", "INFO") or the exporting user ("Me:" in Signal's export), never a person. */
const NOT_A_SPEAKER =
  /^(?:system|bot|server|admin|info|warn|warning|error|debug|note|hinweis|notiz|status|me|ich|you|du|moi)$/i;

/** A role or a program where a chat line's speaker stands ("Kundin (Wiebke Harmsen):", "System:"): not a name. */
export function speakerRole(name: ParsedName): boolean {
  if (name.tokens.length !== 1) return false;
  const word = name.tokens[0];
  if (NOT_A_SPEAKER.test(word)) return true;
  ROLE_WORD.lastIndex = 0;
  return ROLE_WORD.test(`${word} `) && ROLE_WORD.lastIndex === word.length + 1;
}

/** A word and the speaker in brackets: "Kunde (", "Support (". */
const WORD_THEN_BRACKET = /[\p{L}][\p{L}.-]{1,24}[ \t]*\(/uy;

/**
 * `at`: right after the time; `barred`: the time ended in a bar; `name`: the name parsed at `at`, if any.
 */
export function roleSpeaker(
  text: string,
  at: number,
  end: number,
  barred: boolean,
  name: ParsedName | undefined,
  out: Entity[],
): void {
  // "15:50 | Golnaz | hi": a name, then the next bar.
  if (barred && name && /^[ \t]*\|/.test(text.slice(name.end, name.end + 4))) {
    if (acceptable(name, true)) out.push(person(at, name.end, 0.85));
    return;
  }
  WORD_THEN_BRACKET.lastIndex = at;
  if (WORD_THEN_BRACKET.test(text)) {
    let from = WORD_THEN_BRACKET.lastIndex;
    while (text[from] === ' ') from++;
    const inside = parseName(text, from, true, true);
    if (
      inside &&
      /^[ \t]*\)[ \t]*:/.test(text.slice(inside.end, Math.min(end, inside.end + 6))) &&
      acceptable(inside, false)
    )
      out.push(person(from, inside.end, 0.85));
    return;
  }
  ROLE_WORD.lastIndex = at;
  // A rank before the speaker's name ("[11/11/26, 18:02] Sgt Jana Okafor:") stands as a role word does.
  const ranked = afterMilitaryRank(text, at);
  if (ranked === at && !ROLE_WORD.test(text)) return;
  const from = ranked === at ? ROLE_WORD.lastIndex : ranked;
  const named = parseName(text, from, false);
  if (named && /^[ \t]*:/.test(text.slice(named.end, Math.min(end, named.end + 4))) && acceptable(named, false))
    out.push(person(from, named.end, 0.85));
}

/** A speaker's name: no ordinary word in it; in a bar column, no word in capitals ("INFO", "WARN") unless known. */
function acceptable(name: ParsedName, column: boolean): boolean {
  if (name.tokens.some((t) => wordLike(t) || isCommonWord(t)) || speakerRole(name)) return false;
  return !column || known(name) || plausibleName(name) || !name.tokens.some((t) => CAPITALS.test(t));
}
const CAPITALS = /^[A-Z]{2,}$/;

/**
 * A given name alone in brackets after a task or an item ("Testplan bis Freitag (Gurpreet).",
 * "Parking (Gráinne)"): the person who owns it. Found by search for "(", then a capital; a word
 * that is also an English word ("(Draft)", "(Holiday)") is none.
 */
export function bracketedNames(text: string, out: Entity[]): void {
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (!((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde))) continue;
    const close = text.indexOf(')', at + 2);
    if (close === -1 || close - at > 24) continue;
    const name = parseName(text, at + 1, false);
    if (!name || name.end !== close || name.tokens.length !== 1) continue;
    const word = name.tokens[0];
    // "(IBAN)", "(PDF)": abbreviations in capitals are none.
    if (word.length > 2 && word.slice(1) === word.slice(1).toUpperCase()) continue;
    if (isGivenName(word) && !isEnglishWord(word) && !wordLike(word)) out.push(person(at + 1, close, 0.6));
  }
}

/**
 * A name a person goes by, in quotation marks after the words that introduce one ('Resident: … (prefers "Nell")',
 * 'known as "Kiki"', 'Spitzname „Bommel“', 'genannt „Hansi“', 'user 40312 "Falkenauge"' in a moderation report): a
 * nickname or screen name names its person as the full name does. One capitalised word; an ordinary word is taken
 * only when it is a given name too ('prefers "Decaf"' is no one).
 *
 * Cost: found from the quotation marks (one indexOf per mark), read only where a capital follows the mark and a
 * closing mark comes within the word; the words before it are then tested on a short slice.
 */
const NICKNAME_CUE =
  /(?<![\p{L}])(?:prefers?|preferred[ \t]+name|known[ \t]+as|goes[ \t]+by|nickname|aka|a\.k\.a\.|alias|spitzname|rufname|genannt|nennt[ \t]+sich|user|nutzer(?:in)?)(?:[ \t]{1,3}#?\d{1,12})?[ \t]{0,3}:?[ \t]{0,3}$/iu;
const NICKNAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]{1,30}$/u;
/** Opening marks and the closing marks each may end with. */
const QUOTES: [string, string][] = [
  ['"', '"'],
  ['„', '“”"'],
  ['“', '”"'],
  ['«', '»'],
];

export function quotedNicknames(text: string, out: Entity[]): void {
  for (const [open, closes] of QUOTES)
    for (let at = text.indexOf(open); at !== -1; at = text.indexOf(open, at + 1)) {
      if (!isUpperCode(text.charCodeAt(at + 1))) continue;
      let end = at + 2;
      while (end < text.length && end - at <= 32 && !closes.includes(text[end]) && !/[\s,.;:!?()]/.test(text[end]))
        end++;
      if (!closes.includes(text[end])) continue;
      const word = text.slice(at + 1, end);
      if (!NICKNAME_WORD.test(word) || CAPITALS.test(word)) continue;
      if (!NICKNAME_CUE.test(text.slice(Math.max(0, at - 40), at))) continue;
      if (!isGivenName(word) && (isEnglishWord(word) || isDictionaryWord(word) || isCommonWord(word))) continue;
      out.push(person(at + 1, end, 0.8));
    }
}
const isUpperCode = codeUnitTest(/\p{Lu}/u);

/**
 * The author of a quoted reply, "On Tue, 3 Mar 2026 at 14:12, Tjorven Matthiesen wrote:": the name
 * words between the last comma and " wrote:" (an address in brackets may stand between). `start`
 * and `end`: a line that starts with "On " (the line pass asks only those).
 */
export function wroteHeader(text: string, start: number, end: number, out: Entity[]): void {
  let close = end;
  while (close > start && (text[close - 1] === ' ' || text[close - 1] === '\r')) close--;
  if (close - start > 160 || !text.startsWith(' wrote:', close - 7)) return;
  let nameEnd = close - 7;
  // Both searches back stay on the line (lastIndexOf from the line's end would run back through the whole text
  // for every "On … wrote:" line without a comma: quadratic on a long thread).
  const line = text.slice(start, nameEnd);
  if (text[nameEnd - 1] === '>') nameEnd = start + line.lastIndexOf('<');
  if (nameEnd < start) return;
  const comma = start + line.lastIndexOf(', ', nameEnd - start);
  if (comma < start) return;
  const from = comma + 2;
  const name = parseName(text, from, false);
  if (!name || text.slice(name.end, nameEnd).trim() !== '' || name.tokens.some((t) => wordLike(t) || isCommonWord(t)))
    return;
  if (name.tokens.length > 1 || known(name)) out.push(person(from, name.end, 0.85));
}
