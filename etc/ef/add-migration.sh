#!/usr/bin/env bash
# Adds an EF Core migration for both providers: etc/ef/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: etc/ef/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/FitSaaS.EntityFrameworkCore --startup-project src/FitSaaS.DbMigrator --context SqliteFitSaaSDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project src/FitSaaS.EntityFrameworkCore --startup-project src/FitSaaS.DbMigrator --context PostgreSqlFitSaaSDbContext --output-dir Migrations/PostgreSql
