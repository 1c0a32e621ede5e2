import { ConfigurationError } from '../errors.js';
import { LEVELS, isLevel, type SensitivityLevel } from './entities.js';
import type { PrivacySettings } from './guard.js';
import { DEFAULT_POLICY } from './policy.js';
import { policyFromChoices } from './policy-choices.js';

/** The fields of a privacy configuration as editors offer them (Node-RED's config node, Flowise's router). */
export const GUARD_FIELDS = [
  'public',
  'internal',
  'confidential',
  'personal',
  'terms',
  'patterns',
  'termLevel',
  'minScore',
  'mappingTtl',
  'secondOpinion',
  'secondOpinionTimeout',
] as const;
export type GuardField = (typeof GUARD_FIELDS)[number];

/**
 * What a person typed, as an editor hands it over: choices per level, terms and patterns as lines
 * of text (or lists), numbers as numbers or strings, the switch as a boolean or "true"/"false".
 */
export type GuardInput = Partial<Record<GuardField, unknown>> & Readonly<Record<string, unknown>>;

/** How an editor names each field, so an error names the field the person sees. */
export type GuardLabels = Partial<Record<GuardField, string>>;

/**
 * The guard's settings without the parts only an adapter can supply: the model a second opinion
 * asks (`secondOpinion` holds its time box when switched on) and a shared conversation store.
 */
export interface GuardSettings extends Omit<PrivacySettings, 'secondOpinion' | 'sharedConversations'> {
  policy: NonNullable<PrivacySettings['policy']>;
  custom: NonNullable<PrivacySettings['custom']>;
  secondOpinion?: { timeoutMs: number };
}

/** The level of own terms and patterns when none is chosen, and the second opinion's time box. */
export const DEFAULT_TERM_LEVEL: SensitivityLevel = 'confidential';
export const DEFAULT_SECOND_OPINION_SECONDS = 5;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Lines of a multi-line text field (or a list of strings), trimmed, empty ones left out. */
function lines(v: unknown, label: string): string[] {
  if (blank(v)) return [];
  const all = Array.isArray(v) ? v : typeof v === 'string' ? v.split('\n') : undefined;
  if (!all || !all.every((l) => typeof l === 'string'))
    throw new ConfigurationError(`${label}: expected one entry per line, got ${JSON.stringify(v)}`);
  return all.map((l) => l.trim()).filter(Boolean);
}

/** A number in a text or number field, checked; undefined when empty. */
function numberIn(v: unknown, label: string, fits: (n: number) => boolean, expected: string): number | undefined {
  if (blank(v)) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  if (!Number.isFinite(n) || !fits(n))
    throw new ConfigurationError(`${label}: expected ${expected}, got ${JSON.stringify(v)}`);
  return n;
}

function switchIn(v: unknown, label: string): boolean {
  if (blank(v) || v === false || v === 'false') return false;
  if (v === true || v === 'true') return true;
  throw new ConfigurationError(`${label}: expected true or false, got ${JSON.stringify(v)}`);
}

/**
 * The guard settings of a privacy configuration, from the fields as typed: every field checked,
 * and anything that does not fit refused with the field's label, never silently replaced by a
 * default (a dropped minimum score or level would change what reaches the cloud).
 */
export function guardSettingsFrom(input: GuardInput, labels: GuardLabels = {}): GuardSettings {
  const label = (field: GuardField) => labels[field] ?? field;
  const choices: Partial<Record<SensitivityLevel, unknown>> = {};
  for (const level of LEVELS) choices[level] = blank(input[level]) ? undefined : input[level];
  // policyFromChoices names the level ("policy for personal: …").
  const policy = policyFromChoices(choices, DEFAULT_POLICY);
  const termLevel = input.termLevel;
  if (!blank(termLevel) && !isLevel(termLevel))
    throw new ConfigurationError(
      `${label('termLevel')}: expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(termLevel)}`,
    );
  const patterns = lines(input.patterns, label('patterns'));
  for (const pattern of patterns) {
    try {
      // The flags the detectors compile own patterns with (see PrivacyScanner).
      new RegExp(pattern, 'gi');
    } catch (err) {
      throw new ConfigurationError(`${label('patterns')}: ${(err as Error).message}`);
    }
  }
  const minScore = numberIn(input.minScore, label('minScore'), (n) => n > 0 && n <= 1, 'a number above 0, at most 1');
  const mappingTtl = numberIn(input.mappingTtl, label('mappingTtl'), (n) => n > 0, 'a positive number of minutes');
  const secondOpinion = switchIn(input.secondOpinion, label('secondOpinion'));
  const seconds = numberIn(
    input.secondOpinionTimeout,
    label('secondOpinionTimeout'),
    (n) => n > 0,
    'a positive number of seconds',
  );
  return {
    policy,
    custom: [
      {
        terms: lines(input.terms, label('terms')),
        patterns,
        level: blank(termLevel) ? DEFAULT_TERM_LEVEL : (termLevel as SensitivityLevel),
      },
    ],
    ...(minScore !== undefined ? { minScore } : {}),
    ...(mappingTtl !== undefined ? { mappingTtlMs: mappingTtl * 60_000 } : {}),
    ...(secondOpinion ? { secondOpinion: { timeoutMs: (seconds ?? DEFAULT_SECOND_OPINION_SECONDS) * 1000 } } : {}),
  };
}
