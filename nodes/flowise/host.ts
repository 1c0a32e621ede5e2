import { createRequire } from 'node:module';
import { ConfigurationError } from '../core/errors.js';
import type { ICommonObject, INodeData } from './types.js';

type Require = (id: string) => unknown;

/** Flowise's credential lookup (flowise-components src/utils.ts): the decrypted data of a credential id. */
export type GetCredentialData = (credentialId: string, options: ICommonObject) => Promise<ICommonObject>;

/** What a component needs of the Flowise process it runs in. */
export interface FlowiseHost {
  /**
   * A require that resolves from inside flowise-components, so `@langchain/core` is Flowise's own
   * instance: chains check `instanceof BaseChatModel`/`BaseRetriever` against that one copy.
   */
  require: Require;
  /** Flowise's own credential lookup; by default flowise-components' exported getCredentialData. */
  getCredentialData?: GetCredentialData;
}

const HOST_KEY = Symbol.for('ragwire.flowise.host');
const holder = globalThis as unknown as Record<symbol, FlowiseHost | undefined>;

/**
 * Called by each installed shim (see `ragwire flowise install`) with its own `require`, which
 * resolves from inside flowise-components; tests attach @langchain/core from the dev dependencies
 * and a fake credential lookup. Kept on a global key: every shim of one Flowise process lends the
 * same resolution, whichever loads first.
 */
export function attachFlowise(host: FlowiseHost): void {
  holder[HOST_KEY] = host;
}

function host(): FlowiseHost {
  // Without a shim (Ragwire's own tests, a development checkout): this package's dev dependencies.
  return (holder[HOST_KEY] ??= { require: createRequire(__filename) });
}

/** A module of Flowise's @langchain/core, e.g. `messages`. */
export function langchain<T>(subpath: string): T {
  try {
    return host().require(`@langchain/core/${subpath}`) as T;
  } catch (err) {
    throw new ConfigurationError(
      `Ragwire's Flowise components need Flowise's @langchain/core (${(err as Error).message}); ` +
        'install them with `ragwire flowise install --flowise-dir <Flowise folder>`',
    );
  }
}

/** The data of the node's selected credential ({} when none is selected), as Flowise decrypts it. */
export async function credentialData(nodeData: INodeData, options: ICommonObject): Promise<ICommonObject> {
  if (!nodeData.credential) return {};
  const h = host();
  const lookup =
    h.getCredentialData ??
    (h.require('flowise-components') as { getCredentialData: GetCredentialData }).getCredentialData;
  return lookup(nodeData.credential, options);
}

const made = new WeakMap<object, Map<string, unknown>>();

/**
 * A class built on a base class of Flowise's @langchain/core (`subpath`), made once per instance of
 * that module: chains check `instanceof` against Flowise's copy, so the class must extend it.
 */
export function madeWith<M extends object, T>(subpath: string, name: string, make: (module: M) => T): T {
  const module = langchain<M>(subpath);
  let classes = made.get(module);
  if (!classes) made.set(module, (classes = new Map()));
  if (!classes.has(name)) classes.set(name, make(module));
  return classes.get(name) as T;
}
