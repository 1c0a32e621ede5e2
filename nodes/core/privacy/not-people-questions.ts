import type { Entity } from './entities.js';
import { isGivenName } from './name-list.js';

/**
 * A question that asks what a thing is: "What is Ragwire?", "What's Ollama?", "Was ist Qdrant?", "Explain
 * Flowise.". Such a question names a product, a program or a term, and one unknown capitalised word in it
 * looks like a surname to the name scorer; "Who is …?" asks about a person and is not read here. The one
 * word must be the question's subject right before its end, and no listed given name ("What is Anna?" stays).
 * The opening may follow a sentence's end without a blank: the turns of a chat are also read joined by nothing.
 */
// German "was" only with its verb: in English "was" is one ("my previous surname was Evangelista-Mercado.").
const DEFINITION_OPENING =
  /(?:^|[\s("'„“.,;:!?])(?:(?:what(?:'s|’s)?|whats|explain|define|erkläre|erklär|erklären sie)(?:\s+(?:is|are|does|do|ist|sind|bedeutet|macht|kann))?|was\s+(?:ist|sind|bedeutet|macht|kann))(?:\s+(?:a|an|the|ein|eine|einen|der|die|das))?\s+$/i;
/** How far before the word the opening is looked for. */
const OPENING_WINDOW = 40;

export function definitionQuestionNoPerson(text: string, e: Entity, value: string): boolean {
  if (/\s/.test(value) || isGivenName(value)) return false;
  let after = e.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  const end = text[after];
  if (!(end === '?' || end === '.' || end === '!' || end === '\n' || end === undefined)) return false;
  return DEFINITION_OPENING.test(text.slice(Math.max(0, e.start - OPENING_WINDOW), e.start));
}
