#!/usr/bin/env bash
# Measures the README's run command: seconds from starting `mvn -Prun verify` to the application
# answering — /health/ready 200 AND /api/v1/info 200 (Payara answers /health/ready before the EAR is
# deployed; the text "is ready" also appears in embedded PostgreSQL's log long before the product is
# up, which is what earlier versions of this script waited for). Then Ctrl-C (SIGINT) and the time to
# a clean stop. Prints the run command's own breakdown (the banner: Maven build, then each step).
# Usage, from the repository root (or a fresh clone): scripts/measure-startup.sh [label] [port-base]
set -uo pipefail
label=${1:-run}
base=http://localhost:$(( ${2:-${FC_PORT_BASE:-8000}} + 80 ))
log=$(mktemp)
start=$(date +%s.%N)
# a new process group with SIGINT at its default (a background job of a script ignores it), so the
# JVM sees the Ctrl-C exactly as in a terminal
python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.setsid(); os.execvp("mvn", ["mvn", "-B", "-Prun", "verify"])' > "$log" 2>&1 &
pid=$!
answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base$1")" = 200 ]; }
until answers /health/ready && answers /api/v1/info; do
  if ! kill -0 $pid 2>/dev/null; then echo "run command ended before the application answered; see $log"; exit 1; fi
  sleep 0.2
done
ready=$(date +%s.%N)
for _ in $(seq 50); do grep -q "Flight Claim is ready" "$log" && break; sleep 0.1; done   # the banner's breakdown
kill -INT -- -$pid
wait $pid
stopped=$(date +%s.%N)
grep -o "Flight Claim is ready: .*" "$log" || echo "(no banner in $log)"
printf '%s: application answering %.1f s after the command started; stopped %.1f s after Ctrl-C\n' "$label" \
  "$(echo "$ready - $start" | bc)" "$(echo "$stopped - $ready" | bc)"
grep -q "^Stopped." "$log" && echo "clean shutdown: yes (output in $log)" || echo "clean shutdown: NO (see $log)"
