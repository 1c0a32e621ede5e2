import type { Locality } from '../models/provider.js';
import { isLevel, LEVELS, type SensitivityLevel } from './entities.js';
import { ConfigurationError } from '../errors.js';

/** Where messages of each level may go. `pseudonymize` lets such messages reach the cloud with entities replaced. */
export interface PrivacyPolicy {
  allow: Record<SensitivityLevel, Locality[]>;
  /** Levels whose messages may go to the cloud once pseudonymized (entities replaced, restored in the answer). */
  pseudonymize: SensitivityLevel[];
}

/** Safe default: personal and confidential data stay on local models; nothing is pseudonymized unless asked. */
export const DEFAULT_POLICY: PrivacyPolicy = {
  allow: { public: ['cloud', 'local'], internal: ['cloud', 'local'], confidential: ['local'], personal: ['local'] },
  pseudonymize: [],
};

/** Reads a policy from JSON ({allow: {level: [...]}, pseudonymize: [...]}), completing it from the default. */
export function parsePolicy(json: unknown): PrivacyPolicy {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ConfigurationError('policy: expected an object {allow, pseudonymize}');
  const j = json as { allow?: Record<string, unknown>; pseudonymize?: unknown };
  const allow = { ...DEFAULT_POLICY.allow };
  for (const [level, localities] of Object.entries(j.allow ?? {})) {
    if (!isLevel(level))
      throw new ConfigurationError(`policy.allow.${level}: unknown level, expected one of ${LEVELS.join(', ')}`);
    if (!Array.isArray(localities) || !localities.every((l) => l === 'local' || l === 'cloud')) {
      throw new ConfigurationError(`policy.allow.${level}: expected a list of "local" and "cloud"`);
    }
    allow[level] = localities as Locality[];
  }
  const pseudonymize = j.pseudonymize ?? [];
  if (!Array.isArray(pseudonymize) || !pseudonymize.every(isLevel))
    throw new ConfigurationError(`policy.pseudonymize: expected a list of levels (${LEVELS.join(', ')})`);
  return { allow, pseudonymize };
}
