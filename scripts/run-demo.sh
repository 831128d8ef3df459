#!/usr/bin/env bash
# The run command: installs what is missing, builds, and opens fkscope on its demo database.
# The demo (resources/demo/demo.sql) is loaded into a private, throwaway PostgreSQL on a unix socket;
# the server is stopped when fkscope exits. Extra arguments go to fkscope after the --db option.
# Until the window is built (the canvas issue), fkscope shows the demo's schema summary here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/lib.sh
fkscope_prepare
fkscope_private_pg 54331
server=$FKSCOPE_PG
psql "$server" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE fkscope_demo" >/dev/null
psql "$server dbname=fkscope_demo" -X -q -v ON_ERROR_STOP=1 -f resources/demo/demo.sql >/dev/null
echo "demo database: $server dbname=fkscope_demo"

fkscope=build/release/app/fkscope
if [ $# -gt 0 ]; then
    "$fkscope" "$1" --db "$server dbname=fkscope_demo" "${@:2}"
else
    "$fkscope" schema --db "$server dbname=fkscope_demo" --summary
    "$fkscope" schema --db "$server dbname=fkscope_demo" -o build/demo-snapshot.json
    echo "snapshot written to build/demo-snapshot.json (reopen it with: $fkscope schema --db build/demo-snapshot.json --summary)"
fi
