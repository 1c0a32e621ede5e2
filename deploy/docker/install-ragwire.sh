#!/bin/sh
# Installs the packed Ragwire node pack (the tarball of `npm pack`) into a Node-RED directory the way
# Node-RED's palette manager installs a module: `npm install --omit=dev` into the directory's
# package.json, nothing from the Ragwire repository. The image runs it on /usr/src/node-red; the
# packaging test (test/package/tarball.test.ts) runs it on a fresh user dir.
#
#   install-ragwire.sh TARBALL DIR [NPM_OPTION...]
set -eu

if [ "$#" -lt 2 ]; then
  echo "usage: install-ragwire.sh TARBALL DIR [NPM_OPTION...]" >&2
  exit 64
fi
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$2
shift 2
[ -f "$tarball" ] || { echo "install-ragwire.sh: no tarball at $tarball" >&2; exit 66; }

mkdir -p "$dir"
cd "$dir"
# A user dir Node-RED created has this package.json already; a fresh one gets the same.
[ -f package.json ] || printf '%s\n' '{"name": "node-red-project", "description": "A Node-RED project", "version": "0.0.1", "private": true}' > package.json

# The palette manager's options (@node-red/registry installer.js), with the tarball as the module.
npm install --no-audit --no-update-notifier --no-fund --save --save-prefix=~ --omit=dev --engine-strict "$@" "$tarball"

# The package loads from here on its own: its entry points and every node file.
node -e '
  const path = require("node:path");
  const root = path.dirname(require.resolve("@ragwire/node-red-ragwire/package.json", { paths: [process.cwd()] }));
  const pkg = require(path.join(root, "package.json"));
  const resolve = (id) => require.resolve(id, { paths: [process.cwd()] });
  if (typeof require(resolve("@ragwire/node-red-ragwire")).endpointGuard !== "function") throw new Error("no endpointGuard export");
  if (typeof require(resolve("@ragwire/node-red-ragwire/logging")).ecsLogHandler !== "function") throw new Error("no ecsLogHandler export");
  for (const file of Object.values(pkg["node-red"].nodes)) require(path.join(root, file));
  console.log(`${pkg.name}@${pkg.version}: ${Object.keys(pkg["node-red"].nodes).length} node types installed in ${process.cwd()}`);
'
