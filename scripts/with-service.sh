#!/usr/bin/env bash
# Runs a command against a freshly started newsdesk on a throwaway database:
#   scripts/with-service.sh DATABASE PORT command [args...]
# DATABASE is dropped and recreated first (only newsdesk_bench / newsdesk_eval / newsdesk_eval_fu are allowed, never
# the service's own `newsdesk`); with KEEP_DB=1 it is kept as it is, created if missing (newsdesk_bench,
# newsdesk_eval and newsdesk_scale* only: `make eval-scale` reuses a loaded corpus). JAVA_OPTS reaches the
# service's JVM. The built service is started on PORT, and the command runs with
# BASE (service URL), SERVICE_PID and NEWSDESK_KEY (a throwaway key with the ask, ingest and admin
# scopes, which the tools send; admin for the diagnostics /api/v1/ask/{features,candidates,readings}
# that the evaluation and training tools read) in its environment. The service is stopped afterwards.
# Rate limits are off for this service (a benchmark asks ~100 questions/s from one address with one
# key); the admission gates keep their defaults, which let 32 concurrent clients through.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="$1"; PORT="$2"; shift 2
case "${KEEP_DB:-0}:$DB" in
  0:newsdesk_bench|0:newsdesk_eval|0:newsdesk_eval_fu) ;;
  1:newsdesk_bench|1:newsdesk_eval|1:newsdesk_scale|1:newsdesk_scale_*) ;;
  0:*) echo "refusing to recreate database $DB" >&2; exit 2 ;;
  *) echo "refusing to use database $DB" >&2; exit 2 ;;
esac

if [ "${KEEP_DB:-0}" != 1 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -X -q -c "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null
  else
    sudo -u postgres psql -X -q -c "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null
  fi
fi
scripts/db-setup.sh "$DB" >/dev/null

[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package
LOG="target/$DB-service.log"
NEWSDESK_KEY="$(scripts/new-key.sh --key)"
NEWSDESK_API_KEYS="$(printf '%s' "$NEWSDESK_KEY" | scripts/new-key.sh --entry bench ask+ingest+admin)" \
NEWSDESK_RATE_LIMIT_ASK_PER_KEY=0 NEWSDESK_RATE_LIMIT_ASK_PER_ADDRESS=0 \
NEWSDESK_RATE_LIMIT_INGEST_PER_KEY=0 NEWSDESK_RATE_LIMIT_INGEST_PER_ADDRESS=0 \
NEWSDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" NEWSDESK_PORT="$PORT" \
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE_PID=$!
trap 'kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true' EXIT
BASE="http://localhost:$PORT"
scripts/wait-ready.sh "$BASE" 120
BASE="$BASE" SERVICE_PID="$SERVICE_PID" NEWSDESK_KEY="$NEWSDESK_KEY" "$@"
