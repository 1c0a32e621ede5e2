/**
 * A title of address right before a finding ("Mr Chaplain", "Frau Argentino", "Herrn Grundreinigung"): what follows
 * is a surname, whatever else the word means, so the trades' "no one" word lists never apply after it. Tested on the
 * few characters before the finding.
 */
export const HONORIFIC_BEFORE =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Herrn|Frau|Hr|Fr|Sir|Dame|Lady|Lord|Madame|Monsieur)\.?[ \t]+$/u;
