import { PrivacyDecisionLog } from '../../core/logging/index.js';
import { recordPrivacyDecision } from '../../core/metrics/index.js';
import type { AuditRecord } from '../../core/privacy/index.js';
import type { ICommonObject } from '../types.js';

interface Logger {
  info(message: string): void;
}

/**
 * Every privacy decision goes to Flowise's logger (options.logger; the console without) as
 * `privacy decision {json}`, levels, route, rule and entity counts, never values, and is counted
 * in ragwire_privacy_decisions_total, as in Node-RED.
 */
export function auditTo(options: ICommonObject): (record: AuditRecord) => void {
  const logger: Logger = typeof options.logger?.info === 'function' ? options.logger : console;
  return (record) => {
    logger.info(String(new PrivacyDecisionLog(record)));
    recordPrivacyDecision(record);
  };
}
