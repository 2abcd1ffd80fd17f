#!/usr/bin/env bash
# Runs the console's Playwright suite (web/e2e/*.spec.ts) against the real embedded stack, which
# the suite's global setup starts with ./benchcrm demo on a free port and a temporary home.
# Skips (exit 0, with the reason) when Chromium or npm is missing, so a machine without them still
# runs the rest of `./mvnw verify`; .ci/run installs both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."   # web/
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if ! command -v npm > /dev/null 2>&1; then
  echo "web e2e: SKIPPED, npm is not installed (apt-get install -y nodejs npm)"; exit 0
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "web e2e: SKIPPED, no Chromium at $CHROMIUM (apt-get install -y chromium, or set CHROMIUM_PATH)"; exit 0
fi
ROOT="$(cd .. && pwd)"
if [ ! -f "$ROOT/shared/local/embedded-stack/target/benchcrm-local.jar" ]; then
  echo "web e2e: the embedded stack is not built (shared/local/embedded-stack/target/benchcrm-local.jar)" >&2; exit 1
fi
[ -d node_modules ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CHROMIUM_PATH="$CHROMIUM" BENCHCRM_SKIP_BUILD=1
# JAVA_HOME for ./benchcrm: the one Maven runs with.
exec npx playwright test --reporter=list
