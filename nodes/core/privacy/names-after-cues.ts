import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord, isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';
import { isTradeCompound } from './not-people-trade-firms.js';
import { germanNounEnding } from './names-work-roles.js';

/**
 * A name written right after a word that says a person follows, with no colon and no known name needed:
 * - a relative named by the relation ("wife Lamia in Medan", "Tochter Ayu", "son Bayu"): a family word, then
 *   one to three capitalised words ("Frau" and "Mann" are titles and nouns, read elsewhere);
 * - an account's user ("cabin 214, user Tauriki", "Benutzer Okonjo"): who a log line or a device belongs to;
 * - a countersignature or a contact reached by phone after its colon ("gegengezeichnet: Moravek", "mobil
 *   erreichbar: Tamayo +63 …", "countersigned: Okoro");
 * - a one-person business: the owner's surname opening a firm's name marked as a sole trader's ("Vandermolen
 *   Marine Services (sole trader)", "… (Einzelunternehmen)").
 * - a person a report is about or who approved a step ("to target Ilvy Brack (a journalist)", "Freigabe: Jorinde Maas",
 *   "approved by: …"), a payee naming themselves ("60 % to me, Thu Ky Le, paid") or a quoted signature
 *   ('signature "D. Brack"'): the last two take the whole run up to the closing comma or quote;
 * - a witness statement's author and a signature with an initial ("Statement of: Tormod Brae, Inspector", "Signed
 *   T. Brae"), a request's subject after a clause break ("Charged twice; Ysolde asks for a refund") and an approver
 *   between an approval and its date ("genehmigt, Quellmann, 02.04.2026").
 * The kin and user cues take one blank before the name: a table's heading row ("Benutzer    Art", "Benutzer\tAktion")
 * puts more, or a tab, between its columns. A word the dictionaries hold is read as prose ("wife In", "user Guide", "Harbour Marine Services (sole
 * trader)"), unless it is also a known name. Cost: one global search for the cue words.
 */
const CUE =
  /(?<![\p{L}])(?:(?:wife|husband|spouse|son|daughter|brother|sister|mother|father|Ehefrau|Ehemann|Sohn|Tochter|Bruder|Schwester|Mutter|Vater|user|Benutzer|Nutzer|login|[Tt]arget|[Tt]argeting|[Tt]argets|[Vv]ictim|Opfer) |(?:gegengezeichnet|countersigned|mobil[ \t]+erreichbar|erreichbar[ \t]+unter|reachable[ \t]+on|Freigabe|[Ff]reigegeben[ \t]+von|[Aa]pproved[ \t]+by|[Aa]pprover|[Gg]enehmigt[ \t]+von|[Ss]tatement[ \t]+of|[Aa]ussage[ \t]+von)[ \t]*:[ \t]*|(?:to|for)[ \t]+me,[ \t]+|(?:[Ss]ignature|signed|Unterschrift|unterschrieben)[ \t]+["“„]|(?:Signed|signed|[Gg]ez\.|[Gg]ezeichnet)[ \t]+(?=\p{Lu}\.[ \t]?\p{Lu}))(?=\p{Lu})/gu;
/** One to three capitalised words, each bounded. */
const NAME_WORDS =
  /(?:\p{Lu}\.[ \t]?)?\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?(?:[ \t]\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?){0,2}/uy;
/** A sole trader's firm: capitalised words, then the bracketed mark. */
const SOLE_TRADER =
  /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]*){0,4}[ \t]*\((?:sole[ \t]+trader|sole[ \t]+proprietor(?:ship)?|Einzelunternehmen|Einzelunternehmer(?:in)?|eingetragene[rn]?[ \t]+Kauf(?:mann|frau))\)/gu;

/**
 * A self-introduction of a desk's agent ("Hi, I'm Sinethemba from Brightwire support", "ich bin Jorinde von der
 * Hotline"): the words before "from"/"von"/"at"/"here" are the speaker's name, whether or not a list holds it.
 */
const INTRODUCED = /(?<![\p{L}])(?:I'm|I’m|I am|[Mm]y name is|[Ii]ch bin|[Hh]ier ist)[ \t]+(?=\p{Lu})/gu;
const FROM_AFTER = /^[ \t]+(?:from|von|at|with|bei|here|hier)(?![\p{L}])/u;

/**
 * A request's subject after a clause break ("Charged twice; Almira asks for a refund", "Doppelt abgebucht, Ysolde
 * bittet um Erstattung"): one capitalised word, then a verb of asking. Its word must be no ordinary word ("Support
 * asks", "Kunde bittet") or a known name.
 */
const REQUESTER =
  /(?:^|[;,:.!?"„“(][ \t]+|[;:"„“(])(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:asks|requests|wants|demands|bittet|möchte|fragt|fordert|verlangt|wünscht)(?![\p{L}])/gmu;
/**
 * An approval's record with its approver between state and date ("Disposition: genehmigt, Quellmann, 02.04.2026",
 * "approved, Hartwell, 2026-04-02"): the date after the name says the line is a signed step.
 */
const APPROVED_BY =
  /(?<![\p{L}])(?:[Gg]enehmigt|[Ff]reigegeben|[Aa]bgelehnt|[Gg]eprüft|[Aa]pproved|[Rr]ejected|[Dd]eclined|[Cc]hecked)[ \t]*,[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)[ \t]*,[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/gu;

const APPROVAL_CUE = /^(?:Freigabe|[Ff]reigegeben|[Aa]pprove|[Gg]enehmigt)/u;

/** A word of a name after a cue: no word of the dictionaries, or a known name. */
const nameWord = (word: string) =>
  isGivenName(word) ||
  isKnownName(word) ||
  (!isDictionaryWord(word) && !isEnglishWord(word.toLowerCase()) && !isCommonWord(word));

export function namesAfterCues(text: string, out: Entity[]): void {
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    NAME_WORDS.lastIndex = start;
    const run = NAME_WORDS.exec(text)?.[0];
    if (run === undefined) continue;
    const words = run.split(/[ \t]/);
    // An apposition or a quoted signature closes its name ("to me, Thu Ky Le, paid", 'signature "D. Brack"'): the
    // whole run up to the closing mark is the name, short words ("Le", "Ky") too, unless every word is an ordinary one.
    const quoted = /["“„]$/u.test(m[0]);
    if (quoted || /,[ \t]+$/.test(m[0])) {
      const close = quoted ? /^["”“]/u : /^,/;
      if (close.test(text.slice(start + run.length, start + run.length + 1)) && words.some((w) => nameWord(w)))
        out.push(person(start, start + run.length, 0.7));
      continue;
    }
    let count = 0;
    while (count < words.length && nameWord(words[count])) count++;
    // An approval's one word is mostly its state ("Freigabe: Erledigt", "Approver: Pending"): two words at least.
    if (count === 0 || (count < 2 && APPROVAL_CUE.test(m[0]))) continue;
    out.push(person(start, start + words.slice(0, count).join(' ').length, 0.7));
  }
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(text); m; m = INTRODUCED.exec(text)) {
    const start = m.index + m[0].length;
    NAME_WORDS.lastIndex = start;
    const run = NAME_WORDS.exec(text)?.[0];
    if (run === undefined || !run.split(/[ \t]/).every(nameWord)) continue;
    if (FROM_AFTER.test(text.slice(start + run.length, start + run.length + 12)))
      out.push(person(start, start + run.length, 0.7));
  }
  REQUESTER.lastIndex = 0;
  for (let m = REQUESTER.exec(text); m; m = REQUESTER.exec(text)) {
    // A noun's compound of words ("Law-enforcement requests"), a German noun ("Agentur fragt") or a count's
    // heading ("Requests: 9") is no one asking.
    const word = m[1];
    if (!nameWord(word) || text[m.index + m[0].length] === ':') continue;
    if (!isGivenName(word) && !isKnownName(word) && germanNounEnding(word)) continue;
    if (word.includes('-') && word.split('-').some((part) => part && !nameWord(part[0].toUpperCase() + part.slice(1))))
      continue;
    // The clause break before the name holds no capital.
    const start = m.index + m[0].search(/\p{Lu}/u);
    out.push(person(start, start + m[1].length, 0.7));
  }
  APPROVED_BY.lastIndex = 0;
  for (let m = APPROVED_BY.exec(text); m; m = APPROVED_BY.exec(text)) {
    if (!m[1].split(/[ \t]/).every(nameWord)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    out.push(person(start, start + m[1].length, 0.7));
  }
  if (!text.includes('(')) return;
  SOLE_TRADER.lastIndex = 0;
  for (let m = SOLE_TRADER.exec(text); m; m = SOLE_TRADER.exec(text)) {
    // The owner's name: the first word that is a known name or no ordinary word ("Invoice Vandermolen Marine …"),
    // past the firm's trade ("Keramikwerkstatt Gölz (Einzelunternehmen)").
    const words = m[0]
      .slice(0, m[0].indexOf('('))
      .trim()
      .split(/[ \t]+/);
    let at = m.index;
    for (const word of words) {
      const ordinary = isDictionaryWord(word) || isEnglishWord(word.toLowerCase());
      if (!isTradeCompound(word) && (isKnownName(word) || !ordinary)) {
        out.push(person(at, at + word.length, 0.7));
        break;
      }
      at = text.indexOf(word, at) + word.length;
      while (text[at] === ' ' || text[at] === '\t') at++;
    }
  }
}
