#!/bin/sh
# Creates FitSaaS's application role and database on the first start of the postgres container (docker-entrypoint-initdb.d).
# The role is not a superuser and cannot bypass row-level security; CREATEDB lets it create per-tenant databases.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v app_password="${FITSAAS_APP_PASSWORD:-fitsaas}" <<'SQL'
CREATE ROLE fitsaas LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB PASSWORD :'app_password';
CREATE DATABASE fitsaas OWNER fitsaas;
SQL
