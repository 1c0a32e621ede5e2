/** The public surface of the backup area: what adapters (Node-RED, Flowise, the command line) use. */
export { backupCollections } from './backup.js';
export { listBackups, pruneBackups, readManifest } from './backup-dir.js';
export type { BackupEntry } from './backup-dir.js';
export { copyCollections } from './copy.js';
export { connectEndpoint } from './endpoint.js';
export { BackupInputError } from './errors.js';
export type { BackupObserver } from './observer.js';
export { restoreBackup } from './restore.js';
export { BACKUP_ACTIONS, isBackupAction, runBackupAction } from './actions.js';
export type { BackupAction, BackupActionContext, BackupActionRequest, BackupStore } from './actions.js';
