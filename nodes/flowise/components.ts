/**
 * Every Flowise component and credential Ragwire ships, as built into dist/nodes/flowise: what
 * `ragwire flowise install` puts into a Flowise installation. A component's folder holds its
 * compiled module (named like the folder) and its icon.
 */
export interface ComponentFile {
  /** Folder under nodes/flowise (and dist/nodes/flowise). */
  folder: string;
  /** Module name without extension, as in the folder. */
  module: string;
  icon: string;
}

export const COMPONENTS: ComponentFile[] = [
  { folder: 'vectorstores/RagwireQdrant', module: 'RagwireQdrant', icon: 'ragwire-qdrant.svg' },
  {
    folder: 'embeddings/RagwireHashingEmbeddings',
    module: 'RagwireHashingEmbeddings',
    icon: 'ragwire-hashing.svg',
  },
  { folder: 'chatmodels/RagwirePrivacyRouter', module: 'RagwirePrivacyRouter', icon: 'ragwire-privacy.svg' },
  { folder: 'tools/RagwireBackup', module: 'RagwireBackup', icon: 'ragwire-backup.svg' },
];

/** Credential modules in dist/nodes/flowise/credentials (Flowise loads files named *.credential.js). */
export const CREDENTIALS = ['RagwireQdrantApi.credential'];
