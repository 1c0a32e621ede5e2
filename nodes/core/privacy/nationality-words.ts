/**
 * Nationality words as crew lists, passenger manifests and personal records write them: English adjectives in
 * capitals ("Croatian", "Filipino") and German ones in lower case or capitals ("polnisch", "Deutsch"). Read only
 * where a record's shape already says a nationality may stand (a row's field, a word after a person's name).
 */
const ENGLISH_NATIONALITIES = new Set(
  'German Dutch Greek French Swiss Danish Swedish Norwegian Finnish Icelandic Polish British English Irish Scottish Welsh Spanish Portuguese Italian Maltese Croatian Slovenian Serbian Montenegrin Albanian Romanian Bulgarian Ukrainian Russian Latvian Lithuanian Estonian Turkish Cypriot Belgian Austrian Czech Slovak Hungarian American Canadian Brazilian Chinese Indian Indonesian Filipino Filipina Vietnamese Burmese Thai Malaysian Singaporean Bangladeshi Pakistani Nigerian Ghanaian Egyptian Moroccan Tunisian Panamanian Liberian'.split(
    ' ',
  ),
);
/** German nationality adjectives: "deutsch", and the "-isch" forms ("polnisch", "philippinisch"), either case. */
const GERMAN_NATIONALITY = /^(?:[Dd]eutsch|[\p{L}]{2,16}isch)$/u;

/** Whether `word` is an English nationality adjective ("Croatian"). */
export const isEnglishNationality = (word: string): boolean => ENGLISH_NATIONALITIES.has(word);

/** Whether `word` is a nationality adjective in English or German ("Croatian", "polnisch", "deutsch"). */
export const isNationalityWord = (word: string): boolean =>
  ENGLISH_NATIONALITIES.has(word) || GERMAN_NATIONALITY.test(word);
