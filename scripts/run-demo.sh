#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The run command: installs what is missing, builds, and opens fkscope on its embedded demo database.
# The demo is SQLite, built into the binary from resources/demo/demo.sql and written to the user's
# data directory on first use: no server, no download. Extra arguments run a subcommand on the demo
# instead, e.g.  scripts/run-demo.sh impact --table script_reference --where "archived = 1"
# Without a display it prints the demo's summary, one simulation and renders the diagram to
# build/demo.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/lib.sh
fkscope_prepare

fkscope=build/release/app/fkscope
if [ $# -gt 0 ]; then
    "$fkscope" "$1" --db demo "${@:2}"
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$fkscope" --db demo
else
    echo "no display: printing the demo's summary, one simulation, and drawing it to build/demo.png instead of opening the window"
    "$fkscope" schema --db demo --summary
    "$fkscope" impact --db demo --table script_reference --where "archived = 1"
    "$fkscope" render --db demo -o build/demo.png
fi
