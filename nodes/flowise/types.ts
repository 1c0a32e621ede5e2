/**
 * The shapes of Flowise's component contract (flowise-components src/Interface.ts, 3.1) that
 * Ragwire's components use. Defined here, not imported: flowise-components is a 3 GB install and
 * never a dependency of this package; Flowise loads the components by their exported `nodeClass`.
 */

// Flowise's own definition: values are whatever the canvas or the API put there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ICommonObject = Record<string, any>;

export interface INodeOptionsValue {
  label: string;
  name: string;
  description?: string;
}

export interface INodeParams {
  label: string;
  name: string;
  type: string;
  default?: unknown;
  description?: string;
  options?: INodeOptionsValue[];
  credentialNames?: string[];
  optional?: boolean;
  step?: number;
  rows?: number;
  list?: boolean;
  placeholder?: string;
  additionalParams?: boolean;
  acceptVariable?: boolean;
}

export interface INodeOutputsValue {
  label: string;
  name: string;
  baseClasses: string[];
  description?: string;
}

/** What one node of a chatflow hands its component: the canvas inputs, the chosen output, the credential's id. */
export interface INodeData {
  id: string;
  label?: string;
  name?: string;
  inputs?: ICommonObject;
  outputs?: ICommonObject;
  /** The id of the selected credential, resolved with getCredentialData. */
  credential?: string;
}

export interface INodeProperties {
  label: string;
  name: string;
  type: string;
  icon: string;
  version: number;
  category: string;
  baseClasses: string[];
  description?: string;
  // No `author`: Flowise hides components with an author unless SHOW_COMMUNITY_NODES=true.
}

export interface IndexingResult {
  numAdded: number;
  numDeleted: number;
  numUpdated: number;
  numSkipped: number;
  totalKeys?: number;
  addedDocs: { pageContent: string; metadata: Record<string, unknown> }[];
}

export interface INode extends INodeProperties {
  credential?: INodeParams;
  inputs?: INodeParams[];
  outputs?: INodeOutputsValue[];
  vectorStoreMethods?: {
    upsert(nodeData: INodeData, options: ICommonObject): Promise<Partial<IndexingResult> | void>;
  };
  init?(nodeData: INodeData, input: string, options: ICommonObject): Promise<unknown>;
  run?(nodeData: INodeData, input: string, options: ICommonObject): Promise<string | ICommonObject>;
}

export interface INodeCredential {
  label: string;
  name: string;
  version: number;
  description?: string;
  inputs: INodeParams[];
}
