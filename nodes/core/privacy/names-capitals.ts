/**
 * A label's value written in capitals that is no name: forms, OCR and mainframe exports write every value
 * in capitals, names ("NAME: IVANA NOVAK", "BEARBEITER: BROUWENSTIJN") and departments or choices alike
 * ("ANSPRECHPARTNER: VERTRIEB", "NAME: STANDARD"). Capitals carry no evidence then, and the dictionaries
 * miss many department words, so one word in capitals is no person when the lists hold it as an ordinary
 * word, it ends as names of things end ("-ung", "-stelle", "-team"), or it is one of the departments and
 * answers forms put in a person's field. Names from the lists are always names. Two words or more are
 * read as before.
 */
import { isCommonWord, isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';
import { UPPER } from './letters.js';

const CAPITALS = new RegExp(`^[${UPPER}]{2,}(?:-[${UPPER}]{2,})?$`);
/** Endings of German and English words for things, teams and offices, not of surnames. */
const THING_ENDING =
  /(?:team|stelle|zentrale|zentrum|abteilung|service|leitung|amt|ung|heit|keit|schaft|ität|tion|sion|ment|ness|ity|desk|line)$/;
/** Departments, functions and form answers the word lists do not hold. */
const NOT_PEOPLE = new Set(
  'vertrieb einkauf verkauf empfang zentrale sekretariat kundenservice kundendienst personal buchhaltung technik support hotline helpdesk marketing sales purchasing accounting reception office backoffice frontoffice logistik lager versand disposition geschäftsleitung geschäftsführung vorstand unbekannt keine keiner niemand offen entfällt n/a none unknown nobody tbd tba diverse alle all'.split(
    ' ',
  ),
);

/** Whether the one-word value `tokens`, in capitals, is no person. */
export function capitalsNoName(tokens: string[]): boolean {
  if (tokens.length !== 1 || !CAPITALS.test(tokens[0])) return false;
  const word = tokens[0][0] + tokens[0].slice(1).toLowerCase();
  if (isKnownName(word)) return false;
  const lower = word.toLowerCase();
  return (
    isDictionaryWord(word) ||
    isEnglishWord(word) ||
    isCommonWord(word) ||
    THING_ENDING.test(lower) ||
    NOT_PEOPLE.has(lower)
  );
}
