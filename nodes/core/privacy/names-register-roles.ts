import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord } from './name-list.js';
import { PARTICLE_ALTERNATION } from './name-particles.js';

/**
 * Names in a parish or civil register's entry, after the role a person has in it: "Täufling", "Pate/Patin",
 * "Bräutigam", "Trauzeugen", "Sponsor", "Godparents", "Groom", "Bride", "Deceased". A register gives a
 * role its own field, at a line's start, with a colon or, as a PDF's table gives it, a run of blanks
 * or a tab before the value ("Pate/Patin      Okke Wiards"); a plural role lists several names
 * ("Trauzeugen: Jelto Harms, Imke Tjaden"). The role says the value is a person, whatever culture the
 * name is from. A heading row ("Bräutigam      Braut") names roles only and yields nothing.
 */
const ROLE =
  '(?:vater|mutter|father|mother|eltern|parents|ehemann|ehefrau|husband|wife|witness|zeuge|zeugin|täufling|taufpate|taufpatin|pate|patin|paten|bräutigam|braut|trauzeugen|trauzeuge|trauzeugin|verstorbene[rn]?|sponsors?|godparents?|godfather|godmother|groom|bride|witnesses|deceased|infant)';
/** The role at a line's start (one or two joined by "/"), then a colon, or three blanks or more, or a tab. */
const ROLE_FIELD = new RegExp(
  `(?:^|\\n)[ \\t]*(${ROLE}(?:[ \\t]*\\/[ \\t]*${ROLE})?)(?:[ \\t]*:[ \\t]*|[ \\t]{3,}|[ \\t]*\\t[ \\t]*)`,
  'giu',
);
/** A name: up to four capitalised words (hyphens and apostrophes inside), single blanks between, on the line. */
const NAME = new RegExp(
  `\\p{Lu}[\\p{L}\\p{M}'’-]*(?: (?:(?:${PARTICLE_ALTERNATION})(?: |$))?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}`,
  'uy',
);
/** What parts the names of a plural role: a comma, "und", "and", "&". */
const LIST_JOIN = /(?:,[ \t]*|[ \t]+(?:und|and|&)[ \t]+)/y;
const PLURAL_ROLE = /^(?:paten|trauzeugen|eltern|sponsors|godparents|parents|witnesses)$/i;
const ROLE_WORD = new RegExp(`^${ROLE}$`, 'iu');
/** Whether `word` is a register's role ("Bräutigam", "Sponsor"): a field's label, never a name itself. */
export const isRegisterRole = (word: string) => ROLE_WORD.test(word);

export function registerRoleNames(text: string): Entity[] {
  const out: Entity[] = [];
  ROLE_FIELD.lastIndex = 0;
  for (let m = ROLE_FIELD.exec(text); m; m = ROLE_FIELD.exec(text)) {
    let at = m.index + m[0].length;
    for (let k = 0; k < 4; k++) {
      NAME.lastIndex = at;
      const name = NAME.exec(text);
      if (!name) break;
      const first = name[0].split(' ')[0].replace(/[-'’.]+$/, '');
      // "Bräutigam      Braut": a heading row; "Bride: Not recorded": a word, no name.
      if (k > 0 && !name[0].includes(' ')) break;
      if (ROLE_WORD.test(first) || (isCommonWord(first) && isDictionaryWord(first.toLowerCase()))) break;
      const value = name[0].replace(/[-'’.]+$/, '');
      out.push({ type: 'PERSON', start: at, end: at + value.length, score: 0.85 });
      // Only a plural role lists names; after a singular one a comma goes on with a trade or a place
      // ("Bräutigam: Jelto Harms, Zimmermann"), and a listed name has two words at least.
      if (!PLURAL_ROLE.test(m[1])) break;
      LIST_JOIN.lastIndex = at + name[0].length;
      if (!LIST_JOIN.test(text)) break;
      at = LIST_JOIN.lastIndex;
    }
    ROLE_FIELD.lastIndex = Math.max(ROLE_FIELD.lastIndex, at);
  }
  cellPerLineNames(text, out);
  return out;
}

/** A role alone, or two joined by "/" ("Pate/Patin"). */
const ROLE_CELL = new RegExp(`^${ROLE}(?:[ \\t]*\\/[ \\t]*${ROLE})?$`, 'iu');
/** A heading cell that names no role: ordinary words only ("geboren", "Date of birth", "Bemerkungen"). */
const HEADING_CELL = /^[\p{L}][\p{L} ./-]{0,29}$/u;
const ordinaryHeading = (cell: string) =>
  HEADING_CELL.test(cell) &&
  cell
    .split(/[ ./-]+/)
    .filter(Boolean)
    .every((w) => isDictionaryWord(w.toLowerCase()) || isCommonWord(w));
/** A name filling its whole cell. */
const NAME_CELL = new RegExp(
  `^\\p{Lu}[\\p{L}\\p{M}'’-]*(?: (?:(?:${PARTICLE_ALTERNATION}) )?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}$`,
  'u',
);

/**
 * A register's table as a PDF gives it, one cell a line: the headings ("Täufling\ngeboren\nVater\nMutter\n
 * Pate/Patin"), then the rows' cells in the same order, up to a blank line. A cell under a role's heading
 * that is a name is that person. Two role headings at least among three headings or more: a list of
 * words is no table.
 */
function cellPerLineNames(text: string, out: Entity[]): void {
  let headings: string[] = [];
  let roles = 0;
  let cell = -1;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    const lineStart = start + text.slice(start, end).indexOf(line);
    start = end + 1;
    if (line === '' || line.length > 60) {
      headings = [];
      roles = 0;
      cell = -1;
      continue;
    }
    if (cell === -1) {
      const role = ROLE_CELL.test(line);
      if (role || ordinaryHeading(line)) {
        headings.push(line);
        if (role) roles++;
        continue;
      }
      if (headings.length < 3 || roles < 2) {
        headings = [];
        roles = 0;
        continue;
      }
      cell = 0;
    }
    const heading = headings[cell % headings.length];
    cell++;
    const first = line.split(' ')[0];
    if (
      ROLE_CELL.test(heading) &&
      NAME_CELL.test(line) &&
      !ROLE_WORD.test(first) &&
      !(isCommonWord(first) && isDictionaryWord(first.toLowerCase()))
    )
      out.push({ type: 'PERSON', start: lineStart, end: lineStart + line.length, score: 0.85 });
  }
}
