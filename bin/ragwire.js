#!/usr/bin/env node
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 9)) {
  process.stderr.write(
    `ragwire needs Node.js 22.9 or later (this is ${process.version}). ` +
      'Inside the Ragwire repository, run it as `npx ragwire ...`, which uses the Node 22 it installs.\n',
  );
  process.exit(1);
}
require('../dist/nodes/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    // Long-running commands have shut down cleanly by now; libraries may still hold timers
    // (Node-RED's login token sweeper), so leave explicitly.
    process.exit(code);
  });
