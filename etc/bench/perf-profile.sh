#!/usr/bin/env bash
# Where the host's CPU goes on one endpoint at steady state (docs/benchmarks.md §11): a Linux `perf` sample profile of the
# published host, with JIT-ed code named through the runtime's perf map, summed by the assembly that owns each sample.
#
#   bash etc/bench/perf-profile.sh [--warmup 20000] [--requests 8000] [--seconds 12] [--path /api/bookings/class-sessions?maxResultCount=10]
#
# Starts a throw-away PostgreSQL and Redis (etc/scripts/postgres.sh, redis.sh), publishes the host (Release, ReadyToRun,
# as the benchmark does), starts it with the demo seed, signs in demo-gym's member01, warms the endpoint up with `ab`
# (tiered JIT reaches its final code), then records `perf record -g` of the host while `ab` keeps 8 requests in flight, and
# prints: host CPU per request (from /proc), the share of samples per owning assembly (the innermost frame that is not
# the runtime's own library: corelib, collections, LINQ, threading, sockets are charged to their caller) and per FitSaaS
# type. The raw profile stays in $PERF_DIR (default /tmp/fitsaas-perf) for `perf report`.
#
# Needs: perf (Debian 'linux-perf') and ab (Debian 'apache2-utils'), installed when missing; permission to read another
# process's samples (root, or kernel.perf_event_paranoid <= 1).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
WARMUP=20000 REQUESTS=8000 SECONDS_=12 URL_PATH="/api/bookings/class-sessions?maxResultCount=10"
while [ $# -gt 0 ]; do
    case "$1" in
        --warmup) WARMUP=$2; shift 2 ;;
        --requests) REQUESTS=$2; shift 2 ;;
        --seconds) SECONDS_=$2; shift 2 ;;
        --path) URL_PATH=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
DIR=${PERF_DIR:-/tmp/fitsaas-perf}
export FITSAAS_PG_PORT=${FITSAAS_PG_PORT:-55617} FITSAAS_PG_DIR=$DIR/pg FITSAAS_REDIS_PORT=${FITSAAS_REDIS_PORT:-56617} FITSAAS_REDIS_DIR=$DIR/redis
PORT=${PERF_HOST_PORT:-5098}
mkdir -p "$DIR"

need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    local sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo -n)
    echo "[perf-profile] $1 not found; installing the Debian '$2' package" >&2
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2
}
need perf linux-perf
need ab apache2-utils

RID=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
echo "[perf-profile] publishing the host (Release, $RID, ReadyToRun) into $DIR/host" >&2
dotnet publish src/FitSaaS.HttpApi.Host -c Release -r "$RID" --self-contained false -p:ArtifactsPath="$DIR/art" -o "$DIR/host" -v q -nologo >/dev/null

HOST_PID=
cleanup() {
    [ -n "$HOST_PID" ] && kill "$HOST_PID" 2>/dev/null || true
    bash etc/scripts/redis.sh stop >/dev/null 2>&1 || true
    bash etc/scripts/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
PG=$(bash etc/scripts/postgres.sh start | tail -n1)
REDIS=$(bash etc/scripts/redis.sh start | tail -n1)

# The perf map names JIT-ed methods; W^X off keeps JIT-ed code at the addresses the map gives.
(cd "$DIR" && exec env DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" Database__Provider=PostgreSql ConnectionStrings__Default="$PG" \
    Redis__Configuration="$REDIS" Database__SeedDemoData=true Logging__LogLevel__Default=Warning \
    dotnet "$DIR/host/FitSaaS.HttpApi.Host.dll" >"$DIR/host.log" 2>&1) &
HOST_PID=$!
for _ in $(seq 1 180); do
    kill -0 "$HOST_PID" 2>/dev/null || { echo "[perf-profile] the host exited; see $DIR/host.log" >&2; exit 1; }
    curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
    sleep 1
done
# The demo tenant is seeded after the host is ready: retry the sign-in until member01 exists.
TOKEN=
for _ in $(seq 1 120); do
    TOKEN=$(curl -s "http://127.0.0.1:$PORT/connect/token" -H '__tenant: demo-gym' -d grant_type=password -d client_id=FitSaaS_App \
        -d username=member01 -d 'password=1q2w3E*' | python3 -c 'import json, sys; print(json.load(sys.stdin).get("access_token", ""))' 2>/dev/null || true)
    [ -n "$TOKEN" ] && break
    sleep 1
done
# The dotnet launcher runs the application in its own process: the background job's pid is the host's.
URL="http://127.0.0.1:$PORT$URL_PATH"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")
[ "$STATUS" = 200 ] || { echo "[perf-profile] GET $URL_PATH answered $STATUS, not 200; see $DIR/host.log" >&2; exit 1; }

echo "[perf-profile] $(uptime)" >&2
echo "[perf-profile] warm-up: $WARMUP requests" >&2
ab -q -k -c 8 -n "$WARMUP" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$HOST_PID/stat"; }
TICKS=$(getconf CLK_TCK)
before=$(cpu)
AB_OUT=$(ab -q -k -c 8 -n "$REQUESTS" -H "Authorization: Bearer $TOKEN" "$URL")
RPS=$(awk '/Requests per second/ {print $4}' <<<"$AB_OUT")
if grep -q '^Non-2xx responses' <<<"$AB_OUT"; then echo "[perf-profile] some requests failed:" >&2; grep -E '^(Non-2xx|Failed)' <<<"$AB_OUT" >&2; exit 1; fi
after=$(cpu)
echo "host CPU per request: $(awk -v a="$after" -v b="$before" -v n="$REQUESTS" -v t="$TICKS" 'BEGIN {printf "%.2f", (a - b) * 1000 / t / n}') ms ($RPS req/s, 8 in flight, $REQUESTS requests)"

ab -q -k -c 8 -n $((REQUESTS * 4)) -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null &
AB=$!
sleep 1
perf record -F 999 -g -p "$HOST_PID" -o "$DIR/perf.data" -- sleep "$SECONDS_" >/dev/null 2>&1
kill "$AB" 2>/dev/null || true
perf script -i "$DIR/perf.data" -F comm,tid,ip,sym,dso 2>/dev/null >"$DIR/perf.txt"
python3 etc/bench/perf-by-owner.py "$DIR/perf.txt"
echo "[perf-profile] $(uptime)" >&2
