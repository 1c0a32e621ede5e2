import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startRagwireProcess, type StoreProcess } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const CHROMIUM = '/usr/bin/chromium';

interface EditorNode {
  id: string;
  valid: boolean;
  metricType: string;
  metricName: string;
  help: string;
  value: string;
  valueType: string;
  labels: { name: string; value: string; valueType: string }[];
}
declare const RED: {
  nodes: { node(id: string): EditorNode };
  view: { importNodes(nodes: unknown[]): void };
  editor: { edit(node: unknown): void };
};

describe('ragwire-metric in the editor (real headless Chromium)', function () {
  this.timeout(120_000);
  let tmp: ReturnType<typeof tempDir>;
  let editor: StoreProcess;
  let browser: Browser;
  let page: Page;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: npm test installs the Debian package chromium`);
    tmp = tempDir();
    editor = await startRagwireProcess(
      ['start', '--port', '0', '--user-dir', path.join(tmp.dir, 'node-red')],
      /editor at (http:\/\/\S+?)\/ /,
      { QDRANT_URL: '' },
      60_000,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(`${editor.url}/`);
    await page.waitForSelector('.red-ui-palette-node[data-palette-type="ragwire-metric"]', {
      state: 'attached',
      timeout: 60_000,
    });
  });

  after(async () => {
    await browser?.close();
    await editor?.stop();
    tmp?.remove();
  });

  it('defines a gauge with a label from msg in the edit dialog; a counter name without _total is invalid', async () => {
    await page.evaluate(() =>
      RED.view.importNodes([
        {
          id: 'metric1',
          type: 'ragwire-metric',
          x: 300,
          y: 200,
          metricType: 'counter',
          metricName: 'orders_processed',
          help: 'Orders',
          labels: [],
          value: '1',
          valueType: 'num',
          wires: [[]],
        },
      ]),
    );
    assert.equal(await page.evaluate(() => RED.nodes.node('metric1').valid), false, 'a counter ends in _total');
    await page.evaluate(() => RED.editor.edit(RED.nodes.node('metric1')));
    await page.waitForSelector('#node-input-metricName', { state: 'visible' });
    assert.ok(!(await page.isVisible('#node-input-operation')), 'the gauge operation is hidden for counters');
    await page.selectOption('#node-input-metricType', 'gauge');
    assert.ok(await page.isVisible('#node-input-operation'));
    await page.fill('#node-input-metricName', 'queue_depth');
    await page.fill('#node-input-help', 'Messages waiting in the queue');
    await page.click('.node-input-labels-container-row .red-ui-editableList-addButton');
    await page.fill('.ragwire-metric-label-name', 'route');
    // The typed input of the label's value: its visible text field.
    await page.locator('#node-input-labels-container .red-ui-typedInput-input-wrap input').first().fill('route');
    await page.click('#node-dialog-ok');
    await page.waitForSelector('#node-input-metricName', { state: 'detached' });
    const node = await page.evaluate(() => {
      const n = RED.nodes.node('metric1');
      return {
        valid: n.valid,
        metricType: n.metricType,
        metricName: n.metricName,
        value: n.value,
        valueType: n.valueType,
        labels: n.labels,
      };
    });
    assert.deepEqual(node, {
      valid: true,
      metricType: 'gauge',
      metricName: 'queue_depth',
      // A gauge takes msg.payload: the counter's default of 1 per message was swapped when the type changed.
      value: 'payload',
      valueType: 'msg',
      labels: [{ name: 'route', value: 'route', valueType: 'msg' }],
    });
  });
});
