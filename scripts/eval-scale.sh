#!/usr/bin/env bash
# Evaluation at scale (make eval-scale): loads the corpus, then EVAL_DIR, into a database that is kept
# between runs, asks every question as make eval does, and measures ingest rate, storage and latency at
# that size. Writes $SCALE_OUT/report.{json,md} (the make eval report with a scale section in front).
#
#   scripts/eval-scale.sh        with, from the environment (the Makefile's variables):
#     CORPUS       the archive, JSON Lines, gzip when it ends in .gz   (../shared/corpus/articles.jsonl.gz)
#     EVAL_DIR     articles.jsonl and questions.jsonl                  (../shared/eval)
#     SCALE_LIMIT  at most this many corpus articles; empty: all       ()
#     SCALE_DB     the database, created if missing, never dropped     (newsdesk_scale)
#     SCALE_PORT   the service's port                                  (8094)
#     SCALE_LATENCY_SECONDS  seconds of each latency run               (30)
#     SCALE_OUT    where the report goes                               (target/eval-scale)
#
# The service runs with its answer cache off, so that latency is that of the whole pipeline. A database
# that already holds the corpus is reused: stored articles answer `unchanged` by content hash without
# being embedded again, so a rerun after a change that does not touch ingestion takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="$(realpath "${CORPUS:-../shared/corpus/articles.jsonl.gz}")"
EVAL_DIR="$(realpath "${EVAL_DIR:-../shared/eval}")"
SCALE_DB="${SCALE_DB:-newsdesk_scale}"
SCALE_PORT="${SCALE_PORT:-8094}"
SCALE_OUT="${SCALE_OUT:-target/eval-scale}"
ARGS=(--latency-seconds "${SCALE_LATENCY_SECONDS:-30}" --db-url "jdbc:postgresql://127.0.0.1:5432/$SCALE_DB")
if [ -n "${SCALE_LIMIT:-}" ]; then
  ARGS+=(--limit "$SCALE_LIMIT")
fi
case "$SCALE_DB" in
  newsdesk_scale|newsdesk_scale_*) ;;
  *) echo "eval-scale: SCALE_DB must be newsdesk_scale or newsdesk_scale_<something>, not $SCALE_DB" >&2; exit 2 ;;
esac

KEEP_DB=1 JAVA_OPTS="${JAVA_OPTS:-} -Dnewsdesk.answer.cache.size=0" \
  exec scripts/with-service.sh "$SCALE_DB" "$SCALE_PORT" bash -c \
  'scripts/tool.sh ScaleEvaluation "$BASE" "$0" "$1" "$2" "$SERVICE_PID" "${@:3}"' \
  "$CORPUS" "$EVAL_DIR" "$SCALE_OUT" "${ARGS[@]}"
