#!/bin/sh
# Loads samples/ into a running newsdesk: every *.txt in the scraped text layout, every *.ndjson as a batch.
# Safe to repeat: identical content is recognised and nothing is written twice.
#   scripts/load-samples.sh [BASE_URL] [SAMPLES_DIR]
# POSIX sh and curl only, so docker/compose.yaml's loader runs it in the curl image too. With API keys
# in force, NEWSDESK_INGEST_KEY must hold a key with the "ingest" scope (sent as X-API-Key).
set -eu
BASE="${1:-http://localhost:8080}"
SAMPLES="${2:-$(dirname "$0")/../samples}"
KEY="${NEWSDESK_INGEST_KEY:-}"

post() {
  if [ -n "$KEY" ]; then
    curl -fsS -X POST -H "X-API-Key: $KEY" "$@" >/dev/null
  else
    curl -fsS -X POST "$@" >/dev/null
  fi
}

for file in "$SAMPLES"/*.txt; do
  name="$(basename "$file" .txt)"
  post "$BASE/api/v1/articles?external_id=sample-$name" -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary "@$file"
  echo "loaded $file"
done
for file in "$SAMPLES"/*.ndjson; do
  post "$BASE/api/v1/articles" -H 'Content-Type: application/x-ndjson' --data-binary "@$file"
  echo "loaded $file"
done
