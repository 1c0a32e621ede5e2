/**
 * Words a name finding swept up before the name: a family word written before the person it names, with a
 * comma ("Mutter, Hildegard Strupp", "Notfallkontakt: Vater, Hans Meier"), read as "Surname, Given names";
 * a document's short word in capitals before a name in a file name ("CV_Jens_Okafor.pdf", read as
 * "CV Jens Okafor"). The finding then starts at the name: a placeholder "[PERSON] Strupp" is no leak, but a
 * finding that swallows the family word tells the model nothing true, and the pseudonym of "CV Jens Okafor"
 * does not match the pseudonym of "Jens Okafor" elsewhere; a work role before a name ("Polier Jens Ohl"). One look at each finding's first word.
 */
import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { nameAfterRole, WORK_ROLE_BEFORE } from './names-work-roles.js';

/** A family word, a comma and blanks: the word names the relation, the name follows. */
const FAMILY_COMMA =
  /^(?:(?:Schwieger|Stief|Groß|Gross|Ur)?(?:mutter|vater|sohn|tochter|eltern)|Mutter|Vater|Sohn|Tochter|Bruder|Schwester|Ehefrau|Ehemann|Ehegatte|Ehegattin|Ehepartner(?:in)?|Lebensgefährt(?:e|in)|Lebenspartner(?:in)?|Partner(?:in)?|Verlobte[r]?|Freund(?:in)?|Nachbar(?:in)?|Oma|Opa|Großmutter|Großvater|Grossmutter|Grossvater|Tante|Onkel|Enkel|Enkelin|Cousin|Cousine|Neffe|Nichte|Schwager|Schwägerin|Mother|Father|Son|Daughter|Brother|Sister|Wife|Husband|Partner|Spouse|Fiancée?|Friend|Neighbou?r|Mum|Mom|Dad|Grandmother|Grandfather|Grandson|Granddaughter|Aunt|Uncle|Niece|Nephew|Stepmother|Stepfather|Stepson|Stepdaughter|(?:Mother|Father|Son|Daughter|Brother|Sister)-in-law|Stiefmutter|Stiefvater),[ \t]+/;
/** A short word in capitals and a blank before the name ("CV ", "HR "). */
const SHORT_CAPITALS = /^([A-Z]{2,3})[ \t]+([A-ZÀ-Þ][a-zß-ÿ]+)/;

/** Findings with such leading words cut off (a finding left without a name is dropped). */
export function withoutLeadingWords(text: string, found: Entity[]): Entity[] {
  let changed = false;
  const out: Entity[] = [];
  for (const e of found) {
    // Read past the finding's end: a finding of the family word alone ("Vater" before ", Hans Meier") is dropped.
    const cut = e.type === 'PERSON' ? leadingWords(text.slice(e.start, e.start + 64)) : 0;
    if (cut === 0) out.push(e);
    else {
      changed = true;
      if (e.end - (e.start + cut) >= 2) out.push({ ...e, start: e.start + cut });
    }
  }
  return changed ? out : found;
}

/** How many characters at the finding's start are no part of the name (0: none). */
function leadingWords(value: string): number {
  const family = FAMILY_COMMA.exec(value);
  if (family) return family[0].length;
  // "Vorarbeiter Eilert Pohlmann": a work role before the name is the person's job (names-work-roles.ts).
  // A role before an ordinary word ("Polier Einweisung erfolgt") names no one: the whole finding goes.
  const role = WORK_ROLE_BEFORE.exec(value);
  if (role) return nameAfterRole(value, role[0].length) ? role[0].length : value.length;
  const short = SHORT_CAPITALS.exec(value);
  // "CV Jens Okafor", not "AJ Smith" or "LI Wei": the short word is no name, the next one a given name.
  if (short && !isKnownName(short[1][0] + short[1].slice(1).toLowerCase()) && isGivenName(short[2]))
    return short[0].length - short[2].length;
  return 0;
}
