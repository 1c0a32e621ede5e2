import { COURTESY_TITLES } from './person-titles.js';
import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * A question that asks who someone is names a person: "Who is Okafor?", "Who's Jens Okafor?", "Wer ist Frau
 * Okafor?", "Who was Brandauer?". One unknown surname alone has no cue the name scorer can weigh (its weights
 * moved with the sets it was trained on, and once let "Who is Okafor?" through), so the question itself is the
 * cue. One to three capitalised words right before the question mark; a title after the opening is no name.
 * Both patterns match only where their opening word stands: one native pass each, linear in the text.
 */
const ASKED_ABOUT = new RegExp(
  String.raw`(?:^|[\s("'„“.,;:!?])(?:[Ww]ho(?:'s|’s)?(?:\s+(?:is|was|are))?|[Ww]er\s+(?:ist|war))\s+(?:(?:${COURTESY_TITLES})\.?\s+)?(\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s+\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,2})\s*\?`,
  'gu',
);

/** "What is Okafor doing?": what someone does, says or plans (not "How does Qdrant work?", a product's workings). */
const ASKED_WHAT_DOING =
  /(?:^|[\s("'„“.,;:!?])[Ww]hat\s+(?:is|was)\s+(\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s+\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,2})\s+(?:doing|saying|planning|thinking)(?![\p{L}])/gu;

/**
 * "What is Anna?" / "Was ist mit Jens?": a definition question whose subject is a known given name asks about a
 * person, not a thing ("What is Ragwire?", "What is Qdrant?" stay clear: no given names). One or two words.
 */
const ASKED_WHAT_NAME =
  /(?:^|[\s("'„“.,;:!?])(?:[Ww]hat\s+(?:is|was|about)|[Ww]as\s+(?:ist|war)\s+mit)\s+(\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s+\p{Lu}[\p{L}\p{M}'’-]{1,40})?)\s*\?/gu;

/** A name as a comparison writes it: a particle or two may open it ("van der Meulen", "de Boer"). */
const COMPARED_NAME = String.raw`(?:(?:van|von|de|der|den|du|da|di|dos|le|la|el|al|bin|ibn|ter|ten)\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]{1,40}(?:\s+\p{Lu}[\p{L}\p{M}'’-]{1,40}){0,2}`;
/**
 * "Is Okafor the same person as Brandauer?", "Ist Okafor dieselbe Person wie Brandauer?": a question whether two
 * are one person names two people (an entity-resolution prompt). Both sides are names, however few their words.
 */
const SAME_PERSON = new RegExp(
  String.raw`(?:^|[\s("'„“.,;:!?])(?:[Ii]s|[Ii]st|[Ww]as|[Ww]ar)\s+(${COMPARED_NAME})\s+(?:the\s+same\s+(?:person|individual|customer|client|man|woman)\s+as|dieselbe\s+(?:Person|Kundin|Frau)\s+wie|derselbe\s+(?:Mensch|Kunde|Mann)\s+wie)\s+(${COMPARED_NAME})\s*\?`,
  'gu',
);

export function namesAskedAbout(text: string): Entity[] {
  const out: Entity[] = [];
  SAME_PERSON.lastIndex = 0;
  for (let m = SAME_PERSON.exec(text); m; m = SAME_PERSON.exec(text)) {
    const first = m.index + m[0].indexOf(m[1]);
    const second = m.index + m[0].lastIndexOf(m[2]);
    out.push({ type: 'PERSON', start: first, end: first + m[1].length, score: 0.85 });
    out.push({ type: 'PERSON', start: second, end: second + m[2].length, score: 0.85 });
  }
  for (const pattern of [ASKED_ABOUT, ASKED_WHAT_DOING]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
    }
  }
  ASKED_WHAT_NAME.lastIndex = 0;
  for (let m = ASKED_WHAT_NAME.exec(text); m; m = ASKED_WHAT_NAME.exec(text)) {
    if (!isGivenName(m[1].split(/\s+/)[0])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
  }
  return out;
}
