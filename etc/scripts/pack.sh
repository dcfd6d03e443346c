#!/usr/bin/env bash
# Packs the client-side NuGet packages — FitSaaS.HttpApi.Client and the libraries it depends on — into a folder feed.
#
#   etc/scripts/pack.sh                              # Release build + pack into artifacts/packages
#   etc/scripts/pack.sh --output DIR --version 1.2.3 # another feed folder / package version
#   etc/scripts/pack.sh --no-build                   # pack what the last Release build produced
#
# The absolute feed folder is the last line of stdout. Consume it from another solution with a nuget.config entry
# (<add key="fitsaas" value="/path/to/feed" />) and `dotnet add package FitSaaS.HttpApi.Client`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

OUTPUT="artifacts/packages"
VERSION=""
BUILD_FLAG=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --output) OUTPUT="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        --no-build) BUILD_FLAG=(--no-build); shift ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "usage: $0 [--output DIR] [--version VERSION] [--no-build]" >&2; exit 2 ;;
    esac
done

# Dependency order does not matter for pack; each project reference becomes a package dependency of the same version.
PROJECTS=(
    src/framework/FitSaaS.Framework/FitSaaS.Framework.csproj
    src/framework/FitSaaS.Framework.Http.Client/FitSaaS.Framework.Http.Client.csproj
    src/FitSaaS.Domain.Shared/FitSaaS.Domain.Shared.csproj
    src/FitSaaS.Application.Contracts/FitSaaS.Application.Contracts.csproj
    src/FitSaaS.HttpApi.Client/FitSaaS.HttpApi.Client.csproj
)
VERSION_ARGS=()
if [[ -n "$VERSION" ]]; then
    VERSION_ARGS=("-p:PackageVersion=$VERSION")
fi

mkdir -p "$OUTPUT"
for project in "${PROJECTS[@]}"; do
    dotnet pack "$project" -c Release -o "$OUTPUT" "${BUILD_FLAG[@]}" "${VERSION_ARGS[@]}" -v q >&2
done
(cd "$OUTPUT" && pwd)
