import { QdrantClient } from '@qdrant/js-client-rest';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createStoreHandler } from '../../../nodes/core/store/rest/server.js';
import { EmbeddedStore, type StoreOptions } from '../../../nodes/core/store/store.js';
import { QdrantSpec, serveValidated, type ValidatedServer } from '../../support/qdrant-spec.js';
import { tempDir } from '../../support/temp-dir.js';

export interface Answer {
  status: number;
  text: string;
  result: unknown;
  error: string;
}

const spec = new QdrantSpec();

/**
 * A store served over HTTP with every JSON answer checked against Qdrant's OpenAPI document, a raw
 * `call` and a @qdrant/js-client-rest client on it, and a `restart` that reopens the same folder.
 */
export class StoreHarness {
  tmp = tempDir();
  store!: EmbeddedStore;
  server!: ValidatedServer;
  client!: QdrantClient;
  internalErrors: unknown[] = [];
  private problems: string[] = [];

  constructor(private readonly options: Partial<StoreOptions> & { apiKey?: string } = {}) {}

  async start(): Promise<this> {
    this.store = EmbeddedStore.open({ path: this.tmp.dir, fsync: false, ...this.options });
    this.server = await serveValidated(
      createStoreHandler({
        store: this.store,
        apiKey: this.options.apiKey,
        onError: (e) => this.internalErrors.push(e),
      }),
      spec,
    );
    this.client = new QdrantClient({ url: this.server.url, checkCompatibility: false, apiKey: this.options.apiKey });
    return this;
  }

  async restart(): Promise<void> {
    await this.stopServing();
    await this.start();
  }

  private async stopServing(): Promise<void> {
    await this.server.close();
    this.problems.push(...this.server.problems);
    this.store.close();
  }

  /** Stops, removes the folder and checks every answer matched the spec and none was a 500. */
  async stop(): Promise<void> {
    await this.stopServing();
    this.tmp.remove();
    assert.deepEqual(this.problems, [], 'every response matches the Qdrant OpenAPI spec');
    assert.deepEqual(this.internalErrors, [], 'no request ended in a 500');
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${this.server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: { result?: unknown; status?: unknown } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // plain-text answers
    }
    const error = (json.status as { error?: string } | undefined)?.error ?? '';
    return { status: response.status, text, result: json.result, error };
  }

  /** `call` that must answer 200; returns the result. */
  async ok(method: string, path: string, body?: unknown): Promise<unknown> {
    const r = await this.call(method, path, body);
    assert.equal(r.status, 200, `${method} ${path}: ${r.text}`);
    return r.result;
  }
}

/** Every file below `dir`, recursively. */
export function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? [full, ...filesBelow(full)] : [full];
  });
}

/** The files (relative to `dir`) whose bytes contain `marker`. */
export function filesHolding(dir: string, marker: string): string[] {
  const needle = Buffer.from(marker);
  return filesBelow(dir)
    .filter((f) => fs.statSync(f).isFile() && fs.readFileSync(f).includes(needle))
    .map((f) => path.relative(dir, f));
}
