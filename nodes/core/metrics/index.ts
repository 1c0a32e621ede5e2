/** The public surface of the metrics area: what adapters (Node-RED, Flowise, the command line) use. */
export { recordBackup } from './backup.js';
export { metricsHandler, metricsPath } from './endpoint.js';
export { recordPrivacyDecision } from './privacy.js';
export { configureMetrics } from './registry.js';
export { DEFAULT_MAX_SERIES, UserMetricError, defineUserMetric, parseBuckets } from './user-metrics.js';
export type { GaugeOperation, UserMetric, UserMetricType } from './user-metrics.js';
