#!/usr/bin/env bash
# Issue 19 benchmarks (docs/benchmarks.md §23): an announcement to 5,000 members, real-time latency across two instances,
# messages per second through one instance — through real host processes (etc/bench/MessagingBenchmark.cs).
#
#   bash etc/bench/run-messaging.sh [--members 5000] [--messages 300] [--seconds 10] [--concurrency 16]
#
# Starts a throw-away PostgreSQL and Redis (etc/scripts/postgres.sh, redis.sh) on loopback, builds the host and the
# benchmark in Release, runs it (it starts and stops two hosts on 127.0.0.1:5295 and :5296) and stops the servers.
# Env: FITSAAS_PG_PORT / FITSAAS_PG_DIR (default 55619, /tmp/pg-msgbench), FITSAAS_REDIS_PORT / FITSAAS_REDIS_DIR
#      (56619, /tmp/redis-msgbench), BENCH_ARTIFACTS (build output, default /tmp/art-msgbench).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export FITSAAS_PG_PORT=${FITSAAS_PG_PORT:-55619} FITSAAS_PG_DIR=${FITSAAS_PG_DIR:-/tmp/pg-msgbench}
export FITSAAS_REDIS_PORT=${FITSAAS_REDIS_PORT:-56619} FITSAAS_REDIS_DIR=${FITSAAS_REDIS_DIR:-/tmp/redis-msgbench}
ART=${BENCH_ARTIFACTS:-/tmp/art-msgbench}

echo "[run-messaging] building (Release) into $ART" >&2
dotnet build src/FitSaaS.HttpApi.Host -c Release -p:ArtifactsPath="$ART" -v q -nologo >/dev/null
dotnet build etc/bench/MessagingBenchmark.cs -c Release -p:ArtifactsPath="$ART/messaging" -v q -nologo >/dev/null
HOST_DLL="$ART/bin/FitSaaS.HttpApi.Host/release/FitSaaS.HttpApi.Host.dll"
BENCH_DLL="$ART/messaging/bin/release/MessagingBenchmark.dll"

stop_servers() {
    bash etc/scripts/redis.sh stop >/dev/null 2>&1 || true
    bash etc/scripts/postgres.sh stop >/dev/null 2>&1 || true
}
trap stop_servers EXIT
PG=$(bash etc/scripts/postgres.sh start | tail -n1)
PG_ADMIN=$(bash etc/scripts/postgres.sh admin-connection | tail -n1)
REDIS=$(bash etc/scripts/redis.sh start | tail -n1)

echo "[run-messaging] $(uptime)" >&2
echo "[run-messaging] $(dotnet --list-runtimes | grep Microsoft.NETCore.App | tail -n1); $(nproc) cores; $(free -g | awk '/Mem:/ {print $2 " GiB"}')" >&2
status=0
dotnet "$BENCH_DLL" --host "$HOST_DLL" --pg "$PG" --pg-admin "$PG_ADMIN" --redis "$REDIS" "$@" || status=$?
echo "[run-messaging] $(uptime)" >&2
exit $status
