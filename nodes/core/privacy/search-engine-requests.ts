/**
 * Names in search-engine traffic, where a field's name says a value is a person's:
 * - a Lucene/Solr query `field:value` in a request line (`GET /idx/_search?q=surname:Okonkwo`, `%3A`, `+`) or the
 *   engine's echo of it (`"q" : "supporter_name:Okonkwo"`), quoted (`surname:"Van Dalen"`) and in boolean queries
 *   (`surname:Okonkwo AND dob:1990-01-01`);
 * - a capitalised word typed into a birth-date field (`q=dob:Okonkwo`): no date, but what the user searched a
 *   person by, a name (fail closed); the engine's error echoes it (`failed to parse date field [Okonkwo]`) and every
 *   echo is found. A malformed date (`dob:31.02.1990`, `dob:abc123`, `dob:*`, `dob:[1990 TO 2000]`) is no name;
 * - a Solr XML field `<str name="objector">…</str>` and the values of `<arr name="…"><str>…</str></arr>`;
 * - the bucket keys of a terms aggregation named for people (`"by_signer" : { "buckets" : [ { "key" : "…" } ] }`);
 *   a postcode's or a status's buckets are left.
 * The field is read with the SAME key rules as a JSON field or a form part (multipart-parts.ts kindOfPart); the value
 * must read as a name (markupName). A bare "name" field names products as well: only in a response that also holds
 * a birth-date or address field. A thing's name (`host.name`, `service.name`, `index_name`) is none.
 *
 * Cost: one global expression per query opener, Solr field and error echo; each query is read up to MAX_QUERY.
 */
import type { Entity } from './entities.js';
import { kindOfPart } from './multipart-parts.js';
import { markupName } from './names-markup-values.js';
import { GENERIC_NAME_KEY, plainKey } from './record-fields.js';

const MAX_QUERY = 600;
/** Where a query string starts: a URL's `q=` parameter or a JSON echo's `"q" : "`. */
const QUERY_OPENER = /[?&]q=|"q"[ \t]*:[ \t]*"/g;
/**
 * One `field:value` term of a query: the value quoted (raw or `%22`) or a bare word run, Lucene's escaped blank
 * inside it (`surname:Van\ Dalen`: one value, round 52 review; the surname after the blank was left).
 */
const TERM =
  /([\p{L}_][\p{L}\d_.-]{0,60})(?::|%3A)(?:"([^"\\\n]{1,80})"|%22((?:(?!%22)[^"&\s]){1,120})%22|((?:[^\s&"()\\+%[\]{}*?~^]|\\ ){1,80}))/giu;
/** Solr XML: a named field holding one string, or an array of strings. */
const SOLR_FIELD = /<(str|arr)[ \t]+name="([^"\n]{1,60})"[ \t]*>/g;
const SOLR_STR = /<str>([^<\n]{1,120})<\/str>/y;
const DATE_ECHO = /failed to parse date field \[([^\]\n]{1,80})\]/g;
/** A word (hyphen-joined parts) with no digit: a name typed where a date belongs. */
const DATE_FIELD_NAME = /^\p{Lu}[\p{L}\p{M}'’]+(?:-\p{Lu}?[\p{L}\p{M}'’]+)*$/u;

/**
 * Where a query's text ends: a blank or `&` in a URL (a blank inside a quoted phrase or escaped not), the closing quote in
 * JSON, a line break either way.
 */
function queryEnd(text: string, from: number, json: boolean): number {
  const limit = Math.min(text.length, from + MAX_QUERY);
  let quoted = false;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    if (json) {
      if (c === 34 && text.charCodeAt(i - 1) !== 92) return i;
    } else if (c === 34) quoted = !quoted;
    else if (c === 38 || (!quoted && (c === 32 || c === 9) && text.charCodeAt(i - 1) !== 92)) return i;
  }
  return limit;
}

const personsResponse = (text: string) => /\b(?:dob|birth|geburt|address|adresse|anschrift)/i.test(text);

function personValue(field: string, value: string, persons: () => boolean): boolean {
  if (GENERIC_NAME_KEY.test(plainKey(field)) && !persons()) return false;
  return markupName(value);
}

/** A field's last part "name" belongs to what the part before it names: a host's, a service's, a person's. */
const NAMED_THING = /^(.+?)[._-]?names?$/i;
/** What a machine's or an organisation's record names by a "name" sub-field (Elastic Common Schema and the like). */
const THING_OWNER =
  /(?:^|[._-])(?:host|service|agent|container|pod|node|cluster|index|file|process|event|app|application|project|product|org|organi[sz]ation|company|team|group|dataset|device|os|browser|network|package|rule|tag|field|table|database|db|bucket|queue|topic|job|task|pipeline|server|domain|site|city|street|district|ward|party|committee|campaign|petition|election|constituency|category|type|region|country|venue|location|station|school|office|department|dept|unit|branch|store|shop|brand|model|vendor|plan)$/i;
/** Whether a search engine's field (a `.keyword` sub-field too) holds a person's name; a thing's "name" not. */
function personField(field: string): boolean {
  const key = field.replace(/\.(?:keyword|raw|text|exact)$/i, '');
  if (kindOfPart(key) !== 'PERSON') return false;
  const named = NAMED_THING.exec(key);
  if (!named || GENERIC_NAME_KEY.test(plainKey(key))) return true;
  return !THING_OWNER.test(named[1].replace(/[._-]+$/, ''));
}

export function searchEngineRequests(text: string): Entity[] {
  const out: Entity[] = [];
  let persons: boolean | undefined;
  const isPersons = () => (persons ??= personsResponse(text));
  const dateFieldNames = new Set<string>();
  QUERY_OPENER.lastIndex = 0;
  for (let m = QUERY_OPENER.exec(text); m; m = QUERY_OPENER.exec(text)) {
    const from = QUERY_OPENER.lastIndex;
    const end = queryEnd(text, from, m[0].startsWith('"'));
    const query = text.slice(from, end);
    QUERY_OPENER.lastIndex = Math.max(end, from);
    TERM.lastIndex = 0;
    for (let t = TERM.exec(query); t; t = TERM.exec(query)) {
      const kind = personField(t[1]) ? 'PERSON' : kindOfPart(t[1]) === 'DATE_OF_BIRTH' ? 'DATE_OF_BIRTH' : undefined;
      if (!kind) continue;
      const raw = t[2] ?? t[3] ?? t[4];
      const valueStart = from + t.index + t[0].length - raw.length - (t[2] ? 1 : t[3] ? 3 : 0);
      const value = raw.replace(/%20|\\ /g, ' ');
      if (kind === 'PERSON') {
        if (personValue(t[1], value, isPersons))
          out.push({ type: 'PERSON', start: valueStart, end: valueStart + raw.length, score: 0.85 });
      } else if (!t[2] && !t[3] && DATE_FIELD_NAME.test(value) && !calendarWord(value) && markupName(value)) {
        out.push({ type: 'PERSON', start: valueStart, end: valueStart + raw.length, score: 0.85 });
        dateFieldNames.add(value);
      }
    }
  }
  if (dateFieldNames.size > 0) {
    DATE_ECHO.lastIndex = 0;
    for (let m = DATE_ECHO.exec(text); m; m = DATE_ECHO.exec(text)) {
      if (!dateFieldNames.has(m[1])) continue;
      const start = m.index + m[0].length - 1 - m[1].length;
      out.push({ type: 'PERSON', start, end: start + m[1].length, score: 0.85 });
    }
  }
  solrFields(text, out, isPersons);
  bucketKeys(text, out);
  return out;
}

/** A month's or a weekday's name is a date's word typed in a date field, no name. */
const calendarWord = (word: string) =>
  /^(?:jan(?:uar[y]?)?|feb(?:ruar[y]?)?|m(?:ar(?:ch)?|ärz)|apr(?:il)?|ma[iy]|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:mon|tues|wednes|thurs|fri|satur|sun)day|now|today|heute)$/i.test(
    word,
  );

function solrFields(text: string, out: Entity[], isPersons: () => boolean): void {
  if (!text.includes('name="')) return;
  SOLR_FIELD.lastIndex = 0;
  for (let m = SOLR_FIELD.exec(text); m; m = SOLR_FIELD.exec(text)) {
    if (!personField(m[2])) continue;
    const at = SOLR_FIELD.lastIndex;
    if (m[1] === 'str') {
      // Looked for within the value's bound only: a field left open reads no further.
      const close = text.slice(at, at + 127).indexOf('</str>');
      if (close === -1 || close > 120) continue;
      const value = text.slice(at, at + close).trim();
      const start = text.indexOf(value, at);
      if (value && !value.includes('<') && personValue(m[2], value, isPersons))
        out.push({ type: 'PERSON', start, end: start + value.length, score: 0.85 });
      continue;
    }
    // An array: its strings, each on its own line or together, up to the closing tag.
    let p = at;
    for (let k = 0; k < 50; k++) {
      while (p < text.length && /\s/.test(text[p])) p++;
      SOLR_STR.lastIndex = p;
      const s = SOLR_STR.exec(text);
      if (!s) break;
      const value = s[1].trim();
      const start = text.indexOf(value, p + 5);
      if (value && personValue(m[2], value, isPersons))
        out.push({ type: 'PERSON', start, end: start + value.length, score: 0.85 });
      p = SOLR_STR.lastIndex;
    }
  }
}

/**
 * A terms aggregation's result: its name, the counts the engine writes before the buckets, then the buckets.
 * Bounded repeats over short members: linear.
 */
const AGGREGATION =
  /"([^"\n]{1,60})"[ \t]*:[ \t]*\{\s{0,40}(?:"(?:doc_count_error_upper_bound|sum_other_doc_count|doc_count|meta)"[ \t]*:[ \t]*[^,\n{}]{0,30},\s{0,40}){0,4}"buckets"[ \t]*:[ \t]*\[/g;
/** An aggregation's name says what it groups by: "by_signer", "top_supporters", "objectors_terms". */
const AGGREGATION_AFFIX =
  /^(?:(?:group(?:ed)?|count|sorted)?[_.-]?by|top|per|terms?|agg)[_.-]+|[_.-]+(?:terms?|agg(?:regation)?s?|buckets|counts?)$/gi;
const BUCKET_KEY = /\{\s{0,40}"key"[ \t]*:[ \t]*"([^"\\\n]{1,80})"/y;
const MAX_BUCKETS = 200;

function bucketKeys(text: string, out: Entity[]): void {
  if (!text.includes('"buckets"')) return;
  let closes: Int32Array | undefined;
  AGGREGATION.lastIndex = 0;
  for (let m = AGGREGATION.exec(text); m; m = AGGREGATION.exec(text)) {
    if (!personField(m[1].replace(AGGREGATION_AFFIX, ''))) continue;
    closes ??= objectEnds(text);
    // The bucket objects, each from its "{" to the matching "}", read at the array's own depth.
    let p = AGGREGATION.lastIndex;
    for (let k = 0; k < MAX_BUCKETS; k++) {
      while (p < text.length && /[\s,]/.test(text[p])) p++;
      if (text[p] !== '{') break;
      BUCKET_KEY.lastIndex = p;
      const key = BUCKET_KEY.exec(text);
      if (key && markupName(key[1])) {
        const start = BUCKET_KEY.lastIndex - 1 - key[1].length;
        out.push({ type: 'PERSON', start, end: start + key[1].length, score: 0.85 });
      }
      const close = closes[p];
      if (close === -1) break;
      p = close + 1;
    }
  }
}

/**
 * Where each JSON object or array opened in the text closes (strings skipped), -1 where it does not: one pass with a
 * stack, so that nested aggregations (a bucket holding the next "by_signer") cost no walk per aggregation (round 52
 * review: 25,000 nested aggregations walked 20,000 characters each).
 */
function objectEnds(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A JSON string ends at its line at the latest: a stray quote in a log's text before the JSON costs one line.
      for (i++; i < text.length && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10; i++)
        if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) open.push(i);
    else if ((c === 125 || c === 93) && open.length > 0) closes[open.pop()!] = i;
  }
  return closes;
}
