#!/bin/sh
# The compose file's one-shot loader: posts samples/ to newsdesk once it is healthy. POSIX sh and
# curl only (it runs in the curlimages/curl image). Safe to repeat: identical content is recognised
# and nothing is written twice.
#   docker/load-samples.sh BASE_URL SAMPLES_DIR
# With API keys in force, NEWSDESK_INGEST_KEY must hold a key with the "ingest" scope.
set -eu
BASE="${1:-http://newsdesk:8080}"
SAMPLES="${2:-/samples}"
KEY="${NEWSDESK_INGEST_KEY:-}"

post() {
  if [ -n "$KEY" ]; then
    curl -fsS -X POST -H "X-API-Key: $KEY" "$@"
  else
    curl -fsS -X POST "$@"
  fi
}

for file in "$SAMPLES"/*.txt; do
  name="$(basename "$file" .txt)"
  post "$BASE/api/v1/articles?external_id=sample-$name" \
    -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$file" >/dev/null
  echo "loaded $file"
done
for file in "$SAMPLES"/*.ndjson; do
  post "$BASE/api/v1/articles" -H 'Content-Type: application/x-ndjson' --data-binary "@$file" >/dev/null
  echo "loaded $file"
done
