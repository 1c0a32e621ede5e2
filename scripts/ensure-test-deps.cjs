'use strict';
// The suite's Debian packages: installed here when missing (as root), or the run stops with the
// exact command to type. Never a silent skip.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

/** [Debian package, file it provides that the tests use] */
const required = [
  ['chromium', '/usr/bin/chromium'],
  ['prometheus', '/usr/bin/prometheus'],
  ['prometheus', '/usr/bin/promtool'],
];

const missing = [...new Set(required.filter(([, file]) => !fs.existsSync(file)).map(([pkg]) => pkg))];
if (missing.length === 0) process.exit(0);
const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  process.stdout.write(`Installing the test suite's Debian packages: ${missing.join(', ')}\n`);
  execFileSync('bash', ['-c', `export DEBIAN_FRONTEND=noninteractive; ${command}`], { stdio: 'inherit' });
} else {
  process.stderr.write(`The test suite needs Debian packages: ${missing.join(', ')}. Run as root:\n  ${command}\n`);
  process.exit(1);
}
