#!/usr/bin/env bash
# Issue 5 §6(c) events per second (docs/benchmarks.md §6c): outbox → RabbitMQ (or in-process) → inbox + handler, end to
# end through the real host process, plus the RabbitMQ transport alone (etc/bench/RabbitMqBenchmark.cs).
#
#   bash etc/bench/run-events.sh [--events 20000] [--seconds 10] [--warmup 3] [--concurrency 16] [--members 100]
#
# Starts a throw-away PostgreSQL, Redis and RabbitMQ (etc/scripts/postgres.sh, redis.sh, rabbitmq.sh) on loopback,
# builds the host and etc/bench/EventsBenchmark.cs in Release, runs the benchmark (which starts and stops the host
# itself) and prints its tables, then runs RabbitMqBenchmark.cs against the same broker (BENCH_MESSAGES, default 20000);
# stops the three servers at the end. Exit code 1 when a check failed (every event handled exactly once, no failed booking).
# Set BENCH_SKIP_TRANSPORT=1 to skip the transport-only part.
#
# Env: FITSAAS_PG_PORT / FITSAAS_PG_DIR (default 55617, /tmp/pg-evbench), FITSAAS_REDIS_PORT / FITSAAS_REDIS_DIR
#      (56617, /tmp/redis-evbench), FITSAAS_RABBITMQ_PORT / FITSAAS_RABBITMQ_DIR (56700, /tmp/rabbit-evbench),
#      BENCH_ARTIFACTS (build output, default /tmp/art-evbench).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export FITSAAS_PG_PORT=${FITSAAS_PG_PORT:-55617} FITSAAS_PG_DIR=${FITSAAS_PG_DIR:-/tmp/pg-evbench}
export FITSAAS_REDIS_PORT=${FITSAAS_REDIS_PORT:-56617} FITSAAS_REDIS_DIR=${FITSAAS_REDIS_DIR:-/tmp/redis-evbench}
export FITSAAS_RABBITMQ_PORT=${FITSAAS_RABBITMQ_PORT:-56700} FITSAAS_RABBITMQ_DIR=${FITSAAS_RABBITMQ_DIR:-/tmp/rabbit-evbench}
ART=${BENCH_ARTIFACTS:-/tmp/art-evbench}

echo "[run-events] building (Release) into $ART" >&2
dotnet build src/FitSaaS.HttpApi.Host -c Release -p:ArtifactsPath="$ART" -v q -nologo >/dev/null
dotnet build etc/bench/EventsBenchmark.cs -c Release -p:ArtifactsPath="$ART/events" -v q -nologo >/dev/null
[[ "${BENCH_SKIP_TRANSPORT:-}" == 1 ]] || dotnet build etc/bench/RabbitMqBenchmark.cs -c Release -p:ArtifactsPath="$ART/rabbit" -v q -nologo >/dev/null
HOST_DLL="$ART/bin/FitSaaS.HttpApi.Host/release/FitSaaS.HttpApi.Host.dll"
BENCH_DLL="$ART/events/bin/release/EventsBenchmark.dll"
RABBIT_DLL="$ART/rabbit/bin/release/RabbitMqBenchmark.dll"

stop_servers() {
    bash etc/scripts/rabbitmq.sh stop >/dev/null 2>&1 || true
    bash etc/scripts/redis.sh stop >/dev/null 2>&1 || true
    bash etc/scripts/postgres.sh stop >/dev/null 2>&1 || true
}
trap stop_servers EXIT
PG=$(bash etc/scripts/postgres.sh start | tail -n1)
PG_ADMIN=$(bash etc/scripts/postgres.sh admin-connection | tail -n1)
REDIS=$(bash etc/scripts/redis.sh start | tail -n1)
RABBIT=$(bash etc/scripts/rabbitmq.sh start | tail -n1)

echo "[run-events] $(uptime)" >&2
echo "[run-events] $(dotnet --list-runtimes | grep Microsoft.NETCore.App | tail -n1); $(nproc) cores; $(free -g | awk '/Mem:/ {print $2 " GiB"}')" >&2
status=0
dotnet "$BENCH_DLL" --host "$HOST_DLL" --pg "$PG" --pg-admin "$PG_ADMIN" --redis "$REDIS" --rabbitmq "$RABBIT" "$@" || status=$?
echo "[run-events] $(uptime)" >&2
if [[ "${BENCH_SKIP_TRANSPORT:-}" != 1 ]]; then
    echo
    echo "## RabbitMQ transport only (etc/bench/RabbitMqBenchmark.cs)"
    BENCH_RABBITMQ="$RABBIT" dotnet "$RABBIT_DLL" || status=$?
    echo "[run-events] $(uptime)" >&2
fi
exit $status
