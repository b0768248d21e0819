#!/usr/bin/env bash
# Measures the README's run command: seconds from `mvn -Prun verify` to the "is ready" banner,
# then stops it with Ctrl-C (SIGINT) and measures the clean shutdown. Usage, from the repository
# root (or a fresh clone of it): scripts/measure-startup.sh [label]
set -uo pipefail
label=${1:-run}
log=$(mktemp)
start=$(date +%s.%N)
# a new process group with SIGINT at its default (a background job of a script ignores it), so the
# JVM sees the Ctrl-C exactly as in a terminal
python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.setsid(); os.execvp("mvn", ["mvn", "-B", "-Prun", "verify"])' > "$log" 2>&1 &
pid=$!
while ! grep -q "is ready" "$log"; do
  if ! kill -0 $pid 2>/dev/null; then echo "run command ended before ready; see $log"; exit 1; fi
  sleep 0.5
done
ready=$(date +%s.%N)
kill -INT -- -$pid
wait $pid
stopped=$(date +%s.%N)
grep -o "is ready ([0-9]* s)" "$log"
printf '%s: ready after %.1f s (command start to banner), stopped %.1f s after Ctrl-C\n' "$label" \
  "$(echo "$ready - $start" | bc)" "$(echo "$stopped - $ready" | bc)"
grep -q "^Stopped." "$log" && echo "clean shutdown: yes" || echo "clean shutdown: NO (see $log)"
