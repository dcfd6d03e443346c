#!/usr/bin/env bash
# Regenerates docs/openapi.json: the OpenAPI document the host serves at /swagger/v1/swagger.json, pretty-printed with
# paths and schemas in ordinal order and only the configured servers (never the request's URL). The next build of the host
# tests regenerates the NSwag client from it (docs/decisions/0034-openapi-document-as-a-contract.md).
#
#   bash etc/scripts/openapi.sh
#
# No server, no port: it builds the HTTP test project when needed and runs its drift test in update mode, which starts
# the real host in process (test server) over a throw-away SQLite database in the temp directory and writes the
# document Swashbuckle generates. The same test, without FITSAAS_UPDATE_OPENAPI, fails when the committed file is stale.
# Needs only the .NET SDK. Running it on an up-to-date tree rewrites the same bytes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export MSBUILDDISABLENODEREUSE=1

PROJECT=test/FitSaaS.HttpApi.Host.Tests
TEST_DLL=artifacts/bin/FitSaaS.HttpApi.Host.Tests/release/FitSaaS.HttpApi.Host.Tests.dll
TEST=FitSaaS.HttpApi.Host.Tests.ApiDefinition.OpenApiDocumentTests.CommittedDocument_MatchesTheLiveDocument

command -v dotnet >/dev/null || { echo "error: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

echo "Building $PROJECT (Release)…"
if ! dotnet build "$PROJECT" -c Release -v q --nologo >"$LOG" 2>&1; then
    cat "$LOG" >&2
    exit 1
fi

# The SQLite lane's defaults: no PostgreSQL, Redis or RabbitMQ settings from the caller's environment.
echo "Generating docs/openapi.json…"
if ! env -u FitSaaS_Test__Database -u FitSaaS_Test__PostgreSql -u FitSaaS_Test__PostgreSqlAdmin \
    -u FitSaaS_Test__Redis -u FitSaaS_Test__RabbitMQ \
    FITSAAS_UPDATE_OPENAPI=1 dotnet "$TEST_DLL" -method "$TEST" >"$LOG" 2>&1; then
    cat "$LOG" >&2
    exit 1
fi

if git diff --quiet -- docs/openapi.json 2>/dev/null && git ls-files --error-unmatch docs/openapi.json >/dev/null 2>&1; then
    echo "docs/openapi.json is up to date."
else
    echo "docs/openapi.json updated:"
    git diff --stat -- docs/openapi.json 2>/dev/null || true
fi
