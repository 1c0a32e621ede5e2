#!/bin/sh
# Entry point of the Flowise image (deploy/docker/flowise/Dockerfile): creates Flowise's first account from
# FLOWISE_ADMIN_EMAIL/FLOWISE_ADMIN_PASSWORD when they are set (create-admin.cjs waits until Flowise answers),
# then replaces itself with Flowise, so SIGTERM reaches Flowise directly.
set -eu
# Where Flowise is installed (the image's /opt/flowise; the end-to-end tests give their cache folder).
flowise_home=${RAGWIRE_FLOWISE_HOME:-/opt/flowise}
mkdir -p "${LOG_PATH:-/data/logs}" "${BLOB_STORAGE_PATH:-/data/storage}" "${SECRETKEY_PATH:-/data}"
if [ -n "${FLOWISE_ADMIN_EMAIL:-}" ]; then
  node "$(dirname "$0")/create-admin.cjs" &
fi
exec node "$flowise_home/node_modules/flowise/bin/run" start
