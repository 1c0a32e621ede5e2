'use strict';
// Copies what tsc does not emit: each Node-RED node's editor .html, icons and locales beside its
// compiled .js (where Node-RED looks for them), and the Node-RED flow templates to examples/. For
// Flowise: each component's icon beside its compiled .js (where `ragwire flowise install` takes it
// from) and the chatflow templates to dist/nodes/flowise/templates/ (not examples/: Node-RED would
// offer everything there as its own example flows).
// Only files whose content changed are written, so a build with nothing to do touches nothing.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const nodeRedSrc = path.join(root, 'nodes', 'node-red');
const nodeRedOut = path.join(root, 'dist', 'nodes', 'node-red');
const flowiseSrc = path.join(root, 'nodes', 'flowise');
const flowiseOut = path.join(root, 'dist', 'nodes', 'flowise');

function sameContent(a, b) {
  try {
    return fs.statSync(a).size === fs.statSync(b).size && fs.readFileSync(a).equals(fs.readFileSync(b));
  } catch {
    return false;
  }
}

/** Copies the files `keep` selects from `from` to `to`; returns the relative paths it holds there. */
function syncTree(from, to, keep, counts, rel = '') {
  const held = [];
  if (!fs.existsSync(from)) return held;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) held.push(...syncTree(src, dst, keep, counts, path.join(rel, entry.name)));
    else if (keep(src)) {
      held.push(path.join(rel, entry.name));
      if (sameContent(src, dst)) continue;
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(src, dst);
      counts.copied++;
    }
  }
  return held;
}

const counts = { copied: 0 };
const assets =
  syncTree(nodeRedSrc, nodeRedOut, (f) => !f.endsWith('.ts'), counts).length +
  syncTree(flowiseSrc, flowiseOut, (f) => f.endsWith('.svg'), counts).length;
const flowiseTemplates = syncTree(
  path.join(root, 'flows', 'flowise'),
  path.join(flowiseOut, 'templates'),
  (f) => f.endsWith('.json'),
  counts,
);
const examplesDir = path.join(root, 'examples');
const examples = syncTree(path.join(root, 'flows', 'node-red'), examplesDir, (f) => f.endsWith('.json'), counts);
// Templates renamed or removed in flows/ leave examples/ too (it is generated, never edited).
for (const entry of fs.existsSync(examplesDir) ? fs.readdirSync(examplesDir, { recursive: true }) : []) {
  const file = path.join(examplesDir, entry);
  if (fs.statSync(file).isFile() && !examples.includes(entry)) fs.rmSync(file);
}
process.stdout.write(
  `${assets} node assets, ${examples.length} example flows and ${flowiseTemplates.length} Flowise templates, ${counts.copied} copied\n`,
);
