#!/usr/bin/env bash
# The staff console under load, against the run command's server (mvn -Prun verify): seeds 100,000
# claims into its embedded database (the same data as ClaimSearchBenchmark), signs in as the
# bootstrap admin, then wrk fetches whole console pages (Faces render + the lazy table's first page
# from PostgreSQL) with that session: the claims list, a free-text search, a filtered view, the
# dashboard. wrk (Debian package) on loopback, sharing the machine with the server. It signs in as a
# reviewer it adds with the bootstrap admin's password (admins must set up two-factor sign-in first).
# Usage: scripts/load-console.sh [seconds] [connections]
# Needs: psql (Debian postgresql-client), wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-8}
base=http://localhost:8080/admin
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -q -h localhost -p 15432 -U postgres -d flightclaim -f claims-ejb/src/test/resources/bench/seed-claims.sql
echo "claims in the database: $(psql -tA -h localhost -p 15432 -U postgres -d flightclaim -c 'SELECT count(*) FROM claim')"
psql -q -h localhost -p 15432 -U postgres -d flightclaim -c "
  INSERT INTO staff_account (email, display_name, password_hash)
    SELECT 'bench-reviewer@flightclaim.local', 'Bench Reviewer', password_hash FROM staff_account
     WHERE email = 'admin@flightclaim.local' ON CONFLICT DO NOTHING;
  INSERT INTO staff_account_role SELECT id, 'reviewer' FROM staff_account
   WHERE email = 'bench-reviewer@flightclaim.local' ON CONFLICT DO NOTHING;"
jar=$(mktemp)
curl -fsS -c "$jar" -b "$jar" -o /dev/null "$base/dashboard.xhtml"
back=$(curl -fsS -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "j_username=bench-reviewer@flightclaim.local" \
  --data-urlencode "j_password=$(cat .flightclaim/bootstrap-admin-password)" "$base/j_security_check")
curl -fsS -c "$jar" -b "$jar" -o /dev/null "$back"   # back to the page asked for, as a browser does
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
curl -fsS -b "JSESSIONID=$session" -o "$jar.html" "$base/claims.xhtml"
grep -q 'FC-2025-' "$jar.html" || { echo "not signed in, or no claims on the page" >&2; exit 1; }
for page in "claims.xhtml" "claims.xhtml?q=Last4711" "claims.xhtml?status=submitted,resubmitted&flagged=true" \
            "dashboard.xhtml"; do
  wrk -t2 -c"$connections" -d5s -H "Cookie: JSESSIONID=$session" "$base/$page" > /dev/null
  echo "== $page =="
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: JSESSIONID=$session" "$base/$page" \
    | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done
rm -f "$jar" "$jar.html"
