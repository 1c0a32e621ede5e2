/**
 * How people call relatives instead of naming them ("Mum", "Oma", "Uncle", "Schwester"), in English and
 * German. The given-name lists hold some of them ("Nana", "Mama", "Oma"), so a word of this list alone is
 * no name: not-people.ts drops it as a finding, names-life-events.ts reads no name from "Mum's birthday".
 * "Nan" is not among them: a given name as often (a name column's "Nan"); names-life-events.ts adds it.
 */
export const FAMILY_WORDS: ReadonlySet<string> = new Set(
  'Mum Mom Mummy Mommy Mama Mamma Mami Mutti Mutter Mother Dad Daddy Papa Papi Vati Vater Father Oma Opa Omi Opi Granny Grandma Grandpa Gran Nana Nanna Nonna Nonno Auntie Aunt Uncle Tante Onkel Baby Sister Brother Schwester Bruder'.split(
    ' ',
  ),
);

/** A possessive ending: "Mum's", "Mum’s", "Opas", "Dads'". */
const POSSESSIVE_END = /(?:['’]s|['’]|s)$/;

/** Whether `word` is a family word, perhaps possessive ("Mum's birthday", "Omas Geburtstag"). */
export function isFamilyWord(word: string): boolean {
  return FAMILY_WORDS.has(word) || FAMILY_WORDS.has(word.replace(POSSESSIVE_END, ''));
}
