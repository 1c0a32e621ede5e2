import type { Entity } from './entities.js';
import { wholeBirthDate } from './birth-dates.js';
import { accepts, GENERIC_NAME_KEY, kindOfKey, plainKey } from './record-fields.js';

/**
 * Example values in a JSON Schema (a tool's or function's parameters, an OpenAPI model): the "example",
 * "examples" or "default" keyword of a property holds a value as the property would, so a birth-date property's
 * example is read as a date of birth ('"birth_date": {"type": "string", "format": "date", "example": "1972-05-05"}').
 * Such examples are re-sent with every request and look like a person's (fail closed). The property is the key
 * whose object holds the keyword: the nearest "{" before it that no "}" closes, named by the key before that "{".
 * Also read one level down, in a JSON string's escaped quotes ('\"example\": \"…\"').
 */
const EXAMPLE = /\\?"(?:example|examples|default)\\?"[ \t]*:[ \t]*\[?[ \t]*\\?"([^"\\\n]{4,40})\\?"/g;
/** How far back the property's key is looked for: a property's schema is a few short lines. */
const LOOK_BACK = 400;
const KEY_BEFORE_BRACE = /\\?"([A-Za-z_][\w.-]{0,40})\\?"[ \t]*:[ \t]*$/;

export function schemaExampleBirthDates(text: string): Entity[] {
  if (!text.includes('example') && !text.includes('default')) return [];
  const out: Entity[] = [];
  EXAMPLE.lastIndex = 0;
  for (let m = EXAMPLE.exec(text); m; m = EXAMPLE.exec(text)) {
    const value = m[1];
    if (!wholeBirthDate(value)) continue;
    const key = propertyKey(text, m.index);
    if (key === undefined || kindOfKey(key) !== 'DATE_OF_BIRTH') continue;
    const start = m.index + m[0].length - value.length - (m[0].endsWith('\\"') ? 2 : 1);
    out.push({ type: 'DATE_OF_BIRTH', start, end: start + value.length, score: 0.9 });
  }
  return out;
}

/**
 * Keys of a person's name, the role before "name" ("holderName", "customer_name", "beneficiaryName"): with the
 * name keys records use (kindOfKey: "lastName", "vorname"), less the bare "name", which a product or a tool has.
 */
const ROLE_NAME_KEY =
  /^(?:account|card)?(?:holder|customer|client|kunden?|contact|beneficiary|payee|payer|owner|patient|applicant|employee|member|passenger|guest|recipient|sender|debtor|creditor|person|signatory|driver)name$/;
/** A name example: capitalised words of letters ("Jana Weber", "O'Neill"), as a person's name is written. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * A person-name property's example value in a JSON Schema ('"holderName": {"type": "string", "example":
 * "Jana Weber"}'): sent with every request like a real holder's name, so found as one (fail closed).
 */
export function schemaExampleNames(text: string): Entity[] {
  if (!text.includes('example') && !text.includes('default')) return [];
  const out: Entity[] = [];
  EXAMPLE.lastIndex = 0;
  for (let m = EXAMPLE.exec(text); m; m = EXAMPLE.exec(text)) {
    const value = m[1];
    if (!CAPITALISED.test(value) || !accepts('PERSON', value)) continue;
    if (!namePropertyAt(text, m.index)) continue;
    const start = m.index + m[0].length - value.length - (m[0].endsWith('\\"') ? 2 : 1);
    out.push({ type: 'PERSON', start, end: start + value.length, score: 0.85 });
  }
  return out;
}

/** Whether the schema keyword at `at` ("example", "default") belongs to a person-name property (see above). */
export function namePropertyAt(text: string, at: number): boolean {
  const key = propertyKey(text, at);
  if (key === undefined) return false;
  const plain = plainKey(key);
  return !GENERIC_NAME_KEY.test(plain) && (kindOfKey(key) === 'PERSON' || ROLE_NAME_KEY.test(plain));
}

/** The key of the object that holds the keyword at `at`: the key before the nearest "{" no "}" closes. */
function propertyKey(text: string, at: number): string | undefined {
  // Within LOOK_BACK only: a long text without braces is not searched back from each example.
  const window = text.slice(Math.max(0, at - LOOK_BACK), at);
  const brace = window.lastIndexOf('{');
  if (brace === -1 || window.lastIndexOf('}') > brace) return undefined;
  const m = KEY_BEFORE_BRACE.exec(window.slice(Math.max(0, brace - 60), brace).trimEnd());
  return m ? m[1] : undefined;
}
