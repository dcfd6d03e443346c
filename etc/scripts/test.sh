#!/usr/bin/env bash
# Builds the solution once and runs the test suite against SQLite and against a throw-away PostgreSQL.
#
#   etc/scripts/test.sh                   # both lanes
#   etc/scripts/test.sh --sqlite-only     # SQLite lane only
#   etc/scripts/test.sh --postgres-only   # PostgreSQL lane only
#
# Both lanes run even if the first fails; the script exits non-zero if the build or any lane failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
REPO_ROOT="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export TZ=UTC
# No lingering MSBuild worker nodes after the script ends (they can keep CI output pipes open).
export MSBUILDDISABLENODEREUSE=1

SOLUTION=FitSaaS.sln
CONFIGURATION=Release
POSTGRES_SH="$REPO_ROOT/etc/scripts/postgres.sh"

usage() {
    echo "usage: $0 [--sqlite-only | --postgres-only]" >&2
    exit 2
}

RUN_SQLITE=1
RUN_POSTGRES=1
case "$#:${1:-}" in
    0:) ;;
    1:--sqlite-only) RUN_POSTGRES=0 ;;
    1:--postgres-only) RUN_SQLITE=0 ;;
    1:-h | 1:--help) usage ;;
    *) usage ;;
esac

banner() {
    local line="=================================================================="
    printf '\n%s\n== %s\n%s\n' "$line" "$*" "$line"
}

[[ -f "$SOLUTION" ]] || { echo "error: $REPO_ROOT/$SOLUTION not found" >&2; exit 1; }

banner "Build: dotnet build $SOLUTION -c $CONFIGURATION"
dotnet --info | sed -n '1,/^$/p' || true
dotnet build "$SOLUTION" -c "$CONFIGURATION"

FAILED=()
SUMMARY_LOG="$(mktemp)"

# Throw-away servers for both lanes, each started by its own script (whose last line of output is the connection) and
# exported for the tests, which skip without it (so a server that does not start is a failed step here):
#   Redis     FitSaaS_Test__Redis     (a Redis:Configuration string)
#   RabbitMQ  FitSaaS_Test__RabbitMQ  ("host=…;port=…;user=…;password=…")
#   smtp4dev  FitSaaS_Test__Smtp4dev  ("smtp=…;api=…;tls=StartTls;certificate=…"; the Rnwood.Smtp4dev tool of
#             .config/dotnet-tools.json; some e-mail tests start instances of their own through the same script)
#   Stripe    FitSaaS_Test__StripeMock ("http://127.0.0.1:<port>": npm stripe-stateful-mock, etc/stripe-mock/package.json)
STARTED_SCRIPTS=()
stop_servers() {
    local index
    for ((index = ${#STARTED_SCRIPTS[@]} - 1; index >= 0; index--)); do
        bash "${STARTED_SCRIPTS[index]}" stop >/dev/null 2>&1 || true
    done
}
trap stop_servers EXIT

# start_server LABEL VARIABLE SCRIPT
start_server() {
    local label="$1" variable="$2" script="$3" connection
    STARTED_SCRIPTS+=("$script")
    if connection="$(bash "$script" start | tail -n1)" && [[ -n "$connection" ]]; then
        # Never the password in the log.
        if [[ "$connection" == *password=* ]]; then
            echo "$label: ${connection%%password=*}password=…"
        else
            echo "$label: $connection"
        fi
        export "$variable=$connection"
    else
        echo "$label: FAILED to start" >&2
        FAILED+=("$label")
    fi
}

start_server Redis FitSaaS_Test__Redis "$REPO_ROOT/etc/scripts/redis.sh"
start_server RabbitMQ FitSaaS_Test__RabbitMQ "$REPO_ROOT/etc/scripts/rabbitmq.sh"
start_server smtp4dev FitSaaS_Test__Smtp4dev "$REPO_ROOT/etc/scripts/smtp4dev.sh"
start_server "Stripe emulator" FitSaaS_Test__StripeMock "$REPO_ROOT/etc/scripts/stripe-mock.sh"

# System Chromium for the browser tests (Swagger UI through Playwright) in both lanes: they read FitSaaS_Test__Chromium and
# skip without it, so a Chromium that cannot be installed is a failed step here, not a silent skip.
if CHROMIUM_PATH="$(bash "$REPO_ROOT/etc/scripts/chromium.sh" ensure | tail -n1)" && [[ -n "$CHROMIUM_PATH" ]]; then
    echo "Chromium: $CHROMIUM_PATH"
    export FitSaaS_Test__Chromium="$CHROMIUM_PATH"
else
    echo "Chromium: FAILED to install" >&2
    FAILED+=(Chromium)
fi

# Runs dotnet test, keeping its output for the closing summary; returns dotnet test's exit status. One test project at a
# time (-m:1): on 2 cores the timing-sensitive cluster tests (two host processes) must not share the CPU with another
# project's Kestrel hosts and browser.
run_tests() {
    dotnet test "$SOLUTION" -c "$CONFIGURATION" --no-build -m:1 2>&1 | tee -a "$SUMMARY_LOG"
    return "${PIPESTATUS[0]}"
}

if [[ "$RUN_SQLITE" == 1 ]]; then
    banner "Lane: SQLite (dotnet test --no-build)"
    # The default test configuration; make sure no PostgreSQL settings leak in from the caller's environment.
    if (unset FitSaaS_Test__Database FitSaaS_Test__PostgreSql FitSaaS_Test__PostgreSqlAdmin; run_tests); then
        echo "SQLite lane: PASSED"
    else
        echo "SQLite lane: FAILED" >&2
        FAILED+=(SQLite)
    fi
fi

if [[ "$RUN_SQLITE" == 1 ]]; then
    # Issue 14 / DOMAIN.md §2.9: the schedule expander and the location's time conversions once more under a process zone
    # far from UTC, to catch any hidden use of the local zone (the lanes run with TZ=UTC).
    banner "Schedule expander under TZ=Pacific/Auckland"
    if (unset FitSaaS_Test__Database FitSaaS_Test__PostgreSql FitSaaS_Test__PostgreSqlAdmin
        TZ=Pacific/Auckland dotnet test test/FitSaaS.Domain.Tests -c "$CONFIGURATION" --no-build \
            --filter "FullyQualifiedName~ClassScheduleRecurrenceTests|FullyQualifiedName~ClassScheduleManagerTests|FullyQualifiedName~LocationTests" 2>&1 | tee -a "$SUMMARY_LOG"
        exit "${PIPESTATUS[0]}"); then
        echo "TZ=Pacific/Auckland: PASSED"
    else
        echo "TZ=Pacific/Auckland: FAILED" >&2
        FAILED+=(Pacific/Auckland)
    fi
fi

stop_postgres() {
    bash "$POSTGRES_SH" stop >/dev/null 2>&1 || true
}

if [[ "$RUN_POSTGRES" == 1 ]]; then
    banner "Lane: PostgreSQL (dotnet test --no-build, throw-away server via etc/scripts/postgres.sh)"
    trap 'stop_postgres; stop_servers' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    CONNECTION_STRING=""
    if START_OUTPUT="$(bash "$POSTGRES_SH" start)"; then
        CONNECTION_STRING="$(printf '%s\n' "$START_OUTPUT" | tail -n1)"
    fi

    if [[ -z "$CONNECTION_STRING" ]]; then
        echo "PostgreSQL lane: FAILED (could not start PostgreSQL)" >&2
        FAILED+=(PostgreSQL)
    else
        echo "PostgreSQL: $CONNECTION_STRING"
        export FitSaaS_Test__Database=PostgreSql
        export FitSaaS_Test__PostgreSql="$CONNECTION_STRING"
        # Superuser connection for the few tests that administer the server (e.g. create a role without CREATEDB).
        FitSaaS_Test__PostgreSqlAdmin="$(bash "$POSTGRES_SH" admin-connection)"
        export FitSaaS_Test__PostgreSqlAdmin
        if run_tests; then
            echo "PostgreSQL lane: PASSED"
        else
            echo "PostgreSQL lane: FAILED" >&2
            FAILED+=(PostgreSQL)
        fi
    fi
fi

# One closing line over both lanes, in the plain "N passed, N failed" form.
awk '/^(Passed|Failed)! +- +Failed:/ {
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
    } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$SUMMARY_LOG"
# The failed tests again, with their messages, so that the tail of a long log names them.
if grep -q -E '^  Failed ' "$SUMMARY_LOG"; then
    banner "Failed tests"
    awk '/^  Failed / { n = 25 } n > 0 { print; n-- }' "$SUMMARY_LOG"
fi
rm -f "$SUMMARY_LOG"

if [[ ${#FAILED[@]} -gt 0 ]]; then
    banner "FAILED lanes: ${FAILED[*]}"
    exit 1
fi
banner "All lanes passed"
