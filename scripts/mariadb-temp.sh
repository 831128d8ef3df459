#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts or stops a private, throwaway MariaDB server on a unix socket in a temp directory.
#   scripts/mariadb-temp.sh start DIR   -> mariadb-install-db + mariadbd; prints the source URI
#   scripts/mariadb-temp.sh stop DIR    -> stops the server (SIGTERM, then SIGKILL) and removes DIR
# Networking is off (--skip-networking); only the socket DIR/mysqld.sock answers. When run as root,
# the server runs as the 'mysql' user. Accounts: root without a password (the tests' admin), and
# 'fkscope_pw' with the password 'secret' (what a wrong password looks like).
set -euo pipefail

action=${1:?usage: mariadb-temp.sh start|stop DIR}
dir=${2:?usage: mariadb-temp.sh start|stop DIR}

command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] \
    || { echo "mariadb-temp.sh: no MariaDB server found (install the 'mariadb-server' package)" >&2; exit 1; }
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u mysql -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown mysql:mysql "$dir"; fi
    # The socket's directory must be reachable by the tests' user; the data directory stays private.
    chmod 711 "$dir"
    as_owner mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal \
        --skip-test-db --skip-name-resolve >"$dir/install.log" 2>&1 \
        || { cat "$dir/install.log" >&2; exit 1; }
    # Daemonized by this script: the server's pid goes to DIR/mariadbd.pid.
    as_owner "$mariadbd" --no-defaults --datadir="$dir/data" --socket="$dir/mysqld.sock" \
        --pid-file="$dir/mariadbd.pid" --log-error="$dir/server.log" --skip-networking \
        --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-log-file-size=64M \
        --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --sync-binlog=0 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_bin --max-connections=100 \
        --lock-wait-timeout=10 --innodb-lock-wait-timeout=5 >/dev/null 2>&1 </dev/null &
    for _ in $(seq 1 120); do
        if mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1; then
            break
        fi
        if ! kill -0 $! 2>/dev/null; then
            cat "$dir/server.log" >&2 || true
            exit 1
        fi
        sleep 0.5
    done
    mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -e \
        "CREATE USER 'fkscope_pw'@'localhost' IDENTIFIED BY 'secret'; GRANT SELECT ON *.* TO 'fkscope_pw'@'localhost';" \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "mariadb://root@localhost/?socket=$dir/mysqld.sock"
    ;;
stop)
    if [ -f "$dir/mariadbd.pid" ]; then
        pid=$(cat "$dir/mariadbd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: mariadb-temp.sh start|stop DIR" >&2
    exit 2
    ;;
esac
