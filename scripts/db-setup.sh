#!/usr/bin/env bash
# Prepares PostgreSQL + pgvector for newsdesk on Debian 12 / Ubuntu, without Docker.
#
#   scripts/db-setup.sh [extra-database ...]
#
# Idempotent and never destructive: it installs PostgreSQL if absent, builds pgvector from Debian's
# own source package when the `vector` extension is missing (Debian 12 ships no binary package),
# starts the cluster if it is stopped, and creates the role and the databases (`newsdesk`,
# `newsdesk_test` and any named on the command line) with the `vector` extension in each.
# A second run changes nothing. Nothing is ever dropped.
set -euo pipefail

DB_USER="${NEWSDESK_DB_USER:-newsdesk}"
DB_PASSWORD="${NEWSDESK_DB_PASSWORD:-newsdesk}"
DATABASES=(newsdesk newsdesk_test "$@")

log() { printf 'db-setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

pg_major() {
  ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1
}

ensure_postgresql() {
  if [ -n "$(pg_major)" ] && [ -x "/usr/lib/postgresql/$(pg_major)/bin/postgres" ]; then
    return
  fi
  log "installing PostgreSQL"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib
}

start_cluster() {
  local version="$1"
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
    log "creating cluster $version main"
    as_root pg_createcluster "$version" main
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    log "starting cluster $version main"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
}

build_pgvector_from_source() {
  local version="$1"
  local list=/etc/apt/sources.list.d/newsdesk-trixie-src.sources
  if [ ! -f "$list" ]; then
    log "adding a deb-src entry for trixie (source packages only)"
    as_root tee "$list" >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    "postgresql-server-dev-$version" build-essential dpkg-dev
  local work
  work="$(mktemp -d)"
  (cd "$work" && apt-get source -qq pgvector >/dev/null 2>&1 || (cd "$work" && apt-get source pgvector))
  local src
  src="$(find "$work" -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)"
  log "building pgvector in $src"
  make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$version/bin/pg_config" >/dev/null
  as_root make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$version/bin/pg_config" install >/dev/null
  rm -rf "$work"
}

ensure_pgvector() {
  local version="$1"
  if [ -f "/usr/share/postgresql/$version/extension/vector.control" ]; then
    return
  fi
  if apt-cache show "postgresql-$version-pgvector" >/dev/null 2>&1; then
    log "installing postgresql-$version-pgvector"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$version-pgvector"
  else
    build_pgvector_from_source "$version"
  fi
}

psql_admin() {
  as_postgres psql -X -q -v ON_ERROR_STOP=1 "$@"
}

ensure_role_and_databases() {
  if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
    log "creating role $DB_USER"
    psql_admin -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
  fi
  local db
  for db in "${DATABASES[@]}"; do
    if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
      log "creating database $db"
      psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$DB_USER\""
    fi
    # The extension needs a superuser; the migrations then find it in place. It lives in its own
    # schema so that cleaning the application's schema (tests do) never removes it.
    psql_admin -d "$db" -c "CREATE SCHEMA IF NOT EXISTS extensions" \
      -c "GRANT USAGE ON SCHEMA extensions TO \"$DB_USER\"" \
      -c "CREATE EXTENSION IF NOT EXISTS vector SCHEMA extensions" \
      -c "ALTER DATABASE \"$db\" SET search_path = \"\$user\", public, extensions" 2>/dev/null
  done
}

main() {
  ensure_postgresql
  local version
  version="$(pg_major)"
  ensure_pgvector "$version"
  # Installing the server-dev package may upgrade and stop the server: start it after.
  start_cluster "$version"
  ensure_role_and_databases
  log "ready: PostgreSQL $version with pgvector on 127.0.0.1:5432, role $DB_USER, databases ${DATABASES[*]}"
}

main
