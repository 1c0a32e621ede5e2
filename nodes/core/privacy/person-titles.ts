/**
 * The courtesy and academic titles written before a person's name ("Herr", "Frau", "Hr.", "Mr", "Ms", "Dr.",
 * "Prof."): THE list, as an alternation without the dot, for the patterns that read a title before a name or
 * ask whether a word is one. Each writes the optional dot and the blanks after it itself. names.ts TITLES reads
 * more (job titles between a label and a name) and keeps its own sticky pattern.
 */
export const COURTESY_TITLES = 'Herrn?|Frau|Hr|Fr|Pfr|Dr|Prof|Mr|Mrs|Ms|Mx|Miss';
