/**
 * Prisons and other custodial institutions named by their place ("JVA Tonna", "HMP Wandsworth", "Justizanstalt
 * Josefstadt", "Mountjoy Prison"): the place is no person's name, and a mailbox piece spelling it
 * ("socialvisits.wandsworth@…") names the institution's desk (round 46: set 43).
 */

/** The words before a place that name a custodial institution (DE, AT, CH, UK, IE). */
const BEFORE_PLACE =
  /(?<![\p{L}\p{N}])(?:JVA|JSA|JAA|HMP|HMYOI|YOI|HMP\/YOI|Justizvollzugsanstalt|Justizanstalt|Jugendstrafanstalt|Jugendanstalt|Strafanstalt|Strafvollzugsanstalt|Vollzugsanstalt|Jugendarrestanstalt)[ \t]+(\p{Lu}\p{Ll}{2,30}(?:-\p{Lu}\p{Ll}{2,30})?)(?![\p{L}\p{N}])/gu;
/** A place before the word "Prison" or "Gefängnis" ("Mountjoy Prison", "Wheatfield Prison"). */
// Not before a post ("Smith Prison Officer", "Berg Prison Service"): there the word may be a person's surname.
const BEFORE_WORD =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,30})[ \t]+(?:Prison|Young[ \t]Offender[ \t]Institution)(?![\p{L}])(?![ \t]+(?:Officers?|Service|Staff|Guards?|Chaplain|Governor|Warders?)\b)/gu;

/** Words that may stand after an institution word but name no place ("Prison Service", "JVA Besuch"). */
const NO_PLACE = new Set(
  'Service Services Officer Officers Staff Rules Rule Visits Visit Network Besuch Besuche Leitung Verwaltung The Der Die Das'.split(
    ' ',
  ),
);

/** Each place named after or before an institution word, with its span in the text. */
export function institutionPlaces(text: string): { place: string; start: number; end: number }[] {
  const out: { place: string; start: number; end: number }[] = [];
  for (const re of [BEFORE_PLACE, BEFORE_WORD]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (NO_PLACE.has(m[1])) continue;
      const start = re === BEFORE_PLACE ? m.index + m[0].length - m[1].length : m.index;
      out.push({ place: m[1], start, end: start + m[1].length });
    }
  }
  return out;
}

/** The places of the text's institutions, lower-cased, as a mailbox's local part writes them. */
export function institutionPlaceWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const { place } of institutionPlaces(text)) for (const w of place.toLowerCase().split('-')) words.add(w);
  return words;
}

/**
 * Without the PERSON findings that are exactly an institution's place ("JVA ⟦Tonna⟧", "⟦Mountjoy⟧ Prison"): a
 * finding of more words ("Tonna Berg") or one starting elsewhere stays (privacy first).
 */
export function withoutInstitutionPlaces<T extends { type: string; start: number; end: number }>(
  text: string,
  found: T[],
): T[] {
  if (!found.some((e) => e.type === 'PERSON')) return found;
  const places = institutionPlaces(text);
  if (places.length === 0) return found;
  const spans = new Set(places.map((p) => `${p.start}:${p.end}`));
  return found.filter((e) => e.type !== 'PERSON' || !spans.has(`${e.start}:${e.end}`));
}
