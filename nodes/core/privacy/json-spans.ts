/** A JSON string as written (escapes undecoded), with the span of its text between the quotes. */
export interface JsonString {
  text: string;
  start: number;
  end: number;
}

/** A JSON value with the spans of its strings (their text as written, escapes undecoded). */
export type Json = JsonString | JsonNumber | Json[] | { [key: string]: Json } | null;

/** A number, kept only when the reader is asked to (an OCR engine's offsets into its own text). */
export interface JsonNumber {
  number: number;
}

/**
 * How far a JSON value is read: a bracket left open runs no further; nesting deeper than contacts nest is no
 * contact. A reader of bigger documents (an OCR engine's output) passes its own bounds.
 */
export interface JsonBounds {
  maxChars: number;
  maxDepth: number;
  /** Keep numbers as JsonNumber (otherwise every literal reads as null). */
  keepNumbers?: boolean;
}
const CONTACT_BOUNDS: JsonBounds = { maxChars: 200_000, maxDepth: 8 };

/** A small JSON reader that keeps each string's span; undefined where the text is no JSON. One pass, linear. */
export class JsonReader {
  at: number;
  private readonly limit: number;
  private readonly maxDepth: number;
  private readonly keepNumbers: boolean;
  constructor(
    private readonly text: string,
    from: number,
    bounds: JsonBounds = CONTACT_BOUNDS,
  ) {
    this.at = from;
    this.limit = Math.min(text.length, from + bounds.maxChars);
    this.maxDepth = bounds.maxDepth;
    this.keepNumbers = bounds.keepNumbers === true;
  }

  private blanks(): void {
    while (this.at < this.limit && /\s/.test(this.text[this.at])) this.at++;
  }

  value(depth = 0): Json | undefined {
    this.blanks();
    const c = this.text[this.at];
    if (this.at >= this.limit || depth > this.maxDepth) return undefined;
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
    if (this.keepNumbers) {
      const number = Number(m[0]);
      if (Number.isFinite(number)) return { number };
    }
    return null;
  }

  private string(): JsonString | undefined {
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

export const isJsonString = (v: Json | undefined): v is JsonString =>
  v !== null && v !== undefined && !Array.isArray(v) && 'start' in v && typeof v.start === 'number';

export const isJsonNumber = (v: Json | undefined): v is JsonNumber =>
  v !== null && v !== undefined && !Array.isArray(v) && 'number' in v && typeof v.number === 'number';

/** A JSON object's members (undefined for a string, number, array or null). */
export const jsonObject = (v: Json | undefined): { [key: string]: Json } | undefined =>
  v !== null && v !== undefined && !Array.isArray(v) && !isJsonString(v) && !isJsonNumber(v) ? v : undefined;
