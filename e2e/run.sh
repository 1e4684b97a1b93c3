#!/usr/bin/env bash
# End-to-end tests of the web pages in a real headless Chromium:
#   bash e2e/run.sh [path/to/bwu]        (default .build/debug/bwu; scripts/test.sh calls this last)
# Installs Debian's chromium and chromium-driver and Python's selenium if missing, serves the
# demo programme on a fresh SQLite file and a free port, runs e2e/run.py against it (which
# saves screenshots to artifacts/screenshots/), and stops the server again.
set -euo pipefail
cd "$(dirname "$0")/.."
BWU_BIN=${1:-.build/debug/bwu}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium

source scripts/demo-server.sh
serve_demo "$BWU_BIN"
BWU_URL="http://127.0.0.1:$PORT" python3 e2e/run.py

# Every page each demo user can reach by links answers 200 with its server time (debug build:
# the figures are printed and kept, not judged; scripts/page-times.sh judges a release build).
mkdir -p artifacts
python3 tools/page_times.py --url "http://127.0.0.1:$PORT" --samples 1 | tee artifacts/page-times-debug.txt
