import * as path from 'node:path';
import { startEmbeddedQdrant, type EmbeddedQdrant } from './embedded.js';

interface Entry {
  refs: number;
  opening: Promise<EmbeddedQdrant>;
  closing?: Promise<void>;
}

const open = new Map<string, Entry>();
const closing = new Map<string, Promise<void>>();

export interface EmbeddedLease {
  url: string;
  apiKey: string;
  release(): Promise<void>;
}

/**
 * One embedded store per directory in this process, shared by every node that names it, and
 * closed when the last one lets go (a full redeploy closes and reopens it cleanly).
 */
export async function acquireEmbedded(dir: string, onError?: (err: unknown) => void): Promise<EmbeddedLease> {
  const key = path.resolve(dir);
  await closing.get(key);
  let entry = open.get(key);
  if (!entry) {
    entry = { refs: 0, opening: startEmbeddedQdrant({ path: key, onError }) };
    open.set(key, entry);
    entry.opening.catch(() => open.delete(key));
  }
  entry.refs++;
  const current = entry;
  let embedded: EmbeddedQdrant;
  try {
    embedded = await current.opening;
  } catch (err) {
    current.refs--;
    throw err;
  }
  let released = false;
  return {
    url: embedded.url,
    apiKey: embedded.apiKey,
    release: async () => {
      if (released) return;
      released = true;
      if (--current.refs > 0) return;
      open.delete(key);
      const done = embedded.close().finally(() => closing.delete(key));
      closing.set(key, done);
      await done;
    },
  };
}
