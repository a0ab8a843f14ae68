#!/bin/sh
# Runs once, when the database volume is first initialised (the official postgres image runs every
# script in /docker-entrypoint-initdb.d as the superuser). It prepares the database as
# scripts/db-setup.sh does without Docker: a non-superuser role for the application, its database,
# and the vector extension in schema "extensions" (created by a superuser before the migrations run;
# its own schema, so that cleaning the application's schema never removes it).
set -eu
psql -v ON_ERROR_STOP=1 -v role="$NEWSDESK_DB_USER" -v password="$NEWSDESK_DB_PASSWORD" \
  -v db="$NEWSDESK_DB_NAME" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'EOSQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
\connect :"db"
CREATE SCHEMA IF NOT EXISTS extensions;
GRANT USAGE ON SCHEMA extensions TO :"role";
CREATE EXTENSION IF NOT EXISTS vector SCHEMA extensions;
ALTER DATABASE :"db" SET search_path = "$user", public, extensions;
EOSQL
