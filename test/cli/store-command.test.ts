import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { RAGWIRE_BIN } from '../support/store-process.js';
import { tempDir } from '../support/temp-dir.js';

const run = promisify(execFile);

describe('ragwire store on a port that is already taken', () => {
  it('fails before creating anything, naming the port and --port', async () => {
    const tmp = tempDir();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const data = path.join(tmp.dir, 'data');
    try {
      const failed = await run(process.execPath, [RAGWIRE_BIN, 'store', '--port', String(port), '--path', data]).then(
        () => ({ code: 0, stderr: '' }),
        (err: { code: number; stderr: string }) => err,
      );
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, new RegExp(`port ${port}\\b.*already in use.*--port`, 's'));
      assert.equal(fs.existsSync(data), false, 'no data folder is left behind');
    } finally {
      blocker.close();
      tmp.remove();
    }
  });
});
