/**
 * A record that gives a person by initials says so ("Patientin: Initialen E.R.", "initials K.T."): the
 * word saying it is no name, and the initials after it are written to keep the name out (the labelled
 * sets do not count them as a name either).
 */
const INITIALS_WORD = /^(?:Initialen|Initials|Kürzel)$/i;
/** The word saying initials follow, and initials already read after it, right before a finding. */
const INITIALS_WORD_BEFORE = /(?:^|[^\p{L}])(?:initialen|initials|kürzel)[ \t]*:?[ \t]*(?:\p{Lu}\.?[ \t]?){0,3}$/iu;
/** One to three capitals, each with or without its dot ("R.", "E.R.", "KT"). */
const ONLY_INITIALS = /^(?:\p{Lu}\.?[ \t]?){1,3}$/u;

/**
 * The last letter of a dotted abbreviation written without blanks ("18 U.S.C. § 2702", "Washington D.C."): one
 * capital and its dot, right after one to three more; a name's initials come apart from it ("J. R. Okafor") or are
 * read with their surname.
 */
const DOTTED_ABBREVIATION_BEFORE = /(?<![\p{L}.])(?:\p{Lu}\.){1,3}$/u;
const ONE_INITIAL = /^\p{Lu}\.$/u;

export function initialsNoPerson(text: string, start: number, value: string): boolean {
  if (INITIALS_WORD.test(value)) return true;
  if (ONE_INITIAL.test(value) && DOTTED_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 8), start)))
    return true;
  return ONLY_INITIALS.test(value) && INITIALS_WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
