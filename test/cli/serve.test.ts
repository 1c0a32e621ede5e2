import assert from 'node:assert/strict';
import { parsePort, untilSignalled } from '../../nodes/cli/serve.js';

describe('what ragwire start and ragwire store share', () => {
  it('takes a port number 0-65535 and names --port otherwise', () => {
    assert.equal(parsePort('0'), 0);
    assert.equal(parsePort('6333'), 6333);
    for (const bad of ['-1', '65536', '80.5', 'http'])
      assert.throws(() => parsePort(bad), new RegExp(`^Error: --port: expected a port number 0-65535, got ${bad}$`));
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops once on ${signal} and lets go of the signals`, async () => {
      const listeners = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
      const before = listeners();
      let stops = 0;
      const served = untilSignalled(async () => {
        stops++;
      });
      assert.deepEqual(
        listeners(),
        before.map((n) => n + 1),
      );
      process.emit(signal, signal);
      await served;
      assert.equal(stops, 1);
      assert.deepEqual(listeners(), before);
    });
  }
});
