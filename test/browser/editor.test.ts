import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startOllamaFake, type OllamaFake } from '../support/fakes/ollama-fake.js';
import { postJson } from '../support/node-red.js';
import { REPO_ROOT, startRagwireProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const CHROMIUM = '/usr/bin/chromium';
/** The README shows this screenshot: rewritten only on request (UPDATE_SCREENSHOT=1), so a test run leaves the work tree as it was. */
const README_SCREENSHOT = path.join(REPO_ROOT, 'docs', 'editor.png');

declare const RED: {
  nodes: {
    filterNodes(f: { type: string }): { id: string; type: string }[];
    eachConfig(cb: (n: { id: string; type: string }) => void): void;
  };
  editor: { editConfig(name: string, type: string, id: string): void };
};

/** The part of a DOM <select> the test reads (the test compiles without the DOM library). */
interface SelectElement {
  dataset: { level?: string };
  value: string;
  options: ArrayLike<{ value: string; text: string }>;
}

/** Repeats a request while the route is not there yet (404), for up to 10 s. */
async function untilRouted<T extends { status: number }>(request: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await request();
    if (response.status !== 404 || Date.now() > deadline) return response;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the editor in real headless Chromium (npx ragwire start)', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let ollama: OllamaFake;
  let editor: StoreProcess;
  let browser: Browser;
  let page: Page;

  before(async () => {
    assert.ok(
      fs.existsSync(CHROMIUM),
      `${CHROMIUM} is missing: npm test installs the Debian package chromium (apt-get install chromium)`,
    );
    tmp = tempDir();
    ollama = await startOllamaFake({ answer: () => 'Ragwire wires RAG pipelines visually [1].' });
    editor = await startRagwireProcess(
      ['start', '--port', '0', '--user-dir', path.join(tmp.dir, 'node-red')],
      /editor at (http:\/\/\S+?)\/ /,
      { OLLAMA_HOST: ollama.url, QDRANT_URL: '' },
      60_000,
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(`${editor.url}/`);
    await page.waitForSelector('.red-ui-palette-node[data-palette-type="ragwire-ingest"]', {
      state: 'attached',
      timeout: 60_000,
    });
  });

  after(async () => {
    await browser?.close();
    await editor?.stop();
    await ollama?.close();
    tmp?.remove();
  });

  it('shows the Ragwire palette category with its flow nodes', async () => {
    const category = page.locator('.red-ui-palette-category', {
      has: page.locator('.red-ui-palette-header', { hasText: 'Ragwire' }),
    });
    assert.equal(await category.count(), 1);
    const types = await category
      .locator('.red-ui-palette-node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-palette-type')));
    assert.deepEqual(types.sort(), [
      'ragwire-backup',
      'ragwire-ingest',
      'ragwire-llm',
      'ragwire-metric',
      'ragwire-pseudonymize',
      'ragwire-restore',
      'ragwire-retrieve',
      'ragwire-router',
    ]);
  });

  it('drags a Ragwire node from the palette onto the workspace and opens its edit dialog', async () => {
    // Typed like a person, so the palette filters as it does on key presses.
    await page.locator('#red-ui-palette-search input').pressSequentially('ragwire', { delay: 20 });
    await page.locator('.red-ui-palette-node[data-palette-type="inject"]').waitFor({ state: 'hidden' });
    const source = page.locator('.red-ui-palette-node[data-palette-type="ragwire-retrieve"]');
    await source.waitFor({ state: 'visible' });
    // The palette animates while it filters: take the position once it stands still.
    let from = await source.boundingBox();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(100);
      const now = await source.boundingBox();
      if (now && from && now.y === from.y) break;
      from = now;
    }
    const workspace = await page.locator('#red-ui-workspace-chart').boundingBox();
    assert.ok(from && workspace);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 5 });
    const to = { x: workspace.x + 400, y: workspace.y + 200 };
    await page.mouse.move(to.x, to.y, { steps: 20 });
    await page.mouse.up();
    await page.waitForFunction(() => RED.nodes.filterNodes({ type: 'ragwire-retrieve' }).length === 1);
    const dropped = page.locator('#red-ui-workspace-chart g.red-ui-flow-node-group', { hasText: 'retrieve' });
    await dropped.first().dblclick();
    await page.waitForSelector('#node-input-collection', { state: 'visible' });
    assert.equal(await page.inputValue('#node-input-collection'), 'ragwire');
    assert.equal(await page.inputValue('#node-input-topK'), '5');
    await page.click('#node-dialog-cancel');
    // It has no store configured yet: remove it again, so the deploy below is of complete flows.
    await dropped.first().click();
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => RED.nodes.filterNodes({ type: 'ragwire-retrieve' }).length === 0);
    await page.locator('#red-ui-palette-search input').fill('');
    await page.locator('#red-ui-palette-search input').press('Backspace');
  });

  /**
   * Import > Examples > Ragwire > `name`, then click to place the nodes that follow the mouse.
   * Every template carries the same configuration nodes (same ids, same content), so after the
   * first one Node-RED says some nodes already exist; both ways on reuse the existing configuration
   * nodes: `Import copy`, or `View nodes...` and `Import selected` (existing ones are unticked).
   */
  async function importExample(
    name: string,
    at: { x: number; y: number },
    conflict?: 'import copy' | 'import selected',
  ): Promise<void> {
    await page.click('#red-ui-header-button-sidemenu');
    await page.click('#menu-item-import');
    await page.click('a[href="#red-ui-clipboard-dialog-import-tab-examples"]');
    const tree = page.locator('#red-ui-clipboard-dialog-import-tab-examples');
    const entry = tree.getByText(name);
    if (!(await entry.isVisible())) await tree.getByText('@ragwire/node-red-ragwire').click();
    await entry.click();
    await page.click('#red-ui-clipboard-dialog-ok');
    if (conflict === 'import copy') await page.getByRole('button', { name: 'Import copy' }).click();
    if (conflict === 'import selected') {
      await page.getByRole('button', { name: 'View nodes...' }).click();
      await page.click('#red-ui-clipboard-dialog-import-conflict');
    }
    await page.mouse.move(at.x, at.y, { steps: 5 });
    await page.mouse.click(at.x, at.y);
  }

  it('edits a privacy policy: the same four choices per level, personal and confidential local by default', async () => {
    await page.evaluate(() => RED.editor.editConfig('', 'ragwire-privacy', '_ADD_'));
    await page.waitForSelector('#node-config-input-personal', { state: 'visible' });
    const levels = await page.$$eval('.ragwire-privacy-level', (selects) =>
      (selects as unknown as SelectElement[]).map((s) => ({
        level: s.dataset.level,
        value: s.value,
        choices: Array.from(s.options, (o) => `${o.value}:${o.text}`),
      })),
    );
    assert.deepEqual(
      levels.map((l) => [l.level, l.value]),
      [
        ['public', 'cloud'],
        ['internal', 'cloud'],
        ['confidential', 'local'],
        ['personal', 'local'],
      ],
    );
    for (const l of levels)
      assert.deepEqual(l.choices, [
        'cloud:cloud or local',
        'pseudonymize:cloud, pseudonymized',
        'local:local only',
        'none:no model (blocked)',
      ]);
    // The second opinion is off by default; its model and timeout show once it is switched on.
    assert.equal(await page.isChecked('#node-config-input-secondOpinion'), false);
    assert.equal(await page.isVisible('#node-config-input-secondOpinionTimeout'), false);
    await page.check('#node-config-input-secondOpinion');
    await page.waitForSelector('#node-config-input-secondOpinionTimeout', { state: 'visible' });
    assert.equal(await page.inputValue('#node-config-input-secondOpinionTimeout'), '5');
    await page.click('#node-config-dialog-cancel');
  });

  it('imports the templates from Import > Examples, deploys them, and their endpoints answer', async () => {
    await importExample('1 Document ingestion API', { x: 300, y: 120 });
    await page.waitForFunction(() => RED.nodes.filterNodes({ type: 'ragwire-ingest' }).length === 1);
    await importExample('3 RAG question answering API', { x: 300, y: 420 }, 'import copy');
    await page.waitForFunction(() => RED.nodes.filterNodes({ type: 'ragwire-llm' }).length === 1);
    await page.click('#red-ui-header-button-deploy');
    await page.getByText('Successfully deployed').waitFor({ timeout: 20_000 });

    // "Successfully deployed" comes when the editor's request returns; the flows start right after.
    const ingest = await untilRouted(() =>
      postJson(`${editor.url}/ragwire/ingest`, {
        documents: [{ id: 'readme', text: 'Ragwire lets people wire RAG pipelines visually in Node-RED and Flowise.' }],
      }),
    );
    assert.equal(ingest.status, 200, JSON.stringify(ingest.body));
    const ask = await postJson(`${editor.url}/ragwire/ask`, { question: 'What does Ragwire let people do?' });
    assert.equal(ask.status, 200, JSON.stringify(ask.body));
    assert.equal(ask.body.answer, 'Ragwire wires RAG pipelines visually [1].');
    assert.equal((ask.body.sources as { sourceId: string }[])[0].sourceId, 'readme');

    // A tidy view for the README: notifications closed, both flows in sight, statuses updated.
    for (const note of await page.locator('.red-ui-notification').all()) await note.click().catch(() => undefined);
    await page.keyboard.press('Escape');
    await page.click('#red-ui-view-zoom-out');
    await page.locator('#red-ui-workspace-chart').evaluate((chart) => chart.scrollTo(0, 0));
    await page.locator('#red-ui-palette-search input').pressSequentially('ragwire', { delay: 20 });
    await page.mouse.move(700, 700);
    await page.waitForTimeout(1500);
    const screenshot = process.env.UPDATE_SCREENSHOT ? README_SCREENSHOT : path.join(tmp.dir, 'editor.png');
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    assert.ok(fs.statSync(screenshot).size > 20_000);
  });

  it('importing all four templates leaves one vector store, one Ollama, one Azure and one privacy configuration', async () => {
    await page.locator('#red-ui-palette-search input').fill('');
    await importExample('2 Semantic search API', { x: 300, y: 600 }, 'import copy');
    await page.waitForFunction(() => RED.nodes.filterNodes({ type: 'ragwire-retrieve' }).length === 2);
    await importExample('4 Privacy routing and pseudonymization API', { x: 300, y: 700 }, 'import selected');
    await page.waitForFunction(() => RED.nodes.filterNodes({ type: 'ragwire-router' }).length === 1);
    const configs = await page.evaluate(() => {
      const found: string[] = [];
      RED.nodes.eachConfig((n) => void found.push(`${n.type} ${n.id}`));
      return found.sort();
    });
    assert.deepEqual(configs, [
      'ragwire-model ragwire.azure',
      'ragwire-model ragwire.ollama',
      'ragwire-privacy ragwire.privacy',
      'ragwire-qdrant ragwire.qdrant',
    ]);
  });
});
