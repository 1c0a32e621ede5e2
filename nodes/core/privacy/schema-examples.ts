import type { Entity } from './entities.js';
import { wholeBirthDate } from './birth-dates.js';
import { kindOfKey } from './record-fields.js';

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

/** The key of the object that holds the keyword at `at`: the key before the nearest "{" no "}" closes. */
function propertyKey(text: string, at: number): string | undefined {
  // Within LOOK_BACK only: a long text without braces is not searched back from each example.
  const window = text.slice(Math.max(0, at - LOOK_BACK), at);
  const brace = window.lastIndexOf('{');
  if (brace === -1 || window.lastIndexOf('}') > brace) return undefined;
  const m = KEY_BEFORE_BRACE.exec(window.slice(Math.max(0, brace - 60), brace).trimEnd());
  return m ? m[1] : undefined;
}
