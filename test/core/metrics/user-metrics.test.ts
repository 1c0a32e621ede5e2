import assert from 'node:assert/strict';
import { metricsExposition } from '../../../nodes/core/metrics/endpoint.js';
import {
  defineUserMetric,
  parseBuckets,
  UserMetricError,
  type UserMetricSpec,
} from '../../../nodes/core/metrics/user-metrics.js';
import { promtoolCheckMetrics, sample } from '../../support/metrics.js';

const spec = (over: Partial<UserMetricSpec>): UserMetricSpec => ({
  type: 'counter',
  name: 'um_orders_total',
  help: 'Orders processed',
  labelNames: ['status'],
  maxSeries: 100,
  ...over,
});

describe('metrics: user-defined metrics (core of ragwire-metric)', () => {
  it('refuses names and labels Prometheus does not accept, naming the field', () => {
    const refused: [Partial<UserMetricSpec>, RegExp][] = [
      [{ name: '1orders_total' }, /^name: "1orders_total" is not a Prometheus metric name/],
      [{ name: 'orders-total' }, /^name: .* not a Prometheus metric name/],
      [{ name: 'orders' }, /^name: a counter's name ends in _total .* orders_total/],
      [{ type: 'gauge', name: 'queue_total' }, /^name: only counters end in _total/],
      [{ type: 'histogram', name: 'latency_bucket' }, /^name: a histogram's name cannot end in _bucket/],
      [{ name: 'ragwire_mine_total' }, /^name: the prefix ragwire_ belongs to Ragwire's built-in metrics/],
      [{ name: '__x_total' }, /^name: names starting with __ are reserved/],
      [{ help: ' ' }, /^help: /],
      [{ labelNames: ['a-b'] }, /^labels: "a-b" is not a Prometheus label name/],
      [{ labelNames: ['__name'] }, /^labels: "__name": names starting with __ are reserved/],
      [{ labelNames: ['s', 's'] }, /^labels: "s" appears twice/],
      [{ type: 'histogram', name: 'latency_seconds', labelNames: ['le'] }, /^labels: "le" is reserved/],
      [{ maxSeries: 0 }, /^max series: expected a whole number above 0/],
      [{ type: 'histogram', name: 'latency_seconds', buckets: [1, 0.5] }, /^buckets: expected ascending numbers/],
      [{ type: 'summary' as never }, /^type: expected counter, gauge or histogram/],
    ];
    for (const [over, message] of refused)
      assert.throws(
        () => defineUserMetric(spec(over), 'n'),
        (e: unknown) => e instanceof UserMetricError && message.test(e.message),
      );
    assert.deepEqual(parseBuckets('0.1, 0.5,1'), [0.1, 0.5, 1]);
    assert.equal(parseBuckets(' '), undefined);
    assert.throws(() => parseBuckets('0.1,,1'), /buckets: "" is not a number/);
  });

  it('reuses the metric of the same name and shape, so series continue; refuses another shape while it is held', async () => {
    const first = defineUserMetric(spec({ name: 'um_reuse_total' }), 'node-a');
    first.record({ status: 'ok' }, 2);
    first.release(); // a redeploy closes the node …
    const again = defineUserMetric(spec({ name: 'um_reuse_total' }), 'node-a'); // … and creates it anew
    again.record({ status: 'ok' }, 3);
    assert.equal(await sample('um_reuse_total', { status: 'ok' }), 5);
    const other = defineUserMetric(spec({ name: 'um_reuse_total' }), 'node-b'); // a second node, same shape: shared
    other.record({ status: 'ok' }, 1);
    assert.equal(await sample('um_reuse_total', { status: 'ok' }), 6);
    assert.throws(
      () => defineUserMetric(spec({ name: 'um_reuse_total', type: 'counter', labelNames: ['route'] }), 'node-c'),
      /name: the metric um_reuse_total is already defined as a counter with labels \[status\] by another ragwire-metric node/,
    );
    // Once no node holds it (both edited or removed), a new shape replaces it.
    again.release();
    other.release();
    const replaced = defineUserMetric(spec({ name: 'um_reuse_total', labelNames: ['route'] }), 'node-a');
    replaced.record({ route: 'cloud' }, 1);
    assert.equal(await sample('um_reuse_total', { route: 'cloud' }), 1);
  });

  it('caps distinct label combinations: new ones beyond the cap are dropped, known ones still count', async () => {
    const m = defineUserMetric(spec({ name: 'um_capped_total', labelNames: ['user'], maxSeries: 3 }), 'cap');
    const results = ['a', 'b', 'c', 'd', 'e', 'a'].map((user) => m.record({ user }, 1));
    assert.deepEqual(
      results.map((r) => r.recorded),
      [true, true, true, false, false, true],
    );
    assert.deepEqual(results[3], { recorded: false, reason: 'series-limit', limit: 3 });
    assert.equal(m.seriesCount(), 3);
    assert.equal(await sample('um_capped_total', { user: 'a' }), 2);
    assert.equal(await sample('um_capped_total', { user: 'd' }), 0);
  });

  it('records gauges (set, inc, dec) and histograms, refuses values that are not numbers, and passes promtool', async () => {
    const g = defineUserMetric(spec({ type: 'gauge', name: 'um_queue_depth', labelNames: [] }), 'g');
    g.record({}, 5, 'set');
    g.record({}, 2, 'inc');
    g.record({}, 4, 'dec');
    assert.equal(await sample('um_queue_depth'), 3);
    const h = defineUserMetric(
      spec({ type: 'histogram', name: 'um_latency_seconds', labelNames: ['route'], buckets: [0.1, 1] }),
      'h',
    );
    h.record({ route: 'local' }, 0.5);
    h.record({ route: 'local' }, 2);
    assert.equal(await sample('um_latency_seconds_count', { route: 'local' }), 2);
    assert.equal(await sample('um_latency_seconds_bucket', { route: 'local', le: '1' }), 1);
    assert.throws(() => g.record({}, Number.NaN), /value: expected a finite number/);
    const c = defineUserMetric(spec({ name: 'um_neg_total' }), 'c');
    assert.throws(() => c.record({ status: 'x' }, -1), /value: a counter only goes up/);
    assert.equal(c.seriesCount(), 0, 'a refused value adds no series');
    c.record({ status: 'x"y\\z\nw' }, 1); // quotes, backslashes and newlines are escaped in the exposition
    const check = await promtoolCheckMetrics((await metricsExposition()).text);
    assert.deepEqual(check, { code: 0, output: '' });
  });
});
