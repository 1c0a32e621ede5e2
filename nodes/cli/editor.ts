import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { LOOPBACK, tooShortTokenProblem } from '../core/exposure.js';
import type { LogLevel } from '../core/logging/index.js';
import { endpointGuard, type EndpointGuardOptions } from '../node-red/editor/endpoint-guard.js';
import { ecsLogHandler } from '../node-red/logging/ecs-log-handler.js';
import { claimUserDir } from './user-dir.js';

/** The package root: where package.json, the nodes and examples/ are (this file is dist/nodes/cli/editor.js). */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..');

type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

function fail(res: http.ServerResponse, err: unknown): void {
  const status = Number((err as { status?: number })?.status) || 500;
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(String((err as Error)?.message ?? err));
}

interface NodeRedRuntime {
  init(server: http.Server, settings: Record<string, unknown>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  httpAdmin: RequestHandler;
  httpNode: RequestHandler;
}

export interface EditorOptions {
  port: number;
  host: string;
  userDir: string;
  adminUser?: string;
  adminPassword?: string;
  /** Run the editor without a login on a non-loopback host (the person asked for it by name). */
  insecureNoLogin?: boolean;
  /** The HTTP endpoints of flows: token, content types and body limits (see endpointGuard). */
  endpoints?: EndpointGuardOptions;
  /** Serve flow endpoints without a token on a non-loopback host (the person asked for it by name). */
  insecureOpenEndpoints?: boolean;
  /**
   * The token GET /metrics requires (RAGWIRE_METRICS_TOKEN, which the runtime reads itself: see
   * serveMetrics); here for the exposure check.
   */
  metricsToken?: string;
  /** Metrics are off (RAGWIRE_METRICS=off): /metrics serves nothing. */
  metricsOff?: boolean;
  /** Serve /metrics without a token on a non-loopback host (the person asked for it by name). */
  insecureOpenMetrics?: boolean;
  /** Node-RED's log: its console format (default) or Elastic Common Schema JSON lines on stdout. */
  logFormat?: LogFormat;
  /** The lowest level logged (default info). */
  logLevel?: LogLevel;
  /** Load Ragwire's nodes (default true; benchmarks compare with plain Node-RED). */
  loadRagwire?: boolean;
  /** Extra Node-RED settings (e.g. functionGlobalContext), merged last. */
  settings?: Record<string, unknown>;
}

export interface RunningEditor {
  url: string;
  /** Addresses other machines can use, when the editor listens on all interfaces. */
  networkUrls: string[];
  userDir: string;
  stop(): Promise<void>;
}

/** The credential secret encrypts flows_cred.json; generated once per user dir and kept there. */
function credentialSecret(userDir: string): string {
  const file = path.join(userDir, '.ragwire-credential-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

export const LOG_FORMATS = ['text', 'ecs'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVEL_OPTIONS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** Node-RED's `logging` setting for a format and level. */
function loggingSettings(format: LogFormat = 'text', level: LogLevel = 'info'): Record<string, unknown> {
  return format === 'ecs' ? { ecs: { level, handler: ecsLogHandler } } : { console: { level } };
}

export const MIN_PASSWORD_LENGTH = 12;
const ANY_ADDRESS = /^(0\.0\.0\.0|::|\[::\])$/;

/**
 * Refuses settings that would let anyone who can reach the port deploy flows (that is, run code) or
 * post into the flow endpoints, unless the person opted out by name.
 */
function checkExposure(options: EditorOptions): void {
  if (options.adminUser !== undefined) {
    if (!options.adminPassword)
      throw new Error('--admin-user needs a password in the RAGWIRE_ADMIN_PASSWORD environment variable');
    if (options.adminPassword.length < MIN_PASSWORD_LENGTH)
      throw new Error(
        `RAGWIRE_ADMIN_PASSWORD is too short: use at least ${MIN_PASSWORD_LENGTH} characters (for example: openssl rand -base64 18)`,
      );
  }
  const token = options.endpoints?.token;
  const tokenProblem =
    (token !== undefined && tooShortTokenProblem('The endpoint token', token)) ||
    (options.metricsToken !== undefined && tooShortTokenProblem('RAGWIRE_METRICS_TOKEN', options.metricsToken));
  if (tokenProblem) throw new Error(tokenProblem);
  if (LOOPBACK.test(options.host)) return;
  if (options.adminUser === undefined && !options.insecureNoLogin)
    throw new Error(
      `--host ${options.host} makes the editor reachable from other machines, and whoever reaches it can deploy flows ` +
        'that run code on this machine. Add a login with --admin-user NAME and the password in the ' +
        'RAGWIRE_ADMIN_PASSWORD environment variable, or, if you really want an open editor, say so with --insecure-no-login.',
    );
  if (!token && !options.insecureOpenEndpoints)
    throw new Error(
      `--host ${options.host} makes the flow endpoints reachable from other machines. Protect them with a token in the ` +
        'RAGWIRE_HTTP_TOKEN environment variable (callers send "Authorization: Bearer <token>"), or, if they may ' +
        'really be open, say so with --insecure-open-endpoints.',
    );
  // /metrics is served beside the flow endpoints, but not behind their guard: it has its own token.
  if (!options.metricsToken && !options.metricsOff && !options.insecureOpenMetrics)
    throw new Error(
      `--host ${options.host} makes the metrics at /metrics reachable from other machines (they name collections, ` +
        'models and privacy decisions). Protect them with a token in the RAGWIRE_METRICS_TOKEN environment variable ' +
        '(Prometheus sends "Authorization: Bearer <token>"), turn them off with RAGWIRE_METRICS=off, or, if they may ' +
        'really be open, say so with --insecure-open-metrics.',
    );
}

/** URLs a person can open: a wildcard address is not one, so name loopback and this machine's addresses. */
function usableUrls(address: AddressInfo): { url: string; networkUrls: string[] } {
  const withPort = (host: string) => `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  if (!ANY_ADDRESS.test(address.address)) return { url: withPort(address.address), networkUrls: [] };
  const networkUrls = Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && !i.internal && (i.family === 'IPv4' || address.family === 'IPv6'))
    .map((i) => withPort(i!.address));
  return { url: withPort(address.family === 'IPv6' ? '::1' : '127.0.0.1'), networkUrls };
}

/**
 * Runs the Node-RED editor and runtime in this process with Ragwire loaded from this package
 * (nodes, icons, help and the templates under Import > Examples), a persistent user dir and HTTP
 * endpoints served at the root behind the endpoint guard.
 */
export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  checkExposure(options);
  let RED: NodeRedRuntime;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional: only the editor needs Node-RED
    RED = require('node-red') as NodeRedRuntime;
  } catch {
    throw new Error(
      'Node-RED is not installed here: run `npm install` in the Ragwire repository (ragwire start embeds it)',
    );
  }
  const userDir = path.resolve(options.userDir);
  const lock = claimUserDir(userDir);
  try {
    return await runEditor(RED, userDir, options, () => lock.release());
  } catch (err) {
    lock.release();
    throw err;
  }
}

async function runEditor(
  RED: NodeRedRuntime,
  userDir: string,
  options: EditorOptions,
  release: () => void,
): Promise<RunningEditor> {
  let adminAuth: unknown;
  if (options.adminUser !== undefined && options.adminPassword) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node-RED's own bcrypt, as its settings expect
    const bcrypt = require(
      require.resolve('bcryptjs', { paths: [path.dirname(require.resolve('node-red/package.json'))] }),
    ) as { hashSync(p: string, r: number): string };
    adminAuth = {
      type: 'credentials',
      users: [{ username: options.adminUser, password: bcrypt.hashSync(options.adminPassword, 10), permissions: '*' }],
    };
  }
  const settings: Record<string, unknown> = {
    userDir,
    flowFile: 'flows.json',
    credentialSecret: credentialSecret(userDir),
    nodesDir: options.loadRagwire === false ? [] : [PACKAGE_ROOT],
    httpAdminRoot: '/',
    httpNodeRoot: '/',
    // Every `http in` route runs this before Node-RED's body parsers (embedded Node-RED ignores httpNodeAuth).
    httpNodeMiddleware: endpointGuard(options.endpoints),
    uiHost: options.host,
    uiPort: options.port,
    ...(adminAuth ? { adminAuth } : {}),
    logging: loggingSettings(options.logFormat, options.logLevel),
    diagnostics: { enabled: false },
    telemetry: { enabled: false },
    editorTheme: { projects: { enabled: false }, tours: false, header: { title: 'Node-RED with Ragwire' } },
    ...options.settings,
  };
  // Flow endpoints first: the editor's app parses every JSON body, which would leave nothing for
  // `http in` nodes that read the raw body. Requests no flow answers go on to the editor.
  const server = http.createServer((req, res) => {
    RED.httpNode(req, res, (nodeErr?: unknown) => {
      if (nodeErr) return fail(res, nodeErr);
      RED.httpAdmin(req, res, (adminErr?: unknown) => {
        if (adminErr) return fail(res, adminErr);
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      });
    });
  });
  RED.init(server, settings);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  await RED.start();
  return {
    ...usableUrls(server.address() as AddressInfo),
    userDir,
    stop: async () => {
      await RED.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      release();
    },
  };
}
