# SPDX-License-Identifier: Apache-2.0
# Sourced by the scripts here: shared steps.
#   fkscope_prepare            installs what is missing and builds the release preset
#   fkscope_private_pg PORT    starts a throwaway PostgreSQL, stopped when the calling script exits;
#                              sets FKSCOPE_PG to its conninfo (without dbname)

fkscope_prepare() {
    scripts/install-deps.sh
    scripts/build.sh release
}

fkscope_private_pg() {
    FKSCOPE_PG_DIR=$(mktemp -d /tmp/fkscope-pg.XXXXXX)
    trap 'scripts/pg-temp.sh stop "$FKSCOPE_PG_DIR"' EXIT
    FKSCOPE_PG=$(PGTEMP_PORT="$1" scripts/pg-temp.sh start "$FKSCOPE_PG_DIR")
}
