import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version as ecsVersion } from '@elastic/ecs-helpers';
import { postJson } from '../support/node-red.js';
import { RAGWIRE_BIN, REPO_ROOT } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed log lines are checked field by field
type Doc = Record<string, any>;

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'audit'];
const PERSONAL = 'Bitte überweise an max.mustermann@example.de, IBAN DE89 3704 0044 0532 0130 00, danke.';
const PERSONAL_VALUES = ['max.mustermann', 'example.de', 'DE89', '3704 0044', '0532 0130'];
const SECRET = 'sk-test-0123456789abcdefghij';

/** Every stdout line parsed; a line that is not one JSON object with the ecs-logging fields fails. */
function ecsLines(stdout: string, service = 'ragwire'): Doc[] {
  const lines = stdout.split('\n').filter((l) => l !== '');
  assert.ok(lines.length > 0, 'nothing logged');
  return lines.map((line) => {
    let doc: Doc;
    try {
      doc = JSON.parse(line);
    } catch {
      assert.fail(`not a JSON line: ${line}`);
    }
    assert.ok(typeof doc === 'object' && doc !== null && !Array.isArray(doc), line);
    assert.ok(!Number.isNaN(Date.parse(doc['@timestamp'])) && doc['@timestamp'].endsWith('Z'), line);
    assert.ok(LEVELS.includes(doc['log.level']), line);
    assert.equal(typeof doc.message, 'string', line);
    assert.equal(doc['ecs.version'], ecsVersion, line);
    assert.equal(doc['service.name'], service, line);
    return doc;
  });
}

/** Resolves once `done` holds for the output so far (the flows log after answering). */
async function until(output: () => string, done: (out: string) => boolean, what: string): Promise<void> {
  for (let i = 0; !done(output()); i++) {
    if (i > 100) assert.fail(`${what} never logged:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const byNode = (docs: Doc[], id: string) => docs.filter((d) => d.labels?.node_red_node_id === id);

interface Running {
  stdout(): string;
  stderr(): string;
  stop(): Promise<void>;
}

/** Runs `node args` in cwd with its two streams kept apart: a log collector reads stdout alone. */
function spawnNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise((r) => child.once('exit', r));
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('ECS logging with a real Node-RED', function () {
  this.timeout(90_000);
  const dirs: ReturnType<typeof tempDir>[] = [];
  afterEach(() => {
    for (const tmp of dirs.splice(0)) tmp.remove();
  });

  it('ragwire start --log-format ecs: node levels, errors, privacy decisions as events, no values, no secrets', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    const flow = [
      { id: 't1', type: 'tab', label: 'Logs' },
      { id: 'log.in', type: 'http in', z: 't1', url: '/log', method: 'post', wires: [['fn']] },
      {
        id: 'fn',
        type: 'function',
        z: 't1',
        name: 'Logger',
        func: [
          "node.trace('tracing ' + msg.payload.n);",
          "node.debug('debugging ' + msg.payload.n);",
          "node.log('informing ' + msg.payload.n);",
          `node.warn({ note: 'calling the model', apiKey: env.get('MODEL_KEY'), headers: { authorization: 'Bearer ' + env.get('MODEL_KEY') } });`,
          "node.error(new Error('boom from the function node'));",
          'return msg;',
        ].join('\n'),
        outputs: 1,
        wires: [['log.res']],
      },
      { id: 'log.res', type: 'http response', z: 't1', statusCode: '200', wires: [] },
      { id: 'route.in', type: 'http in', z: 't1', url: '/route', method: 'post', wires: [['text']] },
      {
        id: 'text',
        type: 'change',
        z: 't1',
        rules: [{ t: 'set', p: 'payload', pt: 'msg', to: 'payload.text', tot: 'msg' }],
        wires: [['router']],
      },
      {
        id: 'router',
        type: 'ragwire-router',
        z: 't1',
        name: 'Privacy router',
        privacy: '',
        wires: [['route.res'], ['route.res'], ['route.res']],
      },
      { id: 'route.res', type: 'http response', z: 't1', statusCode: '200', wires: [] },
      { id: 'bad.in', type: 'http in', z: 't1', url: '/bad', method: 'post', wires: [['bad.res', 'bad.router']] },
      { id: 'bad.res', type: 'http response', z: 't1', statusCode: '200', wires: [] },
      { id: 'bad.router', type: 'ragwire-router', z: 't1', privacy: '', wires: [[], [], []] },
    ];
    fs.writeFileSync(path.join(tmp.dir, 'flows.json'), JSON.stringify(flow));
    const editor = spawnNode(
      [RAGWIRE_BIN, 'start', '--port', '0', '--user-dir', tmp.dir, '--log-format', 'ecs', '--log-level', 'trace'],
      tmp.dir,
      { RAGWIRE_ADMIN_PASSWORD: '', RAGWIRE_HTTP_TOKEN: '', MODEL_KEY: SECRET },
    );
    try {
      await until(editor.stdout, (out) => out.includes('Started flows') && /editor at http/.test(out), 'the start');
      const url = /editor at (http:\/\/\S+?)\/ /.exec(editor.stdout())![1];
      assert.equal((await postJson(`${url}/log`, { n: 7 })).status, 200);
      assert.equal((await postJson(`${url}/route`, { text: PERSONAL })).status, 200);
      assert.equal((await postJson(`${url}/bad`, { no: 'text' })).status, 200);
      await until(editor.stdout, (out) => out.includes('privacy-decision') && out.includes('FlowError'), 'the flows');
    } finally {
      await editor.stop();
    }
    // Everything on stdout is ECS, the command's own announcements included.
    const docs = ecsLines(editor.stdout());
    assert.ok(docs.some((d) => d['log.logger'] === 'ragwire' && /editor at http/.test(d.message)));
    assert.ok(docs.some((d) => d['log.logger'] === 'node-red' && /Welcome to Node-RED/.test(d.message)));

    const fn = byNode(docs, 'fn');
    assert.deepEqual(
      fn.map((d) => d['log.level']),
      ['trace', 'debug', 'info', 'warn', 'error'],
    );
    for (const d of fn) {
      assert.equal(d['log.logger'], 'function');
      assert.deepEqual(d.labels, {
        node_red_node_id: 'fn',
        node_red_node_type: 'function',
        node_red_node_name: 'Logger',
        node_red_flow_id: 't1',
      });
    }
    assert.equal(fn[0].message, 'tracing 7');
    assert.equal(fn[2].message, 'informing 7');
    assert.deepEqual(JSON.parse(fn[3].message), {
      note: 'calling the model',
      apiKey: '[REDACTED]',
      headers: { authorization: '[REDACTED]' },
    });
    assert.equal(fn[4].message, 'boom from the function node');
    assert.equal(fn[4].error.type, 'Error');
    assert.equal(fn[4].error.message, 'boom from the function node');
    assert.match(fn[4].error.stack_trace, /^Error: boom from the function node\n/);
    assert.equal(fn[0].error, undefined);

    const [decision] = byNode(docs, 'router');
    assert.equal(decision['log.level'], 'info');
    assert.equal(decision['log.logger'], 'ragwire-router');
    assert.equal(decision.labels.node_red_node_name, 'Privacy router');
    assert.deepEqual(
      { ...decision.event, duration: typeof decision.event.duration },
      {
        kind: 'event',
        category: ['api'],
        type: ['allowed'],
        action: 'privacy-decision',
        outcome: 'success',
        reason: 'personal: local only',
        duration: 'number',
      },
    );
    assert.equal(decision.ragwire.privacy.level, 'personal');
    assert.equal(decision.ragwire.privacy.route, 'local');
    assert.ok(decision.ragwire.privacy.entities.EMAIL_ADDRESS >= 1, JSON.stringify(decision));
    assert.ok(decision.ragwire.privacy.entities.IBAN_CODE >= 1, JSON.stringify(decision));

    const [failure] = byNode(docs, 'bad.router');
    assert.equal(failure['log.level'], 'error');
    assert.equal(failure.error.type, 'FlowError');
    assert.match(failure.message, /^msg\.payload: expected the text as a string/);

    const all = editor.stdout() + editor.stderr();
    for (const value of [...PERSONAL_VALUES, SECRET, SECRET.slice(8)])
      assert.ok(!all.includes(value), `"${value}" reached the log`);
  });

  it('ragwire start refuses an unknown --log-format or --log-level, naming the flag and the choices', () => {
    const tmp = tempDir();
    dirs.push(tmp);
    for (const [flag, value, expected] of [
      ['--log-format', 'xml', '--log-format: expected text or ecs, got xml'],
      ['--log-level', 'verbose', '--log-level: expected one of fatal, error, warn, info, debug, trace, got verbose'],
    ]) {
      const run = spawnSync(
        process.execPath,
        [RAGWIRE_BIN, 'start', '--port', '0', '--user-dir', tmp.dir, flag, value],
        {
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      assert.notEqual(run.status, 0);
      assert.ok(run.stderr.includes(expected), run.stderr);
    }
    assert.deepEqual(fs.readdirSync(tmp.dir), [], 'nothing started');
    const help = spawnSync(process.execPath, [RAGWIRE_BIN, 'start', '--help'], { encoding: 'utf8' }).stdout;
    assert.match(help, /--log-format FORMAT +text \(default\)/);
    assert.match(help, /--log-level LEVEL +fatal, error, warn, info, debug, trace \(default info\)/);
  });

  it('an existing Node-RED with the settings.js snippet writes ECS lines from Ragwire’s package', async () => {
    const tmp = tempDir();
    dirs.push(tmp);
    // The package as an existing Node-RED installs it: node_modules/@ragwire/node-red-ragwire.
    const scope = path.join(tmp.dir, 'node_modules', '@ragwire');
    fs.mkdirSync(scope, { recursive: true });
    fs.symlinkSync(REPO_ROOT, path.join(scope, 'node-red-ragwire'), 'dir');
    fs.writeFileSync(
      path.join(tmp.dir, 'settings.js'),
      `module.exports = {
  uiHost: '127.0.0.1',
  flowFile: 'flows.json',
  credentialSecret: 'test only',
  logging: {
    ecs: { level: 'info', audit: true, serviceName: 'rag-test', handler: require('@ragwire/node-red-ragwire/logging').ecsLogHandler },
  },
};\n`,
    );
    const flow = [
      { id: 't2', type: 'tab', label: 'Inject' },
      {
        id: 'go',
        type: 'inject',
        z: 't2',
        once: true,
        onceDelay: 0.1,
        payload: '',
        payloadType: 'date',
        wires: [['warn']],
      },
      {
        id: 'warn',
        type: 'function',
        z: 't2',
        func: "node.warn('heads up'); node.error(new TypeError('wrong type')); return null;",
        outputs: 1,
        wires: [[]],
      },
    ];
    fs.writeFileSync(path.join(tmp.dir, 'flows.json'), JSON.stringify(flow));
    const red = spawnNode(
      [require.resolve('node-red/red.js'), '--settings', 'settings.js', '--userDir', tmp.dir, '--port', '0'],
      tmp.dir,
    );
    try {
      await until(red.stdout, (out) => out.includes('wrong type'), "the function node's error");
      const url = /Server now running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(red.stdout())![1];
      assert.equal((await fetch(`${url}/flows`)).status, 200);
      await until(red.stdout, (out) => out.includes('"flows.get"'), 'the audit event');
    } finally {
      await red.stop();
    }
    const docs = ecsLines(red.stdout(), 'rag-test');
    assert.ok(docs.some((d) => /Server now running at http:\/\/127\.0\.0\.1:\d+/.test(d.message)));
    const [warn, error] = byNode(docs, 'warn');
    assert.equal(warn['log.level'], 'warn');
    assert.equal(warn.message, 'heads up');
    assert.equal(warn.labels.node_red_flow_id, 't2');
    assert.equal(error['log.level'], 'error');
    assert.equal(error.error.type, 'TypeError');
    assert.equal(error.error.message, 'wrong type');
    const audit = docs.find((d) => d['log.level'] === 'audit')!;
    assert.deepEqual(audit.event, { kind: 'event', action: 'flows.get' });
    assert.deepEqual(audit.url, { path: '/flows' });
    assert.equal(audit.client.ip, '127.0.0.1');
  });
});
