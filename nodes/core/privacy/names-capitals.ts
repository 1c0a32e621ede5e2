/**
 * A label's value written in capitals that is no name: forms, OCR and mainframe exports write every value
 * in capitals, names ("NAME: IVANA NOVAK", "BEARBEITER: BROUWENSTIJN") and departments or choices alike
 * ("ANSPRECHPARTNER: VERTRIEB", "NAME: STANDARD"). Capitals carry no evidence then, and the dictionaries
 * miss many department words, so one word in capitals is no person when the lists hold it as an ordinary
 * word, it ends as names of things end ("-ung", "-stelle", "-team"), or it is one of the departments and
 * answers forms put in a person's field. Names from the lists are always names. A double word is so when no
 * part is a listed name and its last part is such a word ("IT-SUPPORT"), and two words or more are so when each
 * is ("VERTRIEB INNENDIENST", "KUNDENSERVICE NORD"): a person's name in capitals has a listed name or a word no
 * list holds among its words.
 */
import { isCommonWord, isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';
import type { Entity } from './entities.js';
import { CAPITALS_WORD } from './letters.js';

const CAPITALS = new RegExp(`^${CAPITALS_WORD}(?:-${CAPITALS_WORD})*$`);
/** Endings of German and English words for things, teams and offices, not of surnames. */
const THING_ENDING =
  /(?:team|stelle|zentrale|zentrum|abteilung|service|leitung|amt|ung|heit|keit|schaft|ität|tion|sion|ment|ness|ity|desk|line|dienst|support|center|centre|büro|office)$/;
/** Departments, functions and form answers the word lists do not hold. */
const NOT_PEOPLE = new Set(
  'vertrieb einkauf verkauf empfang zentrale sekretariat kundenservice kundendienst personal buchhaltung technik support hotline helpdesk marketing sales purchasing accounting reception office backoffice frontoffice logistik lager versand disposition geschäftsleitung geschäftsführung vorstand unbekannt keine keiner niemand offen entfällt n/a none unknown nobody tbd tba diverse alle all it edv hr'.split(
    ' ',
  ),
);
/** Directions and parts of a place that follow a department's name ("KUNDENSERVICE NORD"). */
const PLACE_PARTS = new Set('nord süd sued ost west mitte north south east central innen außen aussen'.split(' '));

const asName = (word: string) => word[0] + word.slice(1).toLowerCase();

/** Whether one word in capitals ("VERTRIEB", "SUPPORT") is a word for a thing or a function, no listed name. */
function thingWord(part: string): boolean {
  const word = asName(part);
  if (isKnownName(word)) return false;
  const lower = word.toLowerCase();
  return (
    isDictionaryWord(word) ||
    isEnglishWord(word) ||
    isCommonWord(word) ||
    THING_ENDING.test(lower) ||
    NOT_PEOPLE.has(lower) ||
    PLACE_PARTS.has(lower)
  );
}

/** Whether a token in capitals, perhaps double ("IT-SUPPORT"), is no name: no part a listed name, the last a thing's word. */
function thingToken(token: string): boolean {
  const parts = token.split('-');
  if (parts.some((p) => isKnownName(asName(p)))) return false;
  return thingWord(parts[parts.length - 1]) && parts.every((p) => p.length <= 3 || thingWord(p));
}

/** Whether the value `tokens`, in capitals, is no person. */
export function capitalsNoName(tokens: string[]): boolean {
  if (tokens.length === 0 || !tokens.every((t) => CAPITALS.test(t))) return false;
  return tokens.every(thingToken);
}

/** One or two words in capitals after a name, to the finding's end ("Anna| SCHMIDT", "Jean| DE LA FONTAINE"). */
const SURNAME_IN_CAPITALS = new RegExp(`^[ \\t]+${CAPITALS_WORD}(?:[ \\t-]+${CAPITALS_WORD}){0,2}$`);

/**
 * Names written "Given SURNAME" ("Sehr geehrte Frau Anna SCHMIDT"): one detector finds the given name alone with
 * a higher score, another the whole name; where findings overlap the higher score wins, and the surname would
 * reach the cloud in clear. A finding that starts where a higher-scored name finding starts and only adds words
 * in capitals takes that score, so the whole name wins. One map of starts: linear in the findings.
 */
export function withSurnamesInCapitals(text: string, found: Entity[]): Entity[] {
  const best = new Map<number, Entity>();
  for (const e of found)
    if (e.type === 'PERSON') {
      const other = best.get(e.start);
      if (!other || e.score > other.score) best.set(e.start, e);
    }
  let changed = false;
  const out = found.map((e) => {
    const top = e.type === 'PERSON' ? best.get(e.start) : undefined;
    if (!top || top.score <= e.score || e.end <= top.end || e.end - top.end > 80) return e;
    if (!SURNAME_IN_CAPITALS.test(text.slice(top.end, e.end))) return e;
    changed = true;
    return { ...e, score: top.score };
  });
  return changed ? out : found;
}
