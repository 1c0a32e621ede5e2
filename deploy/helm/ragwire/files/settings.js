// Node-RED settings of the Ragwire image (deploy/docker/Dockerfile copies this file) and of the chart
// (a ConfigMap mounts it over the image's). Everything that differs between installations comes from
// the environment, secrets included (Kubernetes Secrets, never files in the image):
//
//   RAGWIRE_ADMIN_USER         editor login name (default admin)
//   RAGWIRE_ADMIN_PASSWORD     editor password, at least 12 characters; bcrypt-hashed here at start
//   RAGWIRE_INSECURE_NO_LOGIN  true: an editor without login (refused otherwise when no password is set)
//   RAGWIRE_CREDENTIAL_SECRET  encrypts flows_cred.json (required: every replica must decrypt the same file)
//   RAGWIRE_RUNTIME_ONLY       true: a runtime replica, no editor and no admin API; flows only from the file
//   RAGWIRE_FLOWS_FILE         the flows file, relative to the user dir or absolute (default flows.json)
//   RAGWIRE_PRELOAD_TEMPLATES  false: do not write Ragwire's templates into a missing flows file
//   RAGWIRE_HTTP_TOKEN         flow endpoints require "Authorization: Bearer <token>" (at least 16 characters)
//   RAGWIRE_ENDPOINTS_FILE     endpoint settings as JSON ({"maxBody": "1mb", "routes": {...}}, no token)
//   RAGWIRE_LOG_FORMAT         text (default) or ecs (Elastic Common Schema JSON lines on stdout)
//   RAGWIRE_LOG_LEVEL          fatal, error, warn, info (default), debug, trace
//   PORT                       the port (default 1880)
//
// Read by the flows, not here: QDRANT_URL, QDRANT_API_KEY, OLLAMA_HOST, AZURE_OPENAI_* (the templates'
// configuration nodes), and RAGWIRE_CONVERSATION_KEY (32 random bytes, base64: runtime replicas share
// pseudonymization mappings, encrypted, in the Qdrant the privacy configuration names).
//
// The Ragwire package is resolved from beside this file: the image installs it into
// /usr/src/node-red, the packaging test into the user dir, and this file is copied next to it.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const env = process.env;
const yes = (name) => /^(1|true|yes)$/i.test(env[name] ?? '');
const fromHere = (id) => require(require.resolve(id, { paths: [__dirname] }));
// Node-RED's own bcryptjs: the hash format its login checks.
const fromNodeRed = (id) => require(require.resolve(id, { paths: [path.dirname(require.main.filename)] }));

const ragwire = fromHere('@ragwire/node-red-ragwire');
const MIN_PASSWORD_LENGTH = 12;
const MIN_TOKEN_LENGTH = 16;

/** The user dir as Node-RED will use it: --userDir/-u on the command line, else ~/.node-red. */
function userDirOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    const m = /^(?:--userDir|-u)(?:=(.*))?$/.exec(argv[i]);
    if (m) return path.resolve(m[1] ?? argv[i + 1]);
  }
  return path.join(os.homedir(), '.node-red');
}

const runtimeOnly = yes('RAGWIRE_RUNTIME_ONLY');
const userDir = userDirOf(process.argv);
const flowFile = env.RAGWIRE_FLOWS_FILE || 'flows.json';

function required(name, why) {
  if (!env[name]) throw new Error(`${name} is not set: ${why}`);
  return env[name];
}

function adminAuth() {
  const password = env.RAGWIRE_ADMIN_PASSWORD;
  if (!password) {
    if (runtimeOnly || yes('RAGWIRE_INSECURE_NO_LOGIN')) return undefined;
    throw new Error(
      'RAGWIRE_ADMIN_PASSWORD is not set: whoever reaches the editor could deploy flows that run code. ' +
        'Set it (at least 12 characters), or RAGWIRE_INSECURE_NO_LOGIN=true for an open editor.',
    );
  }
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new Error(`RAGWIRE_ADMIN_PASSWORD is too short: use at least ${MIN_PASSWORD_LENGTH} characters`);
  const bcrypt = fromNodeRed('bcryptjs');
  return {
    type: 'credentials',
    users: [{ username: env.RAGWIRE_ADMIN_USER || 'admin', password: bcrypt.hashSync(password, 10), permissions: '*' }],
  };
}

function endpointOptions() {
  let options = {};
  if (env.RAGWIRE_ENDPOINTS_FILE) {
    try {
      options = JSON.parse(fs.readFileSync(env.RAGWIRE_ENDPOINTS_FILE, 'utf8'));
    } catch (err) {
      throw new Error(`RAGWIRE_ENDPOINTS_FILE ${env.RAGWIRE_ENDPOINTS_FILE}: ${err.message}`, { cause: err });
    }
    if ('token' in options)
      throw new Error('RAGWIRE_ENDPOINTS_FILE: keep the token out of files; use RAGWIRE_HTTP_TOKEN');
  }
  const token = env.RAGWIRE_HTTP_TOKEN || undefined;
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH)
    throw new Error(`RAGWIRE_HTTP_TOKEN is too short: use at least ${MIN_TOKEN_LENGTH} characters`);
  return { ...options, token };
}

function logging() {
  const level = env.RAGWIRE_LOG_LEVEL || 'info';
  const format = env.RAGWIRE_LOG_FORMAT || 'text';
  if (format === 'ecs') return { ecs: { level, handler: fromHere('@ragwire/node-red-ragwire/logging').ecsLogHandler } };
  if (format !== 'text') throw new Error(`RAGWIRE_LOG_FORMAT: expected text or ecs, got ${format}`);
  return { console: { level } };
}

/**
 * On first start (no flows file yet) the editor opens with Ragwire's templates, one tab: the same
 * nodes a person gets by importing them one after the other from Import > Examples.
 */
function preloadTemplates() {
  const file = path.resolve(userDir, flowFile);
  if (runtimeOnly || env.RAGWIRE_PRELOAD_TEMPLATES === 'false' || fs.existsSync(file)) return;
  const examples = path.join(
    path.dirname(require.resolve('@ragwire/node-red-ragwire/package.json', { paths: [__dirname] })),
    'examples',
  );
  const byId = new Map();
  for (const name of fs
    .readdirSync(examples)
    .filter((f) => f.endsWith('.json'))
    .sort())
    for (const node of JSON.parse(fs.readFileSync(path.join(examples, name), 'utf8'))) byId.set(node.id, node);
  // The templates' nodes sit on the tab `ragwire.tab`.
  const flows = [{ id: 'ragwire.tab', type: 'tab', label: 'Ragwire' }, ...byId.values()];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(flows, null, 2), { flag: 'wx' });
}

preloadTemplates();
const auth = adminAuth();

module.exports = {
  uiPort: Number(env.PORT) || 1880,
  flowFile,
  flowFilePretty: true,
  credentialSecret: required(
    'RAGWIRE_CREDENTIAL_SECRET',
    'it encrypts the credentials in flows_cred.json; give every replica the same one (from a Secret)',
  ),
  ...(auth ? { adminAuth: auth } : {}),
  // A runtime replica serves flow endpoints only: nobody can open an editor or deploy through it.
  ...(runtimeOnly ? { disableEditor: true, httpAdminRoot: false } : {}),
  // Every `http in` route runs Ragwire's endpoint guard first: JSON only, body limits, the token.
  httpNodeMiddleware: ragwire.endpointGuard(endpointOptions()),
  logging: logging(),
  diagnostics: { enabled: false },
  telemetry: { enabled: false },
  externalModules: { autoInstall: false, palette: { allowInstall: !runtimeOnly } },
  editorTheme: {
    projects: { enabled: false },
    tours: false,
    header: { title: 'Node-RED with Ragwire' },
  },
  functionExternalModules: false,
  exportGlobalContextKeys: false,
};
