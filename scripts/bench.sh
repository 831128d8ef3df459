#!/usr/bin/env bash
# Runs the benchmarks against a private PostgreSQL (started and stopped here) and prints the figures.
#   scripts/bench.sh [bench arguments, e.g. --tables 10000 --runs 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/lib.sh
fkscope_prepare
fkscope_private_pg 54330
export FKSCOPE_BENCH_PG=$FKSCOPE_PG
build/release/tests/bench/bench_catalog "$@"
build/release/tests/bench/bench_impact
build/release/tests/bench/bench_rowpage
