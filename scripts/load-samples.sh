#!/bin/sh
# Loads samples/ into a running newsdesk: every *.txt in the scraped text layout, every *.ndjson as a batch.
# Safe to repeat: identical content is recognised and nothing is written twice.
#   scripts/load-samples.sh [BASE_URL] [SAMPLES_DIR]
# POSIX sh and curl only, so docker/compose.yaml's loader runs it in the curl image too.
# The key (ingest scope) comes from NEWSDESK_KEY or NEWSDESK_INGEST_KEY, else from .newsdesk/admin.key
# (made by scripts/run.sh).
set -eu
BASE="${1:-http://localhost:8080}"
SAMPLES="${2:-$(dirname "$0")/../samples}"
KEY="${NEWSDESK_KEY:-${NEWSDESK_INGEST_KEY:-}}"
KEY_FILE="$(dirname "$0")/../.newsdesk/admin.key"
if [ -z "$KEY" ] && [ -s "$KEY_FILE" ]; then
  KEY="$(cat "$KEY_FILE")"
fi
if [ -z "$KEY" ]; then
  echo "load-samples: no key: export NEWSDESK_KEY=<a key with the ingest scope> (scripts/new-key.sh mints one)" >&2
  exit 1
fi

# The key reaches curl on its standard input (-H @-), never on its command line (visible in ps).
post() {
  printf 'X-API-Key: %s\n' "$KEY" | curl -fsS -X POST -H @- "$@" >/dev/null
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
