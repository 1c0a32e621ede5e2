import type { Entity } from './entities.js';

/**
 * A joint practice named after its physicians ("Dres. Ahlers & Wennemann", "Gemeinschaftspraxis Dres. med.
 * Kolb und Brandt", "Drs. Patel and Okafor"): the plural title says each name after it is a person's
 * surname, even where the practice, not the person, is meant (the labelled sets count them as persons).
 */
const PLURAL_TITLE = /(?<![\p{L}])(?:Dres|Drs)\.(?:[ \t]+(?:med|dent|vet|jur|phil|rer\.[ \t]?nat)\.)*[ \t]+/gu;
/** One physician: an optional title and given name, then the surname. */
const PHYSICIAN = /(?:(?:Dr|Prof)\.[ \t]+)?(?:\p{Lu}[\p{Ll}'’]+[ \t]+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?/uy;
/** Between two physicians: "&", "und", "and", ",", "/". */
const JOIN = /[ \t]*(?:&|\+|\/|,|und|and)[ \t]*/y;

/** The document's first line with a character on it. */
const FIRST_LINE = /[^\s][^\n]*/;

export function namesAfterPluralTitles(text: string): Entity[] {
  if (!text.includes('Dres.') && !text.includes('Drs.')) return [];
  const out: Entity[] = [];
  const first = FIRST_LINE.exec(text);
  const letterheadEnd = first ? first.index + first[0].length : 0;
  for (let m = PLURAL_TITLE.exec(text); m; m = PLURAL_TITLE.exec(text)) {
    // A letterhead's practice, the document's first line, is its sender: the organisation, as its imprint is
    // (the labelled sets leave a letterhead's practice name unlabelled, its mentions elsewhere labelled).
    if (m.index < letterheadEnd) continue;
    const names: { start: number; end: number }[] = [];
    // How many names the list holds up to its last "&"/"und": a comma alone may be followed by the town.
    let closed = 0;
    let at = m.index + m[0].length;
    for (;;) {
      PHYSICIAN.lastIndex = at;
      const name = PHYSICIAN.exec(text);
      if (!name) break;
      const title = /^(?:Dr|Prof)\.[ \t]+/.exec(name[0]);
      names.push({ start: at + (title ? title[0].length : 0), end: at + name[0].length });
      if (names.length > 1 && !text.slice(names[names.length - 2].end, at).includes(',')) closed = names.length;
      JOIN.lastIndex = at + name[0].length;
      if (!JOIN.test(text)) break;
      at = JOIN.lastIndex;
    }
    // A plural title names two physicians at least, the last joined by "&", "und" or "and".
    if (closed < 2) continue;
    for (const n of names.slice(0, closed)) out.push({ type: 'PERSON', ...n, score: 0.85 });
  }
  return out;
}
