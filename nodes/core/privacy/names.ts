import { afterMilitaryRank } from './military-ranks.js';
import { LEGAL_FORM } from './addresses.js';
import { CONTINENTAL_FORMS, PARTNERS_AFTER_NAME, legalForms } from './legal-forms.js';
import type { Entity } from './entities.js';
import { codeUnitTest } from './code-units.js';
import { byFirstLetter, CAPITALS_WORD, LOWER, NAME_WORD, UPPER } from './letters.js';
import { FIRST_NAMES } from './first-names.js';
import {
  endsName,
  isCommonWord,
  isDictionaryWord,
  isEnglishWord,
  isGivenName,
  isKnownName,
  nameNoWord,
} from './name-list.js';
import {
  documentShapes,
  finishLineShapes,
  foundWords,
  introducedName,
  lineShapes,
  repeatedNames,
  shapeLine,
} from './names-shapes.js';
import { capitalsSurnameAt, initialAt, initialAtLineStart } from './names-initials.js';
import { lowercaseLine, startsLowerCase } from './names-lowercase.js';
import { roomOccupant } from './names-rooms.js';
import { countedBracketNames } from './names-counted-brackets.js';
import { statementPayees } from './names-statement-payees.js';
import { namesAfterCues } from './names-after-cues.js';
import { capitalsNoName } from './names-capitals.js';
import { lastCapitalisedWord, surnameEndingLine } from './names-line-end.js';
import { transcriptRole } from './transcript-turns.js';
import { bracketedNames, quotedNicknames, roleSpeaker, speakerRole, wroteHeader } from './names-speakers.js';
import { PARTICLE_ALTERNATION } from './name-particles.js';
import { holdsSqlStatements } from './sql-rows.js';

/**
 * Names where documents put them without a title or "Herr"/"Frau": labelled fields ("Full name:",
 * "Ansprechpartner:"), after roles ("approved by", "erstellt von"), greetings ("hey Jana"),
 * sign-offs under a closing line, chat speakers ("[09:12] Jana:", "Jana 09:12"), name columns of
 * CSV and Markdown tables, and two known names side by side ("Chidi Okonkwo", "Nguyen, Thi Lan").
 * The structure carries the evidence; where it is weak (a field called "Owner", "Kind" or "By"),
 * a word from the name list must be part of the value.
 */

const isUpperCode = codeUnitTest(new RegExp(`[${UPPER}]`));
/** A line's first character before a name: a capital, a bullet, a digit of a numbered item, a blank. */
const isUpperOrLeadCode = codeUnitTest(new RegExp(`[${UPPER}\\-*•#\\d \\t]`));

/** One word of a name: a capitalised word, a word in capitals ("OKAFOR"), an initial ("J."). */
const TOKEN = new RegExp(
  `(?:${NAME_WORD}|${CAPITALS_WORD}(?:-${CAPITALS_WORD})?|[${UPPER}]\\.)(?![${UPPER}${LOWER}])`,
  'y',
);
/**
 * Lower-case particles inside names: "Ludwig van Beethoven", "Ana dos Santos", "Omar bin Laden"; a name in capitals
 * writes them so too ("ANNA-LENA VON DER HEYDE").
 */
const PARTICLE = new RegExp(`(?:(?:${PARTICLE_ALTERNATION}|${PARTICLE_ALTERNATION.toUpperCase()})[ \\t]+){1,2}`, 'y');
/** Whether the code is a first letter of a particle (v d l b a e t z y), for a name that starts with one. */
const mayStartParticle = (code: number) =>
  code === 118 ||
  code === 100 ||
  code === 108 ||
  code === 98 ||
  code === 97 ||
  code === 101 ||
  code === 116 ||
  code === 122 ||
  code === 121;

export interface ParsedName {
  end: number;
  tokens: string[];
}

/**
 * The name starting at `pos`: up to four name words on one line (particles between them), with
 * "Surname, Given" read as one name where `comma` allows; undefined if the first word is no name word.
 */
export function parseName(text: string, pos: number, comma: boolean, commonFirst = false): ParsedName | undefined {
  const tokens: string[] = [];
  let end = pos;
  let at = pos;
  // A name may start with its particle ("von der Heyde, Friedelind", "Mr bin Yusof").
  if (mayStartParticle(text.charCodeAt(pos))) {
    PARTICLE.lastIndex = pos;
    const particle = PARTICLE.exec(text);
    if (particle) at = pos + particle[0].length;
  }
  while (tokens.length < 4) {
    TOKEN.lastIndex = at;
    const w = TOKEN.exec(text);
    // A common word ("Park", "Kunde") may be part of a name, but does not begin one.
    const initial = !!w && w[0].length === 2 && w[0][1] === '.';
    if (!w || (!initial && (tokens.length === 0 ? !commonFirst && isCommonWord(w[0]) : endsName(w[0])))) break;
    // "Auskunfts- und Beratungsstelle": the first part of a shortened compound, no name.
    if (text[w.index + w[0].length] === '-') return undefined;
    tokens.push(w[0]);
    end = at = w.index + w[0].length;
    let gap = at;
    if (comma && tokens.length === 1 && text[gap] === ',') gap++;
    while (text[gap] === ' ' || text[gap] === '\t') gap++;
    // A tab or a run of blanks separates columns ("Surname: O'Sullivan        Forename(s): Niamh"), not names.
    if (gap === at || gap - at > 2 || text.charCodeAt(gap - 1) === 9) break;
    PARTICLE.lastIndex = gap;
    const particle = PARTICLE.exec(text);
    at = particle ? gap + particle[0].length : gap;
  }
  // An initial alone, or a name ending in a particle's dot, is no name.
  if (tokens.length === 0 || tokens.every((t) => t.endsWith('.'))) return undefined;
  return { end, tokens };
}

/** A particle and a capital after it: "von der Heyde", "bin Yusof". */
function startsWithParticle(text: string, at: number): boolean {
  if (!mayStartParticle(text.charCodeAt(at))) return false;
  PARTICLE.lastIndex = at;
  return PARTICLE.test(text) && isUpperCode(text.charCodeAt(PARTICLE.lastIndex));
}

/** An initial's word without its dot ("J." → "J"). */
const withoutDot = (word: string) => (word.endsWith('.') ? word.slice(0, -1) : word);

/** Titles between a label or greeting and the name ("Dear Mr. Okafor", "Ansprechpartner: Frau Dr. Aydın"). */
export const TITLES =
  /(?:(?:Herrn?|Frau|Hr\.|Fr\.|Dr\.?|Prof\.?|HERRN?|FRAU|DR\.?|PROF\.?|MR\.?|MRS\.?|MS\.?|med\.|Sachbearbeiter(?:in)?|Kolleg(?:e|in)|Sekretär(?:in)?|Rechtsanw(?:alt|ältin)|Notar(?:in)?|Rechtspfleger(?:in)?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Miss)[ \t]+)+/y;

function afterTitles(text: string, at: number): number {
  TITLES.lastIndex = at;
  return TITLES.test(text) ? TITLES.lastIndex : at;
}

export const known = (name: ParsedName) => name.tokens.some((t) => isKnownName(t));

/** A common English word the name lists do not hold ("Router", "Terrace", "Wharf"). */
export const englishNoun = (token: string) => !isKnownName(token) && isEnglishWord(token);

/** Not a word of the dictionary, a team or a function ("Payroll", "Personalabteilung", "Customer Care"). */
export const wordLike = (token: string) =>
  !isKnownName(token) && (isDictionaryWord(token) || nounEnding(token.toLowerCase()) || pluralOfWord(token));

/**
 * A word ending as nouns and teams end ("Personalabteilung", "Customer Success Team"); "-ing" only as the form of an
 * English verb ("Onboarding", "Ticketing", "Controlling"): names from many cultures end so too and are no word
 * ("Choeying", "Hlaing", "Sihombing", "Guiying").
 */
function nounEnding(lower: string): boolean {
  if (!NOT_A_NAME_ENDING.test(lower)) return false;
  if (!lower.endsWith('ing')) return true;
  const stem = lower.slice(0, -3);
  if (stem.length < 3) return false;
  // "park-ing", "recycl(e)-ing", "controll-ing" (a doubled last consonant)
  const word = (w: string) => isEnglishWord(w) || isDictionaryWord(w);
  return word(stem) || word(stem + 'e') || (stem.length > 3 && stem.at(-1) === stem.at(-2) && word(stem.slice(0, -1)));
}

/** A plural of an ordinary word ("Passengers", "Colleagues"): the word without its "s" is one. */
const pluralOfWord = (token: string) =>
  token.length > 4 &&
  token.endsWith('s') &&
  !token.endsWith('ss') &&
  (isDictionaryWord(token.slice(0, -1)) || isEnglishWord(token.slice(0, -1)));

/**
 * A name as people are named where the structure is weaker: a given name from the lists, a known
 * name that is no word, or two or more words none of which is an ordinary word.
 */
export function plausibleName(name: ParsedName): boolean {
  if (name.tokens.some((t) => wordLike(withoutDot(t)) && !t.endsWith('.'))) return false;
  return name.tokens.some((t) => isGivenName(t) || isKnownName(t)) || name.tokens.length > 1;
}
export const person = (start: number, end: number, score: number): Entity => ({ type: 'PERSON', start, end, score });

/**
 * Field labels whose value is a person. The first group needs nothing more; the second ("Owner",
 * "Kind", "By", "To") also labels things that are not people, so the value needs a known name word.
 * The security trade's people are strong (Einsatzkraft, Patrouilleur, Schlüsselträger 1, keyholder, Zielperson,
 * steward, technician); its words that also name things are weak ("Ordner" is a folder, "kraft" a force, "guard",
 * "patrol" and "operative" are adjectives and units too, a chat's "Besucher:" or "Visitor:" is a speaker).
 */
const PERSON_LABEL =
  /(?:^|[\s(/-])(?:(?:(?:full|first|last|given|family|middle|sur|display|maiden|birth|badge|legal|preferred|vor|nach|ruf|geburts|familien|mädchen|kontakt|contact|customer|employee|patient|client)[ _-]?)?name|namen?|patient(?:in)?|mitarbeiter(?:in)?|employee|angestellte[rn]?|ansprechpartner(?:in)?|kontaktperson|contact person|ansprechperson|bezugsperson|vertrauensperson|betreuer(?:in)?|berater(?:in)?|advisor|adviser|consultant|caseworker|case manager|dolmetscher(?:in)?|interpreter|sachbearbeiter(?:in)?|bearbeiter(?:in)?|bearb\.|kassenführer(?:in)?|cashier|kunde|kundin|customer|mandant(?:in)?|antragsteller(?:in)?|applicant|bewerber(?:in)?|teilnehmer(?:in)?|participant|attendee|author|autor(?:in)?|verfasser(?:in)?|reviewer|prüfer(?:in)?|gutachter(?:in)?|assignee|empfänger(?:in)?|recipient|absender(?:in)?|sender|mieter(?:in)?|tenant|vermieter(?:in)?|landlord|versicherte[rn]?|insured|policy ?holder|kontoinhaber(?:in)?|account ?holder|karteninhaber(?:in)?|cardholder|ehepartner(?:in)?|ehefrau|ehemann|spouse|partner(?:in)?|mutter|vater|mother|father|eltern(?:teil)?|parent|guardian|erziehungsberechtigte[r]?|notfallkontakt|emergency contact|arzt|ärztin|doctor|physician|therapeut(?:in)?|zeuge|zeugin|witness|vorgesetzte[r]?|supervisor|manager(?:in)?|teamleiter(?:in)?|leiter(?:in)?|requester|requested by|reported by|reviewed by|approved by|signed by|created by|prepared by|submitted by|taken by|erstellt von|notiert von|vermerkt von|aufgenommen von|noted by|logged by|recorded by|geprüft von|genehmigt von|freigegeben von|unterschrift|signature|signed|gez|reporter|melder(?:in)?|einsatzkraft|sicherheitskraft|wachmann|wachfrau|wachperson|patrouilleur(?:in)?|streifenkraft|security officer|security guard|door supervisor|keyholder(?: \d{1,2})?|key holder(?: \d{1,2})?|schlüsselträger(?:in)?(?: \d{1,2})?|schlüsselinhaber(?:in)?|zielperson|steward(?:ess)?|technician|techniker(?:in)?|caller|anrufer(?:in)?|fahrer(?:in)?|driver|passagier|passenger|reisende[r]?|traveller|traveler|schüler(?:in)?|student(?:in)?|pupil|sohn|tochter|son|daughter|person|present|anwesend|abwesend|absent|entschuldigt|apologies|angehörige[rn]?|next of kin|erben?|erbin(?:nen)?|heirs?|beneficiar(?:y|ies)|begünstigte[rn]?|executors?|executrix|approved by executor|testamentsvollstrecker(?:in)?|nachlassverwalter(?:in)?|erblasser(?:in)?|testator|testatrix|cover(?: arranged with)?|vertretung|organi[sz]er|organisator(?:in)?|guest|gäste|invitee|prüfer|geschädigte[rn]?|betroffene[rn]?|reporting officer|officer|person involved|for questions|für rückfragen|notes|protokoll(?:führer(?:in)?)?|minutes|(?:vor- und )?zuname|forename|name on badge|vorstand|geschäftsführer(?:in)?|geschäftsführung|director|chair|vorsitz(?:ende[rn]?)?|teilnehmende|mitarbeitende|beschäftigte[rn]?|anwesende|taxpayer|steuerpflichtige[rn]?|claimant|kläger(?:in)?|beklagte[rn]?|(?:prozess)?bevollmächtigte[rn]?|rechtsanw(?:alt|ältin)|solicitor|first aider|ersthelfer(?:in)?|staff|mentor(?:in)?|mentee|teacher|tutor|lehrer(?:in)?|lehrkraft|klassenleitung|nurse|pflegekraft|(?:baby|pet|dog|cat|house)?[ -]?sitter|carer|caregiver|care worker|dog walker|haushaltshilfe|alltagsbegleiter(?:in)?|betreuungskraft|child|name[ \t]+(?:laut|lt\.?|as[ \t]+(?:on|in))[ \t]+\S+|name[ \t]+in[ \t]+(?:druckbuchstaben|block[ \t]+capitals)|print[ \t]+name|name[ \t]+\((?:print|block capitals|druckbuchstaben)\)|(?:name|vorname|nachname)[ \t]+(?:des|der|of(?:[ \t]+the)?)[ \t]+(?:kind(?:e?s)?|child|mutter|mother|vaters?|father|eltern(?:teils)?|parent|patient(?:en|in)?|versicherten|insured|antragsteller(?:s|in)?|applicant|mitarbeiter(?:s|in)?|employee|ehepartner(?:s|in)?|spouse|erziehungsberechtigten|guardian|verstorbenen|deceased))[ \t]*$/i;
const WEAK_LABEL =
  /(?:^|[\s(/-])(?:kind|child|kontakt|contact|owner|inhaber(?:in)?|by|von|from|to|an|cc|bcc|lead|leitung|user|benutzer(?:in)?|nutzer(?:in)?|member|mitglied|guest|gast|holder|halter(?:in)?|host|seller|buyer|verkäufer(?:in)?|käufer(?:in)?|speaker|sprecher(?:in)?|moderator(?:in)?|organizer|organiser|veranstalter(?:in)?|trainer(?:in)?|coach|agent|verantwortlich(?:e[r]?)?|responsible|zuständig(?:e[r]?)?|wer|who|genehmigt|geprüft|freigegeben|approved|reviewed|signed off|monteur(?:in)?|ordner(?:in)?|kraft|besucher(?:in)?|visitor|operative|guard|patrol|debtor|schuldner(?:in)?|master|kapitän(?:in)?|captain|skipper|schiffsführer(?:in)?|objector|einwender(?:in)?|supporter|unterstützer(?:in)?|signer|unterzeichner(?:in)?|candidate|kandidat(?:in)?)[ \t]*$/i;

/** Words after which a lone given name is a person ("ask Jana", "an Lukas", "thanks Marek", "mit Ayse"). */
const LONE_CUES =
  'an|ask|asked|tell|told|ping|pinged|pingt|mal|then|cc|with|mit|for|für|and|und|or|oder|from|thanks|danke|remind|let|fragt?e?|sagt?e?|schick|send|sent|gib|call|called|meet|met|hi|hey|hallo|dear|liebe[rs]?|think|thinks|guess|believe|hope|glaube|denke|hoffe|dass|that|seeing|grüß|bring|contact|tochter|daughter|schrieb'.split(
    '|',
  );
/** Last words of self-introductions and greetings inside a line ("hier ist", "it's", "my name is", "Liebe/r"). */
const INTRODUCTION_CUES = [
  'hier ist',
  'hier',
  'hier spricht',
  'name is',
  'name ist',
  'this is',
  "it's",
  'it’s',
  'ich bin',
  'ich heiße',
  "I'm",
  'I’m',
  'hello',
  'liebe\\/r',
];
/** A hint that may end a self-introduction or a greeting inside a line. */
const INTRODUCTION_HINT = /^ (?:hier|name|this|it.s|ich|I.m|hello|hallo|hi|hey|dear|liebe)/;
/** Where a role may end right before a capitalised word: " by ", " to ", " of ", " von ", " durch ". */
const ROLE_HINT = new RegExp(
  ` ${byFirstLetter(['by', 'to', 'of', 'von', 'durch', 'v\\.', 'Hd\\.?', 'gegen', ...LONE_CUES, ...INTRODUCTION_CUES])}[ \\t]+(?=[${UPPER}])`,
  'g',
);
/**
 * Roles after which a name follows without a colon ("approved by", "erstellt von", "z. Hd.", an obituary's
 * "sadly missed by", a court file's "- Klägerin -, gegen"), read back from a hint.
 */
const ROLE_BEFORE =
  /(?:(?:taken|approved|reviewed|signed|prepared|created|written|submitted|requested|reported|raised|opened|closed|assigned|checked|authori[sz]ed|handled|owned|led|presented|organi[sz]ed|hosted|moderated|chaired|drafted|edited|confirmed|verified|sent|forwarded|escalated|booked|recorded|conducted|performed|examined|treated|referred|issued|countersigned|witnessed|interviewed|replaced|covered|accompanied|documented|logged|noted|charted)[ \t]+by|assigned[ \t]+to|on[ \t]+behalf[ \t]+of|(?:erstellt|geprüft|genehmigt|freigegeben|unterschrieben|bearbeitet|angelegt|verfasst|protokolliert|übernommen|gemeldet|beantragt|angefordert|abgezeichnet|gegengezeichnet|weitergeleitet|eingereicht|aufgenommen|durchgeführt|behandelt|untersucht|überwiesen|ausgestellt|gebucht|vertreten|begleitet|geschlossen|erledigt|zugewiesen|eskaliert|unterzeichnet|erfasst|bestätigt|geändert|abgenommen|dokumentiert|notiert|eingetragen)[ \t]+(?:von|durch)|(?:übergeben|zugewiesen|eskaliert|weitergeleitet|weitergegeben)[ \t]+an|(?:escalated|forwarded|handed[ \t]+over|passed|sent|given|reassigned|transferred)[ \t]+to|(?:updated|modified|changed|resolved|completed|signed[ \t]+off)[ \t]+by|im[ \t]+Auftrag[ \t]+von|(?:sadly[ \t]+)?(?:missed|survived|mourned)[ \t]+by|(?:Beklagte[nr]?|Klägerin|Kläger|Antragsteller(?:in)?|-)[ \t]*,?[ \t]+gegen|(?:zu[ \t]+Händen|z\.[ \t]?Hd\.?)(?:[ \t]+(?:von|v\.))?)[ \t]+$/i;
/** A role and a date or time before "by"/"von": "checked on 2025-09-20 by", "geprüft am 12. Dezember 2025 von". */
const DATED_ROLE =
  /(?:checked|approved|reviewed|signed|verified|confirmed|taken|handled|issued|recorded|geprüft|genehmigt|freigegeben|unterschrieben|bearbeitet|übernommen|erfasst|aufgenommen|ausgestellt|bestätigt)[ \t]+(?:on|at|am|um)[ \t]+[^\n]{1,32}?[ \t]+(?:by|von)[ \t]+$/i;
/** Forwarding marks at the start of a line, followed by a person and nothing else: "i.A. Jana Okafor", "c/o", "Attn:". */
const FORWARDING =
  /[ \t]*(?:i\.[ \t]?[AV]\.|c\/o|[Aa]ttn\.?:?|gez\.|z\.[ \t]?Hd\.?|zu[ \t]+Händen(?:[ \t]+von)?)[ \t]*/y;

/** Greetings that start a line ("Hi Jana,", "hey Tom", "Hallo Frau …" is the title detector's). */
const GREETING =
  /[ \t]*(?:hi|hey|hallo|hello|dear|sehr[ \t]+geehrte(?:\/r|[rs])?|liebe\/r|liebe[rs]?|moin|servus|hej|salut|ciao|bonjour|hola|grüezi|guten[ \t]+(?:morgen|tag|abend)|good[ \t]+(?:morning|afternoon|evening)|morning|evening|yo|g'day|howdy|greetings)[ \t]+/iy;

/** A line that closes a letter or e-mail: the name follows on the next line (or the one after an empty line). */
const CLOSING_WORDS = String.raw`(?:mit[ \t]+)?(?:(?:viele|beste|liebe|herzliche|freundliche|freundlichen|schöne|sonnige|kollegiale|besten)[ \t]+)?(?:grüße|grüßen|grüsse|grüssen|gruß|gruss)(?:[ \t]+(?:aus|von|vom)(?:[ \t]+\S+){1,3})?|mfg|lg|vg|bg|(?:best|kind|warm|warmest|many|with)?[ \t]*regards|best(?:[ \t]+wishes)?|(?:warm|warmest|kind|good|all[ \t]+good)[ \t]+wishes|all[ \t]+the[ \t]+best|cheers|thanks(?:[ \t]+again)?|thank[ \t]+you|many[ \t]+thanks|thx|ta|vielen[ \t]+dank|danke(?:[ \t]+(?:dir|euch|ihnen))?|(?:vielen[ \t]+)?dank(?:e|[ \t]+dir|[ \t]+ihnen)?[ \t]+für[ \t]+(?:ihren|deinen|euren)[ \t]+besuch|thanks?(?:[ \t]+you)?[ \t]+for[ \t]+(?:your[ \t]+visit|visiting|coming[ \t]+in)|(?:yours[ \t]+)?(?:sincerely|truly|faithfully)|yours|take[ \t]+care|talk[ \t]+soon|speak[ \t]+soon|bis[ \t]+(?:bald|dann|morgen)|tschüss(?:[ \t]+und[ \t]+bis[ \t]+(?:bald|dann|morgen|später))?|ciao|herzlichst|liebst|alles[ \t]+gute|--`;
const CLOSING = new RegExp(String.raw`[ \t]*(?:${CLOSING_WORDS})[ \t]*[,.!]*[ \t]*(?:\r?\n|$)`, 'iy');
/** A closing and the name on one line: "Cheers, Rupert", "LG Agata", "Beste Grüße, Xiaowen Wu", "— Katerina". */
const CLOSING_THEN_NAME = new RegExp(String.raw`[ \t]*(?:(?:${CLOSING_WORDS})[ \t]*[,.!]?|[—–]|--?)[ \t]+`, 'iy');

/** A closing's words and the name after them, no dash ("Thanks Nyokabi!"). */
const CLOSING_WORDS_THEN_NAME = new RegExp(String.raw`(?:${CLOSING_WORDS})[ \t]*[,.!]?[ \t]+`, 'iy');

/**
 * A chat line's time first: "[09:12]", "09:12", "(9:12 AM)", "[03.03.25, 09:12:45]", "03/03/2025, 09:12 -", and a
 * visit log's or timetable's day before it ("Mon 09:15", "Fr 17:30"): a day's abbreviation is no speaker.
 */
const CHAT_TIME =
  /[ \t]*(?:[[(][^\])\n]{0,25}?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]|(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t]+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*(?:[-–|][ \t]*)?(?:<(?=[^>\n]{1,60}>))?/y;
const ALL_CAPITALS = new RegExp(`^${CAPITALS_WORD}$`);
/** A day's abbreviation or name, German or English, as timetables write it before a time. */
const WEEKDAY =
  /^(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
const VALUE_STARTS_WITH_DIGIT = /^[ \t]*\d/;
/** After a speaker's name: the time ("Jana 09:12", "Jana Okafor (09:12):", "Jana, 9:12 AM"). */
const TIME_AFTER = /[ \t]*[,([–-]?[ \t]*\d{1,2}:\d{2}\b/y;

/**
 * Names in labelled fields, after roles, in greetings, under closing lines and as chat speakers;
 * the line structure is read once, line by line.
 */
export const namesInContext = (text: string): Entity[] => {
  const out: Entity[] = [];
  let lineStart = 0;
  // Lines left in which the name under a closing may come (the next one, or the one after an empty line).
  let signatureLines = 0;
  // The first colon at or after the line's start: found once per colon, not searched again from every line.
  let colon = -1;
  // Whether the previous line had text: a name alone under it, ending the message, signs it.
  let afterText = false;
  const lineStarts: number[] = [];
  const shapes = lineShapes();
  let previousLine = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (colon < lineStart) {
      colon = text.indexOf(':', lineStart);
      if (colon === -1) colon = Infinity;
    }
    // A quoted reply ("> Viele Grüße", "> > Jana") is read without its quote marks.
    let start = lineStart;
    while (text.charCodeAt(start) === 62) {
      start++;
      while (text[start] === ' ' || text[start] === '\t') start++;
    }
    if (lineEnd - start > 2 || text.slice(start, lineEnd).trim()) {
      const closing = closesLetter(text, start, lineEnd);
      if (signatureLines > 0 && !closing) signature(text, start, lineEnd, out);
      else if (afterText && !closing && endsMessage(text, lineEnd)) unsignedSignOff(text, start, lineEnd, out);
      else if (!afterText && !closing && lineEnd === text.length) greetedSignOff(text, start, lineEnd, out);
      signatureLines = closing ? 2 : 0;
      afterText = true;
      // Where a name found elsewhere may stand alone: read once all names are found.
      if (isUpperOrLeadCode(text.charCodeAt(start))) lineStarts.push(start);
      if (colon < lineEnd) {
        // "Personalabteilung: R. Zwahlen": an initial right after the line's first colon.
        if (text.charCodeAt(colon + 3) === 46 && text.charCodeAt(colon + 1) === 32) initialAt(text, colon + 3, out);
        else if (text.charCodeAt(colon + 1) === 32) capitalsSurnameAt(text, colon + 2, out);
        speaker(text, start, lineEnd, colon, out);
        labelledFields(text, start, lineEnd, colon, out);
      }
      if (!closing) signedOnLine(text, start, lineEnd, out);
      roomOccupant(text, start, lineEnd, out);
      surnameEndingLine(text, start, lineEnd, out);
      greeting(text, start, out);
      forwarded(text, start, out);
      if (text.charCodeAt(start) === 60) nickSpeaker(text, start, lineEnd, out);
      shapeLine(text, start, lineEnd, previousLine, shapes, out);
      if (text.charCodeAt(start + 1) === 46) initialAtLineStart(text, start, out);
      else capitalsSurnameAt(text, start, out);
      if (startsLowerCase(text, start)) lowercaseLine(text, start, lineEnd, out);
      else if (text.charCodeAt(start) === 79 && text.startsWith('On ', start)) wroteHeader(text, start, lineEnd, out);
    } else {
      if (signatureLines > 0) signatureLines--;
      afterText = false;
    }
    previousLine = lineStart;
    lineStart = lineEnd + 1;
  }
  finishLineShapes(shapes, out);
  // Names already found on the lines: "ask Tariq" after "[11:10] Tariq: …".
  const seen = foundWords(text, out);
  const linesFound = out.length;
  ROLE_HINT.lastIndex = 0;
  for (let hint = ROLE_HINT.exec(text); hint; hint = ROLE_HINT.exec(text)) {
    const at = hint.index + hint[0].length;
    const before = text.slice(Math.max(0, hint.index - 30), at);
    const cue = text.charCodeAt(hint.index + 1);
    // "checked on 2025-09-20 by": only "by" and "von" end a dated role (b, v).
    if (
      ROLE_BEFORE.test(before) ||
      ((cue === 98 || cue === 118) && DATED_ROLE.test(text.slice(Math.max(0, hint.index - 60), at)))
    ) {
      // "geschlossen von Sachbearbeiterin Lore Kaminski": the name after the role's titles.
      const from = afterTitles(text, at);
      const name = parseName(text, from, false);
      if (name && (known(name) || plausibleName(name) || !name.tokens.some(wordLike)))
        out.push(person(from, name.end, 0.85));
    } else {
      const name =
        loneFirstName(text, at, seen) ??
        (RELATION_CUE.test(hint[0]) ? namedAfterCue(text, at) : undefined) ??
        (hint[0].startsWith(' schrieb') ? replyAuthor(text, at) : undefined);
      if (name) out.push(person(at, name.end, 0.6));
      else if (INTRODUCTION_HINT.test(hint[0])) {
        const introduced = introducedName(text, at, before);
        if (introduced) out.push(person(at, introduced.end, 0.8));
      }
    }
  }
  documentShapes(text, out);
  bracketedNames(text, out);
  countedBracketNames(text, out);
  statementPayees(text, out);
  quotedNicknames(text, out);
  // "wife Lamia", "user Tauriki", "gegengezeichnet: Moravek", a sole trader's firm (names-after-cues.ts).
  namesAfterCues(text, out);
  repeatedNames(text, out, foundWords(text, out, seen, linesFound), lineStarts);
  return out;
};

/** A short line that is only a closing ("Viele Grüße", "Best,", "Thanks!"). */
function closesLetter(text: string, start: number, end: number): boolean {
  if (end - start > 48) return false;
  CLOSING.lastIndex = start;
  return CLOSING.test(text) && CLOSING.lastIndex >= end;
}

/**
 * A closing and a name alone after it on the same line, the line's end after the name: the line itself ("Cheers,
 * Rupert"), or its last sentence after a chat speaker or another sentence ("[18:40] Ilka: Key is under the mat. Cheers Nyokabi!").
 * One word the word lists do not hold is a name there too ("Thanks, Dibé"): a team or a firm signs with words.
 */
function signedOnLine(text: string, start: number, end: number, out: Entity[]): void {
  if (end - start <= 60) signedFrom(text, start, end, CLOSING_THEN_NAME, out);
  // After another sentence only a closing's words sign ("… bis Mo. – Anruf Hausmeister" is a note). Only a line
  // ending in a capitalised word is searched back for its last sentence, at most 32 characters before that word (a
  // closing's words).
  const word = lastCapitalisedWord(text, start, end);
  if (word < 0) return;
  const last = lastSentenceStart(text, Math.max(start, word - 32), word);
  if (last > start) signedFrom(text, last, end, CLOSING_WORDS_THEN_NAME, out);
}

function signedFrom(text: string, start: number, end: number, closing: RegExp, out: Entity[]): void {
  closing.lastIndex = start;
  if (!closing.test(text)) return;
  const at = closing.lastIndex;
  const name = parseName(text, at, false);
  if (!name || !/^[ \t]*[.!]?[ \t]*\r?$/.test(text.slice(name.end, end))) return;
  // In SQL a line's "--" opens a comment ("-- Schema Lieferscheine", "-- Testdaten"): only a known name signs there.
  if (/^[ \t]*--/.test(text.slice(start, start + 12)) && !known(name) && holdsSqlStatements(text)) return;
  if (known(name) || plausibleName(name) || (name.tokens.length === 1 && unlistedWord(name.tokens[0]))) {
    if (!name.tokens.some(wordLike)) out.push(person(at, name.end, 0.85));
  }
}

/** A capitalised word no list holds, as a name, a word or an abbreviation in capitals. */
const unlistedWord = (word: string) =>
  !isEnglishWord(word) && !isDictionaryWord(word) && !isCommonWord(word) && !ALL_CAPITALS.test(word);

/** Where the last sentence of text[start, end) starts: after its last ". ", "! ", "? " or ": " (-1 if none). */
function lastSentenceStart(text: string, start: number, end: number): number {
  for (let i = end - 2; i > start; i--) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 58) && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      let at = i + 1;
      while (text[at] === ' ' || text[at] === '\t') at++;
      return at;
    }
  }
  return -1;
}

/** The line under a closing: a name alone, perhaps with a title after it ("Jana Okafor | Sales", "Tom, CFO"). */
function signature(text: string, start: number, end: number, out: Entity[]): void {
  let at = start;
  while (text[at] === ' ' || text[at] === '\t') at++;
  const forwarding = /^(?:i\.[ \t]?[AV]\.|gez\.|ppa?\.)[ \t]*/.exec(text.slice(at, at + 8));
  if (forwarding) at += forwarding[0].length;
  at = afterTitles(text, at);
  const name = parseName(text, at, false);
  if (!name) return;
  const rest = text.slice(name.end, end);
  // "Personalabteilung", "Accounts Receivable", "Alpenblick Reisen – Customer Care" sign for a team.
  if (name.tokens.some(wordLike) || (LEGAL_FORM.test(rest) && !FIRM_AFTER_BAR.test(rest))) return;
  if (/^[ \t]*(?:[,|/–(-].*|\.?[ \t]*\r?)$/.test(rest)) out.push(person(at, name.end, 0.9));
}

/** The firm in its own column after the name: "Guoqiang Gu | Mainbogen Versicherungs-AG". */
const FIRM_AFTER_BAR = /^[ \t]*[|·][ \t]*\S/;

/** Whether the line ending at `lineEnd` is the last of a message: an empty line (quoted or not) or the end follows. */
function endsMessage(text: string, lineEnd: number): boolean {
  let at = lineEnd + 1;
  while (at < text.length && (text[at] === '>' || text[at] === ' ' || text[at] === '\t' || text[at] === '\r')) at++;
  return at >= text.length || text[at] === '\n';
}

/**
 * A message signed with a name alone, no closing line before it ("…by Friday?\n> Kenji\n\nSure"):
 * a name from the lists (not one that is as often a word), perhaps with a surname, and nothing
 * else on the line.
 */
function unsignedSignOff(text: string, start: number, end: number, out: Entity[]): void {
  const name = parseName(text, start, false);
  if (!name || name.tokens.length > 3 || !/^[ \t]*[.!]?[ \t]*\r?$/.test(text.slice(name.end, end))) return;
  // "Häfner OHG" under a signature is the firm.
  if (LEGAL_FORM.test(text.slice(start, end))) return;
  // "IBAN" in capitals ends a form's block of labels, not a message ("Iban" signing one is kept).
  if (name.tokens.length === 1 && FORM_LABELS_IN_CAPITALS.has(name.tokens[0])) return;
  const first = name.tokens[0].toLowerCase();
  if ((FIRST_NAMES.has(first) || isKnownName(name.tokens[0])) && !WORD_LIKE_FIRST_NAMES.has(first))
    out.push(person(start, name.end, 0.75));
}

/**
 * A given name the lists do not hold, alone on a message's last line after an empty line, where the message opens
 * by greeting someone ("Hi Nadia,\n…\n\nTupaq"): the greeting says a person writes, so the one word under the body
 * signs it. One word only, no ordinary word, not in capitals (a unit's "IT", a word "Danke" sign nothing).
 */
function greetedSignOff(text: string, start: number, end: number, out: Entity[]): void {
  // The text's last line, after an empty one (the loop's caller), and no more than one word on it.
  if (start === 0 || end - start > 40) return;
  const name = parseName(text, start, false);
  if (!name || name.tokens.length !== 1 || !/^[ \t]*[.!]?[ \t\r]*$/.test(text.slice(name.end, end))) return;
  const word = name.tokens[0];
  if (word.length < 3 || ALL_CAPITALS.test(word) || wordLike(word) || isCommonWord(word) || isEnglishWord(word)) return;
  GREETING.lastIndex = 0;
  if (GREETING.test(text) && /^\p{Lu}/u.test(text.slice(GREETING.lastIndex, GREETING.lastIndex + 1)))
    out.push(person(start, name.end, 0.7));
}

/** One word of two to four capitals with a lower-case word after it ("NIE on file", "DNI pending"). */
function abbreviationInProse(text: string, name: ParsedName): boolean {
  return (
    name.tokens.length === 1 &&
    /^\p{Lu}{2,4}$/u.test(name.tokens[0]) &&
    /^[ \t]+\p{Ll}/u.test(text.slice(name.end, name.end + 4))
  );
}

/** Form labels in capitals that are given names in other spellings ("Iban"): never a sign-off as written. */
const FORM_LABELS_IN_CAPITALS = new Set(['IBAN', 'BIC']);

/** An IRC-style speaker at the start of a line: "<dmitri> is the build green?", "<Jana Okafor> yes". */
const NICK = /<([A-Za-zÀ-ÿ][\wÀ-ÿ.-]{1,30}(?: [A-Za-zÀ-ÿ][\wÀ-ÿ.-]{1,30})?)> /y;

/** A nick that is a name from the lists (in any case; not one that is as often a word), as chat logs write it. */
function nickSpeaker(text: string, start: number, end: number, out: Entity[]): void {
  NICK.lastIndex = start;
  const m = NICK.exec(text);
  if (!m || NICK.lastIndex > end) return;
  const words = m[1].split(/[ ._-]/).filter(Boolean);
  const first = words[0].toLowerCase();
  const capitalised = first[0].toUpperCase() + first.slice(1);
  if (!WORD_LIKE_FIRST_NAMES.has(first) && (FIRST_NAMES.has(first) || isKnownName(capitalised)))
    out.push(person(start + 1, start + 1 + m[1].length, 0.8));
}

/**
 * The chat's own name on a messenger's notice ("[05.12.26, 18:43:37] Glasfaser Eifel-Ardennen: Nachrichten und Anrufe
 * sind Ende-zu-Ende-verschlüsselt."): a business or group chat is named so, no one speaks. A name that begins with a
 * given name (a one-to-one chat is named after the contact) is kept, and a contact who writes is found on their lines.
 */
function chatNameOnNotice(text: string, name: ParsedName, end: number): boolean {
  if (isGivenName(name.tokens[0])) return false;
  // A contact saved by surname ("Hagedorn") is a person: a one-to-one chat whose export may hold no line of theirs.
  // (The last word: "Dales Broadband" ends with an ordinary word, a firm's.)
  const last = name.tokens[name.tokens.length - 1];
  if (nameNoWord(last)) return false;
  let at = name.end;
  while (at < end && (text[at] === ':' || text[at] === ' ' || text[at] === '\t' || text[at] === '\u200e')) at++;
  return ENCRYPTION_NOTICE.test(text.slice(at, Math.min(end, at + 40)));
}
/**
 * A business, group or team writing under its own name ("[08:02] Tagespflege Haus Lerche:", "[10:06] Support Team:"):
 * two words or more, an ordinary word among them, and no given name first ("[09:12] Maria Haus:" is a person; one
 * word alone, "[08:36] Montserrat:", is a contact's name as often). Surnames that are words too are in the name lists.
 */
function groupChatName(name: ParsedName): boolean {
  return name.tokens.length > 1 && name.tokens.some(listedWord) && !isGivenName(name.tokens[0]);
}
/** A word of the dictionary or the common words that no name list holds ("Haus", "Team"; not "Sveinung", whose ending is a word's). */
const listedWord = (token: string) => !isKnownName(token) && (isDictionaryWord(token) || isCommonWord(token));
const ENCRYPTION_NOTICE = /^(?:messages and calls are end-to-end|nachrichten und anrufe sind ende-zu-ende)/i;

/**
 * A message header as Teams copies a conversation: "[07:20] Ockenfels, Wolfhart" alone on its line, the message
 * on the next ("[1:41 PM] Djojohadikusumo, Kurniawati"). The name written "Surname, Given", two words or three, none an
 * ordinary word. Pushes the name (at `at`, right after the time); returns whether it did.
 */
function teamsHeader(text: string, at: number, end: number, out?: Entity[]): boolean {
  const name = parseName(text, at, true);
  if (!name || name.tokens.length < 2 || name.tokens.length > 3) return false;
  if (!text.slice(at, name.end).includes(',') || !/^[ \t]*\r?$/.test(text.slice(name.end, end))) return false;
  if (name.tokens.some((t) => wordLike(t) || isDictionaryWord(t))) return false;
  // The message follows on the next line.
  const next = end + 1;
  if (next >= text.length || text[next] === '\n' || text[next] === '\r' || text[next] === '[') return false;
  out?.push(person(at, name.end, 0.85));
  return true;
}

/** A chat channel in brackets and the blanks after it: "[#portal-dev] ". */
const CHANNEL = /\[#[\p{L}\p{N}_.-]{1,40}\][ \t]+/uy;

/** `colon`: the line's first colon. */
function speaker(text: string, start: number, end: number, colon: number, out: Entity[]): void {
  // A speaker's line has a colon near its start (after the name or in the time).
  if (colon > start + 64 || colon > end) return;
  CHAT_TIME.lastIndex = start;
  const time = CHAT_TIME.exec(text);
  if (time && time[0].trim()) {
    // A rank before the speaker ("[11/11/26, 18:02] Sgt Jana Okafor:") is no part of the name (military-ranks.ts).
    const at = afterMilitaryRank(text, start + time[0].length);
    const name = parseName(text, at, false);
    if (
      name &&
      !speakerRole(name) &&
      !transcriptRole(text, name) &&
      /^[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:>]/.test(text.slice(name.end, Math.min(end, name.end + 24)))
    ) {
      if (!chatNameOnNotice(text, name, end) && !groupChatName(name)) out.push(person(at, name.end, 0.9));
    }
    // "[07:20] Ockenfels, Wolfhart" heads the message on the next line; else a role may stand before the name.
    else if (!(text[start] === '[' && teamsHeader(text, at, end, out)))
      roleSpeaker(text, at, end, time[0].trimEnd().endsWith('|'), name, out);
    return;
  }
  let at = start;
  while (text[at] === ' ' || text[at] === '\t') at++;
  // A channel before the speaker, as a team chat's copy heads each message ("[#portal-dev] Tlacuilotzin 11:02").
  if (text[at] === '[' && text[at + 1] === '#') {
    CHANNEL.lastIndex = at;
    if (CHANNEL.test(text)) at = CHANNEL.lastIndex;
  }
  const name = parseName(text, at, false);
  if (!name) return;
  TIME_AFTER.lastIndex = name.end;
  // "Jana 09:12" or "Mehmet Demir 10:02", not "Backup 09:12" nor a day's time ("Nächster Termin Fr 17:30").
  if (TIME_AFTER.test(text)) {
    // A day's abbreviation right before the time ("Mo 18:00", "Termin Fr 17:30"); "Huong Do, 08:46" is a speaker.
    if (
      WEEKDAY.test(name.tokens[name.tokens.length - 1]) &&
      text[name.end] === ' ' &&
      !(name.tokens.length > 1 && isGivenName(name.tokens[0]))
    )
      return;
    // "Taeyang 09:23" alone on its line heads a chat message, as "Mehmet Demir 10:02" does.
    const timeEndsLine = /^[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t)\]]*:?[ \t]*\r?$/.test(
      text.slice(TIME_AFTER.lastIndex, end),
    );
    const single = name.tokens[0];
    if (
      known(name) ||
      name.tokens.length > 1 ||
      (isGivenName(single) && plausibleName(name)) ||
      (timeEndsLine && !wordLike(single) && !isCommonWord(single) && !ALL_CAPITALS.test(single))
    )
      out.push(person(at, name.end, 0.85));
  }
  // "Jana: can you check?" with no time: a known name right before the colon that starts the line,
  // written as people write their names, with words after it; "IBAN: DE89…" and "Valid: 2025-03-03" are fields.
  else if (
    text[name.end] === ':' &&
    known(name) &&
    !name.tokens.some((t) => wordLike(t) || isDictionaryWord(t)) &&
    !labelStrength(text.slice(at, name.end)) &&
    // A message follows a speaker; a field's value ("Gast: Matteo Gallo", "Ort: Raum 2.18") has no lower-case word.
    /[ \t][a-zäöüß]{2,}|[.?!][ \t]*\r?$/.test(text.slice(name.end + 1, end)) &&
    // "Deutsch: gut · Mathematik: sehr gut" are fields, several to a line.
    !/[\p{L}]:[ \t]/u.test(text.slice(name.end + 1, end)) &&
    !name.tokens.some((t) => ALL_CAPITALS.test(t)) &&
    !VALUE_STARTS_WITH_DIGIT.test(text.slice(name.end + 1, name.end + 4))
  )
    out.push(person(at, name.end, 0.8));
}

/** Endings of nouns that name teams and functions, not people ("Data Engineering", "Qualitätssicherung"). */
const NOT_A_NAME_ENDING =
  /(?:team|stelle|zentrum|behörde|gericht|kasse|schule|amt|ing|tion|sion|ment|ness|ity|ance|ence|ship|ics|ops|ung|heit|keit|schaft|ität|ie)$/;

/** Gender and plural marks of a label ("Patient/in", "Teilnehmer*innen", "Tenant(s)", "Vorname(n)", "Angehörige/r"). */
const LABEL_MARKS = /(?:\/-?(?:in|innen|r|e|n)|\*(?:in|innen)|\((?:in|innen|s|n|r|e)\)|:innen)(?=[ \t]*$|[ \t])/g;
/** A plural ending, for labels written as the plural of a person label ("Attendees", "Tenants", "Guests"). */
const PLURAL = /(?<=[a-zäöü]{3})(?:s|n)[ \t]*$/i;
/** Where the next name of a list starts: ", ", "; ", " and ", " und ", " & ". */
const LIST_SEPARATOR = /[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:[,;&/]|\band\b|\bund\b)[ \t]*(?:(?:and|und)[ \t]+)?/y;
/** An e-mail address as a list item, skipped ("Guests: lucy@example.org; Julien Faure"). */
/** Bounded as addresses are (64 before the @, 255 after): unbounded, it ran to the end of every long run of non-blanks. */
const LIST_EMAIL = /[^\s,;<>@]{1,64}@[^\s,;<>]{1,255}/y;

/** One surname as an item of a list of surnames: no ordinary word, not in capitals, a separator or the line's end after it. */
function surnameItem(text: string, name: ParsedName, end: number): boolean {
  const word = name.tokens[0];
  if (name.tokens.length !== 1 || wordLike(word) || isCommonWord(word) || ALL_CAPITALS.test(word)) return false;
  return /^[ \t]*(?:[,;&]|\(|und\b|and\b|\r?$)/.test(text.slice(name.end, Math.min(end, name.end + 6)) || '');
}

/** The capitalised word after a name, to tell "Product Team" from a person. */
const TEAM_AFTER = /^[ \t]+([A-ZÄÖÜ][\p{L}]*)/u;

/** An answer and a dash before a field's person: "ja – ", "nein - ", "yes – ". */
const YES_NO_DASH = /(?:ja|nein|yes|no)[ \t]+[–—-][ \t]+/iy;

/** How strongly a label names a person: by its whole text, by its head word ("Fahrer/in des Fahrzeugs"), or not. */
export function labelStrength(rawLabel: string): 'strong' | 'weak' | undefined {
  // Most labels carry no marks: the replacements only where a mark's character is.
  let label = /[/(*:]/.test(rawLabel) ? rawLabel.replace(LABEL_MARKS, '').trimEnd() : rawLabel;
  if (/[*_"]/.test(label)) label = label.replace(/[*_"]+/g, '');
  if (PERSON_LABEL.test(label)) return 'strong';
  const last = label.charCodeAt(label.length - 1);
  if (last === 115 || last === 110) {
    const singular = label.replace(PLURAL, '');
    if (singular !== label && PERSON_LABEL.test(singular)) return 'strong';
    // The plural of a weak label ("Sellers:", "Buyers:", "Owners:"): a field of several parties, no speaker.
    if (singular !== label && WEAK_LABEL.test(singular)) return 'weak';
  }
  if (WEAK_LABEL.test(label) || COMPOUND_PERSON_LABEL.test(label)) return 'weak';
  // The first word of a longer label: "Fahrer/in des versicherten Fahrzeugs", "Person involved", "Reviewer 2".
  if (!label.includes(' ')) return undefined;
  const head = HEAD_WORD.exec(label);
  if (head && !/^name/i.test(head[1]) && PERSON_LABEL.test(head[1])) return 'weak';
  return undefined;
}

/**
 * German compounds whose last part names a person ("Zusatzfahrer", "Klassenlehrerin", "Projektleitung",
 * "Fahrzeughalter", "Notfallkontakt"): weak, the value must look like a name.
 */
const COMPOUND_PERSON_LABEL =
  /^[ \t]*[A-Za-zÄÖÜäöüß]+(?:fahrer|lehrer|leiter|leitung|berater|betreuer|pfleger|helfer|vertreter|führer|nehmer|halter|inhaber|bevollmächtigte|beauftragte|partner|kontakt|person|arzt|ärztin)(?:in|innen|[rn])?[ \t]*$/i;

/** The first word of a label of two to five words. */
const HEAD_WORD = /^[ \t]*([A-Za-zÄÖÜäöüß]+)(?:[ \t]+[^ \t]+){1,4}$/;

/** "Label: Value" pairs in a line; several per line ("Owner: Jana | Reviewer: Tom"), JSON's "firstName": "Jana" too. */
function labelledFields(text: string, start: number, end: number, first: number, out: Entity[]): void {
  for (let colon = first; colon !== -1 && colon < end; colon = text.indexOf(':', colon + 1)) {
    let at = colon + 1;
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '*' || text[at] === '"') at++;
    // "Genehmigt: ja – M. Fitzgerald": the answer, then the person.
    YES_NO_DASH.lastIndex = at;
    if (YES_NO_DASH.test(text)) at = YES_NO_DASH.lastIndex;
    // A distinguished name (RFC 4514, AD's "Manager : CN=Given Family,OU=Staff,DC=…"): the person is the
    // CN's value, the attribute type no name and the rest the directory's tree.
    const distinguished = /^CN=/i.test(text.slice(at, at + 3));
    if (distinguished) at += 3;
    // A list may start with addresses: "Teilnehmer: a.b@example.org; Harsha Pillai".
    for (LIST_EMAIL.lastIndex = at; LIST_EMAIL.test(text) && LIST_EMAIL.lastIndex < end; LIST_EMAIL.lastIndex = at) {
      LIST_SEPARATOR.lastIndex = LIST_EMAIL.lastIndex;
      if (!LIST_SEPARATOR.test(text)) break;
      at = LIST_SEPARATOR.lastIndex;
    }
    // Most colons are in times and addresses ("09:12", "https:"): no capital after them, no label to read.
    if (!isUpperCode(text.charCodeAt(at)) && !startsWithParticle(text, at)) continue;
    let labelEnd = colon;
    if (text[labelEnd - 1] === '"') labelEnd--;
    let labelStart = labelEnd;
    while (labelStart > start && labelEnd - labelStart < 40 && !'|;\t•*>"'.includes(text[labelStart - 1])) labelStart--;
    // "Teilnehmer*innen": the gender star is part of the label, not Markdown's.
    if (text[labelStart - 1] === '*' && /^(?:in|innen)$/.test(text.slice(labelStart, labelEnd)))
      for (
        labelStart -= 1;
        labelStart > start && labelEnd - labelStart < 40 && !'|;\t•>"'.includes(text[labelStart - 1]);
      )
        labelStart--;
    const strength = labelStrength(text.slice(labelStart, labelEnd));
    if (!strength) continue;
    const strong = strength === 'strong';
    // A list of people: "Attendees: Vikram Iyer, Rosalind Blackwood, Obinna Nwosu".
    // Items split by semicolons may be written "Surname, Given" ("Attendees: J. Niehoff; DÖNMEZ, Oğuzhan").
    let semicolons = false;
    // Whether every item so far was one word: a list of surnames.
    let surnamesOnly = true;
    for (let item = 0; item < 12; item++) {
      // "Dienstgrad/Name: Stabsunteroffizier d.R. Jana Okafor": a rank before the name is no name.
      at = afterMilitaryRank(text, afterTitles(text, at));
      let name = parseName(text, at, item === 0 || semicolons);
      // "Last name: Park", "Employee: Mai Dang": a strong label's value may begin with a word the common list holds.
      if (!name && item === 0 && strong) {
        const common = parseName(text, at, true, true);
        if (
          common &&
          (common.tokens.length > 1
            ? !common.tokens.slice(1).some(wordLike)
            : /name/i.test(text.slice(labelStart, labelEnd)))
        )
          name = common;
      }
      // A weak label ("Owner", "Kind") also names teams and kinds of things: one word must be a known name, or two words.
      if (!name || LEGAL_FORM.test(text.slice(name.end, Math.min(end, name.end + 40)))) break;
      // "USER: AU5151", "Login: KT4471": capitals glued to digits are a login or a code, no one's name. A written
      // name glued to a digit ("Bearbeiter: Meier2", a footnote mark or a login made of a surname) still names someone.
      if (/\d/.test(text[name.end] ?? '') && !/\p{Ll}/u.test(name.tokens.join(''))) break;
      // "Bauleiter: Quistorp & Partner Architekten": a surname with its partners is the firm; a whole name before
      // "& Söhne" still names the owner (a sole trader's firm is theirs), and the partners are no next person.
      const partners = PARTNERS_AFTER_NAME.test(text.slice(name.end, Math.min(end, name.end + 16)));
      if (partners && name.tokens.length === 1) break;
      // "ANSPRECHPARTNER: VERTRIEB", "NAME: STANDARD": a form in capitals writes departments and choices so too.
      if (item === 0 && capitalsNoName(name.tokens)) break;
      // "Sellers: Ana Ruiz and Eva Gil, NIE on file": a short word in capitals then prose is the list's abbreviation.
      if (item > 0 && abbreviationInProse(text, name)) break;
      // "Delivering to: Locker 22": a thing with a number.
      if (!strong && /^[ \t]+\d/.test(text.slice(name.end, name.end + 3))) break;
      // After a strong label, a list goes on with surnames alone ("Teilnehmende: Gubler, Huemer, Pfyffer").
      // "Attendees: Product Team; Sales": a word before "Team", "GmbH", "Service" names a team or a firm.
      const team = TEAM_AFTER.exec(text.slice(name.end, name.end + 16));
      if (team && endsName(team[1])) {
        // Not a person; the list goes on.
      } else if (
        item === 0
          ? strong || known(name) || plausibleName(name)
          : plausibleName(name) || known(name) || (strong && surnamesOnly && surnameItem(text, name, end))
      )
        out.push(person(at, name.end, 0.9));
      else if (item > 0 || !strong) break;
      if (partners || distinguished) break;
      if (name.tokens.length > 1 && !(item === 0 && text.slice(at, name.end).includes(','))) surnamesOnly = false;
      let next = name.end;
      let listed = true;
      for (;;) {
        LIST_SEPARATOR.lastIndex = next;
        if (!LIST_SEPARATOR.test(text) || LIST_SEPARATOR.lastIndex > end) {
          listed = false;
          break;
        }
        if (text.slice(next, LIST_SEPARATOR.lastIndex).includes(';')) semicolons = true;
        next = LIST_SEPARATOR.lastIndex;
        LIST_EMAIL.lastIndex = next;
        if (!LIST_EMAIL.test(text)) break;
        next = LIST_EMAIL.lastIndex;
      }
      // No separator after the name: the list ends; the line's next field may follow.
      if (!listed || next >= end || !isUpperCode(text.charCodeAt(next))) break;
      at = next;
    }
  }
}

/**
 * Flags by ASCII code: the characters in `letters`, and with `anyCase` their other case too. For a
 * line's first character after blanks, tested before a sticky pattern that cannot match without one.
 */
function initials(letters: string, anyCase: boolean): Uint8Array {
  const flags = new Uint8Array(128);
  for (const ch of anyCase ? letters.toLowerCase() + letters.toUpperCase() : letters) flags[ch.charCodeAt(0)] = 1;
  return flags;
}
/** The first letters of FORWARDING's marks ("i.A.", "c/o", "Attn", "gez.", "z. Hd.", "zu Händen"). */
const FORWARDING_INITIALS = initials('icAagz', false);
/** The first letters of GREETING's words, either case (a case-insensitive pattern without Unicode mode folds ASCII letters only). */
const GREETING_INITIALS = initials('hdlmscbgey', true);
/** Whether the first character at or after `at` that is no blank or tab is one of `flags`. */
function initialAfterBlanks(text: string, at: number, flags: Uint8Array): boolean {
  let code = text.charCodeAt(at);
  while (code === 32 || code === 9) code = text.charCodeAt(++at);
  return code < 128 && flags[code] === 1;
}

function forwarded(text: string, start: number, out: Entity[]): void {
  // Most lines start with no forwarding mark: the pattern is not tried on them.
  if (!initialAfterBlanks(text, start, FORWARDING_INITIALS)) return;
  FORWARDING.lastIndex = start;
  if (!FORWARDING.test(text)) return;
  const at = afterTitles(text, FORWARDING.lastIndex);
  const name = parseName(text, at, false);
  if (name) out.push(person(at, name.end, 0.85));
}

function greeting(text: string, start: number, out: Entity[]): void {
  // Most lines start with no greeting: the pattern is not tried on them.
  if (!initialAfterBlanks(text, start, GREETING_INITIALS)) return;
  GREETING.lastIndex = start;
  const g = GREETING.exec(text);
  if (!g) return;
  const at = afterTitles(text, start + g[0].length);
  const name = parseName(text, at, false);
  // "Liebe Eltern", "Dear Parent/Carer", "Hallo Team" greet a group.
  if (name && !name.tokens.every((t) => wordLike(t))) out.push(person(at, name.end, 0.85));
}

/**
 * Two name words side by side as the name list knows them (the cue detector's pair scan asks):
 * both words known ("Chidi Okonkwo", "Okonkwo, Chidi"), or a known first word and a surname the list
 * lacks ("Arian Blassneck"); with a comma both must be known. A known second word alone is too weak:
 * German nouns are capitalised ("Kanzlei Weidner", "Elegant Silk").
 */
export function isKnownNamePair(
  text: string,
  start: number,
  end: number,
  first: string,
  second: string,
  comma: boolean,
) {
  return (
    isKnownName(first) &&
    (isKnownName(second) || (!comma && !isCommonWord(second) && !wordLike(second) && !isEnglishWord(second))) &&
    !(comma && (wordLike(first) || wordLike(second))) &&
    !insidePhrase(text, start, end, comma) &&
    !FIRM_AFTER.test(text.slice(end, end + 40))
  );
}

/** A trade or occupation noun that is also a surname ("Bäcker", "Plumber", "Händler", "Cobbler"): one capitalised word ending in "-er". */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}er$/u;

/**
 * A given name from the lists and a trade word after it ("Maria Bäcker", "John Plumber"): the trade
 * word is a dictionary noun, but after a given name it is the surname (a firm's legal form or trade
 * after the pair is read by the caller).
 */
export const givenNameAndTradeSurname = (first: string, second: string) =>
  AGENT_NOUN.test(second) && !NOT_TRADES.has(second) && isGivenName(first);
/** Kin words: after a given name no surname ("Maria Sister called", "Anna Mum said"), whatever verb follows. */
const KIN_WORDS = new Set(
  'Sister Brother Mother Father Daughter Son Aunt Uncle Cousin Niece Nephew Wife Husband Mum Mom Dad Grandma Grandpa Granny Nan Baby'.split(
    ' ',
  ),
);
export const isKinWord = (word: string) => KIN_WORDS.has(word);
/** English words ending in "-er" that are no trade: kin, things and times ("Maria Sister", "Grace Number four"). */
const NOT_TRADES = new Set(
  'Sister Brother Mother Father Daughter Number Letter Paper Order Chapter Corner Border Dinner Member Partner Water Power Tower River Center Theater Computer Printer Server Router Folder Register Winter Summer Silver Matter Answer Ever Never Other Together Later Under Over After Cancer Timer Trailer Sticker Poster Banner Flyer Charger Adapter Container Filter Layer Cluster'.split(
    ' ',
  ),
);

/** German and English forms, and S.A. and B.V. of the continental ones. */
const SMALL_FIRM_EXCEPT = [
  ...CONTINENTAL_FORMS.filter((name) => name !== 'S.A.' && name !== 'B.V.'),
  'gGmbH',
  'mbH',
  'KGaA',
  'e.V.',
  'SE',
  'Limited',
];
/** A firm's name goes on after the pair: "Clearwater Payroll Services Ltd", "Kiefer Elektrotechnik e.K.". */
const FIRM_AFTER = new RegExp(
  `^(?:[ \\t]+${NAME_WORD}){0,2}[ \\t]+(?:${legalForms(SMALL_FIRM_EXCEPT, ['e.K.'])})(?![${LOWER}${UPPER}])`,
);

/** Whether the word at `index` of `before` starts a sentence or a line. */
function startsSentence(before: string, index: number): boolean {
  return /(?:^|[.!?:]\s+|\n[ \t]*)$/.test(before.slice(0, index)) && (index > 0 || before.length < 30);
}

/** Both words of the pair between start and end are in the name list. */
function bothKnown(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/[,\s]+/);
  return words.length === 2 && words.every((w) => isKnownName(w));
}

/** The capitalised word right before a pair. */
const PREVIOUS_WORD = new RegExp(`(${NAME_WORD})[ \\t]+$`);

/**
 * A pair inside a longer capitalised phrase ("Incredible Silk Ball", "Der Preis für …"), after a house
 * number ("541 Judith Plaza"), or a firm of partners ("Weidner, Walz und Poser") is not a name.
 */
function insidePhrase(text: string, start: number, end: number, comma: boolean): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const previous = PREVIOUS_WORD.exec(before);
  // A capitalised word before the pair makes it a phrase ("Incredible Silk Ball"), unless that word
  // only starts the sentence and both words of the pair are names ("Yesterday Chukwuemeka Obi joined").
  if (previous && !isKnownName(previous[1]) && !(startsSentence(before, previous.index) && bothKnown(text, start, end)))
    return true;
  if (/(?:\d|&)[ \t]+$/.test(before)) return true;
  return comma && /^(?:,[ \t]*\S+)?[ \t]+(?:and|und|&)[ \t]/.test(text.slice(end, end + 30));
}

/**
 * Given names that are as often words ("Rose", "Mark", "Frank", "Max", "Hunter") or places
 * ("drove to Florence", "flights to Austin"): never alone.
 */
const WORD_LIKE_FIRST_NAMES = new Set(
  'rose iris mark grace hazel ruby violet lily daisy hunter cooper angel ben carol frank jack max miles victor dean earl gary jean mason jordan ella emma eva mia lea nina tina ida ole kai kim can deniz emre alex sina florence austin sydney georgia victoria chelsea charlotte adelaide madison savannah phoenix dallas paris london brooklyn india asia israel kenya florida virginia carolina lorraine sofia valencia regina'.split(
    ' ',
  ),
);
/** After a lone given name: lower case, punctuation or the end, not another capitalised word ("Jana Okafor" is a pair's). */
const LONE_END = new RegExp(`^(?:[ \\t]+[${LOWER}]|[,.!?;:)]|\\r?\\n|$)`);

/**
 * A well-known given name alone after a word that often precedes people ("ask Jana about",
 * "an Lukas weitergeben", "thanks Marek"): only names from the built-in list of common given
 * names, not the large name list, and not those that are as often words.
 */
function loneFirstName(text: string, at: number, seen: Set<string>): ParsedName | undefined {
  TOKEN.lastIndex = at;
  const w = TOKEN.exec(text);
  if (!w || !SIMPLE_NAME.test(w[0])) return undefined;
  const key = w[0].toLowerCase();
  if (
    !(FIRST_NAMES.has(key) || isGivenName(w[0]) || seen.has(w[0])) ||
    WORD_LIKE_FIRST_NAMES.has(key) ||
    isCommonWord(w[0])
  )
    return undefined;
  const end = at + w[0].length;
  return LONE_END.test(text.slice(end, end + 3)) ? { end, tokens: [w[0]] } : undefined;
}
const SIMPLE_NAME = new RegExp(`^[${UPPER}][${LOWER}]+$`);

/** A reply header's author: "Am 03.03.2026 um 14:12 schrieb Tjorven Matthiesen:" (an address in brackets may follow). */
function replyAuthor(text: string, at: number): ParsedName | undefined {
  const name = parseName(text, at, true);
  if (!name || name.tokens.some((t) => wordLike(t) || isCommonWord(t))) return undefined;
  // "schrieb Kundenservice:": one word the lists do not know is a team as often as a person.
  if (name.tokens.length === 1 && !known(name) && !isGivenName(name.tokens[0])) return undefined;
  return /^[ \t]*(?:<[^>\n]{1,100}>)?[ \t]*:[ \t]*\r?(?:\n|$)/.test(text.slice(name.end, name.end + 110))
    ? name
    : undefined;
}

/** The cues after which two or three name words are read as a name (a role hint's text, " contact "). */
const RELATION_CUE = /^ (?:contact|tochter|daughter|that|dass)[ \t]/;

/**
 * Two or three name words after a word that often precedes people ("contact Thanasis Papanikolaou on",
 * "Tochter Roya Zandieh,", "confirms that Eskil Lindqvist, born"): no ordinary word among them, one
 * of them known to the lists, and no firm after them.
 */
function namedAfterCue(text: string, at: number): ParsedName | undefined {
  const name = parseName(text, at, false);
  if (!name || name.tokens.length < 2 || name.tokens.length > 3 || !known(name)) return undefined;
  if (name.tokens.some((t) => wordLike(t) || isCommonWord(t) || t.endsWith('.') || englishNoun(t))) return undefined;
  const after = text.slice(name.end, name.end + 40);
  if (LEGAL_FORM.test(after) || FIRM_AFTER.test(after) || !LONE_END.test(after)) return undefined;
  return name;
}
void FIRST_NAMES;
