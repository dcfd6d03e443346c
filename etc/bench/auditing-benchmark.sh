#!/usr/bin/env bash
# Auditing cost (docs/benchmarks.md): the same endpoint on the same build and database engine, the host
# started twice — Auditing:IsEnabled=true and =false — measured alternately in one run.
#
#   etc/bench/auditing-benchmark.sh                      # SQLite files under /tmp
#   BENCH_PG="Host=...;Database=..." etc/bench/auditing-benchmark.sh   # PostgreSQL (databases <db>_on, <db>_off)
#
# Env: BENCH_SECONDS (default 15), BENCH_CONCURRENCY (default 16), BENCH_ROUNDS (default 2),
#      BENCH_PATH (default /api/programs/exercises?filter=squat&maxResultCount=10).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ART=${BENCH_ARTIFACTS:-/tmp/art-bench-auditing}
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
CONCURRENCY=${BENCH_CONCURRENCY:-16}
ROUNDS=${BENCH_ROUNDS:-2}
BENCH_PATH=${BENCH_PATH:-"/api/programs/exercises?filter=squat&maxResultCount=10"}
WORK=$(mktemp -d /tmp/fitsaas-auditing-bench.XXXXXX)

dotnet build src/FitSaaS.HttpApi.Host -c Release -p:ArtifactsPath=$ART -v q -nologo >/dev/null
HOST_DLL=$(find $ART/bin/FitSaaS.HttpApi.Host -path '*release*' -name FitSaaS.HttpApi.Host.dll | head -1)
dotnet build etc/bench/HttpLoad.cs -c Release -p:ArtifactsPath=$ART/load -v q -nologo >/dev/null
LOAD_DLL=$ART/load/bin/release/HttpLoad.dll

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start_host() { # name port auditing
    local name=$1 port=$2 auditing=$3 provider=Sqlite connection="Data Source=$WORK/$1.db"
    if [[ -n "${BENCH_PG:-}" ]]; then
        provider=PostgreSql
        connection=$(echo "$BENCH_PG" | sed -E "s/Database=([^;]+)/Database=\1_$name/")
    fi
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__Provider=$provider ConnectionStrings__Default="$connection" Database__SeedDemoData=false \
    Auditing__IsEnabled=$auditing Logging__LogLevel__Default=Warning \
    AuthServer__TokenRequestsPerIpPerMinute=100000 AuthServer__TokenRequestsPerUserPerMinute=100000 \
        dotnet "$HOST_DLL" >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "host $name did not start; see $WORK/$name.log" >&2
    exit 1
}

start_host on 5091 true
start_host off 5092 false
echo "endpoint: GET $BENCH_PATH  concurrency $CONCURRENCY  ${SECONDS_PER_RUN}s per run  provider $([[ -n "${BENCH_PG:-}" ]] && echo PostgreSql || echo Sqlite)"
for round in $(seq 1 "$ROUNDS"); do
    for variant in on:5091 off:5092; do
        name=${variant%%:*}; port=${variant##*:}
        printf 'round %s auditing %-3s ' "$round" "$name"
        dotnet "$LOAD_DLL" "http://127.0.0.1:$port" "$BENCH_PATH" "$SECONDS_PER_RUN" "$CONCURRENCY"
    done
done
