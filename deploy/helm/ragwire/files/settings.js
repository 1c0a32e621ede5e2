// Node-RED settings of Ragwire's Helm chart (mounted from a ConfigMap at /config/settings.js).
// Nothing secret is written here: everything comes from the environment, which the chart fills from Secrets.
//   RAGWIRE_ROLE                 editor (the editor, admin API and flow endpoints) or runtime (flow endpoints only)
//   RAGWIRE_ADMIN_USER           the editor's login name
//   RAGWIRE_ADMIN_PASSWORD       its password (at least 12 characters), hashed here with Node-RED's own bcryptjs
//                                when Node-RED starts: no hash has to be prepared, and the plain password stays
//                                in the Secret. RAGWIRE_ADMIN_AUTH=off runs the editor without a login.
//   NODE_RED_CREDENTIAL_SECRET   encrypts flows_cred.json
//   RAGWIRE_HTTP_TOKEN           the bearer token every flow endpoint requires (RAGWIRE_INSECURE_OPEN_ENDPOINTS=true
//                                serves them without one)
//   RAGWIRE_ENDPOINTS            the endpoint guard's rules as JSON (body limits, content types, routes)
//   RAGWIRE_FLOW_FILE            the flows file (runtime replicas read theirs from a ConfigMap or a shared volume)
//   RAGWIRE_LOG_FORMAT/LEVEL     ecs or text; fatal … trace
// QDRANT_URL, QDRANT_API_KEY, OLLAMA_HOST, AZURE_OPENAI_*, RAGWIRE_CONVERSATION_KEY and RAGWIRE_METRICS_TOKEN are
// read by Ragwire's nodes themselves.
'use strict';
const path = require('node:path');

const env = process.env;
const role = env.RAGWIRE_ROLE === 'runtime' ? 'runtime' : 'editor';
const userDir = env.RAGWIRE_USER_DIR || '/data';

/** A setting the chart must have given: a clear message instead of a half-configured runtime. */
function required(name) {
  const value = env[name];
  if (!value) throw new Error(`${name} is empty: the Helm chart sets it from a Secret (see values.yaml)`);
  return value;
}

/** Resolves a package from Node-RED's own installation (require.main is Node-RED's red.js), else from /data. */
function resolve(name) {
  const from = [require.main ? path.dirname(require.main.filename) : undefined, env.RAGWIRE_APP_DIR, userDir];
  return require.resolve(name, { paths: from.filter(Boolean) });
}

function load(name) {
  return require(resolve(name));
}

function adminAuth() {
  if (role !== 'editor' || env.RAGWIRE_ADMIN_AUTH === 'off') return undefined;
  const password = required('RAGWIRE_ADMIN_PASSWORD');
  if (password.length < 12) throw new Error('RAGWIRE_ADMIN_PASSWORD is too short: use at least 12 characters');
  // Node-RED's own bcryptjs, the library its adminAuth checks passwords with.
  const bcrypt = require(require.resolve('bcryptjs', { paths: [path.dirname(resolve('node-red/package.json'))] }));
  return {
    type: 'credentials',
    users: [{ username: env.RAGWIRE_ADMIN_USER || 'admin', password: bcrypt.hashSync(password, 10), permissions: '*' }],
  };
}

function endpointGuard() {
  const { endpointGuard } = load('@ragwire/node-red-ragwire');
  const token = env.RAGWIRE_HTTP_TOKEN || undefined;
  if (!token && env.RAGWIRE_INSECURE_OPEN_ENDPOINTS !== 'true') required('RAGWIRE_HTTP_TOKEN');
  if (token && token.length < 16) throw new Error('RAGWIRE_HTTP_TOKEN is too short: use at least 16 characters');
  return endpointGuard({ ...JSON.parse(env.RAGWIRE_ENDPOINTS || '{}'), token });
}

function logging() {
  const level = env.RAGWIRE_LOG_LEVEL || 'info';
  if (env.RAGWIRE_LOG_FORMAT === 'text') return { console: { level } };
  return { ecs: { level, handler: load('@ragwire/node-red-ragwire/logging').ecsLogHandler } };
}

const auth = adminAuth();

module.exports = {
  userDir,
  flowFile: env.RAGWIRE_FLOW_FILE || 'flows.json',
  flowFilePretty: true,
  credentialSecret: required('NODE_RED_CREDENTIAL_SECRET'),
  uiHost: '0.0.0.0',
  uiPort: Number(env.PORT || 1880),
  // Runtime replicas serve the flow endpoints only: no editor and no admin API that could deploy flows to them.
  disableEditor: role === 'runtime',
  httpAdminRoot: role === 'runtime' ? false : '/',
  httpNodeRoot: '/',
  ...(auth ? { adminAuth: auth } : {}),
  // Every `http in` route passes Ragwire's endpoint guard first: token, JSON only, body limits.
  httpNodeMiddleware: endpointGuard(),
  logging: logging(),
  diagnostics: { enabled: false },
  telemetry: { enabled: false },
  // The image is immutable (read-only root filesystem): nodes come with the image, not from the palette.
  externalModules: { palette: { allowInstall: false }, modules: { allowInstall: false } },
  functionExternalModules: false,
  editorTheme: {
    projects: { enabled: false },
    tours: false,
    palette: { editable: false },
    header: { title: 'Node-RED with Ragwire' },
  },
};
