#!/usr/bin/env bash
# Development only, before the first release: regenerates the single Initial migration of both
# providers from the current model (run under `flock /tmp/fitsaas-migrations.lock`).
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f src/FitSaaS.EntityFrameworkCore/Migrations/Sqlite/*.cs src/FitSaaS.EntityFrameworkCore/Migrations/PostgreSql/*.cs
bash etc/ef/add-migration.sh Initial
