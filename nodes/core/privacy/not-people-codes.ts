/**
 * Abbreviations in capitals read as names by the scorer: a code's label joined by hyphens before its
 * value ("UDI-DI (01)0405…", "GS-ID: 4471") and a ward's or department's short form in brackets right
 * after a person's name ("patient Lia Brandt (ED)", "Dr. Ek (ICU)"). A person's name written in capitals
 * stands alone or with a given name; it is neither followed by a code's digits nor bracketed after a name.
 */
const HYPHENATED_CAPITALS = /^[A-Z]{2,5}(?:-[A-Z]{1,5})+$/;
/** A code's value after its label: digits, a bracketed application identifier "(01)", or a colon. */
const CODE_VALUE_AFTER = /^[ \t]*(?:[:#]|\(?\d)/;
const SHORT_CAPITALS = /^[A-Z]{2,4}$/;
/** A capitalised word, then a blank and the opening bracket. */
const NAME_BEFORE_BRACKET = /\p{L}[ \t]\($/u;

export function codeNoPerson(text: string, start: number, end: number, value: string): boolean {
  if (HYPHENATED_CAPITALS.test(value) && CODE_VALUE_AFTER.test(text.slice(end, end + 4))) return true;
  return (
    SHORT_CAPITALS.test(value) &&
    text[end] === ')' &&
    NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 3), start))
  );
}
