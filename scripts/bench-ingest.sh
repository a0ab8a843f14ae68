#!/usr/bin/env bash
# Ingestion benchmark: scripts/bench-ingest.sh [articles.jsonl]
# Ingests the file into an empty database through the real REST ingestion path and prints
# articles/s, sentences/s and the service's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE="$(realpath "${1:-../shared/eval/articles.jsonl}")"
exec scripts/with-service.sh newsdesk_bench 8092 bash -c \
  'scripts/tool.sh IngestBenchmark "$BASE" "$0" "$SERVICE_PID"' "$FILE"
