// Writes Ragwire's templates (the package's examples/ folder) into an empty Node-RED user dir as its flows,
// each template on its own tab, so a fresh install answers at /ragwire/... without importing anything.
// Runs as an init container of the Helm chart: `node /config/preload-templates.js`. Never overwrites flows that
// exist (the editor's /data survives restarts and upgrades).
//   RAGWIRE_USER_DIR   the user dir (default /data)
//   RAGWIRE_FLOW_FILE  the flows file in it (default flows.json)
//   RAGWIRE_APP_DIR    where Ragwire is installed (default /usr/src/node-red, the Node-RED image's app folder)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** The templates as one flow: a tab per template, config nodes shared by the templates kept once. */
function templateFlows(examplesDir) {
  const files = fs
    .readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (files.length === 0) throw new Error(`no templates in ${examplesDir}`);
  const flows = [];
  const seen = new Set();
  files.forEach((file, index) => {
    const nodes = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
    if (!Array.isArray(nodes)) throw new Error(`${file}: expected a Node-RED flow export (a JSON array)`);
    const tab = { id: `ragwire.tab.${index + 1}`, type: 'tab', label: file.replace(/\.json$/, ''), disabled: false };
    flows.push(tab);
    for (const node of nodes) {
      if (node.type === 'tab') continue;
      // Config nodes (no tab) are shared between templates under one id: keep the first.
      if (node.z === undefined || node.z === '') {
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        flows.push(node);
      } else {
        if (seen.has(node.id)) throw new Error(`${file}: node id ${node.id} is used by another template`);
        seen.add(node.id);
        flows.push({ ...node, z: tab.id });
      }
    }
  });
  return flows;
}

/** Writes the flows unless the file exists; returns what it did. */
function preload({ userDir, flowFile, examplesDir }) {
  const target = path.resolve(userDir, flowFile);
  if (fs.existsSync(target)) return `kept the existing flows in ${target}`;
  const flows = templateFlows(examplesDir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.preload`;
  fs.writeFileSync(partial, `${JSON.stringify(flows, null, 4)}\n`, { mode: 0o600 });
  fs.renameSync(partial, target);
  return `wrote ${flows.filter((n) => n.type === 'tab').length} templates to ${target}`;
}

function examplesOf(appDir) {
  const pkg = require.resolve('@ragwire/node-red-ragwire/package.json', { paths: [appDir] });
  return path.join(path.dirname(pkg), 'examples');
}

module.exports = { templateFlows, preload };

if (require.main === module) {
  const env = process.env;
  try {
    const message = preload({
      userDir: env.RAGWIRE_USER_DIR || '/data',
      flowFile: env.RAGWIRE_FLOW_FILE || 'flows.json',
      examplesDir: env.RAGWIRE_EXAMPLES_DIR || examplesOf(env.RAGWIRE_APP_DIR || '/usr/src/node-red'),
    });
    process.stdout.write(`ragwire preload: ${message}\n`);
  } catch (err) {
    process.stderr.write(`ragwire preload: ${err.message}\n`);
    process.exit(1);
  }
}
