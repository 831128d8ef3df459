# SPDX-License-Identifier: Apache-2.0
# Sourced by the scripts here: shared steps.
#   fkscope_prepare            installs what is missing and builds the release preset
#   fkscope_private_pg PORT    starts a throwaway PostgreSQL, stopped when the calling script exits;
#                              sets FKSCOPE_PG to its conninfo (without dbname)
#   fkscope_private_pg_standby starts a streaming hot standby of that PostgreSQL (pg_basebackup -R),
#                              stopped when the calling script exits; sets FKSCOPE_PG_STANDBY
#   fkscope_private_mariadb    starts a throwaway MariaDB on a unix socket, stopped when the calling
#                              script exits; sets FKSCOPE_MYSQL to its URI (without a database)

fkscope_prepare() {
    scripts/install-deps.sh
    scripts/build.sh release
}

# Every server started here is stopped by one EXIT trap, whatever happens.
FKSCOPE_CLEANUP=()
fkscope_cleanup() {
    local step
    for step in "${FKSCOPE_CLEANUP[@]}"; do
        eval "$step" || true
    done
}
trap fkscope_cleanup EXIT

fkscope_private_pg() {
    FKSCOPE_PG_DIR=$(mktemp -d /tmp/fkscope-pg.XXXXXX)
    FKSCOPE_CLEANUP+=("scripts/pg-temp.sh stop '$FKSCOPE_PG_DIR'")
    FKSCOPE_PG=$(PGTEMP_PORT="$1" scripts/pg-temp.sh start "$FKSCOPE_PG_DIR")
}

fkscope_private_pg_standby() {
    FKSCOPE_PG_STANDBY_DIR=$(mktemp -d /tmp/fkscope-pg-standby.XXXXXX)
    FKSCOPE_CLEANUP+=("scripts/pg-temp.sh stop '$FKSCOPE_PG_STANDBY_DIR'")
    FKSCOPE_PG_STANDBY=$(scripts/pg-temp.sh standby "$FKSCOPE_PG_DIR" "$FKSCOPE_PG_STANDBY_DIR")
}

fkscope_private_mariadb() {
    FKSCOPE_MYSQL_DIR=$(mktemp -d /tmp/fkscope-mariadb.XXXXXX)
    FKSCOPE_CLEANUP+=("scripts/mariadb-temp.sh stop '$FKSCOPE_MYSQL_DIR'")
    FKSCOPE_MYSQL=$(scripts/mariadb-temp.sh start "$FKSCOPE_MYSQL_DIR")
}
