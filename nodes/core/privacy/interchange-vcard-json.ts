import type { Entity } from './entities.js';
import { wholeBirthDate } from './birth-dates.js';
import { FIELD_SCORE } from './interchange.js';
import type { Part, Property } from './interchange-vcard.js';
import { kindOfKey } from './record-fields.js';

/** A JSON value with the spans of its strings (their text as written, escapes undecoded). */
type Json = Part | Json[] | { [key: string]: Json } | null;

/** How far a JSON value is read: a bracket left open runs no further; nesting deeper than contacts nest is no contact. */
const MAX_JSON = 200_000;
const MAX_DEPTH = 8;

/** A small JSON reader that keeps each string's span; undefined where the text is no JSON. */
class JsonReader {
  at: number;
  private readonly limit: number;
  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
    this.limit = Math.min(text.length, from + MAX_JSON);
  }

  private blanks(): void {
    while (this.at < this.limit && /\s/.test(this.text[this.at])) this.at++;
  }

  value(depth = 0): Json | undefined {
    this.blanks();
    const c = this.text[this.at];
    if (this.at >= this.limit || depth > MAX_DEPTH) return undefined;
    if (c === '"') return this.string();
    if (c === '[') {
      this.at++;
      const items: Json[] = [];
      for (;;) {
        this.blanks();
        if (this.text[this.at] === ']') return (this.at++, items);
        const v = this.value(depth + 1);
        if (v === undefined) return undefined;
        items.push(v);
        this.blanks();
        if (this.text[this.at] === ',') this.at++;
        else if (this.text[this.at] !== ']') return undefined;
      }
    }
    if (c === '{') {
      this.at++;
      const members: { [key: string]: Json } = {};
      for (;;) {
        this.blanks();
        if (this.text[this.at] === '}') return (this.at++, members);
        const key = this.string();
        this.blanks();
        if (!key || this.text[this.at] !== ':') return undefined;
        this.at++;
        const v = this.value(depth + 1);
        if (v === undefined) return undefined;
        members[key.text] = v;
        this.blanks();
        if (this.text[this.at] === ',') this.at++;
        else if (this.text[this.at] !== '}') return undefined;
      }
    }
    // Numbers, true, false, null: no span kept.
    const literal = /-?[\w.+-]+/y;
    literal.lastIndex = this.at;
    const m = literal.exec(this.text);
    if (!m) return undefined;
    this.at += m[0].length;
    return null;
  }

  private string(): Part | undefined {
    if (this.text[this.at] !== '"') return undefined;
    const start = this.at + 1;
    for (let i = start; i < this.limit; i++) {
      const c = this.text[i];
      // Line breaks stand inside strings in the scanner's view, where JSON's `\n` escapes are decoded.
      if (c === '\\') i++;
      else if (c === '"') {
        this.at = i + 1;
        return { text: this.text.slice(start, i), start, end: i };
      }
    }
    return undefined;
  }
}

const isPart = (v: Json | undefined): v is Part =>
  v !== null && v !== undefined && !Array.isArray(v) && 'start' in v && typeof v.start === 'number';

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
      if (!e || Array.isArray(e) || isPart(e)) continue;
      const v = birth ? e.text : e.value;
      if (!isPart(v)) continue;
      if (birth ? wholeBirthDate(v.text) : /^\+?[\d(][\d ()/.-]{4,24}$/.test(v.text))
        out.push({ type: birth ? 'DATE_OF_BIRTH' : 'PHONE_NUMBER', start: v.start, end: v.end, score: FIELD_SCORE });
    }
  }
  return out;
}
