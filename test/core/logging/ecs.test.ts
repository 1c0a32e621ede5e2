import assert from 'node:assert/strict';
import * as vm from 'node:vm';
import { version as elasticEcsVersion } from '@elastic/ecs-helpers';
import { EcsFormatter, LOG_LEVELS, type LogEvent } from '../../../nodes/core/logging/ecs.js';
import { PrivacyDecisionLog, privacyDecisionOf } from '../../../nodes/core/logging/privacy-audit.js';
import { REDACTED, isSecretKey, redactText, redactValue } from '../../../nodes/core/logging/redact.js';
import { PrivacyGuard } from '../../../nodes/core/privacy/guard.js';
import { auditRecordOf } from '../../../nodes/core/privacy/router.js';
import { assertLinearTime } from '../../support/linear-time.js';

const formatter = new EcsFormatter();
const event = (e: Partial<LogEvent>): LogEvent => ({ level: 'info', message: '', time: Date.UTC(2026, 11, 2), ...e });
const line = (e: Partial<LogEvent>) => JSON.parse(formatter.line(event(e))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ECS log formatter', () => {
  it('writes one JSON line with the ecs-logging fields first and the ECS version of @elastic/ecs-helpers', () => {
    const text = formatter.line(event({ level: 'warn', message: 'disk almost full' }));
    assert.ok(text.endsWith('}\n') && !text.slice(0, -1).includes('\n'), 'one line');
    const doc = JSON.parse(text);
    assert.deepEqual(Object.keys(doc).slice(0, 4), ['@timestamp', 'log.level', 'message', 'ecs.version']);
    assert.equal(doc['@timestamp'], '2026-12-02T00:00:00.000Z');
    assert.equal(doc['log.level'], 'warn');
    assert.equal(doc.message, 'disk almost full');
    assert.equal(doc['ecs.version'], elasticEcsVersion);
    assert.equal(doc['service.name'], 'ragwire');
    assert.equal(doc['process.pid'], process.pid);
    assert.equal(doc.error, undefined);
    assert.equal(doc.event, undefined);
  });

  it('keeps every level name and takes the service from the options', () => {
    const custom = new EcsFormatter({ serviceName: 'rag-prod', serviceVersion: '1.2.3', serviceEnvironment: 'prod' });
    for (const level of LOG_LEVELS) {
      const doc = JSON.parse(custom.line(event({ level, message: level })));
      assert.equal(doc['log.level'], level);
      assert.equal(doc['service.name'], 'rag-prod');
      assert.equal(doc['service.version'], '1.2.3');
      assert.equal(doc['service.environment'], 'prod');
    }
  });

  it('puts the Node-RED node and flow into labels.node_red_*, and the node type into log.logger', () => {
    const doc = line({
      logger: 'ragwire-router',
      node: { id: 'n1', type: 'ragwire-router', name: 'Route' },
      flowId: 'tab1',
      flowPath: 'tab1/sf1',
    });
    assert.equal(doc['log.logger'], 'ragwire-router');
    assert.deepEqual(doc.labels, {
      node_red_node_id: 'n1',
      node_red_node_type: 'ragwire-router',
      node_red_node_name: 'Route',
      node_red_flow_id: 'tab1',
      node_red_flow_path: 'tab1/sf1',
    });
    assert.equal(line({ flowId: 'tab1', flowPath: 'tab1' }).labels.node_red_flow_path, undefined, 'no repeat');
    assert.equal(line({}).labels, undefined);
  });

  it('maps an Error to error.type, error.message and error.stack_trace, also one from another realm', () => {
    const local = line({ level: 'error', message: new RangeError('limit 5 exceeded') });
    assert.equal(local.message, 'limit 5 exceeded');
    assert.deepEqual(Object.keys(local.error), ['type', 'message', 'stack_trace']);
    assert.equal(local.error.type, 'RangeError');
    assert.equal(local.error.message, 'limit 5 exceeded');
    assert.match(local.error.stack_trace, /^RangeError: limit 5 exceeded\n\s+at /);
    // A function node's sandbox has its own Error: not `instanceof Error` here.
    const foreign = vm.runInNewContext('class QuotaError extends Error {}; new QuotaError("over quota")');
    assert.ok(!(foreign instanceof Error));
    const doc = line({ level: 'error', message: foreign });
    assert.equal(doc.error.type, 'QuotaError');
    assert.equal(doc.error.message, 'over quota');
    assert.match(doc.error.stack_trace, /over quota/);
    assert.equal(doc.err, undefined);
  });

  it('writes a logged object as redacted JSON, or its own message as Node-RED does', () => {
    const msg: Record<string, unknown> = {
      payload: 'hello',
      headers: { authorization: 'Bearer abcdefghijklmnopqrstuvwxyz', 'x-api-key': 'k-123' },
      usage: { promptTokens: 12, maxTokens: 100 },
    };
    msg.self = msg;
    const doc = line({ message: msg });
    assert.deepEqual(JSON.parse(doc.message), {
      payload: 'hello',
      headers: { authorization: REDACTED, 'x-api-key': REDACTED },
      usage: { promptTokens: 12, maxTokens: 100 },
      self: '[Circular]',
    });
    assert.equal(line({ message: { message: 'from an object', code: 3 } }).message, 'from an object');
    const huge = line({ message: { payload: 'x'.repeat(100_000) } }).message;
    assert.ok(huge.length < 20_000 && huge.endsWith('… (truncated)'));
  });

  it('redacts secrets from messages and error texts', () => {
    const doc = line({
      level: 'error',
      message: new Error('GET https://admin:s3cr3t-pw@qdrant.local:6333/collections failed, api_key=abc123def'),
    });
    for (const text of [doc.message, doc.error.message, doc.error.stack_trace]) {
      assert.ok(!text.includes('s3cr3t-pw') && !text.includes('abc123def'), text);
      assert.ok(text.includes(`https://admin:${REDACTED}@qdrant.local`), text);
    }
  });

  it('turns a privacy decision into event.* and ragwire.privacy, with counts and never values', () => {
    const text = 'Bitte an max.mustermann@example.de überweisen: IBAN DE89 3704 0044 0532 0130 00';
    const record = auditRecordOf(new PrivacyGuard().decide({ question: text }));
    const logged = new PrivacyDecisionLog(record);
    assert.equal(String(logged), `privacy decision ${JSON.stringify(record)}`, 'the console line stays as it was');
    assert.equal(privacyDecisionOf(logged), record);
    assert.equal(privacyDecisionOf({ privacyDecision: record }), undefined, 'only the marked object');
    const doc = line({ message: logged });
    assert.equal(doc.event.kind, 'event');
    assert.deepEqual(doc.event.category, ['api']);
    assert.equal(doc.event.action, 'privacy-decision');
    assert.deepEqual(doc.event.type, ['allowed']);
    assert.equal(doc.event.outcome, 'success');
    assert.equal(doc.event.reason, record.rule);
    assert.equal(doc.event.duration, Math.round(record.durationMs * 1e6));
    assert.equal(doc.ragwire.privacy.level, 'personal');
    assert.equal(doc.ragwire.privacy.route, record.route);
    assert.equal(doc.ragwire.privacy.rule, record.rule);
    assert.deepEqual(doc.ragwire.privacy.entities, record.entities);
    assert.ok(doc.ragwire.privacy.entities.EMAIL_ADDRESS >= 1 && doc.ragwire.privacy.entities.IBAN_CODE >= 1);
    assert.equal(doc.message, `privacy decision: ${record.route} (${record.rule})`);
    const serialized = JSON.stringify(doc);
    for (const value of ['max.mustermann', 'example.de', 'DE89', '3704']) assert.ok(!serialized.includes(value), value);
  });

  it('takes only the known fields of a decision: anything else in the record stays out of the line', () => {
    const record = {
      ...auditRecordOf(new PrivacyGuard().decide({ question: 'Hallo' })),
      route: 'blocked' as const,
      entities: { EMAIL_ADDRESS: 1, 'max@example.de': 2, PERSON: 'Max' as unknown as number },
      sources: { detected: 'public' as const, context: 'Max Mustermann' as never },
      text: 'Max Mustermann, max@example.de',
    };
    const doc = line({ message: new PrivacyDecisionLog(record) });
    assert.deepEqual(doc.event.type, ['denied']);
    assert.equal(doc.event.outcome, 'failure');
    assert.deepEqual(doc.ragwire.privacy.entities, { EMAIL_ADDRESS: 1 });
    assert.deepEqual(doc.ragwire.privacy.sources, { detected: 'public' });
    assert.ok(!JSON.stringify(doc).includes('Max'));
  });

  it('maps Node-RED audit and metric events to event.action, user, client and url', () => {
    const doc = line({ level: 'audit', action: 'flows.set', user: 'admin', clientIp: '10.0.0.5', urlPath: '/flows' });
    assert.equal(doc.message, 'flows.set');
    assert.deepEqual(doc.event, { kind: 'event', action: 'flows.set' });
    assert.deepEqual([doc.user, doc.client, doc.url], [{ name: 'admin' }, { ip: '10.0.0.5' }, { path: '/flows' }]);
    assert.deepEqual(line({ level: 'metric', action: 'node.function.receive' }).event, {
      kind: 'metric',
      action: 'node.function.receive',
    });
  });
});

describe('secret redaction', () => {
  it('recognises secret key names by their end, not token counts', () => {
    for (const key of ['password', 'apiKey', 'x-api-key', 'OPENAI_API_KEY', 'accessToken', 'client_secret', 'Cookie'])
      assert.ok(isSecretKey(key), key);
    for (const key of ['maxTokens', 'promptTokens', 'tokenType', 'apiKeyEnv', 'author', 'passage'])
      assert.ok(!isSecretKey(key), key);
  });

  it('redacts secrets in text and leaves ordinary text alone', () => {
    assert.equal(redactText('Authorization: Bearer abc.def-ghi_jkl-mno'), `Authorization: Bearer ${REDACTED}`);
    assert.equal(redactText('password=hunter2; user=max'), `password=${REDACTED}; user=max`);
    assert.equal(redactText('{"apiKey":"k-1234","model":"x"}'), `{"apiKey":"${REDACTED}","model":"x"}`);
    assert.equal(redactText('key sk-proj-abcdefghijklmnop123 in use'), `key ${REDACTED} in use`);
    const plain = 'max_tokens: 512 of 4096 tokens used, 3 passages; token limit reached, basic questions answered';
    assert.equal(redactText(plain), plain);
  });

  it('takes linear time on long lines (a logged payload is user input)', () => {
    // Quadratic backtracking takes minutes on a million characters; linear work takes milliseconds.
    for (const make of [
      (n: number) => 'x'.repeat(n),
      (n: number) => 'http://'.padEnd(n, 'a'),
      (n: number) => 'token'.repeat(n / 5),
    ]) {
      assert.equal(redactText(make(1000)), make(1000));
      assertLinearTime(make(10), redactText, make(250_000), make(1_000_000));
    }
  });

  it('copies deep and long values with limits', () => {
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 10; i++) deep = { deep };
    assert.ok(JSON.stringify(redactValue(deep)).includes('[Object]'));
    const long = redactValue(Array.from({ length: 150 }, (_, i) => i)) as unknown[];
    assert.equal(long.length, 101);
    assert.equal(long[100], '[50 more]');
    assert.equal(redactValue(Buffer.alloc(7)), '[Buffer 7 bytes]');
  });
});
