#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts or stops a private, throwaway PostgreSQL cluster on a unix socket in a temp directory.
#   scripts/pg-temp.sh start DIR   -> initdb + pg_ctl start; prints the conninfo on stdout
#   scripts/pg-temp.sh standby PRIMARY_DIR DIR
#                                  -> a streaming hot standby of the cluster in PRIMARY_DIR
#                                     (pg_basebackup -R), on a socket in DIR; prints its conninfo
#   scripts/pg-temp.sh restart DIR [MODE]
#                                  -> pg_ctl restart (MODE: fast, the default, or immediate: a crash)
#   scripts/pg-temp.sh stop DIR    -> pg_ctl stop (immediate) and removes DIR
# When run as root, the cluster runs as the 'postgres' user (initdb refuses root).
# Authentication: trust for everyone on the socket, except the role 'fkscope_pw' (scram-sha-256),
# which the tests use to check what a wrong password looks like.
set -euo pipefail

action=${1:?usage: pg-temp.sh start|stop DIR}
dir=${2:?usage: pg-temp.sh start|stop DIR}

pgbin=""
for v in 17 16 15 14 13 12; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then pgbin="/usr/lib/postgresql/$v/bin"; break; fi
done
[ -n "$pgbin" ] || { echo "pg-temp.sh: no PostgreSQL server found (install the 'postgresql' package)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >"$dir/data/pg_hba.conf" <<HBA
local all fkscope_pw scram-sha-256
local all all trust
local replication postgres trust
HBA
    port=${PGTEMP_PORT:-54329}
    # German and French server messages for the tests of `fkscope explain` (lc_messages): the
    # locales are compiled into DIR (glibc reads them from LOCPATH), nothing is written system-wide.
    if [ -e /usr/share/i18n/locales/de_DE ] && [ -e /usr/share/i18n/locales/fr_FR ]; then
        as_owner mkdir -p "$dir/locale"
        for loc in de_DE fr_FR; do
            as_owner localedef -i "$loc" -f UTF-8 "$dir/locale/$loc.UTF-8" >/dev/null 2>&1 || true
        done
        export LOCPATH="$dir/locale"
    fi
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 \
            -c shared_buffers=256MB -c max_locks_per_transaction=256 -c wal_level=replica \
            -c max_wal_senders=4" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=$port user=postgres"
    ;;
standby)
    # The primary's port and socket come from its postmaster.pid (line 4: port, line 5: socket dir).
    primary=$dir
    dir=${3:?usage: pg-temp.sh standby PRIMARY_DIR DIR}
    pport=$(sed -n 4p "$primary/data/postmaster.pid")
    psock=$(sed -n 5p "$primary/data/postmaster.pid")
    port=${PGTEMP_PORT:-$((pport + 1))}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$pgbin/pg_basebackup" -h "$psock" -p "$pport" -U postgres -D "$dir/data" -R -X stream \
        -c fast >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
    # Conflicting WAL waits for the standby's queries (as a reporting replica is usually set up), and
    # the replica reports its queries to the primary so VACUUM there does not cancel them.
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c hot_standby=on \
            -c fsync=off -c max_connections=60 -c max_locks_per_transaction=256 -c max_wal_senders=4 \
            -c shared_buffers=128MB -c hot_standby_feedback=on -c max_standby_streaming_delay=-1" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=$port user=postgres"
    ;;
restart)
    if [ -d "$dir/locale" ]; then export LOCPATH="$dir/locale"; fi
    # The server's own command line (postmaster.opts) is used again.
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m "${3:-fast}" -w -t 60 restart >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-temp.sh start|restart|stop DIR | standby PRIMARY_DIR DIR" >&2
    exit 2
    ;;
esac
