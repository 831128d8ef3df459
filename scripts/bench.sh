#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the benchmarks against a private PostgreSQL and a private MariaDB (started and stopped here)
# and prints the figures.
#   scripts/bench.sh [bench arguments, e.g. --tables 10000 --runs 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/lib.sh
fkscope_prepare
fkscope_private_pg 54330
export FKSCOPE_BENCH_PG=$FKSCOPE_PG
fkscope_private_mariadb
export FKSCOPE_BENCH_MYSQL=$FKSCOPE_MYSQL
build/release/tests/bench/bench_catalog "$@"
for shape in orders forum; do
  build/release/tests/bench/bench_impact --shape "$shape"
  build/release/tests/bench/bench_impact --shape "$shape" --fresh
done
build/release/tests/bench/bench_impact --shape cyclic --cases 1000
build/release/tests/bench/bench_rowpage
build/release/tests/bench/bench_mysql
build/release/tests/bench/bench_sqliteimpact
build/release/tests/bench/bench_diff
