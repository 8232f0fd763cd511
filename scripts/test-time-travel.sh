#!/usr/bin/env bash
# Runs the unit and integration tests on PGlite with the clock at 23:30 in Amsterdam on
# 31 December of next year: a test that depends on today's date, the time zone or the year
# boundary fails here instead of on some future day in CI. Needs Debian's faketime.
set -euo pipefail
command -v faketime >/dev/null || { echo "needs faketime (apt-get install faketime)" >&2; exit 1; }
year=$(($(date +%Y) + 1))
echo "▶ unit + integration tests (PGlite) at ${year}-12-31 23:30 Europe/Amsterdam"
TZ=Europe/Amsterdam WEGWIJS_TEST_ENGINE=pglite faketime -f "@${year}-12-31 23:30:00" \
  npx vitest run --reporter=dot --project unit --project integration
