'use strict';
// Copies what tsc does not emit: each Node-RED node's editor .html, icons and locales beside its
// compiled .js (where Node-RED looks for them), and the Node-RED flow templates to examples/.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const nodeRedSrc = path.join(root, 'nodes', 'node-red');
const nodeRedOut = path.join(root, 'dist', 'nodes', 'node-red');

function copyTree(from, to, keep) {
  if (!fs.existsSync(from)) return 0;
  let copied = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copied += copyTree(src, dst, keep);
    else if (keep(src)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
      copied++;
    }
  }
  return copied;
}

const assets = copyTree(nodeRedSrc, nodeRedOut, (f) => !f.endsWith('.ts'));
fs.rmSync(path.join(root, 'examples'), { recursive: true, force: true });
const examples = copyTree(path.join(root, 'flows', 'node-red'), path.join(root, 'examples'), (f) =>
  f.endsWith('.json'),
);
process.stdout.write(`copied ${assets} node assets and ${examples} example flows\n`);
