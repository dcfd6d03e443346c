#!/usr/bin/env bash
# Throw-away PostgreSQL server for the FitSaaS test suite.
#
#   etc/scripts/postgres.sh start   # (re)creates the cluster, prints the connection string (application role
#                                   # 'fitsaas': NOSUPERUSER NOBYPASSRLS CREATEDB, owner of database 'fitsaas') as the last stdout line
#   etc/scripts/postgres.sh stop    # stops the server and removes the directory; never fails if nothing runs
#   etc/scripts/postgres.sh admin-connection   # prints the superuser ('postgres') connection string of that server,
#                                   # for administration only (tests that create roles); the application never uses it
#
# Environment:
#   FITSAAS_PG_DIR   cluster directory, wiped on start/stop   (default /tmp/fitsaas-pg)
#   FITSAAS_PG_PORT  TCP port, listening on 127.0.0.1 only   (default 55432)
#
# Never touches the Debian-managed cluster (pg_ctlcluster / "main"); the server only lives in FITSAAS_PG_DIR.
# All progress messages go to stderr so that `$(postgres.sh start | tail -n1)` yields just the connection string.
set -euo pipefail

PG_DIR="${FITSAAS_PG_DIR:-/tmp/fitsaas-pg}"
PG_PORT="${FITSAAS_PG_PORT:-55432}"
PG_DATA="$PG_DIR/data"
PG_SOCK="$PG_DIR/sock"
PG_LOG="$PG_DIR/postgres.log"
PG_HOST=127.0.0.1
PG_DATABASE=fitsaas
PG_PASSWORD=postgres
# The application never connects as a superuser or a BYPASSRLS role: row-level security would silently not apply.
# APP_ROLE owns the database (and the per-test databases it creates with CREATEDB); FORCE ROW LEVEL SECURITY makes the
# policies apply to the owner too.
APP_ROLE=fitsaas
APP_PASSWORD=fitsaas
CONNECTION_STRING="Host=$PG_HOST;Port=$PG_PORT;Username=$APP_ROLE;Password=$APP_PASSWORD;Database=$PG_DATABASE"
ADMIN_CONNECTION_STRING="Host=$PG_HOST;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"

log() { printf '[postgres.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    echo "usage: $0 start|stop|admin-connection" >&2
    exit 2
}

# --- sanity --------------------------------------------------------------------------------------

case "$PG_DIR" in
    /*) ;;
    *) die "FITSAAS_PG_DIR must be an absolute path (got '$PG_DIR')" ;;
esac
PG_DIR="${PG_DIR%/}"
case "$PG_DIR" in
    "" | / | /tmp | /var | /usr | /home | /root | /etc) die "refusing to use '$PG_DIR' as a throw-away directory" ;;
esac
[[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "FITSAAS_PG_PORT must be a number (got '$PG_PORT')"

IS_ROOT=0
[[ "$(id -u)" == 0 ]] && IS_ROOT=1

# --- helpers -------------------------------------------------------------------------------------

find_pg_bin() {
    # Highest installed major version.
    local candidate best=""
    for candidate in /usr/lib/postgresql/*/bin/initdb; do
        [[ -x "$candidate" ]] && best="$(printf '%s\n%s\n' "$best" "$candidate" | sed '/^$/d' | sort -V | tail -n1)"
    done
    [[ -n "$best" ]] || return 1
    dirname "$best"
}

install_postgres() {
    log "PostgreSQL binaries not found; installing the Debian 'postgresql' package"
    local sudo=()
    if [[ "$IS_ROOT" != 1 ]]; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install postgresql"
        sudo=(sudo -n)
    fi
    # Installing may create/start the Debian 'main' cluster on 5432; we leave it alone and never use it.
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# The OS user that owns and runs the cluster: 'postgres' when we are root (the server refuses to run as root),
# the current user otherwise.
pg_owner() {
    if [[ "$IS_ROOT" == 1 ]]; then echo postgres; else id -un; fi
}

# Runs a command as the cluster owner, from a directory it can read (pg_ctl dislikes an unreadable cwd).
as_pg() {
    if [[ "$IS_ROOT" == 1 ]]; then
        if command -v runuser >/dev/null 2>&1; then
            (cd / && runuser -u postgres -- "$@")
        else
            local cmd
            cmd="$(printf '%q ' "$@")"
            (cd / && su postgres -s /bin/sh -c "$cmd")
        fi
    else
        (cd / && "$@")
    fi
}

# 0 when a postmaster is alive on PG_DATA.
server_running() {
    local bin="$1"
    [[ -f "$PG_DATA/postmaster.pid" ]] || return 1
    as_pg "$bin/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

stop_server() {
    local bin="$1"
    if server_running "$bin"; then
        log "stopping server on $PG_DATA"
        if ! as_pg "$bin/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >&2; then
            log "fast shutdown failed; trying immediate"
            as_pg "$bin/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 >&2 || true
        fi
    fi
    # Last resort: a postmaster whose pg_ctl status is confused (e.g. unreadable dir) but whose pid file is there.
    if [[ -f "$PG_DATA/postmaster.pid" ]]; then
        local pid
        pid="$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
            && [[ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" == postgres* ]]; then
            log "killing leftover postmaster $pid"
            kill -INT "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
}

remove_dir() {
    [[ -e "$PG_DIR" ]] || return 0
    rm -rf -- "$PG_DIR"
}

psql_admin() {
    # Client side: fine to run as any user, trust auth over TCP.
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"
}

# --- commands ------------------------------------------------------------------------------------

cmd_start() {
    PG_BIN="$(find_pg_bin || true)"
    if [[ -z "$PG_BIN" ]]; then
        install_postgres
        PG_BIN="$(find_pg_bin || true)"
        [[ -n "$PG_BIN" ]] || die "postgresql installed but no /usr/lib/postgresql/*/bin/initdb found"
    fi
    log "using $("$PG_BIN/postgres" --version) from $PG_BIN"

    local owner
    owner="$(pg_owner)"
    if [[ "$IS_ROOT" == 1 ]] && ! id postgres >/dev/null 2>&1; then
        log "creating system user 'postgres'"
        useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi

    # Idempotence: stop a server left over from a previous run, then wipe.
    stop_server "$PG_BIN"
    remove_dir

    if "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; then
        die "something is already accepting connections on $PG_HOST:$PG_PORT (not ours); set FITSAAS_PG_PORT"
    fi

    mkdir -p -- "$PG_DIR" "$PG_SOCK"
    chmod 0755 "$PG_DIR"
    if [[ "$IS_ROOT" == 1 ]]; then
        chown -R "$owner": "$PG_DIR"
    fi

    # initdb. C.UTF-8 is preferred (glibc >= 2.35 has it built in); fall back to C when missing.
    local locale=C
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        locale=C.UTF-8
    fi
    local initdb_args=(-D "$PG_DATA" --auth=trust -U postgres --encoding=UTF8 --no-sync)
    log "initdb ($locale) into $PG_DATA as $owner"
    if ! as_pg "$PG_BIN/initdb" "${initdb_args[@]}" --locale="$locale" >"$PG_DIR/initdb.log" 2>&1; then
        if [[ "$locale" != C ]]; then
            log "initdb with --locale=$locale failed; retrying with --locale=C"
            as_pg rm -rf -- "$PG_DATA"
            as_pg "$PG_BIN/initdb" "${initdb_args[@]}" --locale=C >"$PG_DIR/initdb.log" 2>&1 \
                || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
        else
            cat "$PG_DIR/initdb.log" >&2
            die "initdb failed"
        fi
    fi

    # Test-only settings: never use these for real data. max_connections: test classes run in parallel, each with its own
    # database and pool (up to 250 for the 200-parallel booking tests), so 300 slots ran out once (53300) in a CI run.
    as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF

# ---- FitSaaS throw-away test cluster (etc/scripts/postgres.sh) ----
listen_addresses = '$PG_HOST'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
max_connections = 800
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
EOF
    # FITSAAS_PG_PRELOAD (e.g. pg_stat_statements, for a benchmark's statement statistics): libraries loaded at start.
    if [[ -n "${FITSAAS_PG_PRELOAD:-}" ]]; then
        printf "shared_preload_libraries = '%s'\npg_stat_statements.track_planning = on\n" "$FITSAAS_PG_PRELOAD" | as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null
    fi

    log "starting server on $PG_HOST:$PG_PORT (log: $PG_LOG)"
    if ! as_pg "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 >&2; then
        tail -n 50 "$PG_LOG" >&2 2>/dev/null || true
        die "pg_ctl start failed"
    fi

    local ready=0
    for _ in $(seq 1 60); do
        if "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -t 2; then
            ready=1
            break
        fi
        sleep 0.5
    done
    if [[ "$ready" != 1 ]]; then
        tail -n 50 "$PG_LOG" >&2 2>/dev/null || true
        die "server did not become ready on $PG_HOST:$PG_PORT"
    fi

    # Password for clients that insist on sending one (auth stays trust), and the default database.
    psql_admin -c "ALTER USER postgres WITH PASSWORD '$PG_PASSWORD';" >&2
    psql_admin -c "CREATE ROLE $APP_ROLE LOGIN PASSWORD '$APP_PASSWORD' NOSUPERUSER NOBYPASSRLS CREATEDB NOCREATEROLE;" >&2
    psql_admin -c "CREATE DATABASE $PG_DATABASE OWNER $APP_ROLE;" >&2

    log "ready: $("$PG_BIN/psql" -X -At -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c 'show server_version')," \
        "max_connections=$("$PG_BIN/psql" -X -At -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c 'show max_connections')"
    printf '%s\n' "$CONNECTION_STRING"
}

cmd_stop() {
    PG_BIN="$(find_pg_bin || true)"
    if [[ -n "$PG_BIN" ]]; then
        stop_server "$PG_BIN" || true
    fi
    remove_dir || true
    log "stopped (removed $PG_DIR)"
}

[[ $# -eq 1 ]] || usage
case "$1" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    admin-connection) printf '%s\n' "$ADMIN_CONNECTION_STRING" ;;
    *) usage ;;
esac
