#!/usr/bin/env bash
# Throw-away smtp4dev (a real SMTP server with a web UI and an HTTP API) for the FitSaaS test suite and development.
#
#   etc/scripts/smtp4dev.sh start   # (re)starts smtp4dev on loopback in a fresh directory; prints the connection line
#                                   # "smtp=127.0.0.1:<port>;api=http://127.0.0.1:<port>;tls=<mode>[;certificate=<file>][;user=<name>;password=<pw>]"
#                                   # as the last stdout line
#   etc/scripts/smtp4dev.sh stop    # stops the server and removes the directory; never fails if nothing runs
#
# Environment:
#   FITSAAS_SMTP4DEV_DIR        directory of the server (data, certificate, pid, log), wiped on start/stop (default /tmp/fitsaas-smtp4dev)
#   FITSAAS_SMTP4DEV_SMTP_PORT  SMTP port, listening on 127.0.0.1 only                                 (default 56025)
#   FITSAAS_SMTP4DEV_API_PORT   web UI and HTTP API port (http://127.0.0.1:<port>/, API under /api)    (default 56080)
#   FITSAAS_SMTP4DEV_TLS        None | StartTls (offered, not required) | ImplicitTls                  (default StartTls)
#   FITSAAS_SMTP4DEV_USER       "name=password": SMTP clients must authenticate as that user           (default: no authentication)
#
# smtp4dev is the Rnwood.Smtp4dev dotnet tool pinned in .config/dotnet-tools.json (`dotnet tool restore` installs it from
# NuGet). It needs the .NET 10 runtime of the SDK and nothing from apt (its one native library, SQLite, ships in the
# package); curl is installed from Debian when missing (readiness probe). With TLS it generates a self-signed
# certificate for "localhost" in the directory; the connection line names it so clients can trust exactly that one.
# Messages are kept in memory (the last 10000). All progress messages go to stderr so that
# `$(smtp4dev.sh start | tail -n1)` yields just the connection line.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SMTP4DEV_DIR="${FITSAAS_SMTP4DEV_DIR:-/tmp/fitsaas-smtp4dev}"
SMTP_PORT="${FITSAAS_SMTP4DEV_SMTP_PORT:-56025}"
API_PORT="${FITSAAS_SMTP4DEV_API_PORT:-56080}"
TLS_MODE="${FITSAAS_SMTP4DEV_TLS:-StartTls}"
SMTP_USER="${FITSAAS_SMTP4DEV_USER:-}"
HOST=127.0.0.1

log() { printf '[smtp4dev.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    echo "usage: $0 start|stop" >&2
    exit 2
}

case "$SMTP4DEV_DIR" in
    /*) ;;
    *) die "FITSAAS_SMTP4DEV_DIR must be an absolute path (got '$SMTP4DEV_DIR')" ;;
esac
SMTP4DEV_DIR="${SMTP4DEV_DIR%/}"
case "$SMTP4DEV_DIR" in
    "" | / | /tmp | /var | /usr | /home | /root | /etc) die "refusing to use '$SMTP4DEV_DIR' as a throw-away directory" ;;
esac
[[ "$SMTP_PORT" =~ ^[0-9]+$ ]] || die "FITSAAS_SMTP4DEV_SMTP_PORT must be a number (got '$SMTP_PORT')"
[[ "$API_PORT" =~ ^[0-9]+$ ]] || die "FITSAAS_SMTP4DEV_API_PORT must be a number (got '$API_PORT')"
case "$TLS_MODE" in
    None | StartTls | ImplicitTls) ;;
    *) die "FITSAAS_SMTP4DEV_TLS must be None, StartTls or ImplicitTls (got '$TLS_MODE')" ;;
esac
if [[ -n "$SMTP_USER" ]]; then
    [[ "$SMTP_USER" =~ ^[A-Za-z0-9._-]+=[A-Za-z0-9._-]+$ ]] || die "FITSAAS_SMTP4DEV_USER must be name=password (letters, digits, '.', '_', '-')"
fi

install_curl() {
    log "curl not found; installing the Debian 'curl' package"
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install curl"
        sudo=(sudo -n)
    fi
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >&2
}

port_open() {
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

api_ready() {
    curl -sf --max-time 2 "http://$HOST:$API_PORT/api/server" 2>/dev/null | grep -q '"isRunning":true'
}

# The process group we started (setsid), only when its command line is smtp4dev's with our directory.
stop_server() {
    local pid_file="$SMTP4DEV_DIR/smtp4dev.pid"
    [[ -f "$pid_file" ]] || return 0
    local pid
    pid="$(head -n1 "$pid_file" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "--baseappdatapath=$SMTP4DEV_DIR/data"; then
        log "stopping smtp4dev $pid"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
}

cmd_start() {
    command -v dotnet >/dev/null 2>&1 || die "dotnet (the .NET 10 SDK) is not on PATH"
    command -v curl >/dev/null 2>&1 || install_curl
    (cd "$REPO_ROOT" && dotnet tool restore >&2) || die "dotnet tool restore failed (Rnwood.Smtp4dev from .config/dotnet-tools.json)"

    stop_server
    rm -rf -- "$SMTP4DEV_DIR"
    port_open "$SMTP_PORT" && die "something is already listening on $HOST:$SMTP_PORT (not ours); set FITSAAS_SMTP4DEV_SMTP_PORT"
    port_open "$API_PORT" && die "something is already listening on $HOST:$API_PORT (not ours); set FITSAAS_SMTP4DEV_API_PORT"
    mkdir -p -- "$SMTP4DEV_DIR/data"
    chmod 0700 "$SMTP4DEV_DIR"

    local args=(
        "--baseappdatapath=$SMTP4DEV_DIR/data" --nousersettings --locksettings
        "--urls=http://$HOST:$API_PORT" "--bindaddress=$HOST" --disableipv6 "--smtpport=$SMTP_PORT"
        --imapport= --pop3port= --db= --messagestokeep=10000 --sessionstokeep=10000
        --hostname=localhost "--tlsmode=$TLS_MODE"
    )
    if [[ -n "$SMTP_USER" ]]; then
        args+=(--authenticationrequired --smtpallowanycredentials- "--user=$SMTP_USER")
    fi
    # Own session and process group (stop kills exactly that group); the tool runs from the repository (local manifest).
    (cd "$REPO_ROOT" && exec setsid dotnet tool run smtp4dev -- "${args[@]}" </dev/null >"$SMTP4DEV_DIR/smtp4dev.log" 2>&1) &
    echo $! >"$SMTP4DEV_DIR/smtp4dev.pid"

    local certificate="$SMTP4DEV_DIR/data/selfsigned-certificate.cer"
    for _ in $(seq 1 600); do
        if api_ready && port_open "$SMTP_PORT" && { [[ "$TLS_MODE" == None ]] || [[ -s "$certificate" ]]; }; then
            log "smtp4dev ready: SMTP $HOST:$SMTP_PORT ($TLS_MODE), web/API http://$HOST:$API_PORT"
            local line="smtp=$HOST:$SMTP_PORT;api=http://$HOST:$API_PORT;tls=$TLS_MODE"
            [[ "$TLS_MODE" == None ]] || line+=";certificate=$certificate"
            [[ -z "$SMTP_USER" ]] || line+=";user=${SMTP_USER%%=*};password=${SMTP_USER#*=}"
            echo "$line"
            return 0
        fi
        kill -0 "$(cat "$SMTP4DEV_DIR/smtp4dev.pid")" 2>/dev/null || break
        sleep 0.2
    done
    tail -n 40 "$SMTP4DEV_DIR/smtp4dev.log" >&2 || true
    stop_server
    die "smtp4dev did not become ready within 120 s"
}

cmd_stop() {
    stop_server
    rm -rf -- "$SMTP4DEV_DIR"
}

[[ $# -eq 1 ]] || usage
case "$1" in
    start) cmd_start ;;
    stop) cmd_stop || true ;;
    *) usage ;;
esac
