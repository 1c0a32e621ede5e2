import { InputError } from '../../core/errors.js';
import { LEVELS, isLevel, type SensitivityLevel } from '../../core/privacy/index.js';
import type { ICommonObject } from '../types.js';

/**
 * Reading canvas inputs: Flowise hands them over as typed on the canvas or sent in an API's
 * overrideConfig (numbers as strings, JSON as text), so each reader accepts both and names the
 * field, by its label, when the value does not fit.
 */
const blank = (v: unknown) => v === undefined || v === null || v === '';

export function textInput(inputs: ICommonObject | undefined, name: string, fallback: string): string {
  const v = inputs?.[name];
  return blank(v) ? fallback : String(v).trim() || fallback;
}

export function numberInput(
  inputs: ICommonObject | undefined,
  name: string,
  label: string,
  fallback: number | undefined,
  check: (n: number) => boolean = Number.isFinite,
  expected = 'a number',
): number | undefined {
  const v = inputs?.[name];
  if (blank(v)) return fallback;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n) || !check(n))
    throw new InputError(`${label}: expected ${expected}, got ${JSON.stringify(v)}`);
  return n;
}

export function positiveIntegerInput(
  inputs: ICommonObject | undefined,
  name: string,
  label: string,
  fallback: number,
): number {
  return numberInput(inputs, name, label, fallback, (n) => Number.isInteger(n) && n > 0, 'a whole number above 0')!;
}

export function booleanInput(inputs: ICommonObject | undefined, name: string, fallback: boolean): boolean {
  const v = inputs?.[name];
  if (blank(v)) return fallback;
  return v === true || v === 'true';
}

/**
 * A privacy level (public, internal, confidential, personal); undefined when empty. Anything else
 * is refused by name: a level that is silently dropped would let the text decide alone.
 */
export function levelInput(
  inputs: ICommonObject | undefined,
  name: string,
  label: string,
): SensitivityLevel | undefined {
  const v = inputs?.[name];
  if (blank(v)) return undefined;
  if (!isLevel(v)) throw new InputError(`${label}: expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(v)}`);
  return v;
}

/** A JSON object typed into a json field (text) or sent as an object; undefined when empty. */
export function jsonObjectInput(
  inputs: ICommonObject | undefined,
  name: string,
  label: string,
): Record<string, unknown> | undefined {
  const v = inputs?.[name];
  if (blank(v)) return undefined;
  let parsed: unknown = v;
  if (typeof v === 'string') {
    try {
      parsed = JSON.parse(v);
    } catch (err) {
      throw new InputError(`${label}: expected a JSON object (${(err as Error).message})`);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InputError(`${label}: expected a JSON object, got ${JSON.stringify(v)}`);
  return parsed as Record<string, unknown>;
}

/** Lines of a multi-line text field, trimmed, empty ones left out. */
export function linesInput(inputs: ICommonObject | undefined, name: string): string[] {
  return String(inputs?.[name] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
