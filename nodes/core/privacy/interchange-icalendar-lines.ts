import type { Span } from './interchange.js';

/**
 * The properties of iCalendar text (RFC 5545) and of its JSON form jCal (RFC 7265) in one model: a
 * property's name, its parameters and its value, each over its span in the ORIGINAL text, so that one
 * property table reads both. CalDAV's `calendar-data` element (RFC 4791) holds the same text XML-escaped.
 */
export interface CalendarProperty {
  /** Upper case (RFC 5545 names are case-insensitive; jCal writes them in lower case). */
  name: string;
  params: { name: string; value: string; span: Span }[];
  /** The value as read (folds removed), and its span in the original text (folds inside). */
  value: string;
  span: Span;
  /** The original offset of the value's character at `index` (folds skipped). */
  offset: (index: number) => number;
  /** The offset in the original text where the property starts (to group it into its component). */
  at: number;
}

/** RFC 5545 3.1: a line break followed by one blank or tab continues the line ("folding"). */
const FOLD = /\r?\n[ \t]/g;

/**
 * The text unfolded, with a map from each unfolded offset back to the original one: values are read
 * unfolded, findings stay on the text as written.
 */
function unfold(text: string): { text: string; map: number[] } {
  const map: number[] = [];
  let out = '';
  let last = 0;
  for (let m = FOLD.exec(text); m; m = FOLD.exec(text)) {
    for (let i = last; i < m.index; i++) map.push(i);
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) map.push(i);
  map.push(text.length);
  out += text.slice(last);
  FOLD.lastIndex = 0;
  return { text: out, map };
}

/**
 * A content line's name at the line start ("ATTENDEE;CN=…:mailto:…", "DTSTART;VALUE=DATE:…"). RFC 5545
 * names are case-insensitive, but exporters write them in capitals: "Status: …" or "Due: …" in a
 * letter beside a calendar is prose, not a property.
 */
const NAME = /[A-Z][A-Z0-9-]*(?=[;:])/y;
/** A quote as written: plain, or XML-escaped inside a CalDAV `calendar-data` element. */
const QUOTES = ['"', '&quot;', '&#34;'];

/** The content lines of iCalendar text, one property each. */
export function contentLines(original: string): CalendarProperty[] {
  const { text, map } = unfold(original);
  const back = (s: number, e: number): Span => ({ start: map[s], end: map[Math.max(s, e - 1)] + (e > s ? 1 : 0) });
  const out: CalendarProperty[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let end = lineEnd;
    if (text[end - 1] === '\r') end--;
    // A CalDAV element's text starts right after its tag ("<cal:calendar-data>BEGIN:VCALENDAR").
    let from = lineStart;
    const tagEnd = text.lastIndexOf('>', end);
    if (text[from] === '<' && tagEnd > from) from = tagEnd + 1;
    NAME.lastIndex = from;
    const name = NAME.exec(text);
    if (name) {
      const property = readLine(text, name[0], NAME.lastIndex, end, back);
      if (property) {
        const valueAt = end - property.value.length;
        out.push({ ...property, at: map[from], offset: (index) => map[valueAt + index] });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function readLine(
  text: string,
  name: string,
  from: number,
  end: number,
  back: (s: number, e: number) => Span,
): Omit<CalendarProperty, 'at' | 'offset'> | undefined {
  const params: CalendarProperty['params'] = [];
  let i = from;
  while (text[i] === ';') {
    const eq = text.indexOf('=', i);
    if (eq === -1 || eq > end) return undefined;
    const paramName = text.slice(i + 1, eq).toUpperCase();
    let s = eq + 1;
    let e: number;
    const quote = QUOTES.find((q) => text.startsWith(q, s));
    if (quote) {
      s += quote.length;
      e = text.indexOf(quote, s);
      if (e === -1 || e > end) return undefined;
      i = e + quote.length;
    } else {
      e = s;
      while (e < end && text[e] !== ';' && text[e] !== ':') e++;
      i = e;
    }
    params.push({ name: paramName, value: text.slice(s, e), span: back(s, e) });
  }
  if (text[i] !== ':') return undefined;
  return { name: name.toUpperCase(), params, value: text.slice(i + 1, end), span: back(i + 1, end) };
}

/**
 * jCal properties (RFC 7265 3.4): `["attendee", {"cn": "…"}, "cal-address", "mailto:…"]`, a name, an
 * object of parameters, a value type and a text value (structured and multiple values are not read).
 */
const JCAL_PROPERTY =
  /\[\s*"([A-Za-z][A-Za-z0-9-]*)"\s*,\s*\{([^{}[\]]*)\}\s*,\s*"[A-Za-z-]+"\s*,\s*"((?:[^"\\\n]|\\.)*)"/g;
const JCAL_PARAM = /"([A-Za-z][A-Za-z0-9-]*)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

/** A jCal component (RFC 7265 3.2): its name, then the array of its properties. */
const JCAL_COMPONENT = /\[\s*"(v[a-z]+)"\s*,\s*\[/g;

export function jcalProperties(text: string): CalendarProperty[] {
  const out: CalendarProperty[] = [];
  // Each component opens as iCalendar's BEGIN line does, so that one grouping serves both.
  for (const m of text.matchAll(JCAL_COMPONENT)) {
    const span = { start: m.index, end: m.index };
    out.push({ name: 'BEGIN', params: [], value: m[1].toUpperCase(), span, offset: () => m.index, at: m.index });
  }
  for (const m of text.matchAll(JCAL_PROPERTY)) {
    const at = m.index;
    const paramsAt = at + m[0].indexOf('{') + 1;
    const params: CalendarProperty['params'] = [];
    for (const p of m[2].matchAll(JCAL_PARAM)) {
      const s = paramsAt + p.index + p[0].length - p[2].length - 1;
      params.push({ name: p[1].toUpperCase(), value: p[2], span: { start: s, end: s + p[2].length } });
    }
    const valueEnd = at + m[0].length - 1;
    const valueStart = valueEnd - m[3].length;
    out.push({
      name: m[1].toUpperCase(),
      params,
      value: m[3],
      span: { start: valueStart, end: valueEnd },
      offset: (index) => valueStart + index,
      at,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}
