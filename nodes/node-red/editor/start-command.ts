import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../../cli/command.js';
import { EcsFormatter, type LogLevel } from '../../core/logging/index.js';
import { ecsLogHandler } from '../logging/ecs-log-handler.js';
import { endpointGuard, parseSize, type EndpointGuardOptions, type EndpointRule } from './endpoint-guard.js';
import { claimUserDir } from './user-dir.js';

/** The package root: where package.json, the nodes and examples/ are. */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

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
const LOG_LEVEL_OPTIONS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/** Node-RED's `logging` setting for a format and level. */
function loggingSettings(format: LogFormat = 'text', level: LogLevel = 'info'): Record<string, unknown> {
  return format === 'ecs' ? { ecs: { level, handler: ecsLogHandler } } : { console: { level } };
}

export const MIN_PASSWORD_LENGTH = 12;
export const MIN_TOKEN_LENGTH = 16;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;
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
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH)
    throw new Error(
      `The endpoint token is too short: use at least ${MIN_TOKEN_LENGTH} characters (for example: openssl rand -hex 32)`,
    );
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

/** The endpoint settings of `--endpoints FILE`: the guard's options as JSON, without the token. */
function endpointsFile(file: string | undefined): EndpointGuardOptions {
  if (file === undefined) return {};
  let options: unknown;
  try {
    options = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`--endpoints ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new Error(`--endpoints ${file}: expected a JSON object such as {"maxBody": "1mb", "routes": {...}}`);
  if ('token' in options)
    throw new Error(`--endpoints ${file}: keep the token out of files; put it in RAGWIRE_HTTP_TOKEN`);
  return options as EndpointGuardOptions;
}

/** `--max-body SIZE` sets the default, `--max-body /path=SIZE` one endpoint's limit, over what the file says. */
function withBodyLimits(options: EndpointGuardOptions, values: string[]): EndpointGuardOptions {
  const result: EndpointGuardOptions = { ...options, routes: { ...options.routes } };
  const routes = result.routes as Record<string, EndpointRule>;
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) result.maxBody = parseSize(value, '--max-body');
    else {
      const route = value.slice(0, eq);
      if (!route.startsWith('/')) throw new RangeError(`--max-body: expected SIZE or /path=SIZE, got ${value}`);
      routes[route] = { ...routes[route], maxBody: parseSize(value.slice(eq + 1), `--max-body ${route}`) };
    }
  }
  return result;
}

/**
 * How the command tells the person what it did: plain lines, or with --log-format ecs the same
 * text as ECS lines on stdout, so a log collector reads nothing but JSON there.
 */
function announcer(io: CommandIo, format: LogFormat): { info(line: string): void; warn(line: string): void } {
  if (format === 'text') return { info: (line) => io.out(line), warn: (line) => io.error(line) };
  const formatter = new EcsFormatter();
  const write = (level: LogLevel, message: string) =>
    io.out(JSON.stringify(formatter.format({ level, message, time: Date.now(), logger: 'ragwire' })));
  return { info: (line) => write('info', line), warn: (line) => write('warn', line) };
}

export const startCommand: Command = {
  name: 'start',
  summary: 'Start the Node-RED editor with Ragwire loaded (templates under Import > Examples)',
  usage: `ragwire start [--port PORT] [--host HOST] [--user-dir DIR] [--admin-user NAME]
              [--http-token-env VAR] [--max-body [/path=]SIZE]... [--endpoints FILE]
              [--log-format text|ecs] [--log-level LEVEL]

Starts Node-RED 5 with Ragwire's nodes loaded from this package. Flows, credentials and the
embedded vector store live in the user dir and survive restarts. HTTP endpoints of flows are
served on the same port, behind Ragwire's endpoint guard: JSON bodies only (415 otherwise),
at most 1 MB per request unless --max-body says otherwise (413), and a token when one is set (401).

Options:
  --port PORT          editor and endpoints port (default 1880)
  --host HOST          address to listen on (default 127.0.0.1: this machine only). Any other
                       address needs --admin-user and an endpoint token, or the opt-outs below.
  --user-dir DIR       Node-RED user dir (default ./.ragwire/node-red); one ragwire start at a time
  --admin-user NAME    require a login for the editor; the password (at least ${MIN_PASSWORD_LENGTH} characters)
                       comes from the RAGWIRE_ADMIN_PASSWORD environment variable
  --http-token-env VAR environment variable holding the token flow endpoints require as
                       "Authorization: Bearer <token>" (default RAGWIRE_HTTP_TOKEN; at least
                       ${MIN_TOKEN_LENGTH} characters). Unset: endpoints need no token (loopback only).
  --max-body SIZE      largest request body of every endpoint (default 1mb; e.g. 256kb, 20mb)
  --max-body /path=SIZE  the same for one endpoint, e.g. --max-body /ragwire/ingest=20mb (repeatable)
  --endpoints FILE     endpoint settings as JSON, for instance
                       {"maxBody": "1mb", "routes": {"/ragwire/ingest": {"maxBody": "20mb"},
                        "/hooks/form": {"contentTypes": ["application/x-www-form-urlencoded"]},
                        "/health": {"auth": false}}}
                       (--max-body wins over the file; the token stays in the environment)
  --log-format FORMAT  text (default): Node-RED's console lines; ecs: one Elastic Common Schema
                       JSON object per line on stdout (this command's own messages too), with
                       the node and flow of each line and privacy decisions as events
  --log-level LEVEL    ${LOG_LEVEL_OPTIONS.join(', ')} (default info)
  --insecure-no-login  allow an editor without login on a non-loopback --host: anyone who
                       reaches it can run code on this machine
  --insecure-open-endpoints
                       allow flow endpoints without a token on a non-loopback --host

Example, reachable from the network:
  RAGWIRE_ADMIN_PASSWORD='…' RAGWIRE_HTTP_TOKEN="$(openssl rand -hex 32)" \\
    ragwire start --host 0.0.0.0 --admin-user admin`,
  async run(argv: string[], io: CommandIo) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '1880' },
        host: { type: 'string', default: '127.0.0.1' },
        'user-dir': { type: 'string', default: '.ragwire/node-red' },
        'admin-user': { type: 'string' },
        'http-token-env': { type: 'string' },
        'max-body': { type: 'string', multiple: true, default: [] },
        endpoints: { type: 'string' },
        'insecure-no-login': { type: 'boolean', default: false },
        'insecure-open-endpoints': { type: 'boolean', default: false },
        'log-format': { type: 'string', default: 'text' },
        'log-level': { type: 'string', default: 'info' },
      },
      strict: true,
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port: expected a port number 0-65535, got ${values.port}`);
    const logFormat = values['log-format'] as LogFormat;
    if (!LOG_FORMATS.includes(logFormat))
      throw new Error(`--log-format: expected ${LOG_FORMATS.join(' or ')}, got ${values['log-format']}`);
    const logLevel = values['log-level'] as LogLevel;
    if (!(LOG_LEVEL_OPTIONS as readonly string[]).includes(logLevel))
      throw new Error(`--log-level: expected one of ${LOG_LEVEL_OPTIONS.join(', ')}, got ${values['log-level']}`);
    const say = announcer(io, logFormat);
    const tokenVar = values['http-token-env'] ?? 'RAGWIRE_HTTP_TOKEN';
    const token = process.env[tokenVar] || undefined;
    if (values['http-token-env'] !== undefined && !token)
      throw new Error(`--http-token-env ${tokenVar}: the environment variable ${tokenVar} is empty`);
    const editor = await startEditor({
      port,
      host: values.host,
      userDir: values['user-dir'],
      adminUser: values['admin-user'],
      adminPassword: process.env.RAGWIRE_ADMIN_PASSWORD,
      insecureNoLogin: values['insecure-no-login'],
      endpoints: { ...withBodyLimits(endpointsFile(values.endpoints), values['max-body']), token },
      insecureOpenEndpoints: values['insecure-open-endpoints'],
      logFormat,
      logLevel,
    });
    if (values['insecure-no-login'] && values['admin-user'] === undefined && !LOOPBACK.test(values.host))
      say.warn(
        `WARNING: the editor at ${values.host} has no login (--insecure-no-login): anyone who reaches it can run code here.`,
      );
    if (values['insecure-open-endpoints'] && !token && !LOOPBACK.test(values.host))
      say.warn(`WARNING: the flow endpoints at ${values.host} need no token (--insecure-open-endpoints).`);
    // The line with the editor's address comes last: scripts wait for it.
    say.info(
      token
        ? `Flow endpoints need "Authorization: Bearer <token>" (the token in ${tokenVar}).`
        : 'Flow endpoints need no token (set RAGWIRE_HTTP_TOKEN to require one).',
    );
    if (editor.networkUrls.length)
      say.info(`From other machines: ${editor.networkUrls.map((u) => `${u}/`).join(', ')}`);
    say.info(
      `Node-RED with Ragwire: editor at ${editor.url}/ (user dir ${editor.userDir}). Import > Examples > @ragwire/node-red-ragwire has the templates.`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void editor.stop().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  },
};
