import type { Entity } from './entities.js';
import { isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';
import { person } from './names.js';
import { isNumberedUnitWord } from './numbered-units.js';

/**
 * The payee or payer a British bank statement prints after a transfer's type code: "SO HUN SOPHAL RENT" (a standing
 * order), "FPO MARIT OYELARAN LOAN" (a faster payment out), "FPI TEODOR VAKALIS" (one in), "BP …" (a bill payment).
 * The statement writes the counterparty in capitals, then the reference the payer gave; a standing order or a
 * faster payment between private accounts names a person there. A firm's name ("SO THAMES WATER", "FPO ACME LTD")
 * holds an ordinary word or a legal form, and the reference is an ordinary word ("RENT", "LOAN"): the name is the
 * run of two or three words up to the first ordinary one, each a known name or no word of the dictionaries.
 * Direct debits ("DD") are left out: they are collected by firms.
 *
 * Cost: one global search for the codes in capitals before a capital word.
 */
const TRANSFER_CODE = /(?:^|[\s"'“‘(–—-])(?:SO|STO|FPO|FPI|BP)[ \t]+(?=[A-Z]{2})/g;
/** Up to four words in capitals after the code, each bounded. */
const CAPITAL_WORDS = /[A-Z][A-Z'’-]{1,24}(?:[ \t][A-Z][A-Z'’-]{1,24}){0,3}/y;
const LEGAL_FORM = /^(?:LTD|LIMITED|PLC|LLP|LLC|INC|CO|GMBH|AG|BANK|UK|CIC|TRUST)$/;

/**
 * What every TRANSFER_CODE match holds, a code and a blank: searched first, as it starts at a capital (the full
 * pattern starts at every blank); a text without one is not searched again.
 */
const CODE_THEN_BLANK = /(?:SO|STO|FPO|FPI|BP)[ \t]/;

export function statementPayees(text: string, out: Entity[]): void {
  if (!CODE_THEN_BLANK.test(text)) return;
  for (let m = TRANSFER_CODE.exec(text); m; m = TRANSFER_CODE.exec(text)) {
    const start = TRANSFER_CODE.lastIndex;
    CAPITAL_WORDS.lastIndex = start;
    const run = CAPITAL_WORDS.exec(text);
    if (!run) continue;
    // The next character must end the words: no lowercase word glued on ("SO Rent" is prose).
    if (/[\p{Ll}\d]/u.test(text[start + run[0].length] ?? '')) continue;
    const words = run[0].split(/[ \t]/);
    if (words.some((w) => LEGAL_FORM.test(w))) continue;
    let name = 0;
    while (name < words.length && nameWord(words[name], name === 0)) name++;
    if (name < 2 || name > 3) continue;
    const end = start + words.slice(0, name).join(' ').length;
    out.push(person(start, end, 0.75));
  }
}

/**
 * A word of a private counterparty's name: a word no dictionary holds, or a known name; after the first word a known
 * name that is an English word too ("LOAN", "ROSE") is read as the reference, privacy first only for the first.
 */
function nameWord(capitals: string, first: boolean): boolean {
  const word = capitals[0] + capitals.slice(1).toLowerCase();
  const ordinary = isDictionaryWord(word) || isEnglishWord(word);
  if (!ordinary) return true;
  return isKnownName(word) && !isNumberedUnitWord(word) && (first || !isEnglishWord(word));
}
