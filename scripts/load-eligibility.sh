#!/usr/bin/env bash
# Load test of POST /api/v1/eligibility against a running server (the README's run command), with a
# trivial JAX-RS endpoint (GET /api/v1/info) measured the same way as the ceiling. wrk (Debian
# package) on loopback, 32 connections, 30 s each by default; wrk and the server share the machine.
# Usage: scripts/load-eligibility.sh [base-url] [seconds] [connections]
set -euo pipefail
base=${1:-http://localhost:8080}
seconds=${2:-30}
connections=${3:-32}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
lua=$(mktemp --suffix=.lua)
cat > "$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"legs":[{"from":"FCO","to":"BRU","carrier":"SN","flightNumber":"SN3182","date":"2025-06-01"},'
  .. '{"from":"BRU","to":"HAM","carrier":"SN","date":"2025-06-01"}],'
  .. '"disruption":{"type":"DELAY","arrivalDelayMinutes":230,"cause":"NONE"}}'
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
curl -fsS -X POST -H 'Content-Type: application/json' -d "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$lua")" \
  "$base/api/v1/eligibility" > /dev/null 2>&1 || true
echo "== warm-up (10 s each) =="
wrk -t2 -c"$connections" -d10s "$base/api/v1/info" > /dev/null
wrk -t2 -c"$connections" -d10s -s "$lua" "$base/api/v1/eligibility" > /dev/null
echo "== ceiling: GET /api/v1/info =="
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base/api/v1/info"
echo "== POST /api/v1/eligibility (two legs, delay) =="
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$lua" "$base/api/v1/eligibility"
rm -f "$lua"
