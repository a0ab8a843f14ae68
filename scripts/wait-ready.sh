#!/usr/bin/env bash
# Waits until newsdesk reports ready: scripts/wait-ready.sh BASE_URL TIMEOUT_SECONDS
set -euo pipefail
BASE="${1:-http://localhost:8080}"
TIMEOUT="${2:-120}"
deadline=$(( $(date +%s) + TIMEOUT ))
until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "newsdesk did not become ready within ${TIMEOUT}s" >&2
    exit 1
  fi
  sleep 0.5
done
