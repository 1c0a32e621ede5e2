import { InputError } from '../errors.js';

const FILTER_KEYS = ['must', 'should', 'must_not', 'min_should'];

/**
 * A search filter as users write it: a Qdrant filter (`must`, `should`, ...) passes through; a
 * plain object `{lang: "de", year: [2023, 2024]}` means "metadata.lang is de and metadata.year is
 * one of these".
 */
export function toQdrantFilter(filter: unknown): Record<string, unknown> | undefined {
  if (filter === undefined || filter === null || filter === '') return undefined;
  if (typeof filter !== 'object' || Array.isArray(filter)) {
    throw new InputError('filter: expected an object, either a Qdrant filter {must: [...]} or {field: value}');
  }
  const f = filter as Record<string, unknown>;
  if (Object.keys(f).length === 0) return undefined;
  if (Object.keys(f).some((k) => FILTER_KEYS.includes(k))) return f;
  return {
    must: Object.entries(f).map(([key, value]) => {
      const field = key.startsWith('metadata.') || key === 'source_id' ? key : `metadata.${key}`;
      if (Array.isArray(value)) return { key: field, match: { any: value } };
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return { key: field, match: { value } };
      throw new InputError(`filter.${key}: expected a string, number, boolean or a list of them`);
    }),
  };
}
