#!/usr/bin/env bash
# Cold start and memory of the web host in the embedded profile (docs/benchmarks.md, "Cold start and memory").
#
#   bash etc/bench/cold-start.sh [--runs N] [--port P] [--no-build] [repository]
#
# Builds the host (Release) of <repository> (default: this one), then N times (default 3):
#   1. "first start": a fresh SQLite file, so migrations and the seed (host, exercise library, demo-gym) run;
#   2. "restart":     the same file again (what a production restart costs).
# Each start is timed from the process launch to the first authenticated 200 (password grant for the host admin at
# /connect/token, then GET /api/tenant-management/tenants with the token, polled every 50 ms). After that it sends
# 200 authenticated requests (tenant list, demo-gym's class sessions), waits 10 s and reads /proc: VmRSS = idle
# working set, VmHWM = peak resident set of the whole run. Prints one line per start and the medians.
# Nothing but the .NET SDK, curl and jq is needed; nothing is left running.
set -euo pipefail
runs=3 port=${FITSAAS_BENCH_PORT:-56180} build=1 repo=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) repo=$1; shift ;;
  esac
done
repo=$(cd "${repo:-$(dirname "$0")/../..}" && pwd)
command -v jq >/dev/null || { echo "jq is needed (apt-get install jq)" >&2; exit 1; }
if [ "$build" = 1 ]; then
  dotnet build "$repo/src/FitSaaS.HttpApi.Host" -c Release -nologo -v q >/dev/null
fi
dll="$repo/artifacts/bin/FitSaaS.HttpApi.Host/release/FitSaaS.HttpApi.Host.dll"
[ -f "$dll" ] || { echo "not built: $dll" >&2; exit 1; }
api="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/fitsaas-bench.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start <label>: starts the host on $work/fitsaas.db and prints "<label> <ms to first authenticated 200> <idle RSS MiB> <peak MiB>".
start() {
  local label=$1 t0 token="" ms status rss hwm i
  t0=$(now_ms)
  ( cd "$repo/src/FitSaaS.HttpApi.Host" && ASPNETCORE_ENVIRONMENT=Production Urls="$api" AuthServer__Issuer="$api" \
      ConnectionStrings__Default="Data Source=$work/fitsaas.db" Logging__LogLevel__Default=Warning \
      exec dotnet "$dll" >"$work/$label.log" 2>&1 ) &
  pid=$!
  while :; do
    kill -0 "$pid" 2>/dev/null || { echo "the host exited; log:" >&2; tail -40 "$work/$label.log" >&2; exit 1; }
    if [ -z "$token" ]; then
      token=$(curl -s -m 5 "$api/connect/token" -d grant_type=password -d client_id=FitSaaS_App \
        -d username=admin -d 'password=1q2w3E*' 2>/dev/null | jq -r '.access_token // empty' 2>/dev/null || true)
    fi
    if [ -n "$token" ]; then
      status=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$api/api/tenant-management/tenants" -H "Authorization: Bearer $token" || true)
      [ "$status" = 200 ] && break
    fi
    sleep 0.05
  done
  ms=$(( $(now_ms) - t0 ))
  local demo
  demo=$(curl -s "$api/connect/token" -H '__tenant: demo-gym' -d grant_type=password -d client_id=FitSaaS_App \
    -d username=admin -d 'password=1q2w3E*' | jq -r .access_token)
  for i in $(seq 1 100); do
    curl -s -o /dev/null "$api/api/tenant-management/tenants" -H "Authorization: Bearer $token"
    curl -s -o /dev/null "$api/api/bookings/class-sessions?maxResultCount=10" -H "Authorization: Bearer $demo"
  done
  sleep 10
  local dotnet_pid
  dotnet_pid=$(pgrep -P "$pid" -f FitSaaS.HttpApi.Host.dll || echo "$pid")
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2/1024}' "/proc/$dotnet_pid/status")
  hwm=$(awk '/^VmHWM/ {printf "%.0f", $2/1024}' "/proc/$dotnet_pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo "$label $ms $rss $hwm"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')  $(nproc) cores  load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %10s %14s %10s\n' start ms-to-200 idle-RSS-MiB peak-MiB
results="$work/results"
for run in $(seq 1 "$runs"); do
  rm -f "$work"/fitsaas.db*
  start first-start | tee -a "$results" | awk '{printf "%-12s %10s %14s %10s\n", $1, $2, $3, $4}'
  start restart | tee -a "$results" | awk '{printf "%-12s %10s %14s %10s\n", $1, $2, $3, $4}'
done
for label in first-start restart; do
  printf '%-12s %10s %14s %10s   (median of %s)\n' "$label" \
    "$(awk -v l=$label '$1==l {print $2}' "$results" | median)" \
    "$(awk -v l=$label '$1==l {print $3}' "$results" | median)" \
    "$(awk -v l=$label '$1==l {print $4}' "$results" | median)" "$runs"
done
