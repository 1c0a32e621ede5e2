/**
 * Names as the value of a name key in logs, query strings and exports, written in any case and joined by a
 * blank or "_": "customer_name=ilse brandauer status=ok", "user=anna_schmidt", "name: anna schmidt". In lower
 * case no capital marks the name and the line's next key follows with a blank, so the value is read word by
 * word: a given name from the lists first, then up to four more words that are no ordinary word (or particles),
 * stopping at the next "key=" and at any ordinary word ("user_name = created_at" is code: "created" is no
 * given name). Logins join the words by "." or "-" as well ("ilse.brandauer", "ilse-brandauer"); a file
 * extension after a "." is none of the name ("anna.txt"). A second given name that is also a word ("anna maria
 * schmidt": "maria" is an English word) is kept when a name word follows, and after a particle the surname may
 * be a word ("anna van der berg"). Bounded reads after each key: linear in the text.
 */
import type { Entity } from './entities.js';
import { LOWER, UPPER } from './letters.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName } from './name-list.js';
import { isNameParticle } from './name-particles.js';

/**
 * A key that names a person and its closing quote, right before a separator ("customer_name=", '"user": "',
 * "owner: "). Read back from each "=" and ":": the same key searched from every position of the text (a
 * prefix of up to 20 letters, then the key words) cost 165 ms on 8 MB, most of a detector's budget.
 */
const NAME_KEY_BEFORE =
  /(?:^|[^A-Za-z])(?:[A-Za-z]{1,20}[_-]?)?(?:name|user|username|owner|author|customer|kunde|benutzer|login|assignee|reporter|patient|employee|mitarbeiter|contact|kontakt|recipient|empfaenger|empfänger|sender|absender|member|client|mandant)["']?[ \t]*$/i;
/** The separator of a pair. */
const SEPARATOR = /[=:]/g;
/** How far before a separator its key is read: a prefix, a key word, a quote and blanks. */
const KEY_LOOKBACK = 48;
/** Blanks and an opening quote after the separator, before the value. */
const VALUE_OPENING = /[ \t]*["']?/y;
/** One word of the value (the parts of a double name are words joined by "-"); bounded: a longer one is no name. */
const WORD = new RegExp(`[${UPPER}${LOWER}]{2,30}(?![${UPPER}${LOWER}\\d])`, 'y');
/** What joins the words of a value: a blank, "_" (user ids), "." and "-" (logins, double names). */
const JOINTS = new Set([' ', '_', '.', '-']);
/** Extensions after a "." that end a value ("anna.txt", "anna.schmidt.pdf"). */
const EXTENSIONS = new Set(
  'txt pdf doc docx xls xlsx csv json xml log md png jpg jpeg gif zip tmp bak html htm'.split(' '),
);

const isLowerCode = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff);

const asName = (word: string) => word[0].toUpperCase() + word.slice(1).toLowerCase();
const noWord = (name: string) => !isDictionaryWord(name) && !isEnglishWord(name) && !isCommonWord(name);

export function namesAfterLogKeys(text: string): Entity[] {
  const out: Entity[] = [];
  SEPARATOR.lastIndex = 0;
  for (let sep = SEPARATOR.exec(text); sep; sep = SEPARATOR.exec(text)) {
    if (!NAME_KEY_BEFORE.test(text.slice(Math.max(0, sep.index - KEY_LOOKBACK), sep.index))) continue;
    VALUE_OPENING.lastIndex = sep.index + 1;
    VALUE_OPENING.exec(text);
    const start = VALUE_OPENING.lastIndex;
    WORD.lastIndex = start;
    const first = WORD.exec(text);
    // Capitalised values ("Kunde: Müller hier", "shipping_name=Mariam bin Haddad Okonkwo") are the other detectors'.
    if (!first || !isLowerCode(first[0].charCodeAt(0))) continue;
    if (!isGivenName(asName(first[0]))) {
      // Surname first ("user: schmidt anna", "name=schmidt, anna"): a word no list holds, then a given name.
      const whole = surnameFirst(text, start, first[0]);
      if (whole > 0) out.push({ type: 'PERSON', start, end: whole, score: 0.92 });
      continue;
    }
    let end = start + first[0].length;
    // Where the value ends so far: after a name word, not after a particle ("ana dos santos").
    let nameEnd = end;
    let afterParticle = false;
    for (let words = 1; words < 5; words++) {
      const joint = text[end];
      if (!JOINTS.has(joint)) break;
      WORD.lastIndex = end + 1;
      const next = WORD.exec(text);
      if (!next) break;
      const after = text[end + 1 + next[0].length];
      // "ilse brandauer status=ok": the next key ends the value.
      if (after === '=' || after === ':') break;
      if (joint === '.' && EXTENSIONS.has(next[0].toLowerCase())) break;
      end += 1 + next[0].length;
      if (isNameParticle(next[0])) {
        afterParticle = true;
        continue;
      }
      // A name word is no ordinary word ("ilse brandauer"; not "anna is", "jana hier"); after a particle the
      // surname may be one ("van der berg").
      if (afterParticle || noWord(asName(next[0]))) nameEnd = end;
      // A given name that is also a word ("maria") counts when a name word follows.
      else if (!isGivenName(asName(next[0]))) break;
      afterParticle = false;
    }
    end = nameEnd;
    // A given name alone is found by the other detectors where it is one; here only a whole name.
    if (end > start + first[0].length) out.push({ type: 'PERSON', start, end, score: 0.92 });
  }
  return out;
}

/** "Surname first" after a key's value starts with `surname`: a blank, "_" or ", " and a given name (end, or 0: none). */
const GIVEN_AFTER = new RegExp(`(?:, ?|[ _.])([${UPPER}${LOWER}]{2,30})(?![${UPPER}${LOWER}\\d=:])`, 'y');
function surnameFirst(text: string, start: number, surname: string): number {
  if (surname.length < 3 || !noWord(asName(surname))) return 0;
  GIVEN_AFTER.lastIndex = start + surname.length;
  const given = GIVEN_AFTER.exec(text);
  if (!given || !isLowerCode(given[1].charCodeAt(0)) || !isGivenName(asName(given[1]))) return 0;
  return GIVEN_AFTER.lastIndex;
}
