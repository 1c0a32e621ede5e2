import type { Entity, EntityType } from './entities.js';
import { TURN } from './transcript-turns.js';

/**
 * Answers in a call's transcript to a question for a date of birth or an identity document's number ("geburtsdatum"
 * → "19/9/1988", "date of birth please" → "january 23 1995", "ausweisnummer" → "w8ch2x8rz0", "passport number" →
 * "c2cc1f0rt4"): the start of the next speaker's turn is the value asked for, though nothing else marks it (a date
 * alone is no birth date, ten letters and digits alone no document number). Dates are taken written in digits or with
 * a month's name; a number said in words is another stage's (spoken numbers are made readable as digits there).
 *
 * Cost: one pass over the lines; per turn, two patterns on a bounded slice.
 */
const BIRTH_QUESTION = /geburtsdatum|geboren|date[ \t]+of[ \t]+birth|\bdob\b|born/i;
const ID_QUESTION = /ausweisnummer|personalausweis|id[ \t-]+card|card[ \t]+number|ausweis/i;
const PASSPORT_QUESTION = /passnummer|reisepass|passport[ \t]+number|passport/i;

const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTHS_DE = 'januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember';
/** Fillers before the value. */
const FILLERS =
  /^(?:(?:äh|ähm|öhm|öh|um|uh|er|erm|also|genau|ja|yes|yeah|so|you[ \t]+know|it's|das[ \t]+ist|sie[ \t]+ist|he[ \t]+was|she[ \t]+was|born|geboren(?:[ \t]+am)?)[ \t,]+)*/i;
const BIRTH_VALUE = new RegExp(
  String.raw`^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:${MONTHS_EN})[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:${MONTHS_EN})[ \t]+(?:19|20)\d{2}|(?:\d{1,2}\.|\p{L}{3,20}ten)[ \t]+(?:${MONTHS_DE})[ \t]+(?:(?:19|20)\d{2}|(?:neunzehnhundert|zweitausend)\p{L}*))(?![\p{L}\p{N}])`,
  'iu',
);
/** A document number: eight to ten letters and digits with both in it. */
const DOCUMENT_VALUE = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{8,10}(?![\p{L}\p{N}])/iu;

export function answersInTranscripts(text: string): Entity[] {
  const out: Entity[] = [];
  let asked: { type: EntityType; label: string }[] = [];
  let linesSince = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const turn = TURN.exec(text.slice(start, Math.min(end, start + 400)));
    if (turn) {
      const label = (turn[1] ?? turn[2]).trim().toLowerCase();
      const from = start + turn[0].length;
      const content = text.slice(from, Math.min(end, from + 160));
      if (asked.length > 0 && asked[0].label !== label) answer(content, from, asked, out);
      asked = [];
      linesSince = 0;
      // A question, not a field with its value ("DOB: 22-Jun-1977   Admitted: …"): no digit after the cue.
      if (asks(BIRTH_QUESTION, content)) asked.push({ type: 'DATE_OF_BIRTH', label });
      if (asks(PASSPORT_QUESTION, content)) asked.push({ type: 'DE_PASSPORT', label });
      else if (asks(ID_QUESTION, content)) asked.push({ type: 'DE_ID_CARD', label });
    } else if (asked.length > 0 && ++linesSince > 2) asked = [];
    start = end + 1;
  }
  return out;
}

function asks(cue: RegExp, content: string): boolean {
  const m = cue.exec(content);
  return m !== null && !/\d/.test(content.slice(m.index));
}

function answer(content: string, from: number, asked: { type: EntityType }[], out: Entity[]): void {
  const skipped = FILLERS.exec(content)?.[0].length ?? 0;
  const rest = content.slice(skipped);
  for (const { type } of asked) {
    const m = type === 'DATE_OF_BIRTH' ? BIRTH_VALUE.exec(rest) : DOCUMENT_VALUE.exec(rest);
    if (m) out.push({ type, start: from + skipped, end: from + skipped + m[0].length, score: 0.9 });
  }
}
