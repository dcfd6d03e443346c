#!/usr/bin/env bash
# Throw-away RabbitMQ node for the FitSaaS test suite (and development).
#
#   etc/scripts/rabbitmq.sh start        # (re)starts a fresh node on loopback in a wiped directory; prints
#                                        # "host=127.0.0.1;port=<port>;user=<user>;password=<password>" as the last stdout line
#   etc/scripts/rabbitmq.sh stop         # stops the node and removes the directory; never fails if nothing runs
#   etc/scripts/rabbitmq.sh stop-keep    # stops the node but keeps its data (durable queues, persistent messages, the user)
#   etc/scripts/rabbitmq.sh start-keep   # starts the node again on the data kept by stop-keep; prints the same last line
#   etc/scripts/rabbitmq.sh status       # exit 0 when the node answers, 1 otherwise
#
# Environment:
#   FITSAAS_RABBITMQ_DIR       directory of the node (mnesia, logs, config, Erlang cookie)  (default /tmp/fitsaas-rabbitmq)
#   FITSAAS_RABBITMQ_PORT      AMQP port on 127.0.0.1; the Erlang distribution port is PORT+1 and
#                              the node's private epmd listens on PORT+2, loopback only        (default 56672)
#   FITSAAS_RABBITMQ_USER      user created on the node (the default "guest" is not)         (default fitsaas)
#   FITSAAS_RABBITMQ_PASSWORD  its password                                                    (default: random, kept in the dir)
#
# Installs the Debian 'rabbitmq-server' package when it is missing. Never touches the Debian-managed node or service: the
# node runs as fitsaas-<port>@localhost with its own HOME (Erlang cookie), config, plugins file and epmd. All progress
# messages go to stderr so that `$(rabbitmq.sh start | tail -n1)` yields just the connection line.
set -euo pipefail

RABBIT_DIR="${FITSAAS_RABBITMQ_DIR:-/tmp/fitsaas-rabbitmq}"
RABBIT_PORT="${FITSAAS_RABBITMQ_PORT:-56672}"
RABBIT_USER="${FITSAAS_RABBITMQ_USER:-fitsaas}"
RABBIT_HOST=127.0.0.1
RABBIT_BIN=/usr/lib/rabbitmq/bin

log() { printf '[rabbitmq.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    echo "usage: $0 start|stop|stop-keep|start-keep|status" >&2
    exit 2
}

case "$RABBIT_DIR" in
    /*) ;;
    *) die "FITSAAS_RABBITMQ_DIR must be an absolute path (got '$RABBIT_DIR')" ;;
esac
RABBIT_DIR="${RABBIT_DIR%/}"
case "$RABBIT_DIR" in
    "" | / | /tmp | /var | /usr | /home | /root | /etc | /var/lib/rabbitmq) die "refusing to use '$RABBIT_DIR' as a throw-away directory" ;;
esac
[[ "$RABBIT_PORT" =~ ^[0-9]+$ ]] && ((RABBIT_PORT > 0 && RABBIT_PORT < 65534)) || die "FITSAAS_RABBITMQ_PORT must be a port number below 65534 (got '$RABBIT_PORT')"
[[ "$RABBIT_USER" =~ ^[A-Za-z0-9._-]+$ ]] || die "FITSAAS_RABBITMQ_USER may only contain letters, digits, '.', '_' and '-'"
if [[ -n "${FITSAAS_RABBITMQ_PASSWORD:-}" ]]; then
    [[ "$FITSAAS_RABBITMQ_PASSWORD" =~ ^[A-Za-z0-9._-]+$ ]] || die "FITSAAS_RABBITMQ_PASSWORD may only contain letters, digits, '.', '_' and '-'"
fi

DIST_PORT=$((RABBIT_PORT + 1))
EPMD_PORT=$((RABBIT_PORT + 2))
NODE_NAME="fitsaas-$RABBIT_PORT@localhost"

# Everything the node and the CLI tools need to find this node (and nothing of the Debian-managed one).
export HOME="$RABBIT_DIR"
export RABBITMQ_NODENAME="$NODE_NAME"
export RABBITMQ_NODE_IP_ADDRESS="$RABBIT_HOST"
export RABBITMQ_NODE_PORT="$RABBIT_PORT"
export RABBITMQ_DIST_PORT="$DIST_PORT"
export ERL_EPMD_PORT="$EPMD_PORT"
export ERL_EPMD_ADDRESS="$RABBIT_HOST"
export RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
export RABBITMQ_LOG_BASE="$RABBIT_DIR/log"
export RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
export RABBITMQ_ADVANCED_CONFIG_FILE="$RABBIT_DIR/advanced.config"
export RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
export RABBITMQ_CONF_ENV_FILE="$RABBIT_DIR/rabbitmq-env.conf"
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
unset RABBITMQ_USE_LONGNAME

install_rabbitmq() {
    log "rabbitmq-server not found; installing the Debian 'rabbitmq-server' package"
    local sudo=()
    if [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot install rabbitmq-server"
        sudo=(sudo -n)
    fi
    # The package may start its own service on 5672; we leave it alone and never use it.
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >&2
}

ctl() { timeout 60 "$RABBIT_BIN/rabbitmqctl" -n "$NODE_NAME" "$@"; }

node_answers() { [[ -f "$RABBIT_DIR/.erlang.cookie" ]] && ctl status >/dev/null 2>&1; }

port_in_use() { (exec 3<>"/dev/tcp/$RABBIT_HOST/$1") 2>/dev/null; }

# The pid of our node's Erlang VM, if it runs: a beam process started with our HOME and our private epmd port.
node_pid() {
    local dir pid cmdline
    for dir in /proc/[0-9]*; do
        pid="${dir#/proc/}"
        [[ "$(cat "$dir/comm" 2>/dev/null || true)" == beam* ]] || continue
        cmdline="$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline" || true)"
        if [[ "$cmdline" == *" -home $RABBIT_DIR "* && "$cmdline" == *" -epmd_port $EPMD_PORT "* ]]; then
            echo "$pid"
            return 0
        fi
    done
}

stop_node() {
    local pid
    pid="$(node_pid)"
    if [[ -n "$pid" ]]; then
        log "stopping node $NODE_NAME (pid $pid)"
        ctl stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    # Our private epmd on PORT+2 goes too (started by boot_node with "-port PORT+2", or by the VM itself with
    # ERL_EPMD_PORT=PORT+2 in its environment); no other epmd is touched.
    local dir cmdline
    for dir in /proc/[0-9]*; do
        [[ "$(cat "$dir/comm" 2>/dev/null || true)" == epmd ]] || continue
        cmdline="$(tr '\0' ' ' 2>/dev/null <"$dir/cmdline" || true)"
        if [[ "$cmdline" == *" -port $EPMD_PORT "* ]] || tr '\0' '\n' 2>/dev/null <"$dir/environ" | grep -qx "ERL_EPMD_PORT=$EPMD_PORT"; then
            kill -TERM "${dir#/proc/}" 2>/dev/null || true
        fi
    done
}

write_config() {
    local password="$1"
    mkdir -p -- "$RABBIT_DIR" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    chmod 0700 "$RABBIT_DIR"
    : >"$RABBITMQ_CONF_ENV_FILE"
    echo '[].' >"$RABBITMQ_ENABLED_PLUGINS_FILE"
    echo '[].' >"$RABBITMQ_ADVANCED_CONFIG_FILE"
    # The user is created at the first boot from default_user/default_pass (no guest); loopback only.
    cat >"$RABBITMQ_CONFIG_FILE" <<CONF
listeners.tcp.1 = $RABBIT_HOST:$RABBIT_PORT
default_user = $RABBIT_USER
default_pass = $password
default_vhost = /
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
log.file.level = warning
log.console = false
disk_free_limit.absolute = 50MB
CONF
    printf '%s' "$password" >"$RABBIT_DIR/password"
    if [[ ! -f "$RABBIT_DIR/.erlang.cookie" ]]; then
        head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$RABBIT_DIR/.erlang.cookie"
    fi
    chmod 0400 "$RABBIT_DIR/.erlang.cookie" "$RABBIT_DIR/password"
}

boot_node() {
    for port in "$RABBIT_PORT" "$DIST_PORT"; do
        port_in_use "$port" && die "something is already listening on $RABBIT_HOST:$port (not ours); set FITSAAS_RABBITMQ_PORT"
    done
    # Start our private epmd ourselves, detached from our stdout: one started by the node or by a CLI call would inherit the
    # caller's pipe and keep `$(rabbitmq.sh start | tail -n1)` waiting forever.
    if ! port_in_use "$EPMD_PORT"; then
        (exec setsid epmd -daemon -port "$EPMD_PORT") </dev/null >/dev/null 2>&1 &
        disown
        for _ in $(seq 1 50); do port_in_use "$EPMD_PORT" && break; sleep 0.1; done
    fi
    log "starting node $NODE_NAME on $RABBIT_HOST:$RABBIT_PORT (dist $DIST_PORT, epmd $EPMD_PORT)"
    # Fully detached (own session, no inherited stdout/stderr), so that callers' pipes close when this script ends.
    (cd "$RABBIT_DIR" && exec setsid "$RABBIT_BIN/rabbitmq-server") </dev/null >>"$RABBITMQ_LOG_BASE/server.out" 2>&1 &
    disown
    # await_startup fails at once while the VM has not registered with epmd yet, so retry it until the deadline.
    local deadline=$((SECONDS + 90))
    until ctl await_startup --timeout 30 >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            tail -n 40 "$RABBITMQ_LOG_BASE/server.out" >&2 || true
            die "the node did not start within 90 s (logs in $RABBITMQ_LOG_BASE)"
        fi
        sleep 0.5
    done
    for _ in $(seq 1 100); do
        port_in_use "$RABBIT_PORT" && break
        sleep 0.1
    done
    port_in_use "$RABBIT_PORT" || die "the node runs but does not listen on $RABBIT_HOST:$RABBIT_PORT"
    log "RabbitMQ $(ctl version 2>/dev/null || echo '?') ready on $RABBIT_HOST:$RABBIT_PORT"
    echo "host=$RABBIT_HOST;port=$RABBIT_PORT;user=$RABBIT_USER;password=$(cat "$RABBIT_DIR/password")"
}

require_server() {
    [[ -x "$RABBIT_BIN/rabbitmq-server" ]] || install_rabbitmq
    [[ -x "$RABBIT_BIN/rabbitmq-server" ]] || die "rabbitmq-server installed but $RABBIT_BIN/rabbitmq-server is missing"
}

cmd_start() {
    require_server
    stop_node
    rm -rf -- "$RABBIT_DIR"
    local password="${FITSAAS_RABBITMQ_PASSWORD:-$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
    write_config "$password"
    boot_node
}

cmd_start_keep() {
    require_server
    [[ -f "$RABBIT_DIR/password" && -d "$RABBITMQ_MNESIA_BASE" ]] || die "no kept node in $RABBIT_DIR (use start)"
    if [[ -n "$(node_pid)" ]]; then
        log "node $NODE_NAME already runs"
        echo "host=$RABBIT_HOST;port=$RABBIT_PORT;user=$RABBIT_USER;password=$(cat "$RABBIT_DIR/password")"
        return 0
    fi
    boot_node
}

[[ $# -eq 1 ]] || usage
case "$1" in
    start) cmd_start ;;
    stop) stop_node; rm -rf -- "$RABBIT_DIR" ;;
    stop-keep) stop_node ;;
    start-keep) cmd_start_keep ;;
    status) node_answers ;;
    *) usage ;;
esac
