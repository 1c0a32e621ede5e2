import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { COMPONENTS, CREDENTIALS } from '../flowise/components.js';
import type { Command } from './command.js';

/** Ragwire's built components (dist/nodes/flowise), beside this command's own compiled file. */
const BUILT = path.resolve(__dirname, '..', 'flowise');
/** The folder of dist/nodes Flowise scans that belongs to Ragwire: replaced whole on every install. */
const OWN_FOLDER = 'ragwire';

/**
 * flowise-components the way Flowise finds it: inside the flowise package first, then beside it,
 * then in the folders above (npm hoists it).
 */
export function findFlowiseComponents(flowiseDir: string): string {
  const dir = path.resolve(flowiseDir);
  if (!fs.existsSync(dir)) throw new Error(`--flowise-dir: ${dir} does not exist`);
  const candidates = [path.join(dir, 'node_modules', 'flowise', 'node_modules', 'flowise-components')];
  for (let d = dir; ; d = path.dirname(d)) {
    candidates.push(path.join(d, 'node_modules', 'flowise-components'));
    if (path.dirname(d) === d) break;
  }
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'package.json')));
  if (!found)
    throw new Error(
      `no Flowise installation found from ${dir}: looked for node_modules/flowise-components there and above ` +
        '(install Flowise first: npm install flowise)',
    );
  if (!fs.existsSync(path.join(found, 'dist', 'nodes')))
    throw new Error(`${found} has no dist/nodes folder: is it a built flowise-components package?`);
  return found;
}

/**
 * The module Flowise loads for one component: it lends Ragwire its own `require` (which resolves
 * from inside flowise-components, so Ragwire's components use Flowise's @langchain/core instance,
 * the one chains check classes against) and hands Flowise Ragwire's compiled component. Ragwire's
 * code stays in its own installation with its own dependencies; only these few lines live in
 * Flowise, so a Ragwire update needs no reinstall unless components are added.
 */
function shim(target: string): string {
  return [
    "'use strict';",
    '// Written by `ragwire flowise install`: Ragwire component, run with Flowise’s own modules.',
    `require(${JSON.stringify(path.join(BUILT, 'host.js'))}).attachFlowise({ require });`,
    `module.exports = require(${JSON.stringify(target)});`,
    '',
  ].join('\n');
}

/** Writes `content` unless the file holds it already; true when written. */
function writeIfChanged(file: string, content: string | Buffer): boolean {
  const next = typeof content === 'string' ? Buffer.from(content) : content;
  if (fs.existsSync(file) && fs.readFileSync(file).equals(next)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
  return true;
}

export interface InstallResult {
  flowiseComponents: string;
  components: string[];
  credentials: string[];
  /** Files written (unchanged ones are left alone). */
  written: number;
  removed: number;
}

/** Installs Ragwire's components and credentials into the Flowise installation at `flowiseDir`; idempotent. */
export function installFlowiseComponents(flowiseDir: string): InstallResult {
  const fc = findFlowiseComponents(flowiseDir);
  const nodesDir = path.join(fc, 'dist', 'nodes', OWN_FOLDER);
  const credentialsDir = path.join(fc, 'dist', 'credentials');
  const expected = new Set<string>();
  let written = 0;
  for (const c of COMPONENTS) {
    const built = path.join(BUILT, c.folder, `${c.module}.js`);
    const icon = path.join(BUILT, c.folder, c.icon);
    for (const f of [built, icon])
      if (!fs.existsSync(f)) throw new Error(`${f} is missing: build Ragwire first (npm run build)`);
    const shimFile = path.join(nodesDir, c.module, `${c.module}.js`);
    const iconFile = path.join(nodesDir, c.module, c.icon);
    if (writeIfChanged(shimFile, shim(built))) written++;
    if (writeIfChanged(iconFile, fs.readFileSync(icon))) written++;
    expected.add(shimFile).add(iconFile);
  }
  for (const name of CREDENTIALS) {
    const built = path.join(BUILT, 'credentials', `${name}.js`);
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: build Ragwire first (npm run build)`);
    if (writeIfChanged(path.join(credentialsDir, `${name}.js`), shim(built))) written++;
  }
  // Components dropped from Ragwire leave Flowise too; nothing outside Ragwire's own folder is touched.
  let removed = 0;
  for (const entry of fs.readdirSync(nodesDir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !expected.has(file)) {
      fs.rmSync(file);
      removed++;
    }
  }
  return {
    flowiseComponents: fc,
    components: COMPONENTS.map((c) => c.module),
    credentials: CREDENTIALS,
    written,
    removed,
  };
}

export const flowiseCommand: Command = {
  name: 'flowise',
  summary: "Install Ragwire's components into a Flowise installation",
  usage: `ragwire flowise install --flowise-dir DIR

Finds flowise-components from DIR the way Flowise does (DIR/node_modules/flowise/node_modules,
then DIR/node_modules and the folders above) and writes Ragwire's components into its
dist/nodes/ragwire/ and its credentials into dist/credentials/. Each is a small module that loads
Ragwire's compiled component from this installation with Flowise's own @langchain/core. Running it
again changes only what changed. Restart Flowise afterwards.`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'flowise-dir': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals[0] !== 'install' || positionals.length !== 1)
      throw new Error('expected `ragwire flowise install --flowise-dir DIR`');
    if (!values['flowise-dir']) throw new Error('--flowise-dir: name the folder Flowise is installed in');
    const r = installFlowiseComponents(values['flowise-dir']);
    io.out(
      `Installed ${r.components.join(', ')} and the credential${r.credentials.length === 1 ? '' : 's'} ` +
        `${r.credentials.map((c) => c.replace('.credential', '')).join(', ')} into ${r.flowiseComponents} ` +
        `(${r.written} files written, ${r.removed} removed). Restart Flowise to load them.`,
    );
  },
};
