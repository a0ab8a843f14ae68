#!/usr/bin/env bash
# Loads samples/ into a running newsdesk: every *.txt in the scraped text layout, every *.ndjson as a batch.
# Safe to repeat: identical content is recognised and nothing is written twice.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:-http://localhost:8080}"
for file in samples/*.txt; do
  name="$(basename "$file" .txt)"
  curl -fsS -X POST "$BASE/api/v1/articles?external_id=sample-$name" \
    -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$file" >/dev/null
  echo "loaded $file"
done
for file in samples/*.ndjson; do
  curl -fsS -X POST "$BASE/api/v1/articles" \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$file" >/dev/null
  echo "loaded $file"
done
