import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, CommandIo } from '../../cli/command.js';

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
  /** Load Ragwire's nodes (default true; benchmarks compare with plain Node-RED). */
  loadRagwire?: boolean;
  /** Extra Node-RED settings (e.g. functionGlobalContext), merged last. */
  settings?: Record<string, unknown>;
}

export interface RunningEditor {
  url: string;
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

/**
 * Runs the Node-RED editor and runtime in this process with Ragwire loaded from this package
 * (nodes, icons, help and the templates under Import > Examples), a persistent user dir and HTTP
 * endpoints served at the root.
 */
export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
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
  fs.mkdirSync(userDir, { recursive: true });
  let adminAuth: unknown;
  if (options.adminUser) {
    if (!options.adminPassword)
      throw new Error('--admin-user needs a password in the RAGWIRE_ADMIN_PASSWORD environment variable');
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
    uiHost: options.host,
    uiPort: options.port,
    ...(adminAuth ? { adminAuth } : {}),
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
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    userDir,
    stop: async () => {
      await RED.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

export const startCommand: Command = {
  name: 'start',
  summary: 'Start the Node-RED editor with Ragwire loaded (templates under Import > Examples)',
  usage: `ragwire start [--port PORT] [--host HOST] [--user-dir DIR] [--admin-user NAME]

Starts Node-RED 5 with Ragwire's nodes loaded from this package. Flows, credentials and the
embedded vector store live in the user dir and survive restarts. HTTP endpoints of flows are
served on the same port.

Options:
  --port PORT        editor and endpoints port (default 1880)
  --host HOST        address to listen on (default 127.0.0.1: this machine only)
  --user-dir DIR     Node-RED user dir (default ./.ragwire/node-red)
  --admin-user NAME  require a login for the editor; the password comes from the
                     RAGWIRE_ADMIN_PASSWORD environment variable. Use it whenever --host
                     exposes the editor beyond this machine.`,
  async run(argv: string[], io: CommandIo) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '1880' },
        host: { type: 'string', default: '127.0.0.1' },
        'user-dir': { type: 'string', default: '.ragwire/node-red' },
        'admin-user': { type: 'string' },
      },
      strict: true,
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port: expected a port number 0-65535, got ${values.port}`);
    if (!LOOPBACK.test(values.host) && !values['admin-user']) {
      io.error(
        `warning: the editor is reachable from other machines at ${values.host} without a login; add --admin-user (and RAGWIRE_ADMIN_PASSWORD)`,
      );
    }
    const editor = await startEditor({
      port,
      host: values.host,
      userDir: values['user-dir'],
      adminUser: values['admin-user'],
      adminPassword: process.env.RAGWIRE_ADMIN_PASSWORD,
    });
    io.out(
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
