#!/usr/bin/env bash
# Server time of every web page on the demo data, release build, judged against the 50 ms budget:
#   bash scripts/page-times.sh [--samples N] [--json] ...   (extra arguments go to tools/page_times.py)
# Builds `bwu` in release (the first time takes 20 minutes or more), serves the demo programme on
# a fresh SQLite file and a free port, measures, and stops the server again.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${BWU_RELEASE_SCRATCH:-.build-release}

swift build -c release --product bwu --scratch-path "$SCRATCH"
BWU_BIN="$SCRATCH/release/bwu"

source scripts/demo-server.sh
serve_demo "$BWU_BIN"
python3 tools/page_times.py --url "http://127.0.0.1:$PORT" --budget-ms 50 "$@"
