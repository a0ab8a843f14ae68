#!/usr/bin/env bash
# Loads samples/ into a running newsdesk: every *.txt in the scraped text layout, every *.ndjson as a batch.
# Safe to repeat: identical content is recognised and nothing is written twice.
# The key (ingest scope) comes from NEWSDESK_KEY, else from .newsdesk/admin.key (made by scripts/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8080}"
KEY="${NEWSDESK_KEY:-}"
if [ -z "$KEY" ] && [ -s .newsdesk/admin.key ]; then
  KEY="$(cat .newsdesk/admin.key)"
fi
if [ -z "$KEY" ]; then
  echo "load-samples: no key: export NEWSDESK_KEY=<a key with the ingest scope> (scripts/new-key.sh mints one)" >&2
  exit 1
fi
# The key goes to curl through a file descriptor, never on its command line (visible in ps).
auth() { printf 'Authorization: Bearer %s\n' "$KEY"; }
for file in samples/*.txt; do
  name="$(basename "$file" .txt)"
  curl -fsS -X POST "$BASE/api/v1/articles?external_id=sample-$name" -H @<(auth) \
    -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$file" >/dev/null
  echo "loaded $file"
done
for file in samples/*.ndjson; do
  curl -fsS -X POST "$BASE/api/v1/articles" -H @<(auth) \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$file" >/dev/null
  echo "loaded $file"
done
