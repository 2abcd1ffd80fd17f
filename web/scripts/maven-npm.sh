#!/usr/bin/env bash
# How Maven runs npm for the web module (`bash scripts/maven-npm.sh run build`): the machine's npm,
# or, where there is none, a message and no console (the stack then says it serves none).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v npm > /dev/null 2>&1; then
  echo "web console: SKIPPED 'npm $*': npm is not installed (the embedded stack will serve no console)"
  exit 0
fi
exec npm "$@"
