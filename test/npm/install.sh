#!/usr/bin/env bash
# test/npm/install.sh: installs the npm packages test/npm/test-*.mjs import
# (test/npm/package.json, exact versions) into test/npm/node_modules, once:
# again only when package.json changed. Without npm it says so and does
# nothing (test/run.sh then reports the npm tests as not run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
stamp=node_modules/.kiln-installed
if [ -f "$stamp" ] && cmp -s package.json "$stamp"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "test/npm/install.sh: no npm; the npm package tests will not run" >&2
  exit 0
fi
npm install --no-audit --no-fund --no-package-lock --silent
cp package.json "$stamp"
