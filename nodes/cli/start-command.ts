import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { LOOPBACK, MIN_TOKEN_LENGTH } from '../core/exposure.js';
import { EcsFormatter, type LogLevel } from '../core/logging/index.js';
import { metricsEnabled } from '../core/metrics/registry.js';
import { parseSize, type EndpointGuardOptions, type EndpointRule } from '../node-red/editor/endpoint-guard.js';
import type { Command, CommandIo } from './command.js';
import { LOG_FORMATS, LOG_LEVEL_OPTIONS, MIN_PASSWORD_LENGTH, startEditor, type LogFormat } from './editor.js';
import { parsePort, untilSignalled } from './serve.js';

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
  --insecure-open-metrics
                       allow GET /metrics without a token on a non-loopback --host (otherwise
                       set RAGWIRE_METRICS_TOKEN, at least ${MIN_TOKEN_LENGTH} characters, or RAGWIRE_METRICS=off)

Example, reachable from the network:
  RAGWIRE_ADMIN_PASSWORD='…' RAGWIRE_HTTP_TOKEN="$(openssl rand -hex 32)" \\
    RAGWIRE_METRICS_TOKEN="$(openssl rand -hex 32)" ragwire start --host 0.0.0.0 --admin-user admin`,
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
        'insecure-open-metrics': { type: 'boolean', default: false },
        'log-format': { type: 'string', default: 'text' },
        'log-level': { type: 'string', default: 'info' },
      },
      strict: true,
    });
    const port = parsePort(values.port);
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
      metricsToken: process.env.RAGWIRE_METRICS_TOKEN || undefined,
      metricsOff: !metricsEnabled(),
      insecureOpenMetrics: values['insecure-open-metrics'],
      logFormat,
      logLevel,
    });
    if (values['insecure-no-login'] && values['admin-user'] === undefined && !LOOPBACK.test(values.host))
      say.warn(
        `WARNING: the editor at ${values.host} has no login (--insecure-no-login): anyone who reaches it can run code here.`,
      );
    if (values['insecure-open-endpoints'] && !token && !LOOPBACK.test(values.host))
      say.warn(`WARNING: the flow endpoints at ${values.host} need no token (--insecure-open-endpoints).`);
    if (values['insecure-open-metrics'] && !process.env.RAGWIRE_METRICS_TOKEN && !LOOPBACK.test(values.host))
      say.warn(`WARNING: the metrics at ${values.host} need no token (--insecure-open-metrics).`);
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
    await untilSignalled(() => editor.stop());
  },
};
