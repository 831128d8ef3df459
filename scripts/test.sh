#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The test command: installs what is missing, builds the release and the ASan+UBSan configurations
# and the libFuzzer targets (clang), starts a private PostgreSQL and a private MariaDB, each on a unix
# socket in a temp dir with networking off, runs every test through ctest in both configurations,
# fuzzes each input parser for a short fixed time, and stops the servers whatever happens. The
# PostgreSQL has a streaming hot standby beside it, so the tests can read from a replica too.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

. scripts/lib.sh
fkscope_prepare
scripts/build.sh asan
scripts/build.sh fuzz

fkscope_private_pg 54329
export FKSCOPE_TEST_PG=$FKSCOPE_PG
echo "test server: $FKSCOPE_TEST_PG"
fkscope_private_pg_standby
export FKSCOPE_TEST_PG_STANDBY=$FKSCOPE_PG_STANDBY
echo "test server (hot standby of the one above): $FKSCOPE_TEST_PG_STANDBY"
fkscope_private_mariadb
export FKSCOPE_TEST_MYSQL=$FKSCOPE_MYSQL
echo "test server: $FKSCOPE_TEST_MYSQL"

status=0
for preset in release asan; do
    echo "== ctest ($preset)"
    ctest --preset "$preset" -j2 || status=1
done
echo "== ctest (fuzz: each input parser for a fixed time)"
ctest --preset fuzz -j2 || status=1
exit $status
