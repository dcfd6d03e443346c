#!/usr/bin/env bash
# Throw-away Redis server for the FitSaaS test suite (and development).
#
#   etc/scripts/redis.sh start   # (re)starts redis-server on loopback in a fresh directory; prints the Redis:Configuration
#                                # string ("127.0.0.1:<port>,password=<password>") as the last stdout line
#   etc/scripts/redis.sh stop    # stops the server and removes the directory; never fails if nothing runs
#
# Environment:
#   FITSAAS_REDIS_DIR       directory of the server (config, pid, log), wiped on start/stop   (default /tmp/fitsaas-redis)
#   FITSAAS_REDIS_PORT      TCP port, listening on 127.0.0.1 only                            (default 56379)
#   FITSAAS_REDIS_PASSWORD  password required by the server (requirepass)                   (default fitsaas-test)
#
# Installs the Debian 'redis-server' package when redis-server is missing. Never touches the Debian-managed service; no
# persistence (save "", appendonly no). All progress messages go to stderr so that `$(redis.sh start | tail -n1)` yields
# just the configuration string.
set -euo pipefail

REDIS_DIR="${FITSAAS_REDIS_DIR:-/tmp/fitsaas-redis}"
REDIS_PORT="${FITSAAS_REDIS_PORT:-56379}"
REDIS_PASSWORD="${FITSAAS_REDIS_PASSWORD:-fitsaas-test}"
REDIS_HOST=127.0.0.1

log() { printf '[redis.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    echo "usage: $0 start|stop" >&2
    exit 2
}

case "$REDIS_DIR" in
    /*) ;;
    *) die "FITSAAS_REDIS_DIR must be an absolute path (got '$REDIS_DIR')" ;;
esac
REDIS_DIR="${REDIS_DIR%/}"
case "$REDIS_DIR" in
    "" | / | /tmp | /var | /usr | /home | /root | /etc) die "refusing to use '$REDIS_DIR' as a throw-away directory" ;;
esac
[[ "$REDIS_PORT" =~ ^[0-9]+$ ]] || die "FITSAAS_REDIS_PORT must be a number (got '$REDIS_PORT')"
[[ "$REDIS_PASSWORD" =~ ^[A-Za-z0-9._-]+$ ]] || die "FITSAAS_REDIS_PASSWORD may only contain letters, digits, '.', '_' and '-'"

install_redis() {
    log "redis-server not found; installing the Debian 'redis-server' package"
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install redis-server"
        sudo=(sudo -n)
    fi
    # The package may start its own service on 6379; we leave it alone and never use it.
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >&2
}

ping_server() {
    REDISCLI_AUTH="$REDIS_PASSWORD" redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --no-auth-warning ping 2>/dev/null | grep -q PONG
}

stop_server() {
    local pid_file="$REDIS_DIR/redis.pid"
    [[ -f "$pid_file" ]] || return 0
    local pid
    pid="$(head -n1 "$pid_file" 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
        && [[ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" == redis-server* ]]; then
        log "stopping redis-server $pid"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
}

cmd_start() {
    command -v redis-server >/dev/null 2>&1 || install_redis
    command -v redis-server >/dev/null 2>&1 || die "redis-server installed but not on PATH"
    log "using $(redis-server --version | head -n1)"

    stop_server
    rm -rf -- "$REDIS_DIR"
    if ping_server || (exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT") 2>/dev/null; then
        die "something is already listening on $REDIS_HOST:$REDIS_PORT (not ours); set FITSAAS_REDIS_PORT"
    fi
    mkdir -p -- "$REDIS_DIR"
    chmod 0700 "$REDIS_DIR"

    # Test-only settings: no persistence, loopback only.
    cat >"$REDIS_DIR/redis.conf" <<CONF
bind $REDIS_HOST
port $REDIS_PORT
protected-mode yes
requirepass $REDIS_PASSWORD
dir $REDIS_DIR
pidfile $REDIS_DIR/redis.pid
logfile $REDIS_DIR/redis.log
daemonize yes
save ""
appendonly no
databases 16
CONF
    redis-server "$REDIS_DIR/redis.conf" >&2 || die "redis-server did not start (see $REDIS_DIR/redis.log)"
    for _ in $(seq 1 100); do
        if ping_server; then
            log "redis-server ready on $REDIS_HOST:$REDIS_PORT"
            echo "$REDIS_HOST:$REDIS_PORT,password=$REDIS_PASSWORD"
            return 0
        fi
        sleep 0.1
    done
    cat "$REDIS_DIR/redis.log" >&2 || true
    die "redis-server did not answer PING within 10 s"
}

cmd_stop() {
    stop_server
    rm -rf -- "$REDIS_DIR"
}

[[ $# -eq 1 ]] || usage
case "$1" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    *) usage ;;
esac
