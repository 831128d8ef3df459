#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Loads every schema of ../shared/datasets into its own database on the test server, as each
# dataset's SOURCE.md says (fixups.sql first; evergreen in a C-collated database with eg_version).
# Idempotent: a database that already holds a completed load is kept.
#   FKSCOPE_TEST_PG=CONNINFO load-datasets.sh DATASETS_DIR
set -euo pipefail
conninfo=${FKSCOPE_TEST_PG:?FKSCOPE_TEST_PG must hold the test server conninfo}
datasets=${1:?usage: load-datasets.sh DATASETS_DIR}
[ -d "$datasets" ] || { echo "load-datasets.sh: no datasets at $datasets" >&2; exit 1; }

psql_admin() { psql "$conninfo dbname=postgres" -X -q -v ON_ERROR_STOP=1 "$@"; }

for dir in "$datasets"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/schema.sql" ] || continue
    db="ds_${name//-/_}"
    done_marker=$(psql_admin -tAc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")
    if [ "$done_marker" = "fkscope dataset loaded" ]; then
        continue
    fi
    psql_admin -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" >/dev/null
    args=()
    if [ "$name" = evergreen ]; then
        psql_admin -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UNICODE' LC_COLLATE 'C' LC_CTYPE 'C'"
        args+=(-v eg_version=NULL)
    else
        psql_admin -c "CREATE DATABASE $db"
    fi
    [ -f "$dir/fixups.sql" ] && args+=(-f "$dir/fixups.sql")
    args+=(-f "$dir/schema.sql")
    start=$(date +%s%N)
    if ! psql "$conninfo dbname=$db" -X -q -v ON_ERROR_STOP=1 "${args[@]}" >"/tmp/fkscope-load-$name.log" 2>&1; then
        echo "load-datasets.sh: loading $name failed; see /tmp/fkscope-load-$name.log" >&2
        tail -5 "/tmp/fkscope-load-$name.log" >&2
        exit 1
    fi
    psql_admin -c "COMMENT ON DATABASE $db IS 'fkscope dataset loaded'" >/dev/null
    printf "loaded %-24s in %6d ms\n" "$name" $(( ($(date +%s%N) - start) / 1000000 ))
done
