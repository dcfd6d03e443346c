#!/usr/bin/env bash
# Throw-away local Stripe emulator (npm stripe-stateful-mock 0.0.16, DOMAIN.md §3.9) for the FitSaaS test suite and
# development: Stripe.net points at it through Stripe:ApiBase.
#
#   etc/scripts/stripe-mock.sh start   # (re)starts it on loopback; prints its base URL "http://127.0.0.1:<port>" as the
#                                      # last stdout line
#   etc/scripts/stripe-mock.sh stop    # stops it and removes its directory; never fails if nothing runs
#   etc/scripts/stripe-mock.sh fake [--webhook-url <url> --webhook-secret <whsec_…>]
#                                      # (re)starts the emulator, then runs FakeStripe (test/FitSaaS.StripeFake: SetupIntents,
#                                      # PaymentMethods, 3-D Secure, signed webhooks) in the foreground in front of it on
#                                      # 127.0.0.1:$FITSAAS_STRIPE_FAKE_PORT (default 56421); point Stripe:ApiBase there.
#                                      # Ctrl+C stops the fake; `stop` stops the emulator.
#
# Environment:
#   FITSAAS_STRIPE_MOCK_DIR   directory of the server (pid, log), wiped on start/stop (default /tmp/fitsaas-stripe-mock)
#   FITSAAS_STRIPE_MOCK_PORT  port, listening on 127.0.0.1 only                     (default 56420)
#
# The emulator is the npm package pinned in etc/stripe-mock/package.json (+ package-lock.json), installed by `npm ci`
# into etc/stripe-mock/node_modules from the npm registry; Node.js and npm come from Debian (`apt-get install nodejs
# npm`) when missing. It keeps its objects in memory: every start is empty. Any secret key is accepted (sk_test_…).
# Progress goes to stderr so that `$(stripe-mock.sh start | tail -n1)` yields just the URL.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PACKAGE_DIR="$REPO_ROOT/etc/stripe-mock"
MOCK_DIR="${FITSAAS_STRIPE_MOCK_DIR:-/tmp/fitsaas-stripe-mock}"
PORT="${FITSAAS_STRIPE_MOCK_PORT:-56420}"
HOST=127.0.0.1

log() { printf '[stripe-mock.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case "$MOCK_DIR" in
    /*) ;;
    *) die "FITSAAS_STRIPE_MOCK_DIR must be an absolute path (got '$MOCK_DIR')" ;;
esac
MOCK_DIR="${MOCK_DIR%/}"
case "$MOCK_DIR" in
    "" | / | /tmp | /var | /usr | /home | /root | /etc) die "refusing to use '$MOCK_DIR' as a throw-away directory" ;;
esac
[[ "$PORT" =~ ^[0-9]+$ ]] || die "FITSAAS_STRIPE_MOCK_PORT must be a number (got '$PORT')"

install_node() {
    log "node/npm not found; installing the Debian 'nodejs' and 'npm' packages"
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install nodejs and npm"
        sudo=(sudo -n)
    fi
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
}

port_open() {
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}

# The process group we started (setsid), only when its command line is our server's.
stop_server() {
    local pid_file="$MOCK_DIR/stripe-mock.pid"
    [[ -f "$pid_file" ]] || return 0
    local pid
    pid="$(head -n1 "$pid_file" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$PACKAGE_DIR/server.js"; then
        log "stopping stripe-stateful-mock $pid"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
}

cmd_start() {
    { command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; } || install_node
    if [[ ! -d "$PACKAGE_DIR/node_modules/stripe-stateful-mock" ]] \
        || ! cmp -s "$PACKAGE_DIR/package-lock.json" "$PACKAGE_DIR/node_modules/.installed-lock.json" 2>/dev/null; then
        log "npm ci in $PACKAGE_DIR"
        (cd "$PACKAGE_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed (etc/stripe-mock/package-lock.json)"
        cp "$PACKAGE_DIR/package-lock.json" "$PACKAGE_DIR/node_modules/.installed-lock.json"
    fi

    stop_server
    rm -rf -- "$MOCK_DIR"
    port_open "$PORT" && die "something is already listening on $HOST:$PORT (not ours); set FITSAAS_STRIPE_MOCK_PORT"
    mkdir -p -- "$MOCK_DIR"
    chmod 0700 "$MOCK_DIR"

    # Own session and process group: stop kills exactly that group.
    (exec setsid node "$PACKAGE_DIR/server.js" "$PORT" </dev/null >"$MOCK_DIR/stripe-mock.log" 2>&1) &
    echo $! >"$MOCK_DIR/stripe-mock.pid"
    for _ in $(seq 1 300); do
        if port_open "$PORT"; then
            log "stripe-stateful-mock ready on http://$HOST:$PORT"
            echo "http://$HOST:$PORT"
            return 0
        fi
        kill -0 "$(cat "$MOCK_DIR/stripe-mock.pid")" 2>/dev/null || break
        sleep 0.1
    done
    cat "$MOCK_DIR/stripe-mock.log" >&2 || true
    stop_server
    die "stripe-stateful-mock did not start on $HOST:$PORT"
}

cmd_stop() {
    stop_server
    rm -rf -- "$MOCK_DIR"
}

cmd_fake() {
    local emulator
    emulator="$(cmd_start | tail -n1)"
    log "FakeStripe on http://$HOST:${FITSAAS_STRIPE_FAKE_PORT:-56421} in front of $emulator"
    exec dotnet run --project "$REPO_ROOT/test/FitSaaS.StripeFake" -c Release -- \
        --port "${FITSAAS_STRIPE_FAKE_PORT:-56421}" --emulator "$emulator" "$@"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    fake) shift; cmd_fake "$@" ;;
    *) echo "usage: $0 start|stop|fake [--webhook-url <url> --webhook-secret <whsec_…>]" >&2; exit 2 ;;
esac
