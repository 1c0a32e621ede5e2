import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

/**
 * Qdrant v1.19.0's own OpenAPI document, vendored as a test fixture (see its SOURCE.md). Read from
 * the source tree: the compiled tests run from dist/test/support, three levels below the root.
 */
export const SPEC_PATH = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'qdrant', 'openapi.json');

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

type Spec = { paths: Record<string, Record<string, Operation>> };

/** OpenAPI 3.0 `nullable: true` means "or null"; JSON Schema spells that with a null type. */
function mapNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(mapNullable);
  if (node === null || typeof node !== 'object') return node;
  const obj: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) obj[k] = mapNullable(v);
  if (obj.nullable === true) {
    delete obj.nullable;
    if (typeof obj.type === 'string') {
      obj.type = [obj.type, 'null'];
      if (Array.isArray(obj.enum)) obj.enum = [...obj.enum, null];
    } else if (obj.$ref || obj.allOf || obj.anyOf || obj.oneOf) {
      return { anyOf: [obj, { type: 'null' }] };
    }
  }
  return obj;
}

function collectFormats(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => collectFormats(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') out.add(v);
      else collectFormats(v, out);
    }
  }
  return out;
}

const escapePointer = (s: string) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

/** Validates responses of the Qdrant REST API against the spec. */
export class QdrantSpec {
  private readonly ajv: Ajv;
  private readonly spec: Spec;
  private readonly templates: { template: string; pattern: RegExp }[];
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor() {
    this.spec = mapNullable(JSON.parse(fs.readFileSync(SPEC_PATH, 'utf8'))) as Spec;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    for (const format of collectFormats(this.spec, new Set())) {
      if (format === 'partial-date-time') this.ajv.addFormat(format, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/);
      else if (format === 'uuid')
        this.ajv.addFormat(format, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      else this.ajv.addFormat(format, true);
    }
    this.ajv.addSchema(this.spec as object, 'qdrant');
    this.templates = Object.keys(this.spec.paths)
      .map((template) => ({
        template,
        pattern: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
      }))
      // Literal paths before templated ones (/collections/aliases before /collections/{name}).
      .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  /** The spec's path template for a concrete path, if the spec has it. */
  template(pathname: string): string | undefined {
    return this.templates.find((t) => t.pattern.test(pathname))?.template;
  }

  /**
   * Validates one JSON response. Returns a list of problems (empty when valid), or undefined when
   * the spec does not describe this operation (e.g. the legacy /points/search).
   */
  validate(method: string, pathname: string, status: number, body: unknown): string[] | undefined {
    const template = this.template(pathname);
    const op = template ? this.spec.paths[template][method.toLowerCase()] : undefined;
    if (!template || !op) return undefined;
    const code = String(status);
    const key = [code, `${code[0]}XX`, 'default'].find((k) => op.responses[k]?.content?.['application/json']);
    if (!key) return [`${method} ${template}: the spec has no JSON response for status ${status}`];
    const cacheKey = `${method} ${template} ${key}`;
    if (!this.cache.has(cacheKey)) {
      const ref = `qdrant#/paths/${escapePointer(template)}/${method.toLowerCase()}/responses/${key}/content/${escapePointer('application/json')}/schema`;
      this.cache.set(cacheKey, this.ajv.compile({ $ref: ref }));
    }
    const validate = this.cache.get(cacheKey) as ValidateFunction;
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${method} ${template} ${status}: ${e.instancePath || '(root)'} ${e.message}`,
    );
  }
}

export interface ValidatedServer {
  url: string;
  /** Every JSON response checked so far and the problems found. */
  checked: number;
  unspecified: string[];
  problems: string[];
  close(): Promise<void>;
}

/**
 * Serves `handler` on a loopback port and checks every JSON response it sends against Qdrant's
 * spec, so any test that talks to the store through this server also tests the contract.
 */
export async function serveValidated(handler: http.RequestListener, spec: QdrantSpec): Promise<ValidatedServer> {
  const state: ValidatedServer = {
    url: '',
    checked: 0,
    unspecified: [],
    problems: [],
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let contentType = '';
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => http.ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const headers = args.find((a) => a && typeof a === 'object') as Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(headers ?? {}))
        if (k.toLowerCase() === 'content-type') contentType = String(v);
      return writeHead(...args);
    }) as typeof res.writeHead;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as Buffer));
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as Buffer));
      const type = contentType || String(res.getHeader('content-type') ?? '');
      if (type.startsWith('application/json')) {
        const pathname = new URL(req.url ?? '/', 'http://x').pathname;
        let body: unknown;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          state.problems.push(`${req.method} ${pathname}: response is not JSON`);
        }
        const problems = spec.validate(req.method ?? 'GET', pathname, res.statusCode, body);
        if (problems === undefined) state.unspecified.push(`${req.method} ${pathname}`);
        else {
          state.checked++;
          state.problems.push(...problems);
        }
      }
      return end(chunk, ...rest);
    }) as typeof res.end;
    handler(req, res);
  });
  // As the store's own server (`listenHttp`): with Node's default of 5 s, a keep-alive socket the
  // client reuses after a slow step (building a 5,000-point body on a slow machine) can be closed
  // under its next request, which the client then sees as EPIPE.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}
