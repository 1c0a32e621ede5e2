import type { Entity } from './entities.js';
import { isCommonWord, isDictionaryWord, isEnglishWord } from './name-list.js';
import { labelStrength, wordLike } from './names.js';

/**
 * The speakers of a chat copied without times or dates ("Emineyar: hast du den Pass …\nSuleymanar: Termin ist am …"):
 * names.ts reads a speaker with no time only when the name is listed. Here the CONVERSATION says who speaks: at
 * least four consecutive lines of "Word: message", two to four words taking turns (each at least twice, the speaker
 * changing at least twice), and most messages written as people write (lower-case words, not a field's value). A
 * form's labels ("Name:", "Telefon:") never repeat so, and an ordinary word (a dictionary's, "Frage:", "Antwort:",
 * "Kunde:", "Agent:") or a label is never read as a speaker. Linear: one pass over the lines.
 */
const TURN = /^[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})[ \t]*:[ \t]+(\S[^\n]*)$/u;
/** A message as people write one: a lower-case word of two letters or more. */
const PROSE = /(?:^|[ \t])[a-zäöüßéèàç]{2,}/u;

interface Turn {
  word: string;
  start: number;
  prose: boolean;
}

export function chatTurnSpeakers(text: string): Entity[] {
  if (!text.includes(': ')) return [];
  const out: Entity[] = [];
  let run: Turn[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    const m = TURN.exec(line);
    if (m) run.push({ word: m[1], start: at + line.indexOf(m[1]), prose: PROSE.test(m[2]) });
    else if (line.trim() !== '') {
      speakersOfRun(run, out);
      run = [];
    }
    at = end + 1;
  }
  speakersOfRun(run, out);
  return out;
}

function speakersOfRun(run: readonly Turn[], out: Entity[]): void {
  if (run.length < 4) return;
  const counts = new Map<string, number>();
  for (const t of run) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
  if (counts.size < 2 || counts.size > 4) return;
  if ([...counts.values()].some((n) => n < 2)) return;
  let changes = 0;
  for (let i = 1; i < run.length; i++) if (run[i].word !== run[i - 1].word) changes++;
  if (changes < 2) return;
  if (run.filter((t) => t.prose).length * 4 < run.length * 3) return;
  for (const word of counts.keys()) if (!speakerWord(word)) return;
  for (const t of run) out.push({ type: 'PERSON', start: t.start, end: t.start + t.word.length, score: 0.8 });
}

/**
 * The words that take turns in documents that are no chat: questions and answers, a bug report's expected and actual,
 * a review's before and after, notes and replies (the generated German dictionary holds few nouns, so they are named).
 */
const STRUCTURE_WORDS = new Set(
  'frage antwort question answer hinweis tipp beispiel lösung loesung problem ursache ergebnis notiz achtung update edit kommentar rückmeldung nachtrag anmerkung vorschlag ist soll vorher nachher pro contra kontra bug fix fehler erwartet tatsächlich expected actual schritt steps input output eingabe ausgabe anfrage auskunft aufgabe reply antworten fazit'.split(
    ' ',
  ),
);

/** A word that may be a speaker's name: no ordinary word of either language, no structure word, no label. */
function speakerWord(word: string): boolean {
  return (
    !STRUCTURE_WORDS.has(word.toLowerCase()) &&
    !wordLike(word) &&
    !isDictionaryWord(word) &&
    !isEnglishWord(word.toLowerCase()) &&
    !isCommonWord(word) &&
    !labelStrength(word)
  );
}

/**
 * A person addressed with "@" in a team chat before a question or a request ("@Costamolines kannst du schauen?",
 * "@Okonkwo can you check?"): the word is no ordinary word (see speakerWord) and a message in lower-case words
 * follows on the same line. Not an e-mail address (a letter or digit glued before "@"), not a code annotation
 * ("@Override public", "@Autowired private": a keyword follows, or the word has a capital inside).
 */
const MENTION = /(?<![\p{L}\p{N}._%+-])@(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})(?=[ \t,]+([a-zäöüß]{2,})[ \t,?!.])/gu;
const CODE_KEYWORDS = new Set(
  'public private protected static final void class interface abstract def function return var let const int long string boolean bool fun val override async export import'.split(
    ' ',
  ),
);

export function mentionedPeople(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const out: Entity[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    if (CODE_KEYWORDS.has(m[2]) || !speakerWord(m[1])) continue;
    out.push({ type: 'PERSON', start: m.index + 1, end: m.index + 1 + m[1].length, score: 0.8 });
  }
  return out;
}
