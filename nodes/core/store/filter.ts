import { formatError, validationError } from './errors.js';
import { numberOf } from './json.js';
import { parsePointId } from './point-id.js';
import { textTokenizer, type TextTokenizer } from './text-index.js';
import type { Payload, PointId } from './types.js';
import { unsupported } from './unsupported.js';

/** Payload indexes by field name: a `text` index changes how text conditions on its field match. */
export type IndexSchemas = Record<string, unknown>;

/** What a filter sees of a point. */
export interface FilterTarget {
  id: PointId;
  payload: Payload | null;
  hasVector(name: string): boolean;
}

export type Predicate = (point: FilterTarget) => boolean;

/** The predicate of "no filter" (a search with it can run on a worker thread). */
export const MATCH_ALL: Predicate = () => true;

/**
 * Filters nest (must/should/must_not/min_should/filter/nested); a hostile request nesting them
 * thousands deep must get a 400, not overflow the stack. Qdrant's JSON parser stops at 128 levels.
 */
export const MAX_FILTER_DEPTH = 64;

/**
 * Compiles a Qdrant filter (v1.19 semantics) into a predicate, once per request. Malformed filters
 * are refused with Qdrant's 422 validation error naming the offending part.
 */
export function compileFilter(filter: unknown, path = 'filter', indexes: IndexSchemas = {}): Predicate {
  if (filter === undefined || filter === null) return MATCH_ALL;
  return compileObject(filter, path, 0, indexes);
}

function compileObject(filter: unknown, path: string, depth: number, indexes: IndexSchemas): Predicate {
  if (depth >= MAX_FILTER_DEPTH)
    throw formatError(`${path.slice(0, 80)}…: the filter is nested more than ${MAX_FILTER_DEPTH} levels deep`);
  if (!isPlainObject(filter)) throw formatError(`${path}: expected a filter object`);
  const known = new Set(['must', 'should', 'must_not', 'min_should']);
  for (const key of Object.keys(filter)) {
    if (!known.has(key))
      throw formatError(`${path}: unknown field \`${key}\`, expected one of must, should, must_not, min_should`);
  }
  // Own properties only: a polluted Object.prototype (some libraries add `should`) must not count.
  const field = (key: string): unknown => (Object.hasOwn(filter, key) ? filter[key] : undefined);
  const parts: Predicate[] = [];
  const must = conditionList(field('must'), `${path}.must`, depth, indexes);
  if (must) parts.push((p) => must.every((c) => c(p)));
  const should = conditionList(field('should'), `${path}.should`, depth, indexes);
  // Qdrant: a present `should` needs at least one match, so an empty list matches nothing.
  if (should) parts.push((p) => should.some((c) => c(p)));
  const mustNot = conditionList(field('must_not'), `${path}.must_not`, depth, indexes);
  if (mustNot) parts.push((p) => !mustNot.some((c) => c(p)));
  const ms = field('min_should');
  if (ms !== undefined && ms !== null) {
    if (!isPlainObject(ms) || !Array.isArray(ms.conditions) || !isUnsigned(ms.min_count)) {
      throw formatError(`${path}.min_should: expected {conditions: [...], min_count: <unsigned integer>}`);
    }
    const conditions = ms.conditions.map((c, i) =>
      compileCondition(c, `${path}.min_should.conditions[${i}]`, depth, indexes),
    );
    const minCount = ms.min_count as number;
    parts.push((p) => {
      let hits = 0;
      for (const c of conditions) if (c(p) && ++hits >= minCount) return true;
      return hits >= minCount;
    });
  }
  if (parts.length === 0) return MATCH_ALL;
  if (parts.length === 1) return parts[0];
  return (p) => parts.every((part) => part(p));
}

/** Qdrant accepts a single condition where a list is expected. */
function conditionList(value: unknown, path: string, depth: number, indexes: IndexSchemas): Predicate[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((c, i) => compileCondition(c, `${path}[${i}]`, depth, indexes));
}

/** `depth` is that of the filter holding the condition; a condition that is a filter goes one deeper. */
function compileCondition(cond: unknown, path: string, depth: number, indexes: IndexSchemas): Predicate {
  if (!isPlainObject(cond)) throw formatError(`${path}: expected a condition object`);
  if (Object.hasOwn(cond, 'has_id')) {
    if (!Array.isArray(cond.has_id)) throw formatError(`${path}.has_id: expected a list of point ids`);
    const ids = new Set(cond.has_id.map((id, i) => parsePointId(id, `${path}.has_id[${i}]`)));
    return (p) => ids.has(p.id);
  }
  // `{key, is_empty: true}` is the field form of `{is_empty: {key}}` (a field condition).
  if (Object.hasOwn(cond, 'is_empty') && !Object.hasOwn(cond, 'key')) {
    const key = fieldKey(cond.is_empty, `${path}.is_empty`);
    return (p) => isEmptyAt(p.payload, key);
  }
  if (Object.hasOwn(cond, 'is_null') && !Object.hasOwn(cond, 'key')) {
    const key = fieldKey(cond.is_null, `${path}.is_null`);
    return (p) => isNullAt(p.payload, key);
  }
  if (Object.hasOwn(cond, 'has_vector')) {
    if (typeof cond.has_vector !== 'string') throw formatError(`${path}.has_vector: expected a vector name`);
    const name = cond.has_vector;
    return (p) => p.hasVector(name);
  }
  if (Object.hasOwn(cond, 'nested')) {
    const nested = cond.nested;
    if (!isPlainObject(nested) || typeof nested.key !== 'string') {
      throw formatError(`${path}.nested: expected {key, filter}`);
    }
    // Keys inside are relative to the nested array, so the collection's indexes do not apply.
    const inner = compileObject(nested.filter, `${path}.nested.filter`, depth + 1, {});
    const key = splitKey(nested.key);
    return (p) =>
      valuesAt(p.payload, key).some(
        (element) => isPlainObject(element) && inner({ id: p.id, payload: element, hasVector: p.hasVector }),
      );
  }
  if (Object.hasOwn(cond, 'filter')) return compileObject(cond.filter, `${path}.filter`, depth + 1, indexes);
  if (
    Object.hasOwn(cond, 'must') ||
    Object.hasOwn(cond, 'should') ||
    Object.hasOwn(cond, 'must_not') ||
    Object.hasOwn(cond, 'min_should')
  ) {
    return compileObject(cond, path, depth + 1, indexes);
  }
  if (Object.hasOwn(cond, 'key')) return compileFieldCondition(cond, path, indexes);
  throw formatError(
    `${path}: unknown condition, expected one of key, has_id, is_empty, is_null, has_vector, nested, filter`,
  );
}

function compileFieldCondition(cond: Record<string, unknown>, path: string, indexes: IndexSchemas): Predicate {
  if (typeof cond.key !== 'string' || cond.key === '') throw formatError(`${path}.key: expected a payload field name`);
  const key = splitKey(cond.key);
  const checks: ((values: unknown[]) => boolean)[] = [];
  const whole: Predicate[] = [];
  for (const flag of ['is_empty', 'is_null'] as const) {
    const v = cond[flag];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') throw formatError(`${path}.${flag}: expected a boolean`);
    const test = flag === 'is_empty' ? isEmptyAt : isNullAt;
    whole.push((p) => test(p.payload, key) === v);
  }
  if (cond.match !== undefined && cond.match !== null)
    checks.push(compileMatch(cond.match, `${path}.match`, textIndexOf(indexes[cond.key])));
  if (cond.range !== undefined && cond.range !== null) checks.push(compileRange(cond.range, `${path}.range`));
  let countBounds: Bounds | undefined;
  if (cond.values_count !== undefined && cond.values_count !== null)
    countBounds = numericBounds(cond.values_count, `${path}.values_count`);
  for (const geo of ['geo_bounding_box', 'geo_radius', 'geo_polygon']) {
    if (cond[geo] !== undefined && cond[geo] !== null) {
      throw unsupported(`${geo} conditions`);
    }
  }
  if (countBounds) {
    const bounds = countBounds;
    // Qdrant 1.19 (qdrant/qdrant#9586): a missing field has 0 values, null has 0, an array its length.
    whole.push((p) => inBounds(valuesCount(p.payload, key), bounds));
  }
  if (checks.length === 0 && whole.length === 0) {
    // Qdrant's FieldCondition validation (a 422, not a format error).
    throw validationError(`${path}: At least one field condition must be specified`);
  }
  // All checks but values_count, is_empty and is_null match when any value matches.
  return (p) =>
    whole.every((test) => test(p)) && (checks.length === 0 || checks.every((check) => check(valuesAt(p.payload, key))));
}

function isEmptyAt(payload: unknown, key: string[]): boolean {
  const values = valuesAt(payload, key);
  return values.length === 0 || values.every((v) => v === null);
}

function isNullAt(payload: unknown, key: string[]): boolean {
  const raw = rawValuesAt(payload, key);
  return raw.some((v) => v === null || (Array.isArray(v) && v.length > 0 && v.every((x) => x === null)));
}

/** The tokenizer of a field's text index, if it has one. */
function textIndexOf(schema: unknown): TextTokenizer | undefined {
  return isPlainObject(schema) && schema.type === 'text' ? textTokenizer(schema) : undefined;
}

type Scalar = string | number | boolean;

function compileMatch(match: unknown, path: string, text?: TextTokenizer): (values: unknown[]) => boolean {
  if (!isPlainObject(match))
    throw formatError(`${path}: expected an object with value, any, except, text, text_any or phrase`);
  if (Object.hasOwn(match, 'value')) {
    const expected = scalar(match.value, `${path}.value`);
    return (values) => values.some((v) => v === expected);
  }
  if (Object.hasOwn(match, 'any')) {
    const set = scalarSet(match.any, `${path}.any`);
    return (values) => values.some((v) => set.has(v as Scalar));
  }
  if (Object.hasOwn(match, 'except')) {
    const set = scalarSet(match.except, `${path}.except`);
    return (values) => values.some((v) => v !== null && !set.has(v as Scalar));
  }
  if (text) {
    const indexed = compileTextMatch(match, path, text);
    if (indexed) return indexed;
  }
  for (const kind of ['text', 'phrase'] as const) {
    if (Object.hasOwn(match, kind)) {
      const needle = match[kind];
      if (typeof needle !== 'string') throw formatError(`${path}.${kind}: expected a string`);
      return (values) => values.some((v) => typeof v === 'string' && v.includes(needle));
    }
  }
  if (Object.hasOwn(match, 'text_any')) {
    if (typeof match.text_any !== 'string') throw formatError(`${path}.text_any: expected a string`);
    const words = match.text_any.split(/\s+/).filter(Boolean);
    return (values) => values.some((v) => typeof v === 'string' && words.some((w) => v.includes(w)));
  }
  if (Object.hasOwn(match, 'prefix')) {
    if (typeof match.prefix !== 'string') throw formatError(`${path}.prefix: expected a string`);
    const prefix = match.prefix;
    return (values) => values.some((v) => typeof v === 'string' && v.startsWith(prefix));
  }
  throw formatError(`${path}: expected one of value, any, except, text, text_any, phrase, prefix`);
}

/**
 * Text conditions on a field with a text index, as Qdrant's index answers them: `text` needs every
 * query token among the value's tokens, `text_any` one of them, `phrase` all of them in a row in
 * one value. A query with no tokens (empty, or only stopwords) matches nothing.
 */
function compileTextMatch(
  match: Record<string, unknown>,
  path: string,
  text: TextTokenizer,
): ((values: unknown[]) => boolean) | undefined {
  const kind = (['text', 'text_any', 'phrase'] as const).find((k) => Object.hasOwn(match, k));
  if (!kind) return undefined;
  const needle = match[kind];
  if (typeof needle !== 'string') throw formatError(`${path}.${kind}: expected a string`);
  const wanted = text.query(needle);
  if (wanted.length === 0) return () => false;
  const strings = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
  if (kind === 'phrase') {
    return (values) => strings(values).some((v) => containsRun(text.document(v), wanted));
  }
  return (values) => {
    const tokens = new Set(strings(values).flatMap((v) => text.document(v)));
    return kind === 'text' ? wanted.every((t) => tokens.has(t)) : wanted.some((t) => tokens.has(t));
  };
}

function containsRun(tokens: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) {
    if (run.every((t, j) => tokens[i + j] === t)) return true;
  }
  return false;
}

interface Bounds {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

function compileRange(range: unknown, path: string): (values: unknown[]) => boolean {
  if (!isPlainObject(range)) throw formatError(`${path}: expected {gt, gte, lt, lte}`);
  const bounds = Object.values(range).filter((v) => v !== null && v !== undefined);
  if (bounds.some((v) => typeof v === 'string')) {
    // A datetime range: bounds and payload values are RFC 3339 (or Qdrant's looser) datetimes.
    const parsed = numericBounds(range, path, (v, field) => {
      const t = typeof v === 'string' ? parseDatetime(v) : NaN;
      if (Number.isNaN(t)) throw formatError(`${field}: expected an RFC 3339 datetime, got ${JSON.stringify(v)}`);
      return t;
    });
    return (values) =>
      values.some((v) => {
        if (typeof v !== 'string') return false;
        const t = parseDatetime(v);
        return !Number.isNaN(t) && inBounds(t, parsed);
      });
  }
  const parsed = numericBounds(range, path);
  return (values) => values.some((v) => typeof v === 'number' && inBounds(v, parsed));
}

function numericBounds(
  value: unknown,
  path: string,
  convert: (v: unknown, field: string) => number = (v, field) => {
    const n = numberOf(v);
    if (typeof n !== 'number' || !Number.isFinite(n)) throw formatError(`${field}: expected a number`);
    return n;
  },
): Bounds {
  if (!isPlainObject(value)) throw formatError(`${path}: expected {gt, gte, lt, lte}`);
  const out: Bounds = {};
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'gt' && k !== 'gte' && k !== 'lt' && k !== 'lte') throw formatError(`${path}: unknown field \`${k}\``);
    if (v === null || v === undefined) continue;
    out[k] = convert(v, `${path}.${k}`);
  }
  return out;
}

function inBounds(x: number, b: Bounds): boolean {
  return (
    (b.gt === undefined || x > b.gt) &&
    (b.gte === undefined || x >= b.gte) &&
    (b.lt === undefined || x < b.lt) &&
    (b.lte === undefined || x <= b.lte)
  );
}

/** Qdrant reads datetimes without a zone as UTC, and a bare date as midnight UTC. */
export function parseDatetime(text: string): number {
  const s = text.trim().replace(' ', 'T');
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return NaN;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(s) && s.includes('T');
  return Date.parse(hasZone ? s : s.includes('T') ? `${s}Z` : `${s}T00:00:00Z`);
}

function scalar(value: unknown, path: string): Scalar {
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    return value;
  }
  throw formatError(`${path}: expected a string, integer or boolean`);
}

function scalarSet(value: unknown, path: string): Set<Scalar> {
  if (!Array.isArray(value)) throw formatError(`${path}: expected a list`);
  return new Set(value.map((v, i) => scalar(v, `${path}[${i}]`)));
}

function fieldKey(value: unknown, path: string): string[] {
  if (!isPlainObject(value) || typeof value.key !== 'string') throw formatError(`${path}: expected {key}`);
  return splitKey(value.key);
}

/** `a.b[].c` and `a.b.c` address the same values: arrays are looked into implicitly. */
export function splitKey(key: string): string[] {
  return key
    .split('.')
    .map((part) => part.replace(/\[\]$/, ''))
    .filter((part) => part !== '');
}

/** The values at a path, arrays flattened, with null kept (it is a value for is_null). */
function rawValuesAt(payload: unknown, key: string[]): unknown[] {
  let current: unknown[] = [payload];
  for (const part of key) {
    const next: unknown[] = [];
    for (const node of current) {
      for (const item of Array.isArray(node) ? node : [node]) {
        if (isPlainObject(item) && Object.hasOwn(item, part)) next.push(item[part]);
      }
    }
    current = next;
  }
  return current;
}

/** Qdrant's count of values at a path: null counts 0, an array its length, anything else 1. */
function valuesCount(payload: unknown, key: string[]): number {
  let n = 0;
  for (const v of rawValuesAt(payload, key)) n += v === null ? 0 : Array.isArray(v) ? v.length : 1;
  return n;
}

/** Leaf values at a path: arrays at the leaf contribute their elements. */
export function valuesAt(payload: unknown, key: string[]): unknown[] {
  const out: unknown[] = [];
  for (const v of rawValuesAt(payload, key)) {
    if (Array.isArray(v)) out.push(...v);
    else out.push(v);
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUnsigned(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
