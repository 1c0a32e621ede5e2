import type { Entity } from './entities.js';
import { isEnglishWord, isGivenName, isKnownName } from './name-list.js';

/**
 * Languages taken for names in the texts of translation and interpreting agencies and language schools (round 49,
 * set 46): "Wolof/French Interpreter", "Ondrejvozh Kuzebayev, German language teacher", "anyone free for Dari at …",
 * "Languages: Chamorro, English, German". Many language names are surnames or given names too ("German", "English",
 * "French", "Dari"), so a finding is a language only where the text says so:
 * - the languages are followed by the job or the thing they qualify ("Interpreter", "Übersetzer", "teacher", "Lehrerin",
 *   "language", "course", "Kurs", "Dolmetscher");
 * - they follow a languages label on their line ("Languages:", "Sprachen:");
 * - they follow "free for" / "for" in a message that speaks of interpreting ("anyone free for Dari at …").
 * Privacy first: every word of the finding must be a language ("Jana German" and "Mark English" stay), a title right
 * before it keeps it ("Mr English teacher" is Mr English), and a name's own label on the line keeps it.
 */
const LANGUAGES = new Set(
  (
    'Afrikaans Albanian Amharic Arabic Armenian Azerbaijani Bengali Bosnian Bulgarian Burmese Cantonese Catalan Chamorro ' +
    'Chinese Croatian Czech Danish Dari Dutch English Estonian Farsi Finnish French Georgian German Greek Gujarati Hausa ' +
    'Hebrew Hindi Hungarian Icelandic Igbo Indonesian Italian Japanese Kazakh Khmer Kinyarwanda Kirundi Korean Kurdish ' +
    'Kurmanji Lao Latvian Lingala Lithuanian Macedonian Malagasy Malay Maltese Mandarin Mongolian Nepali Norwegian ' +
    'Oromo Pashto Persian Polish Portuguese Punjabi Romanian Romani Russian Serbian Sinhala Slovak Slovenian Somali ' +
    'Sorani Spanish Swahili Swedish Tagalog Tamil Thai Tibetan Tigrinya Turkish Turkmen Twi Ukrainian Urdu Uyghur Uzbek ' +
    'Vietnamese Wolof Yoruba Zulu Auslan BSL ASL ' +
    // German names of languages that are no "-isch" adjective.
    'Deutsch Englisch Paschtu Farsi Tigrinisch Suaheli Kisuaheli Kurmandschi'
  ).split(' '),
);
/** German language adjectives ("Ukrainisch", "Arabisch", "Französisch"), capitalised as a language's name. */
const GERMAN_LANGUAGE = /^\p{Lu}\p{Ll}{2,16}isch$/u;
const isLanguage = (word: string) => LANGUAGES.has(word) || GERMAN_LANGUAGE.test(word);

/** What a language qualifies when it is one: the job, the class, the language itself. */
const QUALIFIED_AFTER =
  /^(?:[ \t]*\/[ \t]*\p{L}+)*[ \t-]+(?:Interpreter|Interpreters|interpreter|interpreters|Interpreting|interpreting|Translator|Translators|translator|translators|Translation|translation|Übersetzer|Übersetzerin|Übersetzung|Dolmetscher|Dolmetscherin|Dolmetschen|teacher|teachers|Teacher|Teachers|tutor|Tutor|Lehrer|Lehrerin|Lehrkraft|language|Language|course|courses|Course|Courses|class|classes|Kurs|Kurse|Sprachkurs|lessons|Unterricht|speaker|speakers|Sprecher|Sprecherin|as a second language)(?![\p{L}])/u;
/** A languages label on the line before the finding, with only other languages and separators between. */
const LANGUAGES_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:Languages?|Sprachen?|Arbeitssprachen|Working languages|Language pairs?|Sprachpaare?)[ \t]*:[ \t]*(?:\p{Lu}\p{Ll}+[ \t]*(?:,|\/|<>|>|–|-|and|und|&)[ \t]*)*$/u;
/** "free for" / "for" right before, in an interpreting message. */
const FOR_BEFORE =
  /(?:^|[^\p{L}])(?:free|available|frei|someone|anyone|interpreter|Dolmetscher)?[ \t]*(?:for|für)[ \t]+$/iu;
const INTERPRETING_NEAR = /interpret|dolmetsch|translat|übersetz/i;
/** A title or a name's label right before: the finding is a person's name ("Mr English", "Name: French"). */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Hr|Fr|Name|Nachname|Surname|Last name|Family name|Vorname|Given name|First name)\.?[ \t]*:?[ \t]*$/iu;

/** Whether a PERSON finding is a language or a list of languages the text names as such. */
export function languageNoPerson(text: string, e: Entity, value: string): boolean {
  const words = value.split(/[ \t]*(?:,|\/|[ \t]and[ \t]|[ \t]und[ \t])[ \t]*|[ \t]+/).filter((w) => w !== '');
  if (words.length === 0 || !words.every(isLanguage)) return false;
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, e.start - 80), e.start);
  if (TITLE_BEFORE.test(before)) return false;
  if (QUALIFIED_AFTER.test(text.slice(e.end, e.end + 40))) return true;
  if (LANGUAGES_LABEL_BEFORE.test(before)) return true;
  if (words.length === 1 && FOR_BEFORE.test(before)) {
    const near = text.slice(Math.max(0, e.start - 300), Math.min(text.length, e.end + 300));
    return INTERPRETING_NEAR.test(near);
  }
  return false;
}

/** A language school's kind after its language: "… English Centre", "… German School", "… Language Academy". */
const SCHOOL_AFTER =
  /^[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:Centre|Center|School|Academy|Institute|College|Language School|Language Centre|Sprachschule|Sprachinstitut|Sprachenzentrum)(?![\p{L}])/u;

/**
 * A language service's kind ending its name ("Sprachbrücke Übersetzungen", "Lingua Translations"): the firm's name,
 * unless a name is among its other words ("Jana Novak Übersetzungen" is a sole trader's, hers).
 */
const LANGUAGE_FIRM_END =
  /[ \t](?:Übersetzungen|Übersetzungsbüro|Übersetzungsdienst|Dolmetschdienst|Dolmetscherdienst|Sprachendienst|Sprachschule|Translations|Interpreting)$/u;

/**
 * Whether a PERSON finding is the front of a language school's name: "River Newcomer" of "Red River Newcomer English
 * Centre", or a language service's name ending in its kind. The language and the school's kind follow it, and every word of the finding is an ordinary English word
 * that is no given name: "Jana Novak English Academy" and "Grace River English School" stay (privacy first).
 */
export function languageSchoolNoPerson(text: string, e: Entity, value: string): boolean {
  if (LANGUAGE_FIRM_END.test(value)) {
    const words = value.split(/[ \t]+/).filter((w) => w !== '');
    return words.length >= 2 && words.slice(0, -1).every((w) => !isGivenName(w) && !isKnownName(w));
  }
  const after = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(e.end, e.end + 30));
  if (!after || !isLanguage(after[1])) return false;
  if (!SCHOOL_AFTER.test(text.slice(e.end + after[0].length, e.end + after[0].length + 40))) return false;
  const words = value.split(/[ \t]+/).filter((w) => w !== '');
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isEnglishWord(w) && !isGivenName(w));
}
