import type { Entity } from './entities.js';
import { isDictionaryWord, isKnownName } from './name-list.js';
import { caseMarkerAt } from './names-case-titles.js';
import { titleBefore } from './not-people-addressing.js';

/**
 * Courts and their seats where a name would stand: a court file's "Empfänger: Amtsgericht Regensburg",
 * "Recipient: High Court of South Africa", "Sheriff Court of Lothian and Borders", "Family Justice
 * Courts", "Landlord and Tenant Board", a transcript's "CLERK:", "Chambers of the District Judge,
 * Court 2", and the town after a court's name ("Regionalgericht Oberland, Thun", "Friedensgericht
 * Meran", "Employment Tribunal, Leeds"). Privacy first: a word people are called too ("Court" as in
 * Margaret Court, "Justice", "Board") counts only beside the court's other words, and a seat is one
 * word only: a judge named after the court ("Amtsgericht Regensburg, Anna Berg") is two and stays. A court's
 * word after a form of address ("Mrs Court", "Mr Justice Court") is a surname and stays too.
 */

/** A German court's compound ("Amtsgericht", "Landgericht", "Zivilgericht", "Familiengerichts"). */
const GERMAN_COURT = /\p{L}(?:gerichts?|gerichtshof)$/u;
/** Words a court's English name is made of, each capitalised in it: the name holds no other. */
const COURT_WORDS = new Set(
  'hm court courts tribunal tribunals board judge justice high district sheriff circuit supreme county family employment magistrates crown appeal appeals federal superior claims probate provincial municipal youth clerk registrar usher chambers bench'.split(
    ' ',
  ),
);
/** The words naming the institution itself: one of them must be in the finding. */
const INSTITUTION = new Set('court courts tribunal tribunals board chambers bench clerk registrar usher'.split(' '));
/** A court's name right before a one-word finding: "…gericht[ Oberland][,] ", "… Court, ", "Tribunal, ". */
const COURT_BEFORE =
  /(?:\p{Ll}gerichts?|gerichtshof|\b(?:Court|Courts|Tribunal)|\b[Rr]egistry[ \t]+[Oo]ffice[ \t]+of)(?:[ \t]+\p{Lu}[\p{L}-]+)?,?[ \t]+$/u;

/** A name's next word after a one-word finding: a blank, then a capital. */
const NAME_GOES_ON = /^[ \t]+\p{Lu}/u;
/** Cheap tests first: a court's word in the finding, or a court's word before it. */
const MAY_BE_COURT = /ericht|ourt|ribunal|oard|udge|ustice|lerk|LERK|egistrar|sher|hambers|ench/;
/** A civil registry office's town is its seat as well ("issued by the civil registry office of Kharkiv", round 49). */
const MAY_FOLLOW_COURT = /ericht|Court|Tribunal|egistry [Oo]ffice of/;

/** Whether a PERSON finding is a court's name or its seat (see above). */
export function courtNoPerson(text: string, e: Entity, value: string): boolean {
  if (!MAY_BE_COURT.test(value) && !MAY_FOLLOW_COURT.test(text.slice(Math.max(0, e.start - 60), e.start))) return false;
  // "Mrs Court called", "Dear Mr Bench": after a form of address a court's word is a surname.
  if (titleBefore(text, e.start)) return false;
  const words = value.split(/[\s,]+/).filter(Boolean);
  // "Amtsgericht Regensburg": the court and its seat, one word beside it at most; a judge after it is two ("… Pirjo Tiihonen").
  // The compound needs a word before "gericht": a person surnamed Gericht ("Frau Gericht", "Hans Gericht") stays.
  if (words.length <= 2 && words.some((w) => GERMAN_COURT.test(w.toLowerCase()))) return true;
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  if (lower.every((w) => COURT_WORDS.has(w)) && lower.some((w) => INSTITUTION.has(w))) return true;
  // "Multnomah County Circuit Court", "High Court of …": a court's name ends the finding, a place may open it.
  const last = lower[lower.length - 1];
  if ((last === 'court' || last === 'courts' || last === 'tribunal') && lower.length >= 2) {
    const beforeLast = lower[lower.length - 2];
    if (COURT_WORDS.has(beforeLast) && !INSTITUTION.has(beforeLast)) return true;
  }
  // One word right after a court's name: the town it sits in.
  // A capitalised word after it makes it a judge's first name ("am Amtsgericht Pirjo Tiihonen"), not the seat, and
  // a case title's "v" a party ("Employment Tribunal, Brown v Jones").
  if (
    words.length !== 1 ||
    e.start === 0 ||
    NAME_GOES_ON.test(text.slice(e.end, e.end + 3)) ||
    caseMarkerAt(text, e.end)
  )
    return false;
  const line = text.slice(Math.max(0, e.start - 60), e.start);
  const before = line.slice(line.lastIndexOf('\n') + 1);
  // Cheap first: most one-word findings have no court before them.
  // A known name there is a party or a judge ("Landgericht Berlin, Novak"): kept, privacy first;
  // a town the dictionary knows as well ("Employment Tribunal, Leeds") is the seat.
  return (
    (before.includes('ericht') ||
      before.includes('Court') ||
      before.includes('Tribunal') ||
      before.includes('office of')) &&
    COURT_BEFORE.test(before) &&
    !(isKnownName(value) && !isDictionaryWord(value))
  );
}
