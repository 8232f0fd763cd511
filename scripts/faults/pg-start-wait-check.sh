#!/usr/bin/env bash
# Fault test: the database is not there yet when Wegwijs starts. Wegwijs must wait for it (not
# exit), and be ready within 5 s after the database answers. Needs the built server (dist/),
# TEST_DATABASE_URL, and PG_STOP_COMMAND / PG_START_COMMAND for that server. Bounded to ~30 s.
set -euo pipefail
: "${TEST_DATABASE_URL:?}" "${PG_STOP_COMMAND:?}" "${PG_START_COMMAND:?}"
db="wegwijs_startwait_$$"
psql "$TEST_DATABASE_URL" -qc "CREATE DATABASE $db" >/dev/null
url="${TEST_DATABASE_URL%/*}/$db"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log=$(mktemp)

sh -c "$PG_STOP_COMMAND"
DATABASE_URL="$url" PORT=$port HOST=127.0.0.1 node dist/server/main.mjs >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; rm -f "$log"; }
trap cleanup EXIT
sleep 3
kill -0 "$server" 2>/dev/null || { echo "✖ Wegwijs exited while the database was away:"; cat "$log"; exit 1; }
sh -c "$PG_START_COMMAND"
up=$(date +%s%N)
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" = 200 ] && break
  sleep 0.1
done
ms=$(( ($(date +%s%N) - up) / 1000000 ))
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" != 200 ] || [ "$ms" -gt 5000 ]; then
  echo "✖ Wegwijs was not ready within 5 s after the database came up:"; cat "$log"; exit 1
fi
waits=$(grep -c 'Waiting for the database' "$log" || true)
echo "✔ Wegwijs waited for the database ($waits attempts) and was ready ${ms} ms after it came up"
kill "$server"; wait "$server" 2>/dev/null || true
psql "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
