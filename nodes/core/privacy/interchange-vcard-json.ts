import type { Entity } from './entities.js';
import { wholeBirthDate } from './birth-dates.js';
import { FIELD_SCORE } from './interchange.js';
import type { Part, Property } from './interchange-vcard.js';
import { isJsonString as isPart, jsonObject, JsonReader } from './json-spans.js';
import { kindOfKey } from './record-fields.js';

/**
 * jCard (RFC 7095): `["vcard", [[name, {params}, type, value, …], …]]`, each property the same as a vCard
 * text line: read by the same property table (interchange-vcard.ts `readCard`). A structured value (N,
 * ADR) is an array of its components.
 */
export function* jcardCards(text: string): Generator<Property[]> {
  const open = /\[\s*"vcard"\s*,/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const reader = new JsonReader(text, m.index);
    const card = reader.value();
    // Read on from where the reader stopped, also when it failed: no character is read twice.
    open.lastIndex = Math.max(open.lastIndex, reader.at);
    if (!Array.isArray(card) || !Array.isArray(card[1])) continue;
    const props: Property[] = [];
    for (const p of card[1]) {
      if (!Array.isArray(p) || !isPart(p[0]) || p.length < 4) continue;
      const params = new Map<string, Part>();
      const given = p[1];
      if (given && !Array.isArray(given) && !isPart(given))
        for (const [k, v] of Object.entries(given)) if (isPart(v)) params.set(k.toUpperCase(), v);
      const values = p.slice(3);
      const components = (Array.isArray(values[0]) ? values[0] : values).filter(isPart);
      if (components.length === 0) continue;
      const value = {
        text: components.map((c) => c.text).join(';'),
        start: components[0].start,
        end: components[components.length - 1].end,
      };
      props.push({ name: p[0].text.toUpperCase(), params, components, value });
    }
    yield props;
  }
}

/**
 * Contact-sync JSON (People-API-style pages: `"birthdays": [{"date": …, "text": "…"}]`, `"phoneNumbers":
 * [{"value": "…"}]`): a list's key names what its entries hold, read by record-fields' key vocabulary
 * (the plural key's singular: "birthdays" is a "birthday").
 */
export function contactSyncFields(text: string): Entity[] {
  const out: Entity[] = [];
  const list = /"(birthdays|phoneNumbers)"\s*:\s*\[/g;
  for (let m = list.exec(text); m; m = list.exec(text)) {
    const reader = new JsonReader(text, m.index + m[0].length - 1);
    const entries = reader.value();
    list.lastIndex = Math.max(list.lastIndex, reader.at);
    if (!Array.isArray(entries)) continue;
    const birth = kindOfKey(m[1].replace(/s$/, '')) === 'DATE_OF_BIRTH';
    for (const e of entries) {
      const entry = jsonObject(e);
      if (!entry) continue;
      const v = birth ? entry.text : entry.value;
      if (!isPart(v)) continue;
      if (birth ? wholeBirthDate(v.text) : /^\+?[\d(][\d ()/.-]{4,24}$/.test(v.text))
        out.push({ type: birth ? 'DATE_OF_BIRTH' : 'PHONE_NUMBER', start: v.start, end: v.end, score: FIELD_SCORE });
    }
  }
  return out;
}
