/**
 * Words that name a numbered room, desk or administrative unit ("Zimmer 214", "Sachgebiet 21", "Referat
 * 4", "Desk 3"). A case's handler is often given so ("Bearbeiter: Sachgebiet 21", "Sachbearbeiter: Zimmer
 * 214"): an authority names the desk that handles a file, not the person at it. With its number after it,
 * such a word is a place or a unit even where a surname is spelt alike ("Zimmer").
 */
const NUMBERED_UNIT =
  /^(?:zimmer|zi|raum|room|rm|büro|buero|office|sachgebiet|sachbereich|referat|dezernat|abteilung|abt|fachbereich|arbeitsgebiet|arbeitsbereich|gruppe|team|schalter|counter|desk|station|ward|unit|dept|department|stelle|geschäftsstelle|etage|floor|kasse)$/i;

/** Whether the word names a numbered room or unit. */
export const isNumberedUnitWord = (word: string) => NUMBERED_UNIT.test(word);

/**
 * A number right after the word, no date or decimal ("Zimmer 214", not "Fischer 12.03.1980"), and no phone
 * number: not a dialling code's leading zero and no further digit group ("Zimmer 0761 208119" is Mr Zimmer's line).
 */
const UNIT_NUMBER = /^[ \t]+(?:Nr\.?[ \t]*)?(?!0\d)\d{1,5}[a-zA-Z]?(?![\d\p{L}]|[./-]\d|[ \t/-]*\d)/u;
/** A courtesy title before the word makes it a surname ("Herr Zimmer 214"): rooms and desks take none. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:herrn?|frau|hr|fr|mr|mrs|ms|miss|dr|prof)\.?[ \t]+$/iu;

/** Whether `word` (a finding's whole value) followed by `after` (the text right after it) is a numbered room or unit. */
export const numberedUnit = (word: string, after: string, before = '') =>
  isNumberedUnitWord(word) && UNIT_NUMBER.test(after) && !TITLE_BEFORE.test(before);
