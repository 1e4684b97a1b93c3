# Sourced, not run: `source scripts/demo-server.sh; serve_demo path/to/bwu`.
# Serves the demo programme on a fresh SQLite file and a free port, waits until it answers,
# sets PORT, and stops the server and removes the file when the calling script exits.
serve_demo() {
  DEMO_WORK=$(mktemp -d "${TMPDIR:-/tmp}/bwu-demo.XXXXXX")
  PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  "$1" serve --demo --database "$DEMO_WORK/bwu.sqlite" --port "$PORT" >"$DEMO_WORK/serve.log" 2>&1 &
  DEMO_SERVER=$!
  trap stop_demo EXIT
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then
      echo "bwu serving the demo on port $PORT"
      return 0
    fi
    if ! kill -0 "$DEMO_SERVER" 2>/dev/null; then cat "$DEMO_WORK/serve.log"; echo "bwu serve exited"; exit 1; fi
    sleep 1
  done
  echo "bwu serve did not answer within 120 s"; exit 1
}

stop_demo() {
  kill "$DEMO_SERVER" 2>/dev/null || true
  wait "$DEMO_SERVER" 2>/dev/null || true
  rm -rf "$DEMO_WORK"
}
