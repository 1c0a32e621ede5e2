import { StoreError } from './errors.js';

/**
 * JSON with exact big integers. Qdrant takes unsigned 64-bit point ids, and JSON.parse turns any
 * integer above 2^53 into the nearest double. The exact parse keeps integer literals that a double
 * cannot hold as raw JSON values (Node 22: the reviver sees each number's source text), which
 * JSON.stringify writes back digit for digit; the fields that expect numbers convert them.
 */
interface RawJson {
  readonly rawJSON: string;
}

const json = JSON as unknown as {
  rawJSON(text: string): RawJson;
  isRawJSON(value: unknown): value is RawJson;
};

/** 16 or more digits not part of a fraction or exponent: the only literals that can lose precision. */
const LONG_INTEGER = /(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/;

/** For small texts (stored batch headers): exact, paying for the reviver only when needed. */
export function parseJson(text: string): unknown {
  // The reviver costs a call per value: only pay it when a long integer literal is present.
  if (!LONG_INTEGER.test(text)) return JSON.parse(text) as unknown;
  return parseJsonExact(text);
}

export function parseJsonExact(text: string): unknown {
  return JSON.parse(text, exactIntegers as never) as unknown;
}

/**
 * Thrown where an exact integer is needed (a point id, a limit) but a fast parse gave an integer
 * beyond 2^53: the REST layer then parses the body again exactly and reruns the request. Should
 * it escape (the number was not an integer literal, e.g. 1e20), it is a clear 400.
 */
export class InexactNumberError extends StoreError {
  constructor(path: string, value: number) {
    super(400, `Format error in JSON body: ${path}: ${value} is not an exact unsigned integer (write it as digits)`);
  }
}

/** Refuses an integer that lost precision in a fast parse (see InexactNumberError). */
export function checkExact(value: unknown, path: string): void {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value))
    throw new InexactNumberError(path, value);
}

function exactIntegers(_key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value === 'number' && !Number.isSafeInteger(value) && /^-?\d+$/.test(context?.source ?? ''))
    return json.rawJSON(context?.source as string);
  return value;
}

export function isRawJson(value: unknown): value is RawJson {
  return json.isRawJSON(value);
}

/** A value that JSON.stringify writes as these exact digits. */
export function rawJsonInteger(value: bigint): unknown {
  return json.rawJSON(value.toString());
}

/** A number field's value: plain numbers as they are, exact big integers as the nearest double. */
export function numberOf(value: unknown): unknown {
  return isRawJson(value) ? Number(value.rawJSON) : value;
}
