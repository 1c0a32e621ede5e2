import type { Entity } from './entities.js';
import { isInstitutionWord } from './institution-words.js';
import { legalFormWords } from './legal-forms.js';
import { isDictionaryWord, isEnglishWord, isKnownName } from './name-list.js';

/**
 * Names in a LaTeX letter's structure, read in the view (latex-view.ts: "\\" is a line break there):
 * the sender in \signature{Name\\role} and \setkomavar{fromname}{Name}, the recipient on the first line
 * of \begin{letter}{Name\\address}, and \cc{Name}. The class puts a person there, so a surname the name
 * lists do not know is taken with the given name ("\signature{Göntje Paulsen\\Bauleitung}"). The macro
 * name is never read, nor the lines after the first (a role, an address); a firm ("Hochbau Nord GmbH",
 * "Bluestone Developments plc"), a role ("Project Manager", "Site manager") or a line with a digit is
 * no name.
 */
const NAME_PLACE = /\\(?:signature|cc|setkomavar\{fromname\}|begin\{letter\})\{([^{}\n\\]{2,80})(?=[\n}])/g;
/** A word of a name: capitalised, hyphens and apostrophes inside. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*\.?$/u;
/** Particles written in lower case inside a name ("van", "de", "von der"). */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'le',
  'la',
  'ten',
  'ter',
  'zu',
  'dos',
  'del',
]);
const FORMS = new Set(legalFormWords().map((w) => w.toLowerCase()));
const isWordOfLanguage = (w: string) => !isKnownName(w) && (isDictionaryWord(w) || isEnglishWord(w));

export function namesInLatexLetters(text: string): Entity[] {
  if (
    !text.includes('\\signature{') &&
    !text.includes('\\begin{letter}{') &&
    !text.includes('{fromname}{') &&
    !text.includes('\\cc{')
  )
    return [];
  const out: Entity[] = [];
  for (const m of text.matchAll(NAME_PLACE)) {
    const line = m[1].trim();
    const words = line.split(/[ \t]+/);
    if (words.length > 5 || /\d/.test(line)) continue;
    if (!words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w))) continue;
    if (!NAME_WORD.test(words[0]) || !NAME_WORD.test(words[words.length - 1])) continue;
    if (words.some((w) => FORMS.has(w.toLowerCase().replace(/\.$/, '')) || isInstitutionWord(w))) continue;
    // Every word a word of the language and none a known name: a role or a team, not a person.
    if (words.every((w) => PARTICLES.has(w) || isWordOfLanguage(w))) continue;
    const start = m.index + m[0].length - m[1].length + (m[1].length - m[1].trimStart().length);
    out.push({ type: 'PERSON', start, end: start + line.length, score: 0.85 });
  }
  return out;
}
