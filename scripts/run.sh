#!/usr/bin/env bash
# Runs newsdesk on http://localhost:8080 with the samples loaded:
# prepares PostgreSQL + pgvector, builds, starts the service, waits until ready, loads samples/.
# Ctrl-C stops the service. Data stays in the `newsdesk` database between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NEWSDESK_PORT:-8080}"
BASE="http://localhost:$PORT"

scripts/db-setup.sh
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -B -q -DskipTests package
fi

java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar &
SERVICE_PID=$!
trap 'kill "$SERVICE_PID" 2>/dev/null || true' INT TERM EXIT

scripts/wait-ready.sh "$BASE" 120
scripts/load-samples.sh "$BASE"
echo "newsdesk is running on $BASE (Ctrl-C to stop)"
wait "$SERVICE_PID"
