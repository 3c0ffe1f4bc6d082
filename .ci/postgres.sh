#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test run (see /work/shared/ENVIRONMENT.md).
#
#   url=$(bash .ci/postgres.sh start)   # prints only the URL on stdout, messages on stderr
#   SKILLBASE_TEST_PG=$url pytest tests/db tests/services
#   bash .ci/postgres.sh stop           # stops it and removes its folder (no-op if none)
#   bash .ci/postgres.sh status
#
# The server runs as the OS user `postgres` (root cannot run it; as another user it runs as
# that user), on 127.0.0.1:$PGPORT with trust authentication, fsync off, its unix socket in
# its own folder, and all its data in a mktemp folder whose path is kept in $STATE_FILE.
set -euo pipefail

PGPORT=${SKILLBASE_CI_PG_PORT:-54329}
PGDATABASE_NAME=skillbase_test
STATE_FILE=${SKILLBASE_CI_PG_STATE:-/tmp/skillbase-ci-pg.path}
URL="postgresql+psycopg://postgres@127.0.0.1:${PGPORT}/${PGDATABASE_NAME}"

say() { printf 'postgres.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    [[ -n $bin && -x $bin/initdb ]] \
        || die "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    printf '%s\n' "$bin"
}

# Run a command as the server's OS user.
as_pg() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Every folder above $1 must be searchable (x) by the server's user, or it cannot reach its
# data. /tmp always is; a TMPDIR under /root is not: add o+x (search only, not read) there.
make_reachable() {
    [[ $EUID -eq 0 ]] || return 0
    local dir=$1
    while dir=$(dirname "$dir"); [[ $dir != / ]]; do
        if ! runuser -u postgres -- test -x "$dir"; then
            say "making $dir searchable for user postgres (chmod o+x)"
            chmod o+x "$dir"
        fi
    done
}

start() {
    local bin root
    bin=$(pg_bin)
    if [[ -f $STATE_FILE ]]; then
        say "a server from an earlier run is recorded in $STATE_FILE: stopping it first"
        stop
    fi
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "no OS user 'postgres' (the postgresql package creates it)"
    fi

    root=$(mktemp -d "${SKILLBASE_CI_PG_PARENT:-${TMPDIR:-/tmp}}/skillbase-pg.XXXXXX")
    printf '%s\n' "$root" >"$STATE_FILE"   # before anything can fail, so `stop` cleans up
    make_reachable "$root"
    if [[ $EUID -eq 0 ]]; then
        chown postgres: "$root"
    fi
    chmod 700 "$root"
    (( ${#root} + 16 < 108 )) || die "$root is too long a path for a unix socket; set TMPDIR=/tmp"

    say "initdb in $root/data ($bin)"
    if ! as_pg "$bin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$root/initdb.log" 2>&1; then
        cat "$root/initdb.log" >&2
        die "initdb failed"
    fi

    say "starting the server on 127.0.0.1:$PGPORT"
    if ! as_pg "$bin/pg_ctl" -D "$root/data" -l "$root/log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $root -c fsync=off" \
            start >&2; then
        [[ -f $root/log ]] && cat "$root/log" >&2
        die "the server did not start (is port $PGPORT taken?)"
    fi

    as_pg "$bin/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$PGDATABASE_NAME" \
        || die "createdb $PGDATABASE_NAME failed"
    as_pg "$bin/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$PGDATABASE_NAME" -XAtq \
        -c 'select 1' >/dev/null || die "the server does not accept connections"
    say "ready: $URL"
    export SKILLBASE_TEST_PG=$URL
    printf '%s\n' "$URL"
}

stop() {
    local bin root
    if [[ ! -f $STATE_FILE ]]; then
        say "no server recorded in $STATE_FILE: nothing to stop"
        return 0
    fi
    root=$(<"$STATE_FILE")
    if [[ -f $root/data/postmaster.pid ]]; then
        bin=$(pg_bin)
        say "stopping the server in $root"
        as_pg "$bin/pg_ctl" -D "$root/data" -m fast -w -t 60 stop >&2 \
            || as_pg "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >&2 \
            || say "warning: pg_ctl stop failed"
    fi
    # Only ever remove what `start` created.
    if [[ $root == */skillbase-pg.* && -d $root ]]; then
        rm -rf -- "$root"
    fi
    rm -f -- "$STATE_FILE"
    say "stopped"
}

status() {
    if [[ -f $STATE_FILE ]]; then
        local root bin
        root=$(<"$STATE_FILE")
        bin=$(pg_bin)
        as_pg "$bin/pg_ctl" -D "$root/data" status >&2 && printf '%s\n' "$URL"
    else
        say "not running (no $STATE_FILE)"
        return 3
    fi
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    url) printf '%s\n' "$URL" ;;
    *) say "usage: $0 start|stop|status|url"; exit 2 ;;
esac
