/** The public surface of the qdrant area: what adapters (Node-RED, Flowise, the command line) use. */
export { QdrantConnection } from './connection.js';
export type { QdrantMode, QdrantSettings } from './connection.js';
export { parseDistribution } from './distribution.js';
export { QdrantGatewayError } from './gateway-error.js';
export { QdrantGateway } from './gateway.js';
export type { Distance, Filter, PointId } from './gateway.js';
