import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { main } from '../../nodes/cli/main.js';
import { findFlowiseComponents, installFlowiseComponents } from '../../nodes/cli/flowise-command.js';
import { COMPONENTS } from '../../nodes/flowise/components.js';
import { attachFlowise } from '../../nodes/flowise/host.js';
import type { INode, INodeCredential } from '../../nodes/flowise/types.js';
import { tempDir } from '../support/temp-dir.js';

/** The folder holding the dev @langchain/core (what a Flowise installation has in its node_modules). */
const LANGCHAIN = path.resolve(createRequire(__filename).resolve('@langchain/core/package.json'), '../../..');

/** A Flowise installation as npm lays it out: flowise-components hoisted beside flowise, built into dist/. */
function fakeFlowise(root: string, nested = false): string {
  const fc = nested
    ? path.join(root, 'node_modules', 'flowise', 'node_modules', 'flowise-components')
    : path.join(root, 'node_modules', 'flowise-components');
  fs.mkdirSync(path.join(fc, 'dist', 'nodes', 'chatmodels'), { recursive: true });
  fs.mkdirSync(path.join(fc, 'dist', 'credentials'), { recursive: true });
  fs.writeFileSync(path.join(fc, 'package.json'), JSON.stringify({ name: 'flowise-components', version: '3.1.4' }));
  fs.writeFileSync(path.join(fc, 'dist', 'nodes', 'chatmodels', 'Theirs.js'), 'module.exports = {};\n');
  return fc;
}

describe('ragwire flowise install', () => {
  const tmp = tempDir('ragwire-flowise-install-');
  after(() => {
    tmp.remove();
    // Later tests resolve @langchain/core from the dev dependencies again.
    attachFlowise({ require: createRequire(__filename) });
  });

  it('finds flowise-components the way Flowise does: inside flowise first, then beside it and above', () => {
    const root = path.join(tmp.dir, 'find');
    const hoisted = fakeFlowise(root);
    assert.equal(findFlowiseComponents(root), hoisted);
    fs.mkdirSync(path.join(root, 'app'), { recursive: true });
    assert.equal(findFlowiseComponents(path.join(root, 'app')), hoisted, 'from a folder below');
    const nested = fakeFlowise(root, true);
    assert.equal(findFlowiseComponents(root), nested);
    assert.throws(() => findFlowiseComponents(path.join(tmp.dir, 'nowhere')), /--flowise-dir: .* does not exist/);
    fs.mkdirSync(path.join(tmp.dir, 'empty'));
    assert.throws(() => findFlowiseComponents(path.join(tmp.dir, 'empty')), /no Flowise installation found/);
  });

  it('writes every component with its icon and the credential, idempotently, leaving Flowise’s own nodes alone', async () => {
    const root = path.join(tmp.dir, 'install');
    const fc = fakeFlowise(root);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    assert.equal(await main(['flowise', 'install', '--flowise-dir', root], io), 0);
    assert.match(
      lines[0],
      /^Installed RagwireQdrant, RagwireHashingEmbeddings, RagwirePrivacyRouter, RagwireBackup and the credential RagwireQdrantApi into .* \(9 files written, 0 removed\)/,
    );
    for (const c of COMPONENTS) {
      assert.ok(fs.existsSync(path.join(fc, 'dist', 'nodes', 'ragwire', c.module, `${c.module}.js`)));
      assert.ok(
        fs.readFileSync(path.join(fc, 'dist', 'nodes', 'ragwire', c.module, c.icon), 'utf8').startsWith('<svg'),
      );
    }
    fs.writeFileSync(path.join(fc, 'dist', 'nodes', 'ragwire', 'Dropped.js'), '');
    const again = installFlowiseComponents(root);
    assert.deepEqual([again.written, again.removed], [0, 1]);
    assert.ok(fs.existsSync(path.join(fc, 'dist', 'nodes', 'chatmodels', 'Theirs.js')));
    assert.equal(await main(['flowise', 'install'], io), 1);
    assert.match(lines.at(-1)!, /--flowise-dir: name the folder Flowise is installed in/);
  });

  it('loads as Flowise loads it: nodeClass without author, credClass, and @langchain/core from the Flowise installation', async () => {
    const root = path.join(tmp.dir, 'load');
    const fc = fakeFlowise(root);
    installFlowiseComponents(root);
    const load = (file: string) =>
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- how Flowise loads components
      require(path.join(fc, 'dist', file)) as { nodeClass?: new () => INode; credClass?: new () => INodeCredential };
    const credential = new (load('credentials/RagwireQdrantApi.credential.js').credClass!)();
    assert.equal(credential.name, 'ragwireQdrantApi');
    assert.deepEqual(
      credential.inputs.map((i) => i.name),
      ['qdrantUrl', 'qdrantApiKey'],
    );
    const names = COMPONENTS.map((c) => {
      const node = new (load(`nodes/ragwire/${c.module}/${c.module}.js`).nodeClass!)();
      assert.equal(
        (node as { author?: string }).author,
        undefined,
        'no author: Flowise shows it without SHOW_COMMUNITY_NODES',
      );
      assert.equal(node.icon, c.icon);
      return node.name;
    });
    assert.deepEqual(names, ['ragwireQdrant', 'ragwireHashingEmbeddings', 'ragwirePrivacyRouter', 'ragwireBackup']);
    // This installation has no @langchain/core yet: the shim's require, not Ragwire's own, is what components use.
    const hashing = load('nodes/ragwire/RagwireHashingEmbeddings/RagwireHashingEmbeddings.js').nodeClass!;
    await assert.rejects(new hashing().init!({ id: 'e', inputs: {} }, '', {}), /need Flowise's @langchain\/core/);
    fs.mkdirSync(path.join(root, 'node_modules', '@langchain'), { recursive: true });
    fs.symlinkSync(path.join(LANGCHAIN, '@langchain', 'core'), path.join(root, 'node_modules', '@langchain', 'core'));
    for (const dep of fs.readdirSync(LANGCHAIN).filter((d) => d !== '@langchain' && !d.startsWith('.')))
      if (!fs.existsSync(path.join(root, 'node_modules', dep)))
        fs.symlinkSync(path.join(LANGCHAIN, dep), path.join(root, 'node_modules', dep));
    const embeddings = (await new hashing().init!({ id: 'e', inputs: {} }, '', {})) as {
      embedQuery(t: string): Promise<number[]>;
    };
    assert.equal((await embeddings.embedQuery('hello')).length, 384);
  });
});
