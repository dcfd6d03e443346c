#!/usr/bin/env bash
# Issue 5 §6 benchmarks (docs/benchmarks.md §6): (a) kit overhead vs a bare minimal API on the same SQL,
# (b) bookings per second and the hot-session storm, (d) cold start and memory, and issue 15 (e) booking with the
# entitlement guard vs without — one run, one machine.
#
#   bash etc/bench/run-issue5.sh [--seconds 10] [--warmup 3] [--concurrency 16] [--rounds 3] [--guard-rounds 3] [--members 200]
#       [--jit-warmup 20] [--cold-starts 3] [--storms 3] [--profile <seconds>] [--pg-statements <top n>]
#   BENCH_QUICK=1 bash etc/bench/run-issue5.sh    # smoke run (~5 min): 1 round of 4 s, 40 members, 1 cold start, 1 storm
#
# Issue 13 §4: the bare endpoint validates the kit's RS256 token with JwtBearer, sets the same row-level-security tenant,
# runs the same SQL and, for the booking, writes the same audit rows (see BareApi.cs).
#
# Starts a throw-away PostgreSQL (etc/scripts/postgres.sh) and Redis (etc/scripts/redis.sh) on loopback, publishes the
# host and etc/bench/BareApi.cs (Release, ReadyToRun), builds etc/bench/Issue5Benchmark.cs, runs the benchmark (which starts and stops
# the host and the bare API itself) and prints the result tables; stops both servers at the end. Exit code 1 when a
# check failed (the storm must confirm exactly 20, no load request may fail).
#
# Env: FITSAAS_PG_PORT / FITSAAS_PG_DIR (default 55615, /tmp/fitsaas-bench5-pg), FITSAAS_REDIS_PORT / FITSAAS_REDIS_DIR
#      (default 56615, /tmp/fitsaas-bench5-redis), BENCH_ARTIFACTS (build output, default /tmp/art-bench5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export FITSAAS_PG_PORT=${FITSAAS_PG_PORT:-55615} FITSAAS_PG_DIR=${FITSAAS_PG_DIR:-/tmp/fitsaas-bench5-pg}
export FITSAAS_REDIS_PORT=${FITSAAS_REDIS_PORT:-56615} FITSAAS_REDIS_DIR=${FITSAAS_REDIS_DIR:-/tmp/fitsaas-bench5-redis}
ART=${BENCH_ARTIFACTS:-/tmp/art-bench5}

# The kit and the bare API are published as a deployment would be (README, "Distributed profile"): for the platform, with
# ReadyToRun code (framework-dependent; the bare API as JIT code too, not Native AOT, so both start the same way).
RID=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
echo "[run-issue5] publishing (Release, $RID, ReadyToRun) into $ART" >&2
dotnet publish src/FitSaaS.HttpApi.Host -c Release -r "$RID" --self-contained false -p:ArtifactsPath="$ART" -o "$ART/host" -v q -nologo >/dev/null
dotnet publish etc/bench/BareApi.cs -c Release -r "$RID" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
    -p:ArtifactsPath="$ART/bare" -o "$ART/bare-app" -v q -nologo >/dev/null
dotnet build etc/bench/Issue5Benchmark.cs -c Release -p:ArtifactsPath="$ART/bench" -v q -nologo >/dev/null
HOST_DLL="$ART/host/FitSaaS.HttpApi.Host.dll"
BARE_DLL="$ART/bare-app/BareApi.dll"
BENCH_DLL="$ART/bench/bin/release/Issue5Benchmark.dll"

stop_servers() {
    bash etc/scripts/redis.sh stop >/dev/null 2>&1 || true
    bash etc/scripts/postgres.sh stop >/dev/null 2>&1 || true
}
trap stop_servers EXIT
# --pg-statements <n>: PostgreSQL loads pg_stat_statements (with planning times) for this run; (e) prints its n costliest statements.
if [[ " $* " == *" --pg-statements "* ]]; then
    export FITSAAS_PG_PRELOAD=pg_stat_statements
fi
PG=$(bash etc/scripts/postgres.sh start | tail -n1)
REDIS=$(bash etc/scripts/redis.sh start | tail -n1)

quick=()
if [ "${BENCH_QUICK:-0}" = 1 ]; then
    quick=(--seconds 4 --warmup 1 --rounds 1 --members 40 --jit-warmup 6 --cold-starts 1 --storms 1)
fi

echo "[run-issue5] $(uptime)" >&2
echo "[run-issue5] $(dotnet --list-runtimes | grep Microsoft.NETCore.App | tail -n1); $(nproc) cores; $(free -g | awk '/Mem:/ {print $2 " GiB"}')" >&2
dotnet "$BENCH_DLL" --host "$HOST_DLL" --bare "$BARE_DLL" --pg "$PG" --pg-dir "$FITSAAS_PG_DIR/data" --redis "$REDIS" "${quick[@]}" "$@"
echo "[run-issue5] $(uptime)" >&2
