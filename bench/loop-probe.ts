import * as fs from 'node:fs';
import * as http from 'node:http';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

/**
 * Loaded into a store process by the scale benchmark (NODE_OPTIONS=--require, with
 * RAGWIRE_LOOP_PROBE_FILE naming a file for its port): what held the event loop, read from inside
 * the process. Serves on 127.0.0.1, as JSON, the event-loop delay (perf_hooks
 * monitorEventLoopDelay) and garbage-collection pauses since the previous request (the window),
 * and over the process's whole life. Unreferenced: it never keeps the store running.
 */
const file = process.env.RAGWIRE_LOOP_PROBE_FILE;
if (file && isMainThread) {
  const whole = monitorEventLoopDelay({ resolution: 5 });
  const window = monitorEventLoopDelay({ resolution: 5 });
  whole.enable();
  window.enable();
  const gc = { count: 0, totalMs: 0, maxMs: 0 };
  let windowGc = { count: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      for (const g of [gc, windowGc]) {
        g.count++;
        g.totalMs += entry.duration;
        g.maxMs = Math.max(g.maxMs, entry.duration);
      }
    }
  }).observe({ entryTypes: ['gc'] });
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const server = http.createServer((_req, res) => {
    const body = {
      window: { loopMaxMs: ms(window.max), gc: windowGc },
      whole: {
        loopP50Ms: ms(whole.percentile(50)),
        loopP99Ms: ms(whole.percentile(99)),
        loopMaxMs: ms(whole.max),
        gc,
      },
    };
    window.reset();
    windowGc = { count: 0, totalMs: 0, maxMs: 0 };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object') fs.writeFileSync(file, String(address.port));
  });
  server.unref();
}
