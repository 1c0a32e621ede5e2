import type { Entity } from './entities.js';
import { isGivenName, isKnownName } from './name-list.js';
import { person } from './names.js';
import { nameWord } from './names-one-word-roles.js';

/**
 * Names the trade of payouts and prizes places where nothing else says "person" (gambling receipts, prize
 * notices, chats and call notes about them):
 * - a role noun written with a gender mark before a name ("Kasse 4 / Kassierer/in Kmenlang Lamare",
 *   "Mitarbeiter/in", "Sachbearbeiter*in", "Berater:in", "Kassierer(in)"): the same cue as "Kassiererin", which
 *   the role lists know, but the mark hides the word from them;
 * - a payee label and a name after its colon ("Gewinner: Chalse Quirk-Callister", "Winner:", "Payee:",
 *   "Empfänger:", "Spieler:", "Player:");
 * - a caller's question naming the callee ("Hi, is that Kuutsiq?", "spreche ich mit …?");
 * - a dash sign-off closing a chat message after its last sentence ("… is confirmed. – Catreeney");
 * - a name in a column of its own after a card number ("4941-0506-2074-9993   Ayder Refatova");
 * - in a chat line, a German article before a word no dictionary holds, used as a person ("war der Hothi mit den
 *   kombis wieder da?"): colloquial German puts the article before a name. Only as the subject after "war", "ist",
 *   "hat", "kam" and before "mit", "wieder", "da"…, and no noun's ending ("auf der Müllerwiese", "und der Paketbote
 *   hat", "hast du die Nummer noch" stay unflagged): the word lists lack many German nouns.
 * Every word must read as a name's (nameWord: no ordinary word of either dictionary, no German noun's ending), and
 * a run followed by a number is a desk or a till ("Kassierer/in: Kasse 3"); "Gewinner: Team Blau", "der Jackpot",
 * "is that the right number?", "– Ende" stay unflagged. Cost: a few global searches, each bounded.
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Lu}[\p{Ll}\p{M}'’]{1,30})?`;
const RUN = String.raw`${WORD}(?:[ \t]${WORD}){0,2}`;

/** A German role noun and a gender mark ("/in", "/-in", "*in", ":in", "_in", "(in)"), then the name. */
const GENDERED_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,30}(?:er|or|eur|ent|ant|ist)(?:\/-?in|\*in|:in|_in|\(in\))(?![\p{L}])(?: |[ \t]*:[ \t]*)(${RUN})`,
  'gu',
);

/** The trade's payee labels and the name after their colon. */
const PAYEE_LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Gg]ewinner(?:in)?|[Pp]rize[ \t]winner|[Ww]inner|[Pp]ayee|[Zz]ahlungsempfänger(?:in)?|[Ee]mpfänger(?:in)?|[Ss]pieler(?:in)?|[Pp]layer)[ \t]*:[ \t]*(${RUN})`,
  'gu',
);

/** A caller asking for the callee by name, the question mark right after it. */
const CALLEE_QUESTION = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]s[ \t]+that|[Ii]s[ \t]+this|am[ \t]+I[ \t]+speaking[ \t]+(?:to|with)|[Ss]preche[ \t]+ich[ \t]+mit)[ \t]+(${WORD}(?:[ \t]${WORD})?)[ \t]*\?`,
  'gu',
);

/** A dash sign-off after a sentence's end, alone at the end of its line. */
const DASH_SIGN_OFF = new RegExp(String.raw`\p{Ll}{2}[.!?][ \t]+[–—-][ \t]*(${WORD}(?:[ \t]${WORD})?)[ \t]*$`, 'gmu');

/** A card number (whole or masked), two or more spaces, then a name alone in its column. */
const CARD_COLUMN = new RegExp(
  String.raw`(?<![\d-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|[*xX•]{4,12}[ -]?\d{4})[ \t]{2,}(${WORD}(?:[ \t]${WORD}){1,2})(?=[ \t]*$|[ \t]{2,})`,
  'gmu',
);

/** A chat line's opening ("[18:03] Panaiot: "), then "der"/"die" before one word and a preposition or a verb. */
const CHAT_ARTICLE = new RegExp(
  String.raw`^\[[^\]\n]{1,24}\][ \t]*[^:\n]{1,40}:[^\n]*?(?<![\p{L}])(?:war|ist|hat|hatte|kam|kommt|wird|wurde|wäre)[ \t]+(?:der|die)[ \t]+(${WORD})[ \t]+(?:mit|wieder|schon|auch|noch|heute|gestern|da|hier)(?![\p{L}])`,
  'gmu',
);

/** Words that close a message and are no name ("– Ende", "– Fin", "– Schluss"). */
const CLOSING_WORD =
  /^(?:Ende|Fin|Finis|Schluss|Schluß|Aus|Over|Out|Tschüss|Tschüs|Ciao|Servus|Grüße|Gruß|Danke|Thanks|Cheers|Bye|Ok|Okay)$/u;

/** An office's or an institution's compound ("Bundeskasse Trier", "Stadtkasse", "Landesamt"): payees that are no person. */
const INSTITUTION =
  /(?:kasse|amt|gericht|behörde|verwaltung|zentrale|kammer|ministerium|agentur|verband|verein|gemeinde)$/iu;

/** A word read as a name's; a double-barrelled one when a part is ("Quirk-Callister": "Quirk" is an English word). */
const nameToken = (word: string) =>
  word.split('-').some(nameWord) && !word.split('-').some((p) => CLOSING_WORD.test(p) || INSTITUTION.test(p));

/**
 * The endings of German nouns of either gender ("Paketbote", "Nummer", "Schlüssel", "Lehrling", "Monteur"): after
 * "der"/"die" a word so ending is read as a thing or a role unless the name lists hold it.
 */
const NOUN_LIKE = /(?:e|er|el|en|ling|chen|lein|ent|ant|ist|or|eur|ismus|ung|heit|keit|schaft|um|ik|ei|ie)$/u;

/** The run's leading words that read as a name's; none when a number follows them (a desk, a till). */
function nameRun(text: string, run: string, at: number): number {
  const parts = run.split(/[ \t]/);
  let length = 0;
  for (const part of parts) {
    if (!nameToken(part)) break;
    length += (length ? 1 : 0) + part.length;
  }
  if (length === 0) return 0;
  // A number after the run makes it a desk or a till ("Kasse 3", "Nr. 3"), a colon a label, a further capitalised
  // word a firm's or a thing's name ("Empfänger: Vejle Auto Parts ApS").
  if (/^(?:\.?[ \t]*\d|[ \t]*:|[ \t]+\p{Lu})/u.test(text.slice(at + length, at + length + 4))) return 0;
  return length;
}

export function namesByPayeeRoles(text: string): Entity[] {
  const out: Entity[] = [];
  for (const pattern of [GENDERED_ROLE, PAYEE_LABEL, CALLEE_QUESTION]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const at = m.index + m[0].lastIndexOf(m[1]);
      const length = nameRun(text, m[1], at);
      // A question names the callee only when the whole question is the name ("is that Kuutsiq?").
      if (length === 0 || (pattern === CALLEE_QUESTION && length !== m[1].length)) continue;
      out.push(person(at, at + length, 0.8));
    }
  }
  for (const pattern of [DASH_SIGN_OFF, CARD_COLUMN, CHAT_ARTICLE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const at = m.index + m[0].lastIndexOf(m[1]);
      if (!m[1].split(/[ \t]/).every(nameToken) || CLOSING_WORD.test(m[1])) continue;
      if (pattern === CHAT_ARTICLE && NOUN_LIKE.test(m[1]) && !isGivenName(m[1]) && !isKnownName(m[1])) continue;
      out.push(person(at, at + m[1].length, pattern === CHAT_ARTICLE ? 0.7 : 0.75));
    }
  }
  return out;
}
