import { LEVELS, type SensitivityLevel } from './entities.js';
import type { PrivacyPolicy } from './policy.js';
import { ConfigurationError } from '../errors.js';

/** What an editor offers per level: cloud or local, cloud after pseudonymization, local only, or no model. */
export type LevelChoice = 'cloud' | 'pseudonymize' | 'local' | 'none';

const CHOICES: LevelChoice[] = ['cloud', 'pseudonymize', 'local', 'none'];

/** A policy from one choice per level; a level left out keeps the safe default for it. */
export function policyFromChoices(
  choices: Partial<Record<SensitivityLevel, unknown>>,
  base: PrivacyPolicy,
): PrivacyPolicy {
  const allow = { ...base.allow };
  const pseudonymize = new Set(base.pseudonymize);
  for (const level of LEVELS) {
    const choice = choices[level];
    if (choice === undefined || choice === '') continue;
    if (!CHOICES.includes(choice as LevelChoice))
      throw new ConfigurationError(
        `policy for ${level}: expected one of ${CHOICES.join(', ')}, got ${JSON.stringify(choice)}`,
      );
    allow[level] = choice === 'cloud' ? ['cloud', 'local'] : choice === 'none' ? [] : ['local'];
    if (choice === 'pseudonymize') pseudonymize.add(level);
    else pseudonymize.delete(level);
  }
  return { allow, pseudonymize: [...pseudonymize] };
}
