/**
 * A Danish postal district's letters after the town ("8000 Aarhus C", "1620 København V", "2100 København Ø",
 * "2400 København NV"): part of the postal name, so of the address. Alone, before a comma, a line's end or a blank
 * and no more letters: "København. Vi ses" or "Aarhus Cathedral" take none.
 */
export const DISTRICT_LETTER = /(?:[ \t]+(?:[CKVNSØ]|SV|NV|SØ|NØ))(?=[,;)]|[ \t]*(?:\r?\n|$)|[ \t]+[^\p{L}\p{N}\s])/u;
