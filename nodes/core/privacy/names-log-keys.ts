/**
 * Names as the value of a name key in logs, query strings and exports, written in any case and joined by a
 * blank or "_": "customer_name=ilse brandauer status=ok", "user=anna_schmidt", "name: anna schmidt". In lower
 * case no capital marks the name and the line's next key follows with a blank, so the value is read word by
 * word: a given name from the lists first, then up to four more words that are no ordinary word (or particles),
 * stopping at the next "key=" and at any ordinary word ("user_name = created_at" is code: "created" is no
 * given name). Bounded reads after each key: linear in the text.
 */
import type { Entity } from './entities.js';
import { LOWER, UPPER } from './letters.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';

/** A key that names a person, its separator and an opening quote ("customer_name=", '"user": "', "owner: "). */
const NAME_KEY =
  /(?<![A-Za-z])(?:[A-Za-z]{1,20}[_-]?)?(?:name|user|username|owner|author|customer|kunde|benutzer|login|assignee|reporter)["']?[ \t]*[=:][ \t]*["']?/gi;
/** One word of the value, perhaps a double name ("chevallier-kowalski"); bounded: a longer one is no name. */
const WORD = new RegExp(`[${UPPER}${LOWER}]{2,30}(?:-[${UPPER}${LOWER}]{2,30}){0,2}(?![${UPPER}${LOWER}\\d-])`, 'y');

/** Lower-case particles inside names ("ana dos santos", "mariam bin haddad"). */
const PARTICLES = new Set('von van de der den da di del dos das du le la bin ibn al el ter ten zu'.split(' '));
const isLowerCode = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff);

const asName = (word: string) => word[0].toUpperCase() + word.slice(1).toLowerCase();
const noWord = (name: string) => !isDictionaryWord(name) && !isEnglishWord(name) && !isCommonWord(name);

export function namesAfterLogKeys(text: string): Entity[] {
  const out: Entity[] = [];
  NAME_KEY.lastIndex = 0;
  for (let m = NAME_KEY.exec(text); m; m = NAME_KEY.exec(text)) {
    const start = m.index + m[0].length;
    WORD.lastIndex = start;
    const first = WORD.exec(text);
    // Capitalised values ("Kunde: Müller hier", "shipping_name=Mariam bin Haddad Okonkwo") are the other detectors'.
    if (!first || !isLowerCode(first[0].charCodeAt(0)) || !isGivenName(asName(first[0]))) continue;
    let end = start + first[0].length;
    // Where the value ends so far: after a name word, not after a particle ("ana dos santos").
    let nameEnd = end;
    for (let words = 1; words < 5; words++) {
      const joint = text[end];
      if (joint !== ' ' && joint !== '_') break;
      WORD.lastIndex = end + 1;
      const next = WORD.exec(text);
      if (!next) break;
      const after = text[end + 1 + next[0].length];
      // "ilse brandauer status=ok": the next key ends the value.
      if (after === '=' || after === ':') break;
      end += 1 + next[0].length;
      if (PARTICLES.has(next[0])) continue;
      // A name word is no ordinary word ("ilse brandauer"; not "anna is", "jana hier").
      if (!noWord(asName(next[0]))) break;
      nameEnd = end;
    }
    end = nameEnd;
    // A given name alone is found by the other detectors where it is one; here only a whole name.
    if (end > start + first[0].length) out.push({ type: 'PERSON', start, end, score: 0.92 });
  }
  return out;
}
