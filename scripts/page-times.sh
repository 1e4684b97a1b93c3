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

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bwu-page-times.XXXXXX")
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
"$BWU_BIN" serve --demo --database "$WORK/bwu.sqlite" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
stop_server() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop_server EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$WORK/serve.log"; echo "bwu serve exited"; exit 1; fi
  sleep 1
done
python3 tools/page_times.py --url "http://127.0.0.1:$PORT" --budget-ms 50 "$@"
