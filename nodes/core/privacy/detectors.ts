import { afterMilitaryRank } from './military-ranks.js';
import { notPhoneByJsonKey } from './phone-json-keys.js';
import { forgetAfterEachScan } from './per-scan-caches.js';
import { isInfrastructureAddress, isServiceHostAddress } from './service-host-ips.js';
import { isDeviceHostAddress } from './device-host-ips.js';
import { isConfigHostAddress, isUrlUserinfo } from './config-infrastructure.js';
import { inIdDocumentObject, underIdDocumentKey } from './id-document-objects.js';
import { getCountrySpecifications } from 'ibantools';
import { CONTINENTAL_FORMS, legalForms } from './legal-forms.js';
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';
import { isIPv4, isIPv6 } from 'node:net';
import { opensHexToken } from './hex-uids.js';
import { deSocialSecurityValid, deTaxIdValid, ibanChecksumValid, icaoCheckDigit, luhnValid } from './checksums.js';
import { sortedByStart, type Entity, type EntityType } from './entities.js';
import { postalAddresses } from './addresses.js';
import { birthDates } from './birth-dates.js';
import { schemaExampleBirthDates, schemaExampleNames } from './schema-examples.js';
import { recordFields } from './record-fields.js';
import { screenFields } from './screen-fields.js';
import { sqlValues } from './sql-values.js';
import { formPairs, inPersonFormField } from './form-pairs.js';
import { multipartParts } from './multipart-parts.js';
import { searchEngineRequests } from './search-engine-requests.js';
import { namesInCommands } from './names-in-commands.js';
import { BoundedMemo } from './bounded-memo.js';
import { codeUnitTest } from './code-units.js';
import { FIRST_NAMES } from './first-names.js';
import { legalFormAfter, ownerWholeName } from './firm-owners.js';
import { isInstitutionWord } from './institution-words.js';
import { germanPhoneValidity } from './german-phone.js';
import { ibanValid } from './iban-validity.js';
import { byFirstLetter, LOWER, NAME_WORD, UPPER } from './letters.js';
import { KeywordPattern } from './keyword-pass.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import {
  englishNoun,
  givenNameAndTradeSurname,
  isKinWord,
  isKnownNamePair,
  namesInContext,
  wordLike,
} from './names.js';
import { tableColumns } from './tables.js';
import { personsTables } from './persons-tables.js';
import { cellDumpColumns } from './cell-dumps.js';
import { referenceLabelBefore } from './card-references.js';
import { livestockNumberAt } from './livestock-numbers.js';
import { joinedNames } from './names-joined.js';
import { namesAfterLogKeys } from './names-log-keys.js';
import { namesInLogStructures } from './names-log-structures.js';
import { namesInXmlPairs } from './names-edrm-tags.js';
import { namesInCodeLiterals } from './names-code-literals.js';
import { namesInConfigComments } from './names-config-comments.js';
import { namesInClubChat } from './names-club-chat.js';
import { surnameFirstCells } from './names-crew-cells.js';
import { namesInBlameLines } from './names-git-blame.js';
import { namesInPasswdLines } from './names-passwd.js';
import { capitalsSurnameAt, initialAt } from './names-initials.js';
import { labelledAddresses } from './labelled-addresses.js';
import { multiLineAddresses } from './multi-line-addresses.js';
import { brokenAtLineEnd } from './names-signatures.js';
import { bornSigns } from './born-signs.js';
import { formBlockNames } from './form-blocks.js';
import { letterEndNames, signatureNames } from './names-signatures.js';
import { matchReportNames } from './names-match-reports.js';
import { spreadsheetColumns } from './spreadsheet-xml.js';
import { caseTitleNames } from './names-case-titles.js';
import { lifeEventNames } from './names-life-events.js';
import { bereavementNames } from './names-bereavement.js';
import { registerRoleNames } from './names-register-roles.js';
import { workRoleNames } from './names-work-roles.js';
import { personalCareNames } from './names-personal-care.js';
import { phoneNoteNames } from './names-phone-notes.js';
import { chatTurnSpeakers, mentionedPeople } from './names-chat-turns.js';
import { answersToNameQuestions, bracketedSpeakerNames } from './transcript-turns.js';
import { spelledNames } from './names-spelled.js';
import { alphabetSpelledNames } from './names-alphabet.js';
import { answersInTranscripts } from './transcript-answers.js';
import { transcriptLowerCaseNames } from './names-transcript-intros.js';
import { namesAskedAbout } from './names-asked-about.js';
import { namesInJusticeRecords } from './names-justice.js';
import { namesThanked } from './names-thanked.js';
import { codeScopeAt, nameHandleEnd } from './names-handles.js';

export type Detector = (text: string) => Entity[];

/** Words before a candidate that make it more likely what it looks like. */
function hasContext(text: string, start: number, words: RegExp, window = 40): boolean {
  return words.test(text.slice(Math.max(0, start - window), start));
}

function matches(
  text: string,
  pattern: RegExp,
  accept: (m: RegExpExecArray) => { type: EntityType; score: number; start?: number; end?: number } | undefined,
): Entity[] {
  const out: Entity[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const found = accept(m);
    if (found)
      out.push({
        type: found.type,
        start: found.start ?? m.index ?? 0,
        end: found.end ?? (m.index ?? 0) + m[0].length,
        score: found.score,
      });
  }
  return out;
}

/**
 * One step of a number run: the next digit, or one to four separators and a digit. The same as
 * "zero to four separators and a digit", but the common case, a digit right after a digit, is tried
 * first without entering the separator loop: the pass is about 20% faster.
 */
const RUN_STEP = String.raw`(?:\d|(?:[^\S\t]|[()./_-]){1,4}\d)`;
/**
 * Maximal runs of two digits or more with separators between them (up to four separator characters
 * at a time). Not a tab: it separates the cells of a table ("+49 89 409 28 50<tab>14.1.76").
 */
const NUMBER_RUN = new RegExp(`\\d${RUN_STEP}${RUN_STEP}*`, 'g');

interface NumberRun {
  start: number;
  end: number;
  /** Where each group of digits in the run begins: where the number patterns are tried (found when first asked). */
  groups?: number[];
  /** Per group: the digits in the run before it. */
  digitsBefore?: number[];
  /** The digits in the run. */
  digits: number;
  /** Whether a digit follows the run after at most three separators, one a tab (found when first asked). */
  joined?: boolean;
}
/**
 * A text's number runs: where each begins (all the IBAN detector reads), and the runs of at least
 * LONG_RUN characters as objects (what the other number detectors read; most runs, years and
 * amounts, are shorter). Plain arrays of small integers: the detectors go over them several times.
 */
interface NumberRuns {
  text: string;
  starts: number[];
  long: NumberRun[];
}
/** No phone number, card, tax id, social security number or IPv4 address is shorter. */
const LONG_RUN = 6;
let lastRuns: NumberRuns | undefined;

forgetAfterEachScan(() => (lastRuns = undefined));

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * The text's number runs, found in one pass and shared by the number detectors (phone, IBAN, card,
 * tax and social security numbers): each then looks only inside runs long enough for its numbers
 * instead of passing over the whole text, and only where a group of digits begins.
 */
function numberRuns(text: string): NumberRuns {
  if (lastRuns?.text !== text) {
    const starts: number[] = [];
    const long: NumberRun[] = [];
    NUMBER_RUN.lastIndex = 0;
    // `test`, not `exec`: no match array per run. The run's start is found going back from its end.
    while (NUMBER_RUN.test(text)) {
      const end = NUMBER_RUN.lastIndex;
      const start = runStart(text, end);
      starts.push(start);
      if (end - start >= LONG_RUN) long.push({ start, end, digits: runDigits });
    }
    lastRuns = { text, starts, long };
  }
  return lastRuns;
}

/** Whether NUMBER_RUN reads the code unit as a separator (`[^\S\t]|[()./_-]`). */
const isRunSeparatorCode = codeUnitTest(/^(?:[^\S\t]|[()./_-])$/);

/**
 * Where the number run ending at `end` begins (its digits counted into `runDigits`): where going
 * back over digits, and over one to four separators with a digit before them (the way NUMBER_RUN
 * goes forward), stops. The search found the run at its leftmost digit, so nothing before that
 * digit continues it: going back stops exactly there.
 */
function runStart(text: string, end: number): number {
  let start = end - 1;
  let digits = 1;
  for (;;) {
    if (isDigitCode(text.charCodeAt(start - 1))) {
      start--;
      digits++;
      continue;
    }
    let k = start;
    while (start - k < 4 && isRunSeparatorCode(text.charCodeAt(k - 1))) k--;
    if (k < start && isDigitCode(text.charCodeAt(k - 1))) {
      start = k - 1;
      digits++;
      continue;
    }
    runDigits = digits;
    return start;
  }
}
/** The digits of the run `runStart` last found (a second result without an object per run). */
let runDigits = 0;

/** Where the groups of digits in a run begin; most runs (years, amounts) are too short to be asked. */
function groupStarts(text: string, run: NumberRun): number[] {
  if (!run.groups) {
    const groups = [run.start];
    const digitsBefore = [0];
    let digits = 1;
    for (let p = run.start + 1; p < run.end; p++)
      if (isDigitCode(text.charCodeAt(p))) {
        if (!isDigitCode(text.charCodeAt(p - 1))) {
          groups.push(p);
          digitsBefore.push(digits);
        }
        digits++;
      }
    run.groups = groups;
    run.digitsBefore = digitsBefore;
  }
  return run.groups;
}

const isSeparatorCharCode = codeUnitTest(/[\s./_-]/);

/**
 * Whether a number pattern (SEP between digits) can go on past the run's end: only over a tab,
 * which ends a run but not a pattern; every other gap of up to three separators continues the run.
 */
function joinsNextRun(text: string, run: NumberRun): boolean {
  if (run.joined === undefined) {
    let k = run.end;
    while (k < run.end + 3 && k < text.length && isSeparatorCharCode(text.charCodeAt(k))) k++;
    run.joined = isDigitCode(text.charCodeAt(k));
  }
  return run.joined;
}

/**
 * `matches` for number patterns (sticky regular expressions starting with a digit at a word
 * boundary): tried only where a group of digits begins inside a run of at least `minLength` characters,
 * and only where at least `minDigits` digits follow in the run (or the pattern may go on over a tab).
 */
function matchesInRuns(
  text: string,
  sticky: RegExp,
  minLength: number,
  minDigits: number,
  accept: (m: RegExpExecArray) => { type: EntityType; score: number; length?: number; skip?: number } | undefined,
  mayHold: (text: string, run: NumberRun) => boolean = () => true,
): Entity[] {
  const out: Entity[] = [];
  for (const run of numberRuns(text).long) {
    if (run.end - run.start < minLength || !mayHold(text, run)) continue;
    if (run.digits < minDigits && !joinsNextRun(text, run)) continue;
    let after = run.start;
    const groups = groupStarts(text, run);
    const digitsBefore = run.digitsBefore!;
    for (let g = 0; g < groups.length; g++) {
      // Fewer digits left than a match needs: none starts here or later in the run.
      if (run.digits - digitsBefore[g] < minDigits && !joinsNextRun(text, run)) break;
      const p = groups[g];
      if (p < after) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (!m) continue;
      const found = accept(m);
      // `length`: the finding is the match's first part only; `skip`: it starts that far into the match.
      if (found)
        out.push({
          type: found.type,
          start: m.index + (found.skip ?? 0),
          end: m.index + (found.skip ?? 0) + (found.length ?? m[0].length),
          score: found.score,
        });
      after = m.index + m[0].length;
    }
  }
  return out;
}

/**
 * Separators people put inside numbers to break pattern matching: spaces (also line breaks and
 * several in a row), dots, dashes, slashes, underscores; bullets are dots in the normalised view.
 */
const SEP = '[\\s./_-]{0,3}';
/** Digits, compact: what the checksums read. */
const alnum = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');

/** A dot, also spelled out: ".", " . ", "(dot)", "[punkt]", " dot ", " punkt ". */
const DOT = String.raw`(?:\.|\s+\.\s+|\s*[\[({<]\s*(?:dot|DOT|Dot|punkt|PUNKT|Punkt|\.)\s*[\])}>]\s*|\s+(?:dot|DOT|Dot|punkt|PUNKT|Punkt)\s+)`;
const LOCAL_CHAR = String.raw`\p{L}\p{N}_%+\-`;
/**
 * A piece of a local part: local characters, an apostrophe only between them ("o'brien", also the
 * typographic one the view makes of "o\'brien" and SQL's "o''brien") so that a quote opening a
 * quoted address ("'max@…'") is not taken along.
 */
const LOCAL_PIECE = `[${LOCAL_CHAR}]+(?:['’][${LOCAL_CHAR}]+)*`;
/** The local part right before "@", its dots perhaps spelled out ("max dot muster"). */
/**
 * A run of three dots or more before it is a leader ("E-Mail..........max@host", a printed report),
 * no part of the address: the local part starts after the run.
 */
const LOCAL_BEFORE = new RegExp(`(?:(?<![${LOCAL_CHAR}.])|(?<=\\.{3}))${LOCAL_PIECE}(?:${DOT}${LOCAL_PIECE})*$`, 'u');
/**
 * Digits before a spaced dot are the end of something else, not a piece of the address: a phone
 * number or house number before a "·" list separator ("0761 208 11 94 · jana@…"; bullets are dots
 * in the normalised view), while "max . muster@…" is an obfuscated address.
 */
/** A group of digits and a blank right before: the piece after it continues a number. */
const DIGIT_GROUP_BEFORE = /[\d)][ \t]$/;
/** Number pieces before spaced dots; a phone number's last group may hold a hyphen ("9870-0 · info@…"). */
const LEADING_NUMBER_PIECE = /^(?:\p{N}+(?:[-/]\p{N}+)*(?:\s+\.\s+|\s+(?:dot|DOT|Dot|punkt|PUNKT|Punkt)\s+))+/u;
/** Five digits or more before a spaced dot: a register, customer or phone number, not "1990 . mueller@…". */
const LONG_NUMBER_PIECE = /^(?:\p{N}{5,}(?:[-/]\p{N}+)*\s+\.\s+)+/u;
/**
 * A lowercase word before a spaced dot that is the end of the prose before a "·" separator, no piece of the address
 * ("Payment terms 14 days · accounts@…"; bullets are dots in the normalised view): an ordinary word of the word lists
 * that is no name, in both word lists and of four letters or more. "max . muster@…" keeps its pieces (round 48, set 45).
 * Capitalised too, the last word of a firm's name before its desk ("… English Centre · registrar@…", round 49, set 46);
 * "Max . Muster@…" and "Jana . Okafor@…" keep theirs (names, or not in both word lists).
 */
const LEADING_WORD_PIECE = /^(\p{Lu}?\p{Ll}+)\s+\.\s+/u;
const plainWordLocal = (word: string) =>
  /^\p{Ll}{4,}$/u.test(word) &&
  isDictionaryWord(word) &&
  isEnglishWord(word) &&
  !isKnownName(word) &&
  !isGivenName(word[0].toUpperCase() + word.slice(1));
/** Internationalised domains too (müller-bau.de, xn--mller-bau-q9a.de); a top-level domain is written in one case. */
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const DOMAIN_AFTER = new RegExp(
  `(?:${LABEL}${DOT})+(?:\\p{Ll}{2,24}|\\p{Lu}{2,24}|xn--[a-z0-9-]+)(?![\\p{L}\\p{N}-])`,
  'yu',
);
/** A spelled "at" between spaces or in brackets ("(at)", " at ", German "ät"); "@" is found with indexOf, faster. */
const SPELLED_AT = /[\s[({<](?:at|ät|AT|At|ÄT)[\s\])}>]/g;
/** Words before a bare " at " that make it English prose, not an address ("visit us at example.com"). */
const NOT_LOCAL_PARTS = new Set(
  'us me him her them it you we i is are was were be been am look looking available online found hosted live lives located stay meet see arrive arrived here there this that more info details docs go visit page site website download published posted listed shop buy order register sign log apply check find read up in on out work works working home office sale everything anything something all everyone news offer offers best least most not just only ich wir'.split(
    ' ',
  ),
);

interface AtToken {
  start: number;
  end: number;
  /** "@" or a bracketed "(at)" is an address for sure; a bare " at " between words less so. */
  bare: boolean;
}

const isSpaceCode = codeUnitTest(/\s/);

/** The extent of an "@" or a spelled "at" found at `index`, with the spaces around it, or undefined. */
function atToken(text: string, index: number, anchor: string): AtToken | undefined {
  let start = index;
  let end = index + anchor.length;
  if (anchor !== '@') {
    let before = start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
    let after = end;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    if ('[({<'.includes(text[before - 1] ?? 'x') && '])}>'.includes(text[after] ?? 'x')) {
      start = before - 1;
      end = after + 1;
    } else if (isSpaceCode(text.charCodeAt(start - 1)) && isSpaceCode(text.charCodeAt(end)))
      return withSpaces(text, start, end, true);
    else return undefined;
  }
  return withSpaces(text, start, end, false);
}

function withSpaces(text: string, start: number, end: number, bare: boolean): AtToken {
  while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return { start, end, bare };
}

/**
 * E-mail addresses, found from their "@" outwards (scanning every position for a local part is
 * slow on long text), also obfuscated: "max dot muster at example dot de", "max [at] example
 * [dot] de", "max(at)example.de", German "ät"/"punkt", internationalised domains.
 */
export const email: Detector = (text) => {
  const out: Entity[] = [];
  const found = (index: number, anchor: string) => {
    const at = atToken(text, index, anchor);
    if (!at) return;
    // "gepflegt @t.okafor": a blank before "@" and a name handle after it (names-handles.ts) is a mention, no address.
    // "npm i @vue.js", "add @types.node": a package scope or a decorator after the blank, no address either.
    if (
      anchor === '@' &&
      at.start < index &&
      text.charCodeAt(index + 1) > 32 &&
      (nameHandleEnd(text, index) !== -1 || codeScopeAt(text, index))
    )
      return;
    // The domain first: after most spelled "at"s in prose there is none, and it is the cheaper test.
    DOMAIN_AFTER.lastIndex = at.end;
    const domain = DOMAIN_AFTER.exec(text);
    if (!domain) return;
    const found = LOCAL_BEFORE.exec(text.slice(Math.max(0, at.start - 64), at.start));
    if (!found) return;
    // Only after another group of digits: a phone number's end ("… 11 94 · jana@…"), not an
    // obfuscated address's own first piece ("1990 . mueller@…").
    const localStart = at.start - found[0].length;
    // A long number is never an address's first piece: a register or customer number before a "·"
    // ("Registered in England 08841732 · support@…").
    const local = (
      DIGIT_GROUP_BEFORE.test(text.slice(Math.max(0, localStart - 3), localStart))
        ? found[0].replace(LEADING_NUMBER_PIECE, '')
        : found[0].replace(LONG_NUMBER_PIECE, '')
    ).replace(LEADING_WORD_PIECE, (piece, word: string) => (plainWordLocal(word.toLowerCase()) ? '' : piece));
    if (at.bare && (NOT_LOCAL_PARTS.has(local.toLowerCase()) || /^www\./i.test(domain[0]))) return;
    // A bare " at " before a domain with a path is prose pointing at a web page ("reset your password at
    // firm.example/reset"), no address; nor is a bare " at " after an ordinary word that is no name ("look
    // at firm.example"); "jana at example.com" and "max at example.de" stay (round 48, set 45).
    if (at.bare && (text[at.end + domain[0].length] === '/' || plainWordLocal(local))) return;
    // A mail's own id in its headers ("Message-ID: <1746861738.494388@mail.example.org>", "In-Reply-To:", "References:"):
    // a server's token, nobody's mailbox.
    const idStart = at.start - local.length;
    if (text.charCodeAt(idStart - 1) === 60 && MESSAGE_ID_BEFORE.test(text.slice(Math.max(0, idStart - 80), idStart)))
      return;
    // A DSN's key or a connection string's account before "@" (`https://<key>@host/…`, `postgres://app:pw@db`).
    if (anchor === '@' && isUrlUserinfo(text, idStart, at.start)) return;
    out.push({
      type: 'EMAIL_ADDRESS',
      start: at.start - local.length,
      end: at.end + domain[0].length,
      score: at.bare ? 0.8 : 0.95,
    });
  };
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) found(at, '@');
  SPELLED_AT.lastIndex = 0;
  for (let m = SPELLED_AT.exec(text); m; m = SPELLED_AT.exec(text)) found(m.index + 1, m[0].slice(1, 3));
  return sortedByStart(out);
};

const ORDER_WORDS =
  /(bestell|auftrag|rechnung|order|invoice|artikel|art\.-?nr|kunden-?nr|ticket|version|v\.|imei|iccid|imsi|seriennummer|serial)\S*\s*(nr\.?|no\.?|nummer|number|#)?\s*:?\s*"?$/i;
/** The headers that carry a mail's own id in angle brackets, on the id's line. */
const MESSAGE_ID_BEFORE = /(?:^|\n)(?:message-id|in-reply-to|references|x-message-id)[ \t]*:[^\n]*<$/i;
const HTTP_STATUS_BEFORE = /HTTP\/[\d.]+"[ \t]$/;
/** A digit, a thousands separator, then three digits and the decimal separator: the rest of an amount ("42,|082.24"). */
const AMOUNT_TAIL = /^\d[.,]\d{3}[.,]\d/;
/** The amount's rest within a run ("082.24 "), up to the next number on the same line after a blank or a field separator. */
const AMOUNT_REST = /^\d{3}[.,]\d+[ \t,;|]+(?=[(+\d])/;
/** A Unix time with its fraction ("1738506574.675753", a chat export's "ts"): no phone number. */
const EPOCH_WITH_FRACTION = /^1[3-9]\d{8}[.]\d{3,9}$/;
/**
 * Not a Unicode-mode pattern: it runs for most number candidates, and the Latin letter classes are faster than \p{L}.
 * "call" and its forms, not the caller, nor Spanish "Calle" (a street: "Calle 10 # 55-65, Cali 760042").
 */
const PHONE_WORDS = new RegExp(
  `\\b(?:tel\\.?|telefon\\w*|phone|msisdn|mobil\\w*|handy|fax|ruf\\w*|anruf\\w*|rückruf\\w*|zurückrufen|call(?!er|e(?![a-z]))\\w*|erreichbar|reach\\w*|ring)(?![${UPPER}${LOWER}])`,
  'i',
);

const DATE_SHAPED = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;
/** A range of days or of days and months ("04.–09.05.2026", "01.03.–31.05.2026"; the view makes the dash "-"): a period. */
const DATE_RANGE = /^\d{1,2}\.(?:\d{1,2}\.)?[-–]\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})$/;
/** A month and year ("Stand 04/2026"): a version stamp, no number anyone dials. */
const MONTH_AND_YEAR = /^(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}$/;
/** A date at the start of a run: "14.03.2026 10", "2026-02-03 09" (a table's date column, then a time). */
const LEADING_DATE = /^(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)/;
/**
 * A whole calendar date after a blank inside a run ("0  2026-10-20 12", a printed DataFrame's index, then its
 * timestamp; "0785   44.00  2026-10-20", a card's last digits, an amount, a date): columns of a table, no number
 * anyone dials — no phone number writes a group as a year, a month and a day joined by dashes or dots.
 */
const INNER_DATE =
  /[ \t](?:(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2})(?!\d)/;
/**
 * A whole date inside a run after fewer digits than any phone number has (an index, a card's last digits), or
 * after an amount ("0785   44.00  2026-10-20"): the table's columns. After seven digits or more ("0151 2345678 01.02.2026", a mobile number, then the
 * date of the call) the run starts with a phone number and stays one (fail closed).
 */
/** An amount with its cents among a run's columns ("0785   44.00"): no phone number writes one. */
const AMOUNT_INSIDE = /\d[.,]\d{2}(?![\d.,])/;
function dateAfterShortNumber(raw: string): boolean {
  const date = INNER_DATE.exec(raw);
  if (date === null) return false;
  let digits = 0;
  for (let i = 0; i < date.index; i++) if (raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57) digits++;
  return digits < 7 || AMOUNT_INSIDE.test(raw.slice(0, date.index));
}
const AMOUNT = /\d[.,]\d{2}$|^\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * More digits than any phone number has, grouped by single spaces or dashes (a card, an account):
 * every number inside it would be "inside a longer number", so searching it is wasted.
 */
const longOneNumber = (candidate: string) =>
  /^\+?\d+(?:[ -]\d+)*$/.test(candidate) && candidate.replace(/\D/g, '').length > 15;

/**
 * A North American number as written nationally, "(415) 555-0134", "415-555-0134", "415.555.0134", with
 * the long-distance "1" before it ("1-888-332-3234", "1 (888) 332-3234"):
 * area code and exchange start with 2 to 9, and the groups are separated the way only phone numbers
 * are. Read as a US number (libphonenumber's NANP rules) rather than a German one.
 */
const NANP_NATIONAL = /^(?:1-(?=[2-9])|1 ?(?=\())?(?:\([2-9]\d{2}\)[ \t]?|[2-9]\d{2}[-.])[2-9]\d{2}[-.]\d{4}$/;

/**
 * An Australian service number, "1300 552 907" or "1800 112 358": ten digits from 1300 or 1800, written in groups of
 * four, three and three (how Australian firms print them). Read as an Australian number, not a German one.
 */
const AUSTRALIAN_SERVICE = /^1[38]00[ \t-]?\d{3}[ \t-]?\d{3}$/;

/**
 * A number written the North American way with its area code in brackets, "(349) 032-5488": only phone
 * numbers are written so, and one outside NANP's ranges (made up, mistyped, a film's fictional number) is
 * still the number someone gave. Read as a phone number without a phone word and however libphonenumber rates it.
 */
const NANP_BRACKETED = /^\(\d{3}\)[ \t]?\d{3}-\d{4}$|^\([2-9]\d{2}\)[ \t]?[2-9]\d{2}[ \t.]\d{4}$/;
/**
 * A number someone gives as theirs in speech: a run of 7 to 15 digits (a transcript's "three one two seven …", which
 * the spoken-number view reads as one digit string, or typed unbroken) right after "my number is", "her number's",
 * "your new mobile number is", "meine Nummer ist", "call me on", "reach me at", "erreichbar unter". Any country's
 * shape, with or without a trunk "0" or a "+": the speaker says whose number it is. A case's, a booking's, a
 * prisoner's or a PIN's number stays a reference: "number" is taken only after a possessive or a phone word, never
 * after "case", "Buch", "reference", "PIN".
 */
function cuedSpokenNumber(text: string, at: number, raw: string): boolean {
  if (!/^\d{7,15}$/.test(raw)) return false;
  const window = text.slice(Math.max(0, at - 50), at);
  return PERSONAL_NUMBER_CUE.test(window.slice(window.lastIndexOf('\n') + 1));
}
const PERSONAL_NUMBER_CUE = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    [
      // "my number is", "your new number is", "her mobile number's", "his phone number was:"
      "(?:my|your|his|her|their|our)[ \\t]+(?:(?:new|own|private|personal)[ \\t]+)?(?:(?:mobile|phone|cell|cellphone|home|landline|contact|telephone)[ \\t]+)?number(?:['’]s|[ \\t]+(?:is|was|will[ \\t]+be|would[ \\t]+be))?",
      // "meine Nummer ist", "ihre neue Handynummer lautet"
      '(?:meine|deine|seine|ihre|unsere|eure)[ \\t]+(?:neue[ \\t]+)?(?:handy|mobil|telefon|privat)?nummer(?:[ \\t]+(?:ist|lautet|war|wäre))?',
      // "call me on", "reach me at", "text her on", "ruf mich an unter", "erreichbar unter"
      '(?:call|ring|text|phone|reach|contact)[ \\t]+(?:me|him|her|us|them)[ \\t]+(?:on|at)',
      '(?:ruf(?:en)?|rufen[ \\t]+sie)[ \\t]+(?:mich|uns|ihn|sie)[ \\t]+(?:an[ \\t]+)?unter',
      'erreichbar[ \\t]+unter',
    ].join('|') +
    ')[ \\t]*[:,]?[ \\t]*$',
  'iu',
);

/** Digits between start and end. */
function digitCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) n++;
  return n;
}
/** Separators libphonenumber does not read, as spaces (same length, so offsets stay). */
const asSpaces = (s: string) => s.replace(/[_\s]/g, ' ');

/**
 * Whether libphonenumber calls the whole candidate a valid number: read as a US number if written
 * like one nationally, as an Australian one if it is an Australian service number, else with German defaults; German numbers of the common shapes are decided
 * by `germanPhoneValidity` with the same result, without parsing them.
 */
function wholeNumberValid(candidate: string): boolean {
  const readable = asSpaces(candidate);
  if (NANP_NATIONAL.test(candidate)) return VALID_IN_US.get(readable);
  if (AUSTRALIAN_SERVICE.test(candidate)) return VALID_IN_AU.get(readable);
  return germanPhoneValidity(readable) ?? VALID_IN_DE.get(readable);
}

/**
 * libphonenumber's answers, remembered: a parse costs about 20 µs (it compiles its patterns anew on
 * every call), and the numbers that reach it (foreign ones, "+1 …", "+44 …") come back in every
 * turn of a conversation and in every mail of a thread.
 */
const VALID_IN_US = new BoundedMemo((readable) => parsePhoneNumberFromString(readable, 'US')?.isValid() === true);
const VALID_IN_DE = new BoundedMemo((readable) => parsePhoneNumberFromString(readable, 'DE')?.isValid() === true);
const VALID_IN_AU = new BoundedMemo((readable) => parsePhoneNumberFromString(readable, 'AU')?.isValid() === true);
/** The numbers libphonenumber finds in a piece of text, by their offsets in it (remembered like VALID_IN_DE). */
const FOUND_IN_TEXT = new BoundedMemo((piece) =>
  findPhoneNumbersInText(piece, { defaultCountry: 'DE' }).map((f) => ({
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    valid: f.number.isValid(),
  })),
);

/**
 * Phone numbers as libphonenumber validates them (German default), but only in the forms people
 * write them: international (+49, 0049), or national with a leading 0, or any valid number after a
 * word such as "Tel." or "phone". Dates, amounts, postcodes and digits inside longer numbers
 * (cards, accounts) are not phone numbers. libphonenumber sees only number runs of at least six
 * digits (with a "+" or "(" before them, plus a little margin), which keeps the scan fast on long text.
 */
export const phone: Detector = (text) => {
  const out: Entity[] = [];
  for (const run of numberRuns(text).long) {
    if (run.end - run.start < 6 || run.digits < 6) continue;
    // "04363462601C79", "uid = 0431222807BFB6": the digits opening a hex token (a transponder's or a tracker's uid)
    // are no number of their own (hex-uids.ts).
    if (opensHexToken(text, run.start, run.end, run.digits)) continue;
    // The run with the "+" and "(" written before it.
    let at = run.start;
    let afterAmount = false;
    if (text[at - 1] === '(') at--;
    if (text[at - 1] === '+') at--;
    // "  2. 05233 941 28  (Fax)": a list's item number at the line's start, then the phone number.
    at = afterListItemNumber(text, at);
    // "42,082.24 \n 1100": a run right after a digit and a thousands separator is the rest of an amount
    // (a ledger's column, the next row's account number below it), no number of its own.
    // The number after the amount in the same run is read on its own ("Saldo 42,082.24 0171 5550199", a CSV's
    // "1,234.50,0171 …"): only the amount's rest is skipped, never a phone number that follows it.
    if (at === run.start && AMOUNT_TAIL.test(text.slice(at - 2, at + 5))) {
      const rest = AMOUNT_REST.exec(text.slice(at, run.end));
      if (!rest) continue;
      at += rest[0].length;
      if (digitCount(text, at, run.end) < 6) continue;
      afterAmount = true;
    }
    const candidateEnd = beforeUnopenedBracket(text, at, withoutTrailingDate(text, at, withoutTrailingTime(text, run)));
    const candidate = text.slice(at, candidateEnd);
    if (EPOCH_WITH_FRACTION.test(candidate)) continue;
    // A Unix time under a time key (`"ts":1787332294000`), a reference's digits under a reference key.
    if (notPhoneByJsonKey(text, at, candidateEnd)) continue;
    // The candidate's digits are the run's ("+" and "(" are none), unless a time was cut off its end.
    // A run across a line break: a number broken over lines in short pieces ("017\n123\n456\n78") is read
    // whole; a table row's last number and the next row's first cell ("V-75460\n07822 890626"), where a
    // line holds six digits or more, are read line by line.
    const byLines = candidate.includes('\n') && hasLongLine(text, at, candidateEnd);
    // Two numbers side by side in columns ("Tel 0171 5550199  0171 5550198"): libphonenumber reads the run as one
    // text and finds only the first number's tail, so each column's number is read on its own.
    const columns = byLines ? undefined : numbersInColumns(text, at, candidateEnd);
    if (columns) {
      for (const [start, end] of columns)
        if (writtenAsPhoneNumber(text, text.slice(start, end), start))
          phoneNumbersIn(text, start, end, out, afterAmount && start === at);
      continue;
    }
    if (
      !byLines &&
      writtenAsPhoneNumber(text, candidate, at, candidateEnd === run.end && at <= run.start ? run.digits : -1)
    )
      phoneNumbersIn(text, at, candidateEnd, out, afterAmount);
    if (byLines) {
      for (let lineStart = at; lineStart < candidateEnd;) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1 || lineEnd > candidateEnd) lineEnd = candidateEnd;
        let start = lineStart;
        let end = lineEnd;
        while (start < end && !isDigitCode(text.charCodeAt(start)) && text[start] !== '(') start++;
        while (end > start && !isDigitCode(text.charCodeAt(end - 1))) end--;
        if (start > at && text[start - 1] === '+') start--;
        const piece = text.slice(start, end);
        if (digitCount(text, start, end) >= 6 && writtenAsPhoneNumber(text, piece, start))
          phoneNumbersIn(text, start, end, out);
        lineStart = lineEnd + 1;
      }
    }
  }
  return out;
};

/**
 * Where a number starts after a list's item number at its line's start ("  2. 05233 941 28", "1) +49 …"): past
 * the item number, when a national or international number follows; else `at` itself.
 */
function afterListItemNumber(text: string, at: number): number {
  LIST_ITEM_NUMBER.lastIndex = at;
  if (!LIST_ITEM_NUMBER.test(text)) return at;
  let before = at;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  return before === 0 || text[before - 1] === '\n' ? LIST_ITEM_NUMBER.lastIndex : at;
}
const LIST_ITEM_NUMBER = /\d{1,2}[.)][ \t]+(?=\+|0\d)/y;

/**
 * "2002–2008" in a CV's or a report's timeline: two years joined by a dash, the second not before the
 * first, are a period of time, whatever a dialling plan makes of their eight digits.
 */
function isYearRange(candidate: string): boolean {
  const m = /^((?:19|20)\d\d)[ \t]*[-–—][ \t]*((?:19|20)\d\d)$/.exec(candidate);
  return m !== null && Number(m[2]) >= Number(m[1]);
}

/**
 * The candidate's end before a closing bracket it did not open: "(spouse, +45 61 22 09 43) ½" ends the number at
 * the bracket (the share "1⁄2" after it, NFKC's "½", is none of its digits), while "+49 (0)30 …" and "(030) 12 34"
 * open theirs.
 */
function beforeUnopenedBracket(text: string, at: number, end: number): number {
  // Within the candidate only (indexOf over the rest of the text for every candidate would not be linear).
  for (let i = at; i < end; i++) {
    if (text[i] === '(') return end;
    if (text[i] === ')') return i;
  }
  return end;
}

/** Whether a line's part of the run from `start` to `end` holds six digits or more. */
function hasLongLine(text: string, start: number, end: number): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) digits = 0;
    else if (isDigitCode(c) && ++digits >= 6) return true;
  }
  return false;
}

/**
 * A travel document's label ending right before a number, with an optional number word and issuing state
 * ("Reisepass ROU ", "Passport No. ", "Seefahrtsbuch: "): the number is the document's. Anchored at the end, so a
 * phone word between label and number ("Passbüro, Tel. …") leaves the number a phone. Bounded slice: linear.
 */
const DOCUMENT_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:Reisepass|Passport|Pass-?Nr\.?|Passnummer|Personalausweis|Ausweisnummer|Seefahrtsbuch|Seaman['’]s book|Dokumentennummer)[ \t]*(?:No\.?|Nr\.?|number|Nummer)?[ \t]*[:#]?[ \t]*(?:[A-Z]{3}[ \t]+)?$/u;
/** A travel document's number as written: one run of at most nine digits (ICAO 9303's document number field). */
const DOCUMENT_NUMBER_SHAPE = /^\d{6,9}$/;
/** Four dotted groups of one to three digits, the last ending the run: an IPv4 address's shape. */
const DOTTED_QUAD = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.]*\d)/;
/**
 * Whether `start` lies inside a run of digits and dots that holds an IPv4 address. A phone number in dotted groups
 * starts with 0 or "+" ("089.123.45.67"), which no IPv4 address does. A number right after an address stays a
 * phone number: a table's cells joined into one text put a phone right after an IP address's cell. The run is read
 * at most 16 characters either way (an IPv4 address is at most 15): linear.
 */
function startsAtDottedQuad(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 16 && /[\d.]/.test(text[from - 1])) from--;
  let to = start;
  while (to < text.length && to - start < 16 && /[\d.]/.test(text[to])) to++;
  const inside = DOTTED_QUAD.exec(text.slice(from, to));
  return inside !== null && isIPv4(inside[0]);
}
/** The phone numbers in a candidate that is written as one, `at` to `candidateEnd`. */
function phoneNumbersIn(text: string, at: number, candidateEnd: number, out: Entity[], afterAmount = false): void {
  const candidate = text.slice(at, candidateEnd);
  // Most candidates are exactly one number: parsing it is half the cost of searching the text around it.
  const found =
    wholeNumberValid(candidate) ||
    possibleInternational(candidate) ||
    labelledInternational(text, at, candidate) ||
    NANP_BRACKETED.test(candidate) ||
    cuedSpokenNumber(text, at, candidate)
      ? [{ start: at, end: candidateEnd, valid: true }]
      : longOneNumber(candidate)
        ? []
        : // Line breaks kept here: they separate numbers in a list.
          FOUND_IN_TEXT.get(text.slice(Math.max(0, at - 2), candidateEnd + 2).replace(/_/g, ' ')).map((f) => ({
            start: Math.max(0, at - 2) + f.startsAt,
            end: Math.max(0, at - 2) + f.endsAt,
            valid: f.valid,
          }));
  for (const { start, end, valid } of found) {
    if (!valid || insideLongerNumber(text, start, end, afterAmount && start === at)) continue;
    // "84.188.72.186" beside a phone field: four dotted groups that make an IPv4 address are one
    // (the IP detector finds it); a phone number's groups start with 0 or a "+" ("089.123.45.67").
    if (isIPv4(text.slice(start, end))) continue;
    // "145.204.191.110 (3 March)": a number that starts inside a dotted quad is the IP address and what follows
    // it, never a phone number.
    if (startsAtDottedQuad(text, start)) continue;
    if (yearAndHour(text, end)) continue;
    // "Reisepass ROU 051827734", "Passport No. 512345678": a travel document's number, not a phone.
    // Only a number written as a document number is (ICAO 9303: the document number field is nine characters, one
    // run): "+49 171 …", "0171 2345678" or an eleven-digit mobile after the label stays a phone, privacy first.
    if (
      DOCUMENT_NUMBER_SHAPE.test(text.slice(start, end)) &&
      DOCUMENT_LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    )
      continue;
    if (isYearRange(text.slice(start, end))) continue;
    // A holding's register number, an ear tag or a microchip ("Betrieb 09 275 1180 114"): livestock-numbers.ts.
    // A mobile number keeps its reading whatever stands before it ("Holding 0171 4455667", "DE 0171 4455667").
    if (!MOBILE_OR_INTERNATIONAL.test(text.slice(start, end)) && livestockNumberAt(text, start, end)) continue;
    // Eleven digits without a trunk "0" or "+" that pass the tax id's check digit, no phone label before them
    // (a table row's "1986-10-13\t80235639474"): the tax id detector reports them, as a tax id.
    if (taxIdNotPhone(text, start, end)) continue;
    // The whole candidate has passed the written-form test above; a number found inside it has not.
    const isCandidate = start === at && end === candidateEnd;
    // A part of the run across a line break ("0160 16749858\n16" before a row's "16. Okt."): the lines are read apart instead.
    if (!isCandidate && text.slice(start, end).includes('\n')) continue;
    if (isCandidate || writtenAsPhoneNumber(text, text.slice(start, end), start))
      out.push({ type: 'PHONE_NUMBER', start, end, score: hasContext(text, start, PHONE_WORDS) ? 0.95 : 0.75 });
  }
}

function taxIdNotPhone(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (!/^[1-9][\d ]{10,13}$/.test(raw)) return false;
  const digits = raw.replace(/ /g, '');
  if (digits.length !== 11 || !deTaxIdValid(digits)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  return !PHONE_LABEL_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}
/**
 * A number written internationally ("+", "00", a country code, groups) right after a phone label on
 * its line ("Tel: 0044 1275 4963444", "> > T: +90 532 876 05879", "reach me on +44 (0)1275 496 9953"),
 * however libphonenumber rates its ranges or length: a sender's own number, mistyped or in an unassigned
 * range, is still theirs. 9 to 15 digits after the country code's prefix, an extension allowed.
 */
function labelledInternational(text: string, at: number, candidate: string): boolean {
  if (!INTERNATIONAL_WRITTEN.test(candidate)) return false;
  const digits = digitCount(candidate, 0, candidate.length) - (candidate[0] === '0' ? 2 : 0);
  if (digits < 9 || digits > 17) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  return PHONE_LABEL_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
}
const INTERNATIONAL_WRITTEN = /^(?:\+|00)[1-9]\d{0,2}(?:[ \t-]?(?:\(0\)[ \t]?)?\d{2,})+(?:-\d{1,4})?$/;
/** A phone label or phrase ending right before a number: "Tel:", "T:", "Fon", "Phone:", "mobile", "reach me on", "Tel. tagsüber:". */
const PHONE_LABEL_BEFORE = new RegExp(
  `(?:^|[\\s>|(])(?:tel\\.?|telefon\\w*|fon|phone|mobil\\w*|mob\\.?|handy|direct[ \\t]+line|durchwahl|t|m|call me on|reach me on|erreichbar unter|unter)[ \\t]*[:.]?(?:[ \\t]*\\(?(?:tagsüber|abends|privat|geschäftlich|dienstlich|daytime|day|evening|home|work|office|private)\\)?[ \\t]*:?)?[ \\t]*$`,
  'iu',
);

/**
 * A year and the hour of a clock time after it, "On 23 November 2026 10:13," in a reply header,
 * "02/12/2026 14:05", or a day and month and an hour, "27.11. 10:40", "30/11 16:05": the minutes follow
 * right after, and no phone number ends in a date and an hour.
 */
function yearAndHour(text: string, end: number): boolean {
  return (
    text.charCodeAt(end) === 58 &&
    /^\d\d(?!\d)/.test(text.slice(end + 1, end + 4)) &&
    // A year only after a day and month or a month's name ("27.11.2026 10:13", "27 Nov 2026 10:13"): a
    // phone number's last group can look like a year ("0171 555 2019 09:45 verpasst" is a number and a time).
    DATE_AND_HOUR.test(text.slice(Math.max(0, end - 24), end))
  );
}
const DATE_AND_HOUR =
  /(?:^|[^\d])(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:jan|feb|mar|mär|mrz|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[\p{L}]*\.?[ \t]+(?:19|20)\d\d|\d{1,2}[./]\d{1,2}\.?)[ \t]+(?:[01]?\d|2[0-3])$/iu;

/**
 * A number written internationally ("+44 20 5155 5154", "+44 7700 900 412", "+1 545-555-0197") that
 * libphonenumber calls possible but not valid: its ranges are unassigned or kept for fiction, yet a
 * "+", a country code and a phone's grouping are written only for phone numbers.
 */
function possibleInternational(candidate: string): boolean {
  return candidate[0] === '+' && POSSIBLE_INTERNATIONAL.get(asSpaces(candidate));
}
const POSSIBLE_INTERNATIONAL = new BoundedMemo((readable) => {
  const parsed = parsePhoneNumberFromString(readable);
  return parsed !== undefined && parsed.isPossible() && parsed.nationalNumber.length >= 9;
});

/**
 * Where a run ends without a time or duration in brackets glued onto it: "+1 (720) 534-0319 (0:56)"
 * in a voicemail list is a number and then a duration, and the run (brackets are separators
 * inside numbers, "+44 (0)29 …") took the duration's first digits along.
 */
/**
 * Where a number ends before a date in the next column ("Anfrage 02150224   08.02.2025", "Enquiry 07914040
 * 01/12/2025" on a screen's title line): a gap of two blanks or more, then a whole date, ends the run.
 */
function withoutTrailingDate(text: string, at: number, end: number): number {
  if (end - at < 12 || !isDigitCode(text.charCodeAt(end - 1))) return end;
  // A call log's date with its time ("0171 5550199   12.03.2026 14:10"): the run took the hour before the ":" along.
  const hour = text.charCodeAt(end) === 58 ? HOUR_BEFORE_COLON.exec(text.slice(Math.max(at, end - 3), end)) : null;
  const dateEnd = hour ? end - hour[0].length : end;
  const m = TRAILING_DATE.exec(text.slice(Math.max(at, dateEnd - 16), dateEnd));
  if (!m) return end;
  let cut = Math.max(at, dateEnd - 16) + m.index;
  while (cut > at && !isDigitCode(text.charCodeAt(cut - 1))) cut--;
  return cut > at ? cut : end;
}
const TRAILING_DATE = /[ \t]{2,}(?:\d{1,2}([./-])\d{1,2}\1(?:19|20)?\d\d)$/;
const HOUR_BEFORE_COLON = /[ \t]\d{1,2}$/;

/** A gap of two blanks or more inside a run: a column's edge. */
const COLUMN_GAP = /[ \t]{2,}/g;
/** A number a column holds on its own: a national or international prefix and six digits or more. */
const COLUMN_NUMBER = /^[+(]?0|^\+/;

/**
 * The numbers of a run that stand in columns side by side, split at gaps of two blanks or more, when every piece
 * is a number of its own (a "0" or "+" prefix, six digits or more); else undefined, and the run is read whole.
 */
function numbersInColumns(text: string, at: number, end: number): Array<[number, number]> | undefined {
  const candidate = text.slice(at, end);
  if (!candidate.includes('  ') && !candidate.includes('\t')) return undefined;
  const pieces: Array<[number, number]> = [];
  let from = 0;
  COLUMN_GAP.lastIndex = 0;
  for (let m = COLUMN_GAP.exec(candidate); ; m = COLUMN_GAP.exec(candidate)) {
    const to = m ? m.index : candidate.length;
    const piece = candidate.slice(from, to);
    if (!COLUMN_NUMBER.test(piece) || digitCount(piece, 0, piece.length) < 6) return undefined;
    pieces.push([at + from, at + to]);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return pieces.length > 1 ? pieces : undefined;
}

function withoutTrailingTime(text: string, run: NumberRun): number {
  if (text.charCodeAt(run.end) !== 58) return run.end; // ":"
  // A transcript's timestamp opens the next line ("… 1998\n00:01:16.442 -->"): the number ends before the break.
  const br = text[run.end - 3] === '\n' ? run.end - 3 : text[run.end - 2] === '\n' ? run.end - 2 : -1;
  if (br > run.start) {
    let end = br;
    while (end > run.start && !isDigitCode(text.charCodeAt(end - 1))) end--;
    return end;
  }
  // The last "(" inside the run (one before it cannot start the time): searched within the run only.
  let open = run.end - 1;
  while (open > run.start && text.charCodeAt(open) !== 40) open--;
  if (open <= run.start || !/^\(\d{1,2}$/.test(text.slice(open, run.end))) return run.end;
  let end = open;
  while (end > run.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/**
 * How people write phone numbers: not a date or amount, not after an order or invoice word, and
 * international (+, 00) or national with at least 9 digits, unless a phone word comes before it
 * (then 6 digits do). Checked on candidates before parsing and on what libphonenumber finds;
 * `digits` is the count of digits in `raw` when the caller knows it.
 */
function writtenAsPhoneNumber(text: string, raw: string, at: number, digits = -1): boolean {
  // Glued to letters it is part of an identifier (a SEPA creditor id "DE98ZZZ09999999999", a tracking number);
  // starting with a date it is a date and the next number (a table's columns). Tested first: the cheapest
  // tests, and the dates they reject are the most common number runs.
  if (isLetterCode(text.charCodeAt(at - 1)) || LEADING_DATE.test(raw) || DATE_SHAPED.test(raw)) return false;
  if (DATE_RANGE.test(raw) || MONTH_AND_YEAR.test(raw) || dateAfterShortNumber(raw)) return false;
  // An access log's status and size after the request ('"GET /…?msisdn=… HTTP/1.1" 401 39563'): no number anyone dials.
  if (text.charCodeAt(at - 1) === 32 && HTTP_STATUS_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  // Joined to a word by "_" it is an identifier's part too ("=_Part_03392_271404607", a MIME boundary).
  if (text.charCodeAt(at - 1) === 95 && isLetterCode(text.charCodeAt(at - 2))) return false;
  // "KH-2210-558-31", "V-75460": letters and a dash before the digits make a reference, not a phone number.
  if (text.charCodeAt(at - 1) === 45 && isLetterCode(text.charCodeAt(at - 2))) return false;
  if (digits < 0) digits = digitCount(raw, 0, raw.length);
  // The form next: most number runs in prose fail it, and the word tests around them are the dearer part.
  const dialable =
    /^(\+|00)/.test(raw) ||
    (/^\(?0/.test(raw) && digits >= 9) ||
    NANP_NATIONAL.test(raw) ||
    NANP_BRACKETED.test(raw) ||
    AUSTRALIAN_SERVICE.test(raw) ||
    cuedSpokenNumber(text, at, raw);
  if (!dialable && (digits < 6 || !hasContext(text, at, PHONE_WORDS))) return false;
  // Amounts do not start with + or a 0 and a digit: "069.470.46" and "0171.234.56.78" are dotted numbers.
  const amount = AMOUNT.test(raw) && !/^(\+|0\d)/.test(raw);
  // The order word on the number's line: one in a table's heading above ("Ticket;Kontakt") is another column's.
  // (25 characters back at most, cut at the line's start: not a search back through a long line for every number.)
  const window = text.slice(Math.max(0, at - 25), at);
  if (amount || ORDER_WORDS.test(window.slice(window.lastIndexOf('\n') + 1))) return false;
  if (jsonIdValue(text, at, raw)) return false;
  // A mobile number or one written with "+" is a phone number whatever reference or country letters stand before it
  // ("Claim 07700 900123", "Vorgang: 0171 4455667"): no case, farm, ear tag or VAT number is written so.
  if (MOBILE_OR_INTERNATIONAL.test(raw)) return true;
  return !(countryPrefixedRegisterNumber(text, at) || referenceBefore(text, at, raw));
}

/**
 * A register's number after its country's letters: an animal's ear tag ("Kuh mit Ohrmarke DE 09 837 43423",
 * a herd register's "| DE 09 471 88312 |" under its "Ohrmarke" heading) or a VAT number ("MwSt. BE 0712.446.903").
 * Nobody writes their phone number after "DE "; the ear tag's word is looked for in the 600 characters before.
 */
function countryPrefixedRegisterNumber(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32 || !COUNTRY_LETTERS_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return false;
  return (
    VAT_BEFORE.test(text.slice(Math.max(0, at - 24), at - 3)) ||
    EAR_TAG_WORD.test(text.slice(Math.max(0, at - 600), at))
  );
}
/** European countries' letters, as ear tags and VAT numbers begin. */
const COUNTRY_LETTERS_BEFORE =
  /(?:^|[^A-Za-z])(?:DE|AT|CH|LI|LU|BE|NL|FR|IT|ES|PT|IE|UK|GB|DK|SE|FI|NO|PL|CZ|SK|HU|SI|HR|RO|BG|GR|EE|LV|LT|MT|CY) $/;
const VAT_BEFORE =
  /(?:^|[^A-Za-z])(?:mwst|ust|vat|tva|btw|iva|uid)[.:]?(?:[ \t-]*(?:id(?:-?nr)?|nr|no|number|nummer)[.:]?)?[ \t]*$/i;
const EAR_TAG_WORD = /ohrmarke|ear[ -]?tag|lebensnummer/i;

/**
 * A reference named right before the number: a case's, a claim's, a farm's registration ("Subject: RE: Case 1470207",
 * "Betriebsnummer 05 766 018 0032", "Betriebsnummer der Genossenschaft 05 701 600 2259"). Read in the 40
 * characters before, on the number's line.
 */
function referenceBefore(text: string, at: number, raw: string): boolean {
  // The 40 characters back, cut at the line's start (not a search back through a long line for every number).
  const window = text.slice(Math.max(0, at - 40), at);
  const m = REFERENCE_BEFORE.exec(window.slice(window.lastIndexOf('\n') + 1));
  if (m === null) return false;
  // A case's or claim's number begins with no trunk "0" ("Case 1470207"); a farm's does ("05 766 018 0032").
  const word = m[1].toLowerCase();
  return word.startsWith('betriebs') || word.startsWith('registrier') || word === 'holding' || raw[0] !== '0';
}
/** A German or British mobile number ("0171 4455667", "07700 900123") or one beginning with "+". */
const MOBILE_OR_INTERNATIONAL = /^(?:\+|\(?01[5-7]\d(?:\)?[ \t/-]?\d{3})|\(?07[1-9]\d{2}\)?[ \t/-]?\d{6}(?!\d))/;
const REFERENCE_BEFORE =
  /(?:^|[^\p{L}])(case|vorgang|claim|(?:call|anruf|session|request|transaction|trace)[ \t_-]?id|betriebs-?(?:nummer|nr\.?)|registrier-?(?:nummer|nr\.?)|holding)(?:[ \t]*(?:no\.?|nr\.?|number|nummer|#|id))?(?:[ \t]+(?:der|des|vom|of(?:[ \t]+the)?)[ \t]+\p{L}+)?[ \t]*:?[ \t]*$/iu;

/** Digits right before or after a number mean it is part of a longer one (cards, accounts). */
function insideLongerNumber(text: string, start: number, end: number, amountBefore = false): boolean {
  // After an amount's rest, the blank before the number separates them: the amount was no part of it.
  if (amountBefore) return /^[ -]?\d/.test(text.slice(end, end + 2));
  // A "+" begins a number: a time or count before it and a blank ("19:40 +49 171 …") is not part of it.
  const joinedBefore =
    text.charCodeAt(start) === 43
      ? /\d$/.test(text.slice(Math.max(0, start - 1), start))
      : /\d[ -]?$/.test(text.slice(Math.max(0, start - 2), start));
  return joinedBefore || /^[ -]?\d/.test(text.slice(end, end + 2));
}

/** Lengths of IBANs by country (ibantools' registry). */
const IBAN_LENGTHS = new Map(
  Object.entries(getCountrySpecifications())
    .filter(([, spec]) => spec.chars)
    .map(([country, spec]) => [country, spec.chars!]),
);
/** Per BBAN position, from ibantools' formats: D a digit, L a letter, A either. */
const BBAN_SHAPES = new Map(
  Object.entries(getCountrySpecifications()).map(([country, spec]) => {
    let shape = '';
    for (const m of (spec.bban_regexp ?? '').matchAll(/\[(A-Z|0-9|A-Z0-9|0-9A-Z)\]\{(\d+)\}/g))
      shape += (m[1] === 'A-Z' ? 'L' : m[1] === '0-9' ? 'D' : 'A').repeat(Number(m[2]));
    return [country, shape];
  }),
);
const AS_DIGIT: Record<string, string> = { O: '0', I: '1', L: '1' };
const AS_LETTER: Record<string, string> = { '0': 'O', '1': 'I' };

/**
 * The choices per position (from the first check digit on) for readings of an IBAN, in upper case,
 * written with O, I, l for 0 and 1 or the other way round (look-alike letters make both likely);
 * undefined when no reading can put it right or none changes it. Each character is put where the
 * country's format wants a digit or a letter; where it takes
 * either, both are tried, for at most four such characters: first only letters read as digits (the
 * normalised view already reads look-alikes next to digits as digits), then digits as letters too.
 */
function readingOptions(upper: string, lettersOnly: boolean): string[][] | undefined {
  const shape = BBAN_SHAPES.get(upper.slice(0, 2));
  if (!shape || shape.length !== upper.length - 4) return undefined;
  // No allocation for the many candidates no reading can put right (a letter where only digits go) or change.
  let changeable = false;
  for (let i = 2; i < upper.length; i++) {
    const c = upper[i];
    const want = i < 4 ? 'D' : shape[i - 4];
    const digit = c >= '0' && c <= '9';
    if (want === 'D' ? !digit && !AS_DIGIT[c] : want === 'L' && digit && !AS_LETTER[c]) return undefined;
    changeable ||= AS_DIGIT[c] !== undefined || (AS_LETTER[c] !== undefined && want !== 'D');
  }
  if (!changeable) return undefined;
  const options: string[][] = [];
  for (let i = 2; i < upper.length; i++) {
    const c = upper[i];
    const want = i < 4 ? 'D' : shape[i - 4];
    const digit = c >= '0' && c <= '9';
    if (want === 'D') options.push([digit ? c : AS_DIGIT[c]]);
    else if (want === 'L') options.push([digit ? AS_LETTER[c] : c]);
    else if (AS_DIGIT[c]) options.push([c, AS_DIGIT[c]]);
    else options.push(AS_LETTER[c] && !lettersOnly ? [c, AS_LETTER[c]] : [c]);
  }
  return options;
}

/**
 * Whether one of the readings is a valid IBAN. The readings are the IBAN with each position's
 * choices (`readingOptions`): both where the format takes either, until there are sixteen readings,
 * then as written. They are walked as a tree carrying the check-digit remainder (ISO 7064 reads the
 * BBAN first, then country and check digits), so no string is built for a reading whose check digits fail.
 */
function someReadingValid(compact: string, lettersOnly: boolean): boolean {
  const upper = compact.toUpperCase();
  const options = readingOptions(upper, lettersOnly);
  if (!options) return false;
  const taken: number[] = [];
  let readings = 1;
  for (const o of options) {
    const n = readings < 16 ? o.length : 1;
    taken.push(n);
    readings *= n;
  }
  // Country and check digits (options 0 and 1 are single digits): read after the BBAN.
  const tail = upper.slice(0, 2) + options[0][0] + options[1][0];
  const chosen = options.map((o) => o[0]);
  const search = (k: number, rest: number): boolean => {
    if (k === options.length) return mod97(tail, rest) === 1 && ibanValid(upper.slice(0, 2) + chosen.join(''));
    for (let j = 0; j < taken[k]; j++) {
      chosen[k] = options[k][j];
      if (search(k + 1, mod97(chosen[k], rest))) return true;
    }
    return false;
  };
  return search(2, 0);
}

/** `rest` continued over the characters (digits, and capitals read as 10 … 35) modulo 97, as `ibanChecksumValid` reads them. */
function mod97(chars: string, rest: number): number {
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    rest = code <= 57 ? (rest * 10 + code - 48) % 97 : (rest * 100 + code - 55) % 97;
  }
  return rest;
}

/** Whether a character may stand where the format wants a digit ("D") or a letter ("L"), as written or read (O, I, l for 0, 1 and back). */
function fitsShape(code: number, want: string): boolean {
  if (want === 'D') return isDigitCode(code) || isZeroOrOneLikeLetter(code);
  if (want === 'L') return !isDigitCode(code) || code === 48 || code === 49;
  return true;
}
/** O, I, L in either case: what the readings take for 0 and 1 (after upper-casing). */
const isZeroOrOneLikeLetter = (code: number) =>
  code === 79 || code === 111 || code === 73 || code === 105 || code === 76 || code === 108;

/** The check digits first (a loop over character codes): most candidates and readings fail them, the full test is dearer. */
const validIban = (upper: string) => ibanChecksumValid(upper) && ibanValid(upper);

/**
 * From the first check digit: the second, then the rest, letters and digits with separators anywhere, in any case.
 * Between groups a wider gap on the same line too: a payslip or statement prints an IBAN's blocks in two columns
 * ("DE67 5001 0517 7105      3618 00"); the check digits decide whether the blocks are one IBAN.
 */
const IBAN_REST = new RegExp(`\\d${SEP}\\d(?:(?:${SEP}|[ \\t]{4,16})[A-Za-z0-9]){10,30}`, 'y');
const isLetterCode = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Space, tab, line breaks, ".", "/", "_", "-": the separators of SEP. */
const isSeparatorCode = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 46 || code === 47 || code === 95 || code === 45;
/** O, o, I, l. */
const isZeroOrOneLike = (code: number) => code === 79 || code === 111 || code === 73 || code === 108;

/** Where up to three separators right before `from` begin. */
function separatorsBefore(text: string, from: number): number {
  let i = from;
  while (i > from - 3 && isSeparatorCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Where the two letters of a country code start, right before `at` (up to three separators around
 * them, and perhaps one or two check digits written as O, I or l), or -1.
 */
function countryBefore(text: string, at: number): number {
  // Character codes, not regular expressions: this runs for every number run in the text.
  let i = separatorsBefore(text, at);
  // Check digits written with look-alikes of 0 and 1 right after the letters ("DEІ8 …") stay letters in the view.
  if (isZeroOrOneLike(text.charCodeAt(i - 1))) {
    i--;
    if (isZeroOrOneLike(text.charCodeAt(i - 1))) i--;
    // Or the "l" is the country's own letter, typed in lower case ("nl97 …", "pl61 …").
    const country = countryLettersBefore(text, i);
    return country !== -1 ? country : countryLettersBefore(text, at);
  }
  return countryLettersBefore(text, at);
}

/** Where two letters (up to three separators around them) start right before `i`, with no letter or digit before them, or -1. */
function countryLettersBefore(text: string, i: number): number {
  for (let letters = 0; letters < 2; letters++) {
    i = separatorsBefore(text, i);
    if (!isLetterCode(text.charCodeAt(i - 1))) return -1;
    i--;
  }
  const before = text.charCodeAt(i - 1);
  return isLetterCode(before) || isDigitCode(before) ? -1 : i;
}

/**
 * The two letters of the country code starting at `start` (only separators between them), in upper
 * case, as a number (first letter * 26 + second, A = 0): no string for the many two-letter words
 * before numbers ("um 12", "in 2027") that name no IBAN country.
 */
function countryIndex(text: string, start: number): number {
  let second = start + 1;
  while (!isLetterCode(text.charCodeAt(second))) second++;
  // Clearing bit 5 upper-cases an ASCII letter.
  return ((text.charCodeAt(start) & ~32) - 65) * 26 + (text.charCodeAt(second) & ~32) - 65;
}
/** IBAN_LENGTHS by country index (0: no IBANs). */
const IBAN_LENGTH_AT = new Uint8Array(26 * 26);
for (const [country, length] of IBAN_LENGTHS)
  if (/^[A-Z]{2}$/.test(country))
    IBAN_LENGTH_AT[(country.charCodeAt(0) - 65) * 26 + country.charCodeAt(1) - 65] = length;

/**
 * IBANs: as many characters as the country's IBANs have, however they are separated or cased,
 * and only if the check digits hold (as written, or read with O, I, l and 0, 1 where the country's
 * format wants them). The candidate may run on into the following words; the finding ends with
 * the IBAN's last character.
 */
export const iban: Detector = (text) => {
  const out: Entity[] = [];
  for (const runStart of numberRuns(text).starts) {
    // The first check digit begins a run, after the country's letters.
    const start = countryBefore(text, runStart);
    if (start === -1) continue;
    const country = countryIndex(text, start);
    const length = IBAN_LENGTH_AT[country];
    if (!length) continue;
    IBAN_REST.lastIndex = runStart;
    const m = IBAN_REST.exec(text);
    if (!m) continue;
    // The IBAN's characters, as many as the country's IBANs have, and where the last one ends.
    const shape = BBAN_SHAPES.get(String.fromCharCode(65 + Math.floor(country / 26), 65 + (country % 26)));
    const shaped = shape !== undefined && shape.length === length - 4;
    let compact = '';
    let end = start;
    let fits = true;
    for (let i = start; i < runStart + m[0].length && compact.length < length; i++) {
      const code = text.charCodeAt(i);
      if (isDigitCode(code) || isLetterCode(code)) {
        // A character no reading can put right where it stands (a letter other than O, I, l where the
        // format wants a digit, a digit other than 0, 1 where it wants a letter): neither the IBAN as
        // written nor any reading is valid. Most candidates are words after "at 12", "in 2027".
        if (shaped && compact.length >= 2 && !fitsShape(code, compact.length < 4 ? 'D' : shape[compact.length - 4])) {
          fits = false;
          break;
        }
        compact += text[i];
        end = i + 1;
      }
    }
    if (
      fits &&
      compact.length === length &&
      (validIban(compact.toUpperCase()) || [true, false].some((lettersOnly) => someReadingValid(compact, lettersOnly)))
    )
      out.push({ type: 'IBAN_CODE', start, end, score: 1 });
  }
  return out;
};

/**
 * Card networks by their published IIN ranges (ISO/IEC 7812 issuer identification numbers), with the lengths their
 * numbers have; Luhn is checked for every network. Overlapping ranges (Discover's 65 and RuPay's, Maestro's and
 * Elo's) need no telling apart: any network makes it a card.
 */
/**
 * The networks marked true were added after the first four and are read strictly: the number written as one
 * run or in groups joined by one kind of separator on one line ("3562 0471 8830 2157"), as cards are printed. A run
 * of digits that mixes separators or spans lines ("56/721/20176  06/27/2025", a subtitle's digits over a blank
 * line) is a tax number beside a date or text cut into lines, Luhn-valid by chance.
 */
const CARD_NETWORKS: [RegExp, number[], boolean?][] = [
  // American Express 34, 37.
  [/^3[47]/, [15]],
  // Visa 4 (Elo's and Visa Electron's ranges inside it).
  [/^4/, [13, 16, 19]],
  // Mastercard 51–55 and 2221–2720.
  [/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, [16]],
  // Discover 6011, 65 (RuPay shares 65); its 644–649 range read strictly, as the networks below.
  [/^(6011|65)/, [16, 17, 18, 19]],
  [/^64[4-9]/, [16, 17, 18, 19], true],
  // Diners Club 300–305, 36, 38.
  [/^3[068]/, [14, 15, 16, 17, 18, 19]],
  // JCB 3528–3589.
  [/^35(2[89]|[3-8]\d)/, [16, 17, 18, 19], true],
  // UnionPay 62 (and 81 for its newer ranges).
  [/^(62|81)/, [16, 17, 18, 19], true],
  // Mir 2200–2204.
  [/^220[0-4]/, [16, 17, 18, 19], true],
  // RuPay 60, 65, 81, 82, 508.
  [/^(60|82|508)/, [16], true],
  // Maestro 50, 56–58, 63, 67 and Elo's 50 and 63 ranges: Maestro allows 12–19 digits, but only 16 and up are read
  // without a card word, as 13 digits starting 50–69 are mostly EAN-13 barcodes (GS1 prefixes), Luhn-valid by chance.
  [/^(50|5[6-8]|6[37])/, [16, 17, 18, 19], true],
  // Troy 9792.
  [/^9792/, [16], true],
  // The rest of the banking MIIs 5 and 6 (ISO/IEC 7812: 5 and 6 are banking and financial; 59, 61, 66, 68, 69 and
  // 640–643 are issued too, by banks no prefix above names): 16 digits, Luhn-valid, printed as a card, are a card,
  // privacy first ("…;CAM-46 2026-08-06 01:40;5968696493056299"). MII 2 and 3 stay with their networks above: 16
  // digits from 19 or 20 are timestamps run together as often, and MII 3's other ranges issue no 16-digit cards.
  [/^(59|6[1689]|64[0-3])/, [16], true],
];

const ARTICLE_WORDS = /\b(?:ean|gtin|item|article|artikel|art\.?-?nr|product|produkt|sku|barcode)\b[^\n\d]{0,12}$/i;
/** A card word between the article word and the number: it is a card after all ("product card 4222…"). */
const CARD_WORDS = /\b(?:card|karte|visa|mastercard|kreditkarte|amex)\b/i;
/** Digits with one decimal point or comma among them and no other separator: a number with its fraction. */
const DECIMAL_NUMBER = /^\d+[.,]\d+$/;
/**
 * Words before such a number that keep it a card: a card word, or a card number's field ("PAN", "cc", "credit",
 * "ccnum"), round 52 review: "PAN 5500.000000000004" is a card number typed with a stray full stop.
 */
const DECIMAL_CARD_WORDS =
  /\b(?:card|karte|visa|mastercard|kreditkarte|amex|(?:pan|cc)(?:[_-]?(?:num(?:ber)?|no))?|credit)\b/i;
const CARD_CANDIDATE = new RegExp(`\\b\\d(?:${SEP}\\d){12,18}\\b`, 'y');
export const creditCard: Detector = (text) =>
  matchesInRuns(text, CARD_CANDIDATE, 13, 13, (m) => {
    const whole = cardAt(text, m.index, m[0]);
    if (whole) return whole;
    // "…zahlen: 4630 9028 3951 1307.\n21.11.26, 13:09 - …": the next line's leading digits ran on into the
    // number (separators may cross a line break); the part before the break is read alone.
    const cut = m[0].indexOf('\n');
    if (cut === -1) return undefined;
    // "by card\nPage 2\n5241 7875 …": a scanned page's running page number ran into the number from the line above.
    const tail = m[0].slice(cut + 1);
    if (PAGE_LINE_END.test(text.slice(Math.max(0, m.index - 12), m.index + cut)) && alnum(tail).length >= 13) {
      const card = cardAt(text, m.index + cut + 1, tail, true);
      if (card) return { ...card, skip: cut + 1, length: tail.length };
    }
    const head = m[0].slice(0, cut).replace(TRAILING_SEPARATORS, '');
    if (alnum(head).length >= 13) {
      const card = cardAt(text, m.index, head);
      return card && { ...card, length: head.length };
    }
    // "+41 44 381 22 00\n2221 8818 3293 4832": a short number ending the line above ran into the card; the card is
    // read from its own line's first digit (the match ends at 19 digits, so it is matched again from there).
    const next = m.index + cut + m[0].slice(cut).search(/\d/);
    CARD_CANDIDATE.lastIndex = next;
    const own = CARD_CANDIDATE.exec(text);
    // A tab between its digits makes it table cells (an OCR engine's TSV row), not one number.
    if (!own || /[\n\t]/.test(own[0])) return undefined;
    const card = cardAt(text, next, own[0]);
    return card && { ...card, skip: next - m.index, length: own[0].length };
  });
const TRAILING_SEPARATORS = /[\s./_-]+$/;
const PHONE_KEY_BEFORE =
  /(?<![A-Za-z])(?:msisdn|phone|mobile?|handy|tel|telefon)(?:[_-]?(?:number|no|nr|nummer))?["']?[ \t]*[:=][ \t]*["']?$/i;
/** A line that is a page's running number alone: "Page 2", "Seite 3", "- 2 -" (its digits end where the number's line starts). */
const PAGE_LINE_END =
  /(?:^|\n)[ \t]*(?:page|seite|s\.|p\.)[ \t]*\d{1,3}(?:[ \t]*(?:of|von|\/)[ \t]*\d{1,3})?[ \t]*$|(?:^|\n)[ \t]*-[ \t]*\d{1,3}[ \t]*-?[ \t]*$/i;

/** Whether `candidate`, written at `index`, is a card number. */
function cardAt(
  text: string,
  index: number,
  candidate: string,
  afterPageLine = false,
): { type: EntityType; score: number } | undefined {
  const digits = alnum(candidate);
  // Part of a longer account number (an IBAN's tail, digit groups before it) is not a card; a page's number on the line above is no part.
  // A line break ends the number before it: a card starts its own line after a phone number or an amount.
  if (!afterPageLine && /(\d|[A-Za-z]{2}\d{2})[ \t./_-]$|\+$/.test(text.slice(Math.max(0, index - 5), index)))
    return undefined;
  // A messenger export's id ('"id": "46703567-3114-6871"'): grouped 8-4-4 as no card is written.
  if (jsonIdValue(text, index, candidate)) return undefined;
  // Ranges overlap (RuPay's 508 inside Maestro's 50): the network whose range and length both fit.
  const network = CARD_NETWORKS.find(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length));
  // A 13-digit "card" after an article word is a product's EAN/GTIN (German ones start with 40–44, as old Visa numbers do).
  const before = text.slice(Math.max(0, index - 30), index);
  if (digits.length === 13 && ARTICLE_WORDS.test(before) && !CARD_WORDS.test(before)) return undefined;
  if (!luhnValid(digits)) return undefined;
  // A decimal number's digits ('"_score" : 4.680810999999999', "1,2345678901234567"): one decimal point or comma and
  // nothing else between them is a number with its fraction, no card is printed so; after a card word it stays one.
  if (DECIMAL_NUMBER.test(candidate) && !DECIMAL_CARD_WORDS.test(text.slice(Math.max(0, index - 40), index)))
    return undefined;
  // A phone field's value ('"msisdn": "4915112345678"', "phone=…"): a subscriber's number, Luhn-valid by chance. A
  // phone number has at most 15 digits (E.164): 16 and more after "phone:" are no line ("Card taken over the phone:
  // 2221502481682577").
  if (digits.length <= 15 && PHONE_KEY_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return undefined;
  // "Order #4915112345678", "Rechnung Nr. …": a shop's or carrier's number, Luhn-valid by chance.
  if (referenceLabelBefore(text, index, index + candidate.length)) return undefined;
  if (network && (!network[2] || printedAsCard(candidate))) return { type: 'CREDIT_CARD', score: 1 };
  // A library's barcode ("library card 21234000567891", "card no. 2980…"): Codabar's 14 digits, 2 for a patron or 3
  // for an item, then the library's number, with a Luhn check digit of its own. No network issues 14 digits with
  // these prefixes (Diners' 30, 36 and 38 were read above), so the card word does not make it a payment card.
  if (digits.length === 14 && (digits[0] === '2' || digits[0] === '3')) return undefined;
  // After a card word ("mit Karte bezahlt, …") a Luhn-valid number is a card whatever its network
  // table says: the prefix table lags behind issuers, and a writer's card is a card all the same.
  return CARD_WORDS.test(text.slice(Math.max(0, index - 40), index)) ? { type: 'CREDIT_CARD', score: 1 } : undefined;
}

/**
 * A card number as printed: digits, or groups joined by one separator character, all the same, on one line; or
 * groups of four wrapped once onto the next line ("3562 0471\n8830 2157": a chat or a mail client breaks a long
 * line there). A blank line between the groups stays no card (a subtitle's digits over a cue's blank line).
 */
function printedAsCard(candidate: string): boolean {
  const wrapped = WRAPPED_FOUR_GROUPS.exec(candidate);
  if (wrapped) return printedOnOneLine(`${wrapped[1]} ${wrapped[2]}`);
  return printedOnOneLine(candidate);
}
/** Groups of four digits (the last up to four) with one line break between two of them, blanks beside it. */
const WRAPPED_FOUR_GROUPS = /^(\d{4}(?: \d{4})*)[ \t]*\r?\n[ \t]*(\d{4}(?: \d{4})*(?: \d{1,3})?)$/;

function printedOnOneLine(candidate: string): boolean {
  const separators = candidate.replace(/\d/g, '');
  return (
    separators === '' ||
    (/^[ .-]+$/.test(separators) &&
      separators.split('').every((c) => c === separators[0]) &&
      !/[ .-]{2}/.test(candidate))
  );
}

/**
 * An id in a messenger's JSON export, grouped as a GUID's first groups ('"id": "02372708-2534-5637"' in a Teams
 * export): eight digits, then groups of four joined by dashes, as the value of a key ending in "id". No phone
 * number or card is written so.
 */
function jsonIdValue(text: string, index: number, candidate: string): boolean {
  if (!GUID_GROUPS.test(candidate)) return false;
  const before = text.slice(Math.max(0, index - 24), index);
  return JSON_ID_KEY_BEFORE.test(before) && !CARD_KEY_BEFORE.test(before);
}
const GUID_GROUPS = /^\d{8}(?:-\d{4}){2,3}$/;
const JSON_ID_KEY_BEFORE = /"[A-Za-z]{0,16}(?:id|Id|ID)"[ \t]*:[ \t]*"$/;
/** A key that names a card or payment ('"card_id"', '"paymentId"', '"panId"'): its value may be the card itself. */
const CARD_KEY_BEFORE = /(?:card|karte|pan|payment|zahlung|cc)[A-Za-z_]{0,16}"[ \t]*:[ \t]*"$/i;

const VERSION_WORDS = /\b(version|v|release|build|ver\.?)\s*$/i;
/** Hex digits and colons, and O, I, l, which no hex digit is: written in an address, they stand for 0 and 1. */
const isHexOrColonCode = (code: number) =>
  (code >= 48 && code <= 58) ||
  (code >= 65 && code <= 70) ||
  (code >= 97 && code <= 102) ||
  code === 79 ||
  code === 111 ||
  code === 73 ||
  code === 108;
/** `\w`: ASCII letters, digits and "_". */
const isWordCode = (code: number) => isDigitCode(code) || isLetterCode(code) || code === 95;
const hexDigits = (run: string) => run.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');

/** IPv6 addresses, found from their colons outwards: a run of hex digits and colons that Node accepts as IPv6. */
function ipv6(text: string): Entity[] {
  const out: Entity[] = [];
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let start = colon;
    let end = colon + 1;
    while (start > 0 && isHexOrColonCode(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isHexOrColonCode(text.charCodeAt(end))) end++;
    // Most colons end a label ("Tel:", "Name:") or sit in a time: too short for an address, nothing to slice.
    if (
      end - start >= 6 &&
      !(start > 0 && isWordCode(text.charCodeAt(start - 1))) &&
      !(end < text.length && isWordCode(text.charCodeAt(end))) &&
      isIPv6(hexDigits(text.slice(start, end)))
    )
      out.push({ type: 'IP_ADDRESS', start, end, score: 0.85 });
    colon = text.indexOf(':', end);
  }
  return out;
}

/**
 * A program's version after its name and a slash, as user agents write them ("Chrome/134.0.0.0", "Firefox/1.2.3.4"):
 * a letter right before the slash; an address in a URL's path has a slash or a digit there.
 */
const productVersion = (text: string, at: number) =>
  text.charCodeAt(at - 1) === 47 && isLetterCode(text.charCodeAt(at - 2));

/** Dotted quads, not part of a longer dotted number (a version "1.2.3.4.5"); tried only inside number runs. */
const IPV4_CANDIDATE = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)/y;
/** A dotted quad lies inside one number run (dots join its groups): a run with fewer than three dots holds none. */
function hasThreeDots(text: string, run: NumberRun): boolean {
  let dots = 0;
  for (let i = run.start; i < run.end; i++) if (text.charCodeAt(i) === 46 && ++dots === 3) return true;
  return false;
}
export const ipAddress: Detector = (text) => [
  ...matchesInRuns(
    text,
    IPV4_CANDIDATE,
    7,
    4,
    (m) =>
      isIPv4(m[0]) &&
      !VERSION_WORDS.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index)) &&
      !productVersion(text, m.index ?? 0) &&
      !isServiceHostAddress(text, m.index ?? 0, m[0]) &&
      !isInfrastructureAddress(text, m.index ?? 0, m[0]) &&
      !isDeviceHostAddress(text, m.index ?? 0, m[0]) &&
      !isConfigHostAddress(text, m.index ?? 0, m[0])
        ? { type: 'IP_ADDRESS', score: 0.85 }
        : undefined,
    hasThreeDots,
  ),
  ...ipv6(text),
];

const TAX_WORDS = /(steuer|identifikationsnummer|idnr|tin|tax)/i;
/** Eleven digits, separated anyhow, not part of a longer number (a phone number, an account). */
// A line break ends it: the next line's leading digits ("….\n18:27 Anna: …", a form's "2  Angaben") are another number.
// A tab is a table's cell border, not a digit group's: the cell before ("1980-08-07\t47 697 081 320", a date of
// birth in a person's row) or after is another value, so the tax id beside it is still read.
const TAX_ID_CANDIDATE = new RegExp(`(?<![\\w+]|\\d[ ./_-]{1,3})\\d(?:${SEP}\\d){10}(?!\\w|[ ./_-]{1,3}\\d)`, 'y');
export const deTaxId: Detector = (text) =>
  matchesInRuns(text, TAX_ID_CANDIDATE, 11, 11, (m) =>
    deTaxIdValid(alnum(m[0]))
      ? { type: 'DE_TAX_ID', score: hasContext(text, m.index ?? 0, TAX_WORDS) ? 1 : 0.8 }
      : undefined,
  );

/**
 * The letter (the birth name's initial) may be written as a look-alike the normalised view reads as
 * 0 or 1, and the digits after it as look-alikes it reads as O, I or l.
 */
const SOCIAL_SECURITY_CANDIDATE = new RegExp(`\\b\\d(?:${SEP}\\d){7}${SEP}([A-Za-z01])((?:${SEP}[\\dOIl]){3})\\b`, 'y');
const socialSecurityNumber = (m: RegExpExecArray) =>
  alnum(m[0]).slice(0, 8) +
  m[1].replace('0', 'O').replace('1', 'I') +
  alnum(m[2]).replace(/O/g, '0').replace(/[Il]/g, '1');
/**
 * Words that name a pension number. Twelve plain digits (the letter written as a 0 or 1 look-alike) are
 * far more often a timestamp (YYYYMMDDhhmm), a record field or a phone number that the checksum lets
 * through one time in ten: such a number counts only where these words stand before it.
 */
const SOCIAL_SECURITY_WORDS =
  /(sozialversicherung|rentenversicherung|versicherungsn|\b[sr]v\b|\b[sr]v-?n|social security|pension|\bssn)/i;
export const deSocialSecurity: Detector = (text) =>
  matchesInRuns(text, SOCIAL_SECURITY_CANDIDATE, 8, 8, (m) =>
    deSocialSecurityValid(socialSecurityNumber(m)) &&
    (/[A-Za-z]/.test(m[1]) || hasContext(text, m.index ?? 0, SOCIAL_SECURITY_WORDS))
      ? { type: 'DE_SOCIAL_SECURITY', score: 1 }
      : undefined,
  );

/** "Perso" is the everyday word for the ID card ("Perso-Nr.", "Kopie vom Perso"); "Person" is not it. */
// "document number" is ICAO 9303's own name of the field (a check-in's validation message quotes it).
const ID_WORDS =
  /(ausweis|personalausweis|perso(?![a-z])|id[ _-]card|identity[ _-]card|id-nr|dokumentennummer|document[ _-]?(?:number|no\b|nr))/i;
const PASSPORT_WORDS = /(reisepass|pass-?nr|passnummer|passport|document[ _-]?(?:number|no\b|nr))/i;
/** German ID card and passport numbers: 9 characters (no vowels but ones that cannot be confused) and an ICAO check digit. */
const ID_DOCUMENT_SOURCE = `\\b([CFGHJKLMNPRTVWXYZ](?:${SEP}[CFGHJKLMNPRTVWXYZ0-9OI]){8})${SEP}([\\dOI])\\b`;
const ID_DOCUMENT_CANDIDATE = new RegExp(ID_DOCUMENT_SOURCE, 'g');
/**
 * The same numbers typed in lower case ("ausweisnummer: t1zxl1tlk2"), looked for only right after a
 * document word: searched in any case over the whole text, the pattern tries nearly every word.
 */
const ID_DOCUMENT_ANY_CASE = new RegExp(ID_DOCUMENT_SOURCE, 'gi');
/** The document words, found in the shared keyword pass. */
const DOCUMENT_WORD = new KeywordPattern(
  /ausweis|id[ _-]card|identity[ _-]card|id-nr|dokumentennummer|reisepass|pass-?nr|passnummer|passport/i,
  ['ausweis', 'id[ _-]card', 'identity[ _-]card', 'id-nr', 'dokumentennummer', 'reisepass', 'pass'],
);
/** How far after a document word its number may start (hasContext's window) plus the longest number. */
const DOCUMENT_REACH = 40 + 40;
/** The document alphabet has no O or I: written in a number, they stand for 0 and 1. */
const asDigits = (s: string) => alnum(s).toUpperCase().replace(/O/g, '0').replace(/I/g, '1');

/** "-" and "_" join the pieces of a code; not "/", which paths and URLs put before a number standing for itself. */
const JOINER = /[-_]/;
const ALNUM_CHAR = /[A-Za-z0-9]/;
/**
 * Whether text[start, end) is a piece of a longer code: joined to more letters or digits on both sides
 * ("…-202611-KI…"), or itself in joined pieces and joined on one side too ("RTGX-202519-KI142",
 * "BR-RTGX-202519"). A number of one piece joined on one side is not ("T220001293-D",
 * "KD-4711-T220001293" end in a document number as often as not): one dropped here would route a
 * message to the cloud.
 */
function partOfLongerCode(text: string, start: number, end: number): boolean {
  const after = JOINER.test(text.charAt(end)) && ALNUM_CHAR.test(text.charAt(end + 1));
  const before = start >= 2 && JOINER.test(text.charAt(start - 1)) && ALNUM_CHAR.test(text.charAt(start - 2));
  return (after && before) || ((after || before) && /[-_]/.test(text.slice(start, end)));
}

/**
 * A short prefix of a letter and digits, a dash and a run of digits: a meter, grant or catalogue
 * number ("Zählernummer Z14-8812096", "Meter no. Z14-4409132"), or letters and two groups of digits, a claim's
 * or customer's reference ("Claim CLM-15-66102", "Kundennummer: K-5502-88170"), whose check digit fits one time in
 * ten. A document number is printed as one block; written in groups, its groups are not a code's
 * prefix and serial.
 */
const PREFIXED_SERIAL = /^(?:[A-Z][A-Z0-9]{0,3}-\d{6,}|[A-Z]{1,4}-\d{2,6}-\d{2,6})$/;
/**
 * A passenger list's (APIS, PAXLST) issuing state and document code right before the number: "DEU I" (ICAO 9303
 * document code "I", an identity card, issued by Germany) or "DEU P" (a passport) say which document it is.
 */
const GERMAN_ID_CARD_CODE = /(?:^|[ \t|;/])(?:DEU|D)[ \t/]+I[ \t/]+$/;
const GERMAN_PASSPORT_CODE = /(?:^|[ \t|;/])(?:DEU|D)[ \t/]+P[ \t/]+$/;
/** An ID card or passport number at `start` (its digits checked), or undefined. */
function idDocumentAt(text: string, start: number, whole: string, body: string, check: string) {
  const digits = asDigits(body);
  if (icaoCheckDigit(digits) !== Number(asDigits(check))) return undefined;
  const passport = /^[CFGHJK]/.test(digits);
  const context =
    hasContext(text, start, passport ? PASSPORT_WORDS : ID_WORDS) ||
    inIdDocumentObject(text, start) ||
    underIdDocumentKey(text, start) ||
    inPersonFormField(text, start) ||
    (passport ? GERMAN_PASSPORT_CODE : GERMAN_ID_CARD_CODE).test(text.slice(Math.max(0, start - 12), start));
  // A lower-case letter in it: a word with a digit in it, unless a document word comes before.
  if (!context && /[a-z]/.test(whole)) return undefined;
  // Nine letters and a check digit look like a word in capitals and a digit: only after a document word.
  if (!context && !/\d/.test(digits)) return undefined;
  // A middle piece of a longer code joined by "-" or "_" ("MIGR-202611-KI142-7", a batch or refund id):
  // a document number stands alone, so only after a document word.
  if (!context && partOfLongerCode(text, start, start + whole.length)) return undefined;
  // A prefixed serial, or pieces on two lines (a number plate above a table's next cell, "LK17 ZVH\n286"):
  // no document number without a document word.
  if (!context && (PREFIXED_SERIAL.test(whole) || whole.includes('\n'))) return undefined;
  // The value of an export's JSON key ('"team": "T095998467"', a workspace's id): without a document word it is the key's id.
  if (!context && JSON_KEY_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return undefined;
  // Groups parted by "/" ("WV/11/000913", a register's or a file's number): a document number is printed as one
  // block, or in blanks' or dashes' groups; slashes part a register's district and serial. Only after a document word.
  if (!context && whole.includes('/')) return undefined;
  return { type: passport ? ('DE_PASSPORT' as const) : ('DE_ID_CARD' as const), score: context ? 1 : 0.7 };
}

/** A JSON key that does not name a document's number ("team", "channel"; not "id", "number", "ausweis_nr", "id_card"). */
const JSON_KEY_BEFORE =
  /"(?![\w-]*(?:num|nr|no|doc|ausweis|pass|card|ident)|(?:[\w-]*[_-])?id")[\w-]{1,32}"[ \t]*:[ \t]*"$/i;

export const deIdDocuments: Detector = (text) => {
  const out = matches(text, ID_DOCUMENT_CANDIDATE, (m) => idDocumentAt(text, m.index, m[0], m[1], m[2]));
  const taken = new Set(out.map((e) => e.start));
  for (let w = DOCUMENT_WORD.matchFrom(text, 0); w; w = DOCUMENT_WORD.matchFrom(text, w.index + w[0].length)) {
    // From the word's last character, so that \b at the number's start reads the character before it.
    const from = w.index + w[0].length - 1;
    const region = text.slice(from, Math.min(text.length, w.index + DOCUMENT_REACH));
    ID_DOCUMENT_ANY_CASE.lastIndex = 1;
    for (let m = ID_DOCUMENT_ANY_CASE.exec(region); m; m = ID_DOCUMENT_ANY_CASE.exec(region)) {
      const start = from + m.index;
      if (!/[a-z]/.test(m[0]) || taken.has(start)) continue;
      const found = idDocumentAt(text, start, m[0], m[1], m[2]);
      if (!found) continue;
      taken.add(start);
      out.push({ type: found.type, start, end: start + m[0].length, score: found.score });
    }
  }
  return out;
};

/**
 * Words after which a capitalised word is a name: titles, salutations, roles, contact labels. A court's
 * or an office's role before a given name ("Judge Maria Court", "Clerk Jana Court", "Richter Hans Gericht")
 * makes the next word the surname even when it is an ordinary noun, which the pair scan alone turns down.
 */
const CUE_WORDS = String.raw`Herr|Herrn|Frau|Tante|Onkel|Aunt|Uncle|Hr\.|Fr\.|Dr\.|Dr(?= )|Prof\.|Pfr\.|Pfarrer(?:in)?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dear|Hallo|Hello|Hi|Hey|Moin|Servus|Liebe[rs]?|Sehr geehrter?|Patient(?:in)?|Bewohner(?:in)?|Resident|Mitarbeiter(?:in)?|Kunde|Kundin|Customer|Client|Name erfasst|Name eingegeben|Name gescannt|Name captured|Name entered|Name scanned|Name|Kontakt|Contact|name captured|name entered|name scanned|Ansprechpartner(?:in)?|Signed|Unterschrift|gez\.|Meeting with|meeting with|Besprechung mit|Termin mit|Telefonat mit|sprach mit|spoke to|spoke with|talked to|New hire|new hire|passed it on to|Erreichbar ist|erreichbar ist|reach|née|geb\.|geborene|account holder|Account holder|Kontoinhaber(?:in)?|Rückruf an|ACTION|Approver|Requester|Antragsteller(?:in)?|Donor|Attorney(?: \d)?|Schlüsselträger(?:in)? \d{1,2}|Keyholder \d{1,2}|Key holder \d{1,2}|Witness|Zeuge|Zeugin|Landlord|Vermieter(?:in)?|Tenant|Applicant|Candidate(?: \d)?|Panel|Reference check for|Versicherungsnehmer(?:in)?|Halter(?:in)?|Tierhalter(?:in)?|Landwirt(?:in)?|Züchter(?:in)?|Producer|Grower|Tochter|Sohn|Bruder|Schwester|daughter|son|brother|sister|Erzieher(?:in)?|Lehrer(?:in)?|Klassenlehrer(?:in)?|Betreuer(?:in)?|Tagesmutter|Tagesvater|Gastfamilie|Gastmutter|Gastvater|Host family|host family|Teacher|teacher|Tutor(?:in)?|tutor|Negotiator|Versuchsleiter(?:in)?|Judge|Richter(?:in)?|Magistrate|Clerk|Registrar|Usher|Paralegal|Sachbearbeiter(?:in)?|Rechtspfleger(?:in)?|RA['’]?in(?=[ \t]+[A-ZÄÖÜ])|Rechtsanwalt|Rechtsanwältin|Notar(?:in)?|Ich,(?=[ \t]+[^\s,]{2,30}(?:[ \t]+[^\s,]{2,30})?,)|I,(?=[ \t]+[^\s,]{2,30}(?:[ \t]+[^\s,]{2,30})?,)|Parent/carer(?: \d)?|Erziehungsberechtigte(?:/?r)?|tax ID of|Steuer-ID von|on file for|wohnhaft bei|follow up with|klärt mit|reference for|Thanks(?=[ \t]+[^\s,]{2,20},)|Danke(?=[ \t]+[^\s,]{2,20},)|Laut(?=[ \t][^\n.]{2,40}[ \t]ist[ \t])`;
/** A cue that ends in a title: whatever capitalised word follows is a name. */
const TITLE_CUE =
  /(?:Herrn?|Frau|Hr\.|Fr\.|Dr\.?|Prof\.|Pfr\.|Pfarrer(?:in)?|Mr\.?|Mrs\.?|Ms\.?|Miss|Patient(?:in)?)\s*$/;
/** A cue that ends in a greeting or a closing: one word after it that is also a word is a name ("Hallo Will,"), after a label it is not ("Name\tFirma"). */
const GREETING_CUE =
  /(?:Dear|Hallo|Hello|Hi|Hey|Moin|Servus|Liebe[rs]?|geehrter?|Grüßen|Grüße|Grüsse|Gruß|Gruss|Regards|regards|Sincerely|Cheers|Thanks|Thank you|Best|wishes|Danke|LG|VG|MfG|Ciao|Tschüss|Bye|Yours)\s*[,!.]?\s*$/;
/** Closings, after which the name follows on the next line. */
const CLOSING_WORDS = String.raw`Grüßen|Grüße|Grüsse|Gruß|Gruss|Regards|regards|Sincerely|Cheers|Thanks|Thank you|Best|Best wishes|best wishes|Danke|LG|VG|MfG|Ciao|Tschüss|Bye|Yours|Hochachtungsvoll|Herzlichst|Respectfully|Faithfully`;
/**
 * A cue: a cue word and a colon or blanks, or a closing at the end of its line. The word boundary is
 * tested once, before the alternation, and the words are grouped by first letter: the scan rejects
 * most positions faster.
 */
const PERSON_CUE = String.raw`\b(?:${byFirstLetter(CUE_WORDS.split('|'))}(?:[ \t]*:\s*|[ \t]+)|${byFirstLetter(CLOSING_WORDS.split('|'))}\s*[,!.]?[ \t]*\n\s*)`;
/**
 * One cue or several in a row ("Dear Dr. "). Written as "cue, then cues", not "(?:cue)+": the same
 * matches, but V8 starts the search with the alternation's first characters, about 13% faster.
 */
const PERSON_CUES = new RegExp(`${PERSON_CUE}(?:${PERSON_CUE})*`, 'g');
/** Capitalised words a cue can precede that are not names ("Kontakt: Vertrieb", "Customer Service"). */
const NOT_NAMES = new Set(
  'kind best beste viele liebe mit freundliche herzliche many warm sir madam damen herren kolleginnen kollegen kunden kundinnen zusammen colleagues everyone all eltern parent parents carer carers guardian guardians erziehungsberechtigte payroll customer customers patient patientin patienten service services support team vertrieb abteilung kundenservice hotline sales office büro buero verwaltung personalabteilung empfang reception the der die das ihr ihre your our unser unsere bitte please im in am an auf mit für bei wir ich sie er es we it this that and und but aber thanks danke merci cheers bye ciao hi hallo hello hey moin servus dear ltd limited plc inc llc llp gmbh'.split(
    ' ',
  ),
);
const CAPITALISED = new RegExp(NAME_WORD, 'y');
/** The capitals of the name alphabet by their lower case ("j" → ["J"]). */
const CAPITALS_OF = new Map<string, string[]>();
const ONE_CAPITAL = new RegExp(`^[${UPPER}]$`);
// The name alphabet's capitals all lie below U+2000.
for (let code = 0; code < 0x2000; code++) {
  const capital = String.fromCharCode(code);
  if (!ONE_CAPITAL.test(capital)) continue;
  const lower = capital.toLowerCase();
  CAPITALS_OF.set(lower, [...(CAPITALS_OF.get(lower) ?? []), capital]);
}
/**
 * Two name-shaped words: "Jana Okafor" (a known first name, then a capitalised word) or, with a
 * comma, "Okafor, Jana" (then the second must be a known first name, not the start of a street
 * named after someone, "Karl-Marx-Str.", nor a firm of partners, "Lemke, Hermann and Ernser").
 */
const NAME_PAIR = new RegExp(
  `(?<![${UPPER}${LOWER}])(${NAME_WORD})(,?)[ \\t]+(${NAME_WORD})(?![${UPPER}${LOWER}])`,
  'g',
);
const SIMPLE_WORD = new RegExp(`^[${UPPER}][${LOWER}]+$`);
/**
 * The built-in first names as a simple capitalised word writes them ("Jana", every capital whose
 * lower case is the name's first letter): a word is in this set exactly when it is a simple word and
 * its lower case is a first name (the list's letters are ones lower case leaves alone), so the pair
 * scan asks it once instead of lower-casing every word.
 */
const CAPITALISED_FIRST_NAMES = new Set(
  [...FIRST_NAMES]
    .flatMap((name) => (CAPITALS_OF.get(name[0]) ?? []).map((capital) => capital + name.slice(1)))
    .filter((word) => SIMPLE_WORD.test(word) && FIRST_NAMES.has(word.toLowerCase())),
);
/** A legal form among or right after the words: a firm ("Vermieter: Wohnbau Nord GmbH"), no person. */
/**
 * (German and English forms. e.V. stays out: under the word boundary it matched only with a letter glued to
 * its last full stop, "e.V.Hamburg", which reads no firm more than "e.V. Hamburg" does.)
 */
const FIRM_AFTER = new RegExp(
  `[ \\t](?:${legalForms([...CONTINENTAL_FORMS, 'mbH', 'KGaA', 'e.V.', 'Limited', 'PLC', 'Corp'], ['eG'])})\\b`,
);
/** The legal forms among them (German and English, S.A. and B.V.; "Sp." of "Sp. z o.o." is written there). */
const FIRM_WORD_FORMS = legalForms([
  ...CONTINENTAL_FORMS.filter((name) => name !== 'S.A.' && name !== 'B.V.'),
  'mbH',
  'KGaA',
  'e.V.',
  'Corp',
]);
/** Words after a name that make it a firm's or a building's: its trade, its kind, its legal form. */
const FIRM_WORD_AFTER = new RegExp(
  String.raw`^[ \t]+(?:Apotheke|Praxis|Bau|Bäckerei|Verlag|Stiftung|Gruppe|Group|Holding|Holdings|Beverages|Foods|Trans|Logistik|Logistics|Consulting|Partner|Partners|Partnerschaft|Care|Centre|Center|Clinic|Society|Trust|Foundation|Institute|Hospital|Hospice|Academy|School|College|House|Court|Building|Hotel|Restaurant|Brewery|Museum|Gallery|Theatre|Theater|Stadium|Library|Suite|Memorial|Statue|Square|Gardens|Bridge|Arms|Inn|Tavern|Prize|Award|Lecture|Platz|Straße|Strasse|Schule|Gymnasium|Brücke|Stadion|Denkmal|Preis|Sp\.|${FIRM_WORD_FORMS})(?![\p{L}])`,
  'u',
);
/** Countries as the second word of a firm's name ("Ferrero Deutschland"). */
const COUNTRY_WORDS = new Set([
  'Deutschland',
  'Germany',
  'Österreich',
  'Austria',
  'Schweiz',
  'Switzerland',
  'France',
  'Italia',
  'España',
  'Nederland',
  'Polska',
  'Europe',
  'Europa',
  'International',
  'UK',
  'USA',
]);
/**
 * A legal form one or two words further on: the firm's trade or country between ("Hermann Bruns
 * Landhandel KG", "Martin Brower UK Ltd", "Martha Stewart Living plc"); a lower-case word or a comma
 * between ends the firm's name ("Hermann Bruns leitet die Landhandel KG").
 */
const LEGAL_FORM_SOON = new RegExp(
  `^(?:[ \\t]+(?:${NAME_WORD}|[${UPPER}]{2,4})){1,2}[ \\t]+(?:${legalForms([...CONTINENTAL_FORMS, 'mbH', 'KGaA', 'e.V.', 'SE'], ['e.K.'])})(?![${LOWER}${UPPER}])`,
);
/** Whether the pair ending at `end` is a firm's name: a country as its second word, or a firm word after it. */
function firmNamedAfter(text: string, end: number, second: string): boolean {
  return (
    COUNTRY_WORDS.has(second) ||
    isInstitutionWord(second) ||
    FIRM_WORD_AFTER.test(text.slice(end, end + 14)) ||
    LEGAL_FORM_SOON.test(text.slice(end, end + 60))
  );
}
const FIRM_OR_STREET = /^(?:-|\s+(?:and|und|&)\s)/;
/** Titles of the peerage and knighthood written before a person's whole name. */
const NOBLE_TITLES = new Set(['Lady', 'Lord', 'Sir', 'Dame', 'Earl', 'Duke', 'Duchess', 'Baron', 'Baroness']);
/** Words that name what the next capitalised word is: a storm ("Storm Ciarán", "Sturmtief Ylenia"), no person. */
const NAMED_THING_WORDS = new Set([
  'Storm',
  'Hurricane',
  'Typhoon',
  'Cyclone',
  'Sturmtief',
  'Orkantief',
  'Orkan',
  'Tropensturm',
]);
const THANKS = new Set(['Thanks', 'Danke', 'Merci', 'Cheers', 'Bye', 'Ciao']);
/**
 * A verb of speech or action right after a pair: only a person calls, writes or asks ("Gerard Way called
 * about the invoice", "Florence Way schrieb uns"), which a street, a river or a prize does not. Read from
 * a slice of a few characters after the pair.
 */
const PERSON_VERB_AFTER = new RegExp(
  `^[ \\t]+(?:called|calls|rang|rings|phoned|phones|wrote|writes|said|says|asked|asks|emailed|e-mailed|emails|texted|replied|replies|told|complained|paid|signed|confirmed|cancelled|canceled|requested|rief|ruft|schrieb|schreibt|sagte|sagt|fragte|fragt|meldete|bat|bittet|mailte|telefonierte|hat[ \\t]+(?:angerufen|geschrieben|gesagt|gefragt|gebeten)|has[ \\t]+(?:called|written|asked|said|paid|emailed)|will[ \\t]+(?:call|pay|ring|write|send))(?![${LOWER}${UPPER}-])`,
);
/**
 * A verb addressing a person right before a pair, one blank between ("Please call Florence Way", "ask Jordan
 * Trophy about …"); a column heading before a tab ("E-Mail<TAB>Tage<TAB>Sprachen") is none.
 */
const PERSON_VERB_BEFORE = new RegExp(
  `(?:^|[^${LOWER}${UPPER}-])(?:[Cc]all|[Aa]sk|[Tt]ell|[Ee]mail|[Ee]-mail|[Tt]ext|[Pp]hone|[Rr]ing|[Cc]ontact|[Tt]hank|[Rr]emind|[Ii]nform|cc|bcc) $`,
);
/**
 * Whether a pair whose second word is an English word ("Way", "Trophy", "River", "Flower") acts as a
 * person: a verb of speech or action after it, or a verb addressing a person before it. Without one the
 * word is read as what it names ("Florence Nightingale Way", "Chelsea Flower Show").
 */
function pairActsAsPerson(text: string, start: number, end: number): boolean {
  return (
    PERSON_VERB_AFTER.test(text.slice(end, end + 32)) ||
    PERSON_VERB_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/**
 * Names: capitalised words after a cue (Herr, Frau, Dr., Dear, Patientin, a closing line …) score
 * high; a known first name followed by a capitalised word, "Surname, Given name" and a known first
 * name after thanks ("Thanks, Jana") score lower. Sentence-initial words alone never count. Overlapping name
 * findings are joined, so "Berlin, Max Planck" covers the whole name.
 */
export const person: Detector = (text) => {
  const out: Entity[] = [];
  const known = (name: string) => CAPITALISED_FIRST_NAMES.has(name);
  PERSON_CUES.lastIndex = 0;
  for (let cue = PERSON_CUES.exec(text); cue; cue = PERSON_CUES.exec(text)) {
    // "Herrn Oberfeldwebel d.R. Jana Okafor": a rank between the cue and the name is no name (military-ranks.ts).
    let pos = afterMilitaryRank(text, cue.index + cue[0].length);
    const start = pos;
    let words = 0;
    // The words, for the test below (most cues are followed by one or two).
    let first = '';
    let others = '';
    const titled = TITLE_CUE.test(cue[0]);
    for (;;) {
      CAPITALISED.lastIndex = pos;
      let w = CAPITALISED.exec(text);
      // "Herr MÜller", "Herr MüLLER" (an entity decoded into a capital, a typo): after a title a word of
      // capitals and lower-case letters mixed is the surname, read whole.
      if (titled && (!w || isNameLetterCode(text.charCodeAt(w.index + w[0].length))))
        w = mixedCaseWordAt(text, pos) ?? w;
      // "Auskunfts- und Beratungsstelle": the first part of a shortened compound, no name; a word broken
      // over a line's end ("Frau Pfeifen-\nberger") is one (its rest is joined to the finding later).
      if (!w || NOT_NAMES.has(w[0].toLowerCase())) break;
      const wordEnd = w.index + w[0].length;
      if (text[wordEnd] === '-' && !brokenAtLineEnd(text, wordEnd)) break;
      if (words === 0) first = w[0];
      else others += ` ${w[0]}`;
      pos = w.index + w[0].length;
      words++;
      if (text[pos] !== ' ' || words === 3) break;
      pos++;
    }
    // "Mrs OPREA Lăcrămioara": a surname in capitals, then the given name.
    if (words === 0) {
      // "Dr. A. Negash": an initial and a surname after the cue.
      if (text.charCodeAt(start + 1) === 46) initialAt(text, start + 1, out, true);
      else capitalsSurnameAt(text, start, out);
    }
    // "Unterschrift Mieter: ____": words before a colon are the next field's label. After a title they are
    // the person a line is about ("Zi. 4 Hr. Quandtmeyer: RR 140/80"), unless a word is an ordinary one.
    const end = lastWordEnd(text, start, pos);
    if (
      words > 0 &&
      (text[end] !== ':' || (titled && !`${first}${others}`.split(' ').some(ordinaryWord))) &&
      !FIRM_AFTER.test(text.slice(start, end + 8)) &&
      cueFollowedByName(cue[0], first, others)
    )
      out.push({ type: 'PERSON', start, end, score: 0.9 });
  }
  // Whether the previous pair's second word is a known first name: the next pair often starts with it.
  let secondWord = '';
  let secondKnown = false;
  NAME_PAIR.lastIndex = 0;
  for (let m = NAME_PAIR.exec(text); m; m = NAME_PAIR.exec(text)) {
    const end = m.index + m[0].length;
    const second = end - m[3].length;
    const comma = m[2] === ',';
    // "Bräutigam      Braut", "Groom      Bride": three blanks or more part a table's columns (a PDF's
    // table as text), not a given name and a surname; the second word may begin a name of its own.
    if (second - m.index - m[1].length - m[2].length > 2) {
      NAME_PAIR.lastIndex = second;
      secondWord = '';
      continue;
    }
    const firstKnown = m[1] === secondWord ? secondKnown : known(m[1]);
    secondWord = m[3];
    secondKnown = known(m[3]);
    // "Thanks, Jana", "Danke Jana": the known first name alone.
    if (secondKnown && THANKS.has(m[1])) out.push({ type: 'PERSON', start: second, end, score: 0.8 });
    // "Albrecht Dürer Apotheke", "Ferrero Deutschland", "Tata Elxsi Ltd": a firm named after a person; but a
    // person's whole name right before the legal form names that person ("Jana Novak LLP", firm-owners.ts).
    if (
      !comma &&
      (firmNamedAfter(text, end, m[3]) || NAMED_THING_WORDS.has(m[1])) &&
      !(ownerWholeName(m[1], m[3]) && legalFormAfter(text, end))
    ) {
      // "Firma Maria Schmidt GmbH": a legal form a word or two on may end a whole name the second word begins.
      if (secondKnown && LEGAL_FORM_SOON.test(text.slice(end, end + 60))) NAME_PAIR.lastIndex = second;
      continue;
    }
    const isName = comma
      ? secondKnown && !NOT_NAMES.has(m[1].toLowerCase()) && !FIRM_OR_STREET.test(text.slice(end, end + 6))
      : (firstKnown && !englishNoun(m[3])) ||
        // "Gerard Way called", "Please call Florence Way": a well-known given name and an English word acting as a person.
        // (Asked for most pairs: the rare verb beside the pair before the dictionary, which lower-cases the word.)
        ((firstKnown || isGivenName(m[1])) &&
          !isKinWord(m[3]) &&
          pairActsAsPerson(text, m.index, end) &&
          (firstKnown || !isDictionaryWord(m[1].toLowerCase()))) ||
        // "Maria Bäcker", "Johnnie Walker": a trade word after a given name is the surname; a given name
        // that is also a word ("Liebe Kinder", "Nur Händler") says nothing of the word after it. The trade
        // word (a pattern on the second word) is asked first: few pairs end in one.
        (givenNameAndTradeSurname(m[1], m[3]) && (firstKnown || !isDictionaryWord(m[1].toLowerCase())));
    if (isName) out.push({ type: 'PERSON', start: m.index, end, score: 0.75 });
    // Names of many cultures from the name list ("Chidi Okonkwo", "Okonkwo, Chidi").
    const listed = !isName && isKnownNamePair(text, m.index, end, m[1], m[3], comma);
    if (listed) out.push({ type: 'PERSON', start: m.index, end, score: 0.7 });
    // The second word may begin a name of its own ("Heute Jana Okafor", "Heute Okafor, Jana", "Okafor, Jana Maria"),
    // a known first name even after a pair found: "Clerk Tom" then "Tom Okafor", "Anna Maria" then "Maria Schmidt"
    // (the overlapping pairs are joined below, so the surname stays inside the finding).
    if (secondKnown || ((!(isName || listed) || comma) && (text[end] === ',' || isKnownName(m[3]))))
      NAME_PAIR.lastIndex = second;
    // "Lady Jane Smith", "Sir Tom Weaver": the title pairs with the given name, which pairs again with the surname.
    else if (NOBLE_TITLES.has(m[1])) NAME_PAIR.lastIndex = second;
  }
  return joinOverlapping(out);
};

/** A word of capitals and lower-case letters, at most 40, read from where it is asked (sticky). */
const MIXED_CASE_WORD = new RegExp(`[${UPPER}][${UPPER}${LOWER}]{1,39}(?![${UPPER}${LOWER}])`, 'y');
const HAS_LOWER = new RegExp(`[${LOWER}]`);
const HAS_UPPER = new RegExp(`[${UPPER}]`);
/** A word at `at` that mixes capitals and lower-case letters after its first ("MÜller", "MüLLER"), or none. */
function mixedCaseWordAt(text: string, at: number): RegExpExecArray | null {
  MIXED_CASE_WORD.lastIndex = at;
  const w = MIXED_CASE_WORD.exec(text);
  if (!w) return null;
  const rest = w[0].slice(1);
  return HAS_LOWER.test(rest) && HAS_UPPER.test(rest) ? w : null;
}

/**
 * Whether the capitalised words after a cue are a name: after a title always ("Herr Montag"); else
 * not when all are words or teams ("Liebes Personalteam", "Dear Hiring Manager"), except one word that
 * is also a word after a greeting or a closing ("Hallo Will,", "Hi June,").
 */
function cueFollowedByName(cue: string, first: string, others: string): boolean {
  if (TITLE_CUE.test(cue)) return true;
  const isName = (w: string) => !wordLike(w) || CAPITALISED_FIRST_NAMES.has(w);
  if (isName(first)) return true;
  if (others) return others.slice(1).split(' ').some(isName);
  return (isCommonWord(first) || isDictionaryWord(first)) && GREETING_CUE.test(cue);
}

/** A dictionary or common word the name lists do not hold: a label's word before a colon ("Vorname:"). */
const ordinaryWord = (word: string) => !isKnownName(word) && (isDictionaryWord(word) || isCommonWord(word));

/** Overlapping spans joined into one with the highest score: a name found twice in parts is one name. */
function joinOverlapping(found: Entity[]): Entity[] {
  const sorted = sortedByStart(found);
  const out: Entity[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      last.score = Math.max(last.score, e.score);
    } else out.push({ ...e });
  }
  return out;
}

/** Any letter a name word may end in ("Dupé", "Noé", "Łukasz"): an ASCII-and-umlaut test cut "Herr Dupé" to "Dup", leaving "é" outside the placeholder. */
const isNameLetterCode = codeUnitTest(new RegExp(`[${UPPER}${LOWER}]`));

function lastWordEnd(text: string, start: number, pos: number): number {
  let end = pos;
  while (end > start && !isNameLetterCode(text.charCodeAt(end - 1))) end--;
  return end;
}

export const DETECTORS: Detector[] = [
  email,
  // A birth-date property's example value in a JSON Schema (a tool's parameters).
  schemaExampleBirthDates,
  // A person-name property's example value ("holderName": {"example": "…"}).
  schemaExampleNames,
  phone,
  iban,
  creditCard,
  ipAddress,
  deTaxId,
  deSocialSecurity,
  deIdDocuments,
  birthDates,
  recordFields,
  screenFields,
  sqlValues,
  formPairs,
  multipartParts,
  searchEngineRequests,
  namesInCommands,
  person,
  namesInContext,
  tableColumns,
  personsTables,
  cellDumpColumns,
  formBlockNames,
  signatureNames,
  letterEndNames,
  matchReportNames,
  caseTitleNames,
  lifeEventNames,
  bereavementNames,
  registerRoleNames,
  workRoleNames,
  personalCareNames,
  phoneNoteNames,
  chatTurnSpeakers,
  mentionedPeople,
  bracketedSpeakerNames,
  answersToNameQuestions,
  spelledNames,
  alphabetSpelledNames,
  answersInTranscripts,
  transcriptLowerCaseNames,
  namesAskedAbout,
  namesInJusticeRecords,
  namesThanked,
  postalAddresses,
  labelledAddresses,
  multiLineAddresses,
  bornSigns,
  spreadsheetColumns,
  joinedNames,
  namesAfterLogKeys,
  namesInLogStructures,
  namesInXmlPairs,
  namesInCodeLiterals,
  namesInConfigComments,
  namesInClubChat,
  namesInBlameLines,
  namesInPasswdLines,
  surnameFirstCells,
];
