/** The public surface of the store area: what adapters (Node-RED, Flowise, the command line) use. */
export { DirLock, StoreLockedError } from './dir-lock.js';
export { EmbeddedStore } from './store.js';
export { createStoreHandler, listenHttp } from './rest/server.js';
