import { isAscii } from 'node:buffer';
import { timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { formatError, StoreError } from '../errors.js';
import { InexactNumberError, parseJsonExact } from '../json.js';
import type { EmbeddedStore } from '../store.js';
import { StoreMetrics } from '../store-metrics.js';
import { findRoute, validateRequest, type RouteContext, type RouteResult } from './handlers.js';

export interface StoreServerOptions {
  store: EmbeddedStore;
  /** When set, every request but the health checks needs it in `api-key` or `Authorization: Bearer`. */
  apiKey?: string;
  /** Largest JSON body accepted (Qdrant's default max_request_size_mb is 32). */
  maxBodyBytes?: number;
  /** Largest snapshot accepted by upload or recovery from a URL. */
  maxUploadBytes?: number;
  /** Timeout for fetching a snapshot from an http(s) location. */
  downloadTimeoutMs?: number;
  /** Where unexpected (500) errors are reported. */
  onError?: (err: unknown) => void;
}

const OPEN_PATHS = new Set(['/', '/healthz', '/livez', '/readyz']);

/** Builds the request listener serving Qdrant's REST API over an EmbeddedStore. */
export function createStoreHandler(options: StoreServerOptions): http.RequestListener {
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const maxUpload = options.maxUploadBytes ?? 1024 * 1024 * 1024;
  const downloadTimeout = options.downloadTimeoutMs ?? 120_000;
  const key = options.apiKey ? Buffer.from(options.apiKey) : undefined;
  const metrics = new StoreMetrics();

  return (req, res) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const url = new URL(req.url ?? '/', 'http://store');
    const fail = (err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      let status = 500;
      let message: string;
      if (err instanceof StoreError) {
        status = err.status;
        message = err.message;
      } else {
        // The detail goes to onError; the client is not told the store's file paths.
        message = `Service internal error: ${hidePaths((err as Error)?.message ?? String(err))}`;
        options.onError?.(err);
      }
      sendJson(res, status, { status: { error: message }, time: elapsed() });
    };

    try {
      if (key && !OPEN_PATHS.has(url.pathname) && !authorised(req, key)) {
        throw new StoreError(
          401,
          'Unauthorized: Must provide a valid API key in the `api-key` header or an Authorization bearer token',
        );
      }
      const found = findRoute(req.method ?? 'GET', url.pathname);
      if (found === undefined) throw new StoreError(404, `Not found: no such endpoint ${req.method} ${url.pathname}`);
      if (found === 'method') throw new StoreError(405, `Method ${req.method} is not allowed on ${url.pathname}`);
      const template = found.route.template;
      res.on('finish', () => metrics.record(req.method ?? 'GET', template, res.statusCode, elapsed()));
      validateRequest(found.params, url.searchParams);
      let bodyRead: Promise<Buffer> | undefined;
      const readOnce = (limit: number) => (bodyRead ??= readBody(req, limit));
      const context = (exact: boolean): RouteContext => ({
        store: options.store,
        params: found.params,
        query: url.searchParams,
        json: async () => {
          const bytes = await readOnce(maxBody);
          if (bytes.length === 0) return undefined;
          try {
            // Most bodies are plain ASCII (numbers), and latin1 decodes those much faster than utf8.
            const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
            return exact ? parseJsonExact(text) : (JSON.parse(text) as unknown);
          } catch (err) {
            throw formatError((err as Error).message);
          }
        },
        raw: async () => ({ bytes: await readOnce(maxUpload), contentType: req.headers['content-type'] ?? '' }),
        download: (target) => download(target, maxUpload, downloadTimeout),
        metrics,
      });
      // Bodies are parsed fast, with doubles. A handler that meets an integer a double cannot hold
      // exactly (an id above 2^53) stops before changing anything and runs again on an exact parse.
      Promise.resolve()
        .then(() => found.route.handler(context(false)))
        .catch((err: unknown) => {
          if (err instanceof InexactNumberError) return found.route.handler(context(true));
          throw err;
        })
        .then((result) => send(res, result, elapsed()))
        .catch(fail);
    } catch (err) {
      fail(err);
    }
  };
}

export interface RunningStoreServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

/** Serves the store on host:port (port 0 picks a free one). */
export async function serveStore(
  options: StoreServerOptions & { host?: string; port?: number },
): Promise<RunningStoreServer> {
  const running = await listenHttp(options.host ?? '127.0.0.1', options.port ?? 6333);
  running.server.on('request', createStoreHandler(options));
  return running;
}

/**
 * Binds an HTTP server with no handler yet, so a caller can claim the port before it creates
 * anything on disk. A port in use is reported by number, with the option that changes it.
 */
export async function listenHttp(host: string, port: number): Promise<RunningStoreServer> {
  const server = http.createServer();
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new Error(`port ${port} on ${host} is already in use: stop what uses it, or pick another with --port`));
      else if (err.code === 'EACCES')
        reject(new Error(`port ${port} on ${host} needs more privileges: pick one above 1023 with --port`));
      else reject(err);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function authorised(req: http.IncomingMessage, key: Buffer): boolean {
  const header = req.headers['api-key'];
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const given = typeof header === 'string' ? header : bearer;
  if (given === undefined) return false;
  const g = Buffer.from(given);
  return g.length === key.length && timingSafeEqual(g, key);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const tooLarge = (size: number) =>
      formatError(`JSON payload (${size} bytes) is larger than allowed (limit: ${limit} bytes).`);
    if (declared > limit) {
      req.resume();
      reject(tooLarge(declared));
      return;
    }
    // With a declared length the chunks are copied once into place (no concat of a chunk list).
    let buffer = Buffer.allocUnsafe(Number.isFinite(declared) ? declared : 64 * 1024);
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge(size + chunk.length));
        return;
      }
      if (size + chunk.length > buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(limit, Math.max(buffer.length * 2, size + chunk.length)));
        buffer.copy(grown, 0, 0, size);
        buffer = grown;
      }
      chunk.copy(buffer, size);
      size += chunk.length;
    });
    req.on('end', () => resolve(buffer.subarray(0, size)));
    req.on('error', reject);
  });
}

async function download(target: string, limit: number, timeoutMs: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(target, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    throw new StoreError(400, `Wrong input: could not download snapshot from ${target}: ${(err as Error).message}`);
  }
  if (!response.ok)
    throw new StoreError(400, `Wrong input: could not download snapshot from ${target}: HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > limit)
    throw new StoreError(400, `Wrong input: snapshot at ${target} is larger than allowed (${limit} bytes)`);
  return bytes;
}

function send(res: http.ServerResponse, result: RouteResult, time: number): void {
  if ('result' in result) return sendJson(res, result.status ?? 200, { result: result.result, status: 'ok', time });
  if ('accepted' in result) return sendJson(res, 202, { status: 'accepted', time });
  if ('bare' in result) return sendJson(res, 200, result.bare);
  if ('text' in result) {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(result.text);
    return;
  }
  // O_NOFOLLOW: the file checked by the handler cannot have been swapped for a symlink since.
  let fd: number;
  try {
    fd = fs.openSync(result.file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch {
    throw new StoreError(404, `Not found: ${path.basename(result.file)} is not a snapshot file`);
  }
  const size = fs.fstatSync(fd).size;
  res.writeHead(200, { 'content-type': result.contentType, 'content-length': size });
  fs.createReadStream('', { fd }).pipe(res);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Absolute file paths in an error message (ENOENT: ... '/var/lib/...') are replaced by `<path>`. */
export function hidePaths(message: string): string {
  return message.replace(/(?:[A-Za-z]:)?(?:[\\/][^\s'"`,:;()\\/]+){2,}[\\/]?/g, '<path>');
}
