#!/usr/bin/env bash
# Runs the benchmarks against a private PostgreSQL (started and stopped here) and prints the figures.
#   scripts/bench.sh [bench arguments, e.g. --tables 10000 --runs 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/install-deps.sh
scripts/build.sh release
pgdir=$(mktemp -d /tmp/fkscope-bench-pg.XXXXXX)
trap 'scripts/pg-temp.sh stop "$pgdir"' EXIT
FKSCOPE_BENCH_PG=$(PGTEMP_PORT=54330 scripts/pg-temp.sh start "$pgdir")
export FKSCOPE_BENCH_PG
build/release/tests/bench/bench_catalog "$@"
