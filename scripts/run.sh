#!/usr/bin/env bash
# Runs newsdesk on http://localhost:8080 with the samples loaded:
# prepares PostgreSQL + pgvector, builds, starts the service, waits until ready, loads samples/.
# Ctrl-C stops the service. Data stays in the `newsdesk` database between runs.
#
# Keys: unless NEWSDESK_API_KEYS is set, a local admin key is created once in .newsdesk/admin.key
# (untracked, readable by you only) and the service is given its hash; the samples are loaded with
# it. With NEWSDESK_API_KEYS set, export NEWSDESK_KEY (a key with the ingest scope) for the samples.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NEWSDESK_PORT:-8080}"
BASE="http://localhost:$PORT"
KEY_FILE=.newsdesk/admin.key
LOCAL_KEY=0

if [ -z "${NEWSDESK_API_KEYS:-}" ]; then
  LOCAL_KEY=1
  if [ ! -s "$KEY_FILE" ]; then
    mkdir -p .newsdesk
    chmod 700 .newsdesk
    (umask 077 && scripts/new-key.sh --key >"$KEY_FILE")
    echo "run: created a local admin key in $KEY_FILE"
  fi
  NEWSDESK_API_KEYS="$(scripts/new-key.sh --entry local-admin admin <"$KEY_FILE")"
  export NEWSDESK_API_KEYS
fi

scripts/db-setup.sh
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -B -q -DskipTests package
fi

java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar &
SERVICE_PID=$!
trap 'kill "$SERVICE_PID" 2>/dev/null || true' INT TERM EXIT

scripts/wait-ready.sh "$BASE" 120
if [ "$LOCAL_KEY" = 1 ]; then
  NEWSDESK_KEY="$(cat "$KEY_FILE")" scripts/load-samples.sh "$BASE"
else
  scripts/load-samples.sh "$BASE"
fi
echo "newsdesk is running on $BASE (Ctrl-C to stop)"
if [ "$LOCAL_KEY" = 1 ]; then
  echo "admin key: $KEY_FILE (asking needs no key; adding or deleting articles does), e.g."
  echo "  curl -s -H \"Authorization: Bearer \$(cat $KEY_FILE)\" -H 'Content-Type: application/json' \\"
  echo "    -d '{\"title\": \"Hello\", \"text\": \"A first article.\"}' $BASE/api/v1/articles"
fi
wait "$SERVICE_PID"
