#!/usr/bin/env bash
# The run command: installs what is missing, builds, and opens fkscope on its demo database.
# The demo (resources/demo/demo.sql) is loaded into a private, throwaway PostgreSQL on a unix socket;
# the server is stopped when fkscope exits. Extra arguments go to fkscope after the --db option.
# Without a display it prints the demo's summary and renders the diagram to build/demo.png.
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
demo="$server dbname=fkscope_demo"
if [ $# -gt 0 ]; then
    "$fkscope" "$1" --db "$demo" "${@:2}"
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$fkscope" --db "$demo"   # the window; the private server stops when it closes
else
    echo "no display: printing the demo's summary and drawing it to build/demo.png instead of opening the window"
    "$fkscope" schema --db "$demo" --summary
    "$fkscope" render --db "$demo" -o build/demo.png
fi
