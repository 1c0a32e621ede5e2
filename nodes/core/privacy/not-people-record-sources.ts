import { isGivenName, isKnownName } from './name-list.js';

/**
 * Archive and genealogy sources read as names. A researcher cites a register by its place and kind ("KB Göda Taufen
 * 1811 S. 14", "Burials 1841", "Sterberegister 1902"), a city's reference book by the town's adjective ("Grazer
 * Häuserbuch", "Wiener Adressbuch"), a body's records by the body ("Records of the Convention of Royal Burghs"), and a
 * form asks "First name:" after "Title: Ms". These say which book, never whose data. A person sharing the words stays:
 * a register word at the end of a sign-off has no year after it, and a town adjective before a surname has no book.
 */

/** Kinds of parish and civil registers, German and English, as a citation names them after the place. */
const REGISTER_KIND =
  /^(?:taufen|trauungen|beerdigungen|begräbnisse|bestattungen|sterbefälle|geburten|heiraten|taufbuch|traubuch|trauregister|sterbebuch|sterberegister|geburtsregister|heiratsregister|kirchenbuch|baptisms|christenings|marriages|banns|burials|deaths|births)$/i;
/** After a cited register: a year or a year range ("1811", "1836–1840"). */
const YEAR_AFTER = /^[ \t]+\d{4}(?!\d)/;
/** Before a cited register: the church-book abbreviation or the register's name ("KB ", "Kirchenbuch ", "parish register of "). */
const REGISTER_BEFORE = /(?:^|[^\p{L}])(?:KB|Kirchenbuch|Kirchenbücher|Pfarrbuch|parish registers? of|PR)[ \t]+$/u;

/** A town's adjective ("Grazer", "Leipziger") and a reference book's tail ("Häuserbuch", "Adressbuch", "Tageblatt"). */
const TOWN_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
const BOOK_TAIL = /\p{Ll}(?:buch|bücher|zeitung|chronik|kalender|verzeichnis|register|matrikel)$/u;
const BOOK_AFTER =
  /^[ \t]+(\p{Lu}\p{Ll}*(?:buch|bücher|zeitung|chronik|kalender|verzeichnis|register|matrikel))(?![\p{L}])/u;

/** A body whose records, acts or minutes a title names ("Convention of", "Council of", "Synod of"). */
const BODY_BEFORE =
  /(?:^|[^\p{L}])(?:Convention|Council|Parliament|Assembly|Synod|Presbytery|Kirk Session|Commissioners|Board|Guild|Chamber|Diet|Estates|Court of Session) of(?: the)?[ \t]+$/u;

/** The words of a form's name field ("First name:", "Family names:"): labels, not a person's name after a title. */
const NAME_LABEL_WORD = /^(?:first|last|given|family|middle|maiden|full|preferred|birth|other|christian|sur|fore)$/i;
const NAME_LABEL_AFTER = /^[ \t]*[- ]?names?[ \t]*:/i;

/** Whether the PERSON finding `value` at `start` names a cited source or a form's label (see above). */
export function recordSourceNoPerson(text: string, start: number, end: number, value: string): boolean {
  const words = value.split(/[ \t]+/);
  const last = words[words.length - 1];
  if (words.length === 1 && NAME_LABEL_WORD.test(last) && NAME_LABEL_AFTER.test(text.slice(end, end + 12))) return true;
  if (REGISTER_KIND.test(last)) {
    if (YEAR_AFTER.test(text.slice(end, end + 8))) return true;
    if (REGISTER_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  }
  if (words.length === 2 && TOWN_ADJECTIVE.test(words[0]) && BOOK_TAIL.test(last) && !isKnownName(last)) return true;
  // The adjective found alone, the book right after it ("Grazer| Häuserbuch").
  if (words.length === 1 && TOWN_ADJECTIVE.test(last) && !isGivenName(last)) {
    const next = BOOK_AFTER.exec(text.slice(end, end + 40));
    if (next && !isKnownName(next[1])) return true;
  }
  // No given name among the words: "the Council of Anna Reid" names her; "Convention of Royal Burghs" names a body.
  if (BODY_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !words.some((w) => isGivenName(w))) return true;
  return false;
}
