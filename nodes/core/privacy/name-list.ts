import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIRST_NAMES } from './first-names.js';

/** Lower-case ASCII letters, "'", "’", "." and "-": nothing in them to fold. */
function isPlain(lower: string): boolean {
  // A loop over character codes, not a regular expression: this runs for most words looked up.
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || code === 39 || code === 0x2019 || code === 46 || code === 45)) return false;
  }
  return true;
}

/** The key names are looked up by: lower case, accents and Turkish/Polish/Nordic special letters folded. */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: nothing to fold.
  if (isPlain(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .replace(/[ıł]/g, (c) => (c === 'ı' ? 'i' : 'l'))
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * Entries of the name list that are far more often ordinary English words ("Will", "Grant", "Service"),
 * cities and German nouns that are also surnames: never evidence of a name on their own. The English
 * ones are the list's entries that appear in lower case throughout package documentation.
 */
export const COMMON_WORDS = new Set(
  `
able agent all alpha kita alt an aud auth babel back backer bar base bash basic be been begin below bench best bi black
block blue body bold book both bottom bounds bower box brace branch brand broker buff bump button call camel can
cancel cap care carrier case cast center certain chain chalk channel char check child choice class clear click
clock close cloud co code coffee comes common constant cool core counter cover cross curl current dash day days
de deal del delay demo deno do don done dot double down drain dry due early echo edge el else em even every factor
fail failing fails fake fall fast favor few field fields file files fine first fix font foo force forward frame
free full fury general getter gist given go going goo good grab grant gray green guard guess hand handler handy
hard hash he head height high hook hooks host how human im in job just keep key keys kind land lang large lark
last law layer leak learn less level light like line lines link lint list little lock long look loop loose low
lower mac main major man manner manual many mark marks mask master matter max may means meta million min minor
miss mix mock mode more most mount my necessary new nice no null numbers old on orange over pack page pages pair
para parent pass patch peer person persons pick pin ping pinkie pino place plain pointer points pool port post
pretty prior proper proto que query quick race rand range rather re reach read reader reading ready real reason
reasons record records red ref register render risk root round row rule running salt sample samples sass say
screen search see seed sees self sell service session sessions shallow share shell shields shim short show shown
shows sit slack small smart so soon space span speed spinner square stack stage standard star states still story
stream strong styles such sum super tee tell test than then tiny to touch trace travis treat trim true um un val
via vite vue wait walk walker warn warning way welcome well white wild will win won word work works you
cheers dear regards thanks sincerely yours monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december street road lane hill park hall
berlin hamburg munich münchen köln cologne frankfurt stuttgart düsseldorf leipzig dresden hannover bremen wien
vienna zürich zurich london paris madrid rome roma milan mailand amsterdam brussels prag prague warsaw istanbul
chicago boston dallas houston phoenix austin denver york jersey washington paris lincoln jackson madison
herren damen kind wald berg see haus hof feld stein sonne winter sommer liebe grüße gruß danke bitte team kunde
kunden frau herr mann store shop bank office team group support sales finance legal marketing admin it hr
inc ltd llc corp co sons partners ag kg gmbh plc ug kgaa
kolleginnen kollegen leute freunde everyone colleagues folks guys zusammen
sir madam sirs beste viele herzliche freundliche freundlichen mit many warm
tue tues wed thu thur thurs fri feb apr aug sept oct nov dec
eltern elternteil kollegin kollege nachbarn mitglieder mitglied teilnehmende kundinnen schüler schülerinnen bewerber
parent parents carer carers colleague member members customer customers client clients guest guests patient patients
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar februar märz mai juni juli oktober dezember
north south east west nord süd sued ost neu new bad sankt fort port lake mount
der die das den dem des ein eine einer und oder für mit von vom zu zum zur im am an auf aus bei nach vor über unter
ihr ihre ihren ihrem euer eure dein deine mein meine unser unsere sie er es wir ich du wer was wie wo
preis firma auftrag rechnung termin lieferung bestellung angebot vertrag anfrage gruppe abteilung büro
the a and or of for with from your our my his her their this that these those what who where
leib gewinn gewinne verlust auszahlung einzahlung
zentrale hauptgast hauptmieter hauptmieterin risiko risiken
`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => nameKey(word)),
);

let names: Set<string> | undefined;

/** The names faker's locales carry, extracted at build time (scripts/world-names.mjs) beside this module. */
const WORLD_NAMES = join(__dirname, 'data', 'world-names.txt');

/**
 * Given names and surnames of many cultures, read on first use: the people-names list of the CSpell
 * project (MIT licence, `@cspell/dict-people-names`, about 39,000 entries), the Latin-script person
 * names of faker's locales (MIT, about 25,000: Nigerian, Indian, Vietnamese, Turkish, Polish,
 * Italian, Spanish, French, Croatian …), and the built-in first names. Folded keys, so "Yılmaz"
 * and "Öztürk" match "Yilmaz" and "Ozturk".
 */
function nameSet(): Set<string> {
  if (names) return names;
  const set = new Set<string>();
  const add = (file: string) => {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const word = line.trim();
      if (word && !word.startsWith('#')) set.add(nameKey(word));
    }
  };
  add(join(dirname(require.resolve('@cspell/dict-people-names')), 'dict', 'people-names.txt'));
  add(WORLD_NAMES);
  add(join(__dirname, 'data', 'surnames.txt'));
  for (const given of givenSet()) set.add(given);
  for (const first of FIRST_NAMES) set.add(nameKey(first));
  names = set;
  return set;
}

let given: Set<string> | undefined;
let dictionary: Set<string> | undefined;

/** Folded keys of the words of a generated list beside this module (scripts/names-data.mjs). */
function listBeside(file: string): Set<string> {
  const set = new Set<string>();
  for (const line of readFileSync(join(__dirname, 'data', file), 'utf8').split('\n')) {
    const word = line.trim();
    if (word && !word.startsWith('#')) set.add(nameKey(word));
  }
  return set;
}

/**
 * Given names of many cultures (faker's locales, Korean, Greek and Cyrillic ones romanised,
 * two-syllable pinyin names, compromise's given names) and the built-in first names.
 */
function givenSet(): Set<string> {
  if (given) return given;
  given = listBeside('given-names.txt');
  for (const first of FIRST_NAMES) given.add(nameKey(first));
  return given;
}

/**
 * Words of organisations and products that end no person's name ("Clearwater Payroll", "Westfield
 * Academy", "Kiefer Elektrotechnik"): added to the generated dictionary, whose nouns are few.
 */
const ORGANISATION_WORDS =
  'academy business ops operations payroll solicitors solicitor services service solutions systems software consulting partners holding holdings group media design studio labs lab capital ventures logistics logistik technik elektrotechnik haustechnik medizintechnik beratung steuerberatung reisen touristik immobilien verwaltung versicherung versicherungen bau handel gastronomie apotheke praxis kanzlei klinik klinikum schule gymnasium hochschule universität university college institute institut stiftung verein verband bank sparkasse volksbank care customer customers accounts receivable payable human resources recruitment facility facilities management engineering trading transport spedition gruppe team center centre central payment payments amount total status subject date time place ort raum datum betreff zeit thema anlass notes note comment kommentar bemerkung bemerkungen reason grund server host valid gültig login logout summary result ergebnis department abteilung filiale standort location category kategorie priority priorität'.split(
    ' ',
  );

/** An ordinary English or German word (generated dictionary, organisation words, COMMON_WORDS), by folded key. */
export function isDictionaryWord(word: string): boolean {
  if (!dictionary) {
    dictionary = listBeside('common-words.txt');
    for (const w of ORGANISATION_WORDS) dictionary.add(w);
  }
  let answer = dictionaryAnswers.get(word);
  if (answer === undefined) {
    const key = nameKey(word);
    answer = dictionary.has(key) || COMMON_WORDS.has(key);
    // Asked for every capitalised word a name rule reads: remembered, up to a bound.
    if (dictionaryAnswers.size >= 50_000) dictionaryAnswers.clear();
    dictionaryAnswers.set(word, answer);
  }
  return answer;
}

const dictionaryAnswers = new Map<string, boolean>();

let english: Set<string> | undefined;

/**
 * A common English word (SCOWL's levels 10 to 35, generated by scripts/names-data.mjs): "Router",
 * "Terrace", "Holiday". Many are names too ("Grace", "Baker"); callers ask it where the word would
 * otherwise count as a name's part on weak evidence.
 */
export function isEnglishWord(word: string): boolean {
  let answer = englishAnswers.get(word);
  if (answer === undefined) {
    if (!english) english = listBeside('english-words.txt');
    answer = english.has(nameKey(word));
    // Asked for the same capitalised words again and again: remembered like the other answers, up to a bound.
    if (englishAnswers.size >= 50_000) englishAnswers.clear();
    englishAnswers.set(word, answer);
  }
  return answer;
}

const englishAnswers = new Map<string, boolean>();

/**
 * A number for the plain ASCII word between start and end, in lower case (FNV-1a), or -1 for a word
 * with other letters: compared with the numbers of the given names, it rules out most words that
 * start sentences without cutting them out of the text.
 */
export function asciiWordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return -1;
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);
  }
  return h >>> 0;
}

let givenHashes: Set<number> | undefined;

/** Whether the word of this hash (asciiWordHash, not -1) may be a given name: false rules it out. */
export function mayBeGivenName(hash: number): boolean {
  if (!givenHashes) {
    givenHashes = new Set<number>();
    // Keys isGivenName turns down ("the", "sehr", dictionary words) are left out: they start many sentences.
    for (const key of givenSet())
      if (!COMMON_WORDS.has(key) && !isDictionaryWord(key)) givenHashes.add(asciiWordHash(key, 0, key.length));
  }
  return givenHashes.has(hash);
}

/** A given name from the lists that is not, more often, an ordinary word ("Taeyang", "Golnar", not "Will"). */
export function isGivenName(word: string): boolean {
  let answer = givenAnswers.get(word);
  if (answer === undefined) {
    const key = nameKey(word);
    answer = (givenSet().has(key) && !COMMON_WORDS.has(key) && !isDictionaryWord(word)) || hyphenatedGivenName(key);
    // Asked for most words that start sentences and lines: remembered, up to a bound.
    if (givenAnswers.size >= 50_000) givenAnswers.clear();
    givenAnswers.set(word, answer);
  }
  return answer;
}

const givenAnswers = new Map<string, boolean>();

/**
 * Any given name of the lists, also one that is more often an ordinary word ("Grace", "Summer", "Mark", "Frank"):
 * for reading a name written inside a word ("gracebaker@"), where a word-like given name is still a name's start.
 */
export function isListedGivenName(word: string): boolean {
  return givenSet().has(nameKey(word));
}

/**
 * A given name written with a hyphen: Korean and Chinese ones as one name ("Ji-hoon" for Jihoon,
 * "Min-seo"), double names whose parts are given names ("Heike-Marie", "Jean-Luc").
 */
function hyphenatedGivenName(key: string): boolean {
  const hyphen = key.indexOf('-');
  if (hyphen < 1 || hyphen === key.length - 1) return false;
  const joined = key.slice(0, hyphen) + key.slice(hyphen + 1);
  if (givenSet().has(joined) && !COMMON_WORDS.has(joined)) return true;
  const parts = key.split('-');
  return parts.length === 2 && parts.every((p) => p.length > 2 && givenSet().has(p) && !COMMON_WORDS.has(p));
}

/**
 * A known name that is no word of either dictionary ("Novak", "Hagedorn"; not "Baker", "Broadband"): a person
 * when it ends a run of capitalised words that might otherwise be a firm's.
 */
export const nameNoWord = (word: string) => isKnownName(word) && !isDictionaryWord(word) && !isEnglishWord(word);

/**
 * Endings of German abstract nouns ("Einweisung", "Sicherheit", "Gesellschaft", "Genehmigung"), which no surname
 * has: THE list, as an alternation; readers add the endings their own places need.
 */
export const GERMAN_NOUN_ENDINGS = 'ung|heit|keit|schaft|tion|sion|tät|nis|ismus';

/** A word that is a known given name or surname and not, more often, an ordinary word. */
export function isKnownName(word: string): boolean {
  let answer = answers.get(word);
  if (answer === undefined) {
    const key = nameKey(word);
    answer = (!COMMON_WORDS.has(key) && nameSet().has(key)) || hyphenatedGivenName(key);
    // Texts repeat their capitalised words: remember the answers, up to a bound.
    if (answers.size >= 50_000) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

const answers = new Map<string, boolean>();

/** Words that end a name when they follow one: organisations and function words ("Jana Okafor Team", "Tom und"). */
const ENDS_NAME = new Set(
  'team gmbh ag kg co inc ltd llc corp plc sons partners service support abteilung department group gruppe office büro sales finance legal marketing admin it hr und and or oder of the der die das für for'
    .split(' ')
    .map((word) => nameKey(word)),
);

export function endsName(word: string): boolean {
  return ENDS_NAME.has(nameKey(word));
}

/** An ordinary word the name list also holds, or a word that starts no name ("Team", "Service", "Monday"). */
export function isCommonWord(word: string): boolean {
  let answer = commonAnswers.get(word);
  if (answer === undefined) {
    answer = COMMON_WORDS.has(nameKey(word));
    // Asked for most capitalised word pairs: remembered like isKnownName's answers, up to a bound.
    if (commonAnswers.size >= 50_000) commonAnswers.clear();
    commonAnswers.set(word, answer);
  }
  return answer;
}

const commonAnswers = new Map<string, boolean>();

let surnames: Set<string> | undefined;

/**
 * A surname of the curated surname list (surnames.txt: romanised Greek, Russian, Ukrainian and compromise's
 * surnames), narrower than isKnownName's 60,000 names: for reading a surname inside a word written as one
 * ("mariaschmidt"), where any of those names would match some run of letters.
 */
export function isListedSurname(word: string): boolean {
  surnames ??= listBeside('surnames.txt');
  return surnames.has(nameKey(word));
}
