/**
 * Names in a log record's structures where the key and the value are read as a pair:
 * - an OpenTelemetry (OTLP/JSON) attribute, whose key and value are separate members of one object
 *   (`{"key":"guest.name","value":{"stringValue":"…"}}`): the pair is one field, so the key says whose the value is;
 * - an unquoted MDC field in a bracket (`[guest=… booking=BK-1]`), whose value runs to the next ` key=` or "]".
 * Only keys that name a person (a guest's, a passenger's, a customer's name), never a thing's `service.name`, and
 * only values written as names (one to five capitalised words of letters). Bounded reads from fixed words: linear.
 */
import type { Entity } from './entities.js';

/** OTLP/JSON's attribute: `{"key":"…","value":{"stringValue":"…"}}` (the KeyValue and AnyValue messages). */
const OTEL_ATTRIBUTE =
  /\{[ \t]*"key"[ \t]*:[ \t]*"([\w.@-]{1,48})"[ \t]*,[ \t]*"value"[ \t]*:[ \t]*\{[ \t]*"stringValue"[ \t]*:[ \t]*"([^"\\\n]{1,80})"/g;
/** Key parts that name a person whose name the value is. */
const PERSON_PART =
  /^(?:guest|gast|customer|kunde|passenger|pax|traveller|traveler|reisender|booker|employee|mitarbeiter|patient|holder|cardholder|contact|member|visitor|person|driver|staff)$/i;
/** Key parts that name a part of a person's name. */
const NAME_PART =
  /^(?:name|fullname|full|given|first|last|family|surname|forename|vorname|nachname|givenname|familyname|firstname|lastname)$/i;
/** A name as written: one to five capitalised words of letters (a double name's "-", an apostrophe). */
const NAME_VALUE = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*| (?:van|von|der|de|da|dos|del|la|bin|al|ibn)){0,4}$/u;
/** An MDC field in a bracket: a person's key, "=", a name running to the next ` key=`, "," or "]". */
const MDC_PERSON_FIELD =
  /(?<=[[ ,])(?:guest|gast|customer|kunde|passenger|traveller|traveler|employee|mitarbeiter|patient|cardholder|holder|visitor)(?:[_.]?(?:full_?)?name)?=(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,4})(?= [a-z][\w.-]{0,30}=|[\],]|[ \t]*$)/gmu;

/** Whether an attribute's key is a person's name (`guest.name`, `passenger.given_name`), not a thing's. */
function isPersonNameKey(key: string): boolean {
  const parts = key.split(/[._@-]/);
  return parts.some((p) => NAME_PART.test(p)) && parts.some((p) => PERSON_PART.test(p));
}

export function namesInLogStructures(text: string): Entity[] {
  const out: Entity[] = [];
  if (text.includes('"stringValue"')) {
    OTEL_ATTRIBUTE.lastIndex = 0;
    for (let m = OTEL_ATTRIBUTE.exec(text); m; m = OTEL_ATTRIBUTE.exec(text)) {
      if (!isPersonNameKey(m[1]) || !NAME_VALUE.test(m[2])) continue;
      const end = OTEL_ATTRIBUTE.lastIndex - 1;
      out.push({ type: 'PERSON', start: end - m[2].length, end, score: 0.9 });
    }
  }
  if (text.includes('=') && text.includes('[')) {
    MDC_PERSON_FIELD.lastIndex = 0;
    for (let m = MDC_PERSON_FIELD.exec(text); m; m = MDC_PERSON_FIELD.exec(text)) {
      // Inside a bracket of the line: an MDC or structured-data block, not prose's "guest=…".
      // Bounded look back, within the line.
      const before = text.slice(Math.max(0, m.index - 400), m.index);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      if (line.lastIndexOf('[') <= line.lastIndexOf(']')) continue;
      const end = m.index + m[0].length;
      out.push({ type: 'PERSON', start: end - m[1].length, end, score: 0.9 });
    }
  }
  return out;
}
