/**
 * Second words that make a name a place or an institution named after someone ("Newton Fountain", "Jenner
 * Wing", "Fenwick Joinery", "Hope Valley", "Lisboa Plaza"): nouns no common surname shares (not Hall, Park,
 * Ward, Mill, which are). The rules read them after a pair of names (detectors.ts), the name scorer after a
 * single word it would take (name-model.ts).
 */
const INSTITUTION_WORDS = new Set(
  'Wing Fountain Joinery Plaza Valley Society Gardens Square Tower Lodge Centre Center Clinic Surgery Pharmacy Hospital Hospice Academy Library Museum Gallery Theatre Theater Stadium Arena Campus Quay Wharf Embankment Fund Trust Foundation Institute Bakery Brewery Dairy Garage Motors Estates Builders Roofing Plumbing Electrical Landscaping'.split(
    ' ',
  ),
);

/** Whether `word` names a place or an institution when it follows a name. */
export function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORDS.has(word);
}

/** Whether the word after `end` (one blank between) is such a word ("Hartley| Joinery"). */
export function institutionWordAfter(text: string, end: number): boolean {
  const next = /^[ \t]([\p{Lu}][\p{Ll}]+)/u.exec(text.slice(end, end + 24));
  return next !== null && INSTITUTION_WORDS.has(next[1]);
}
