#!/usr/bin/env bash
# Mints an API key for newsdesk:
#
#   scripts/new-key.sh NAME SCOPES          e.g. scripts/new-key.sh cms ingest   or   desk ask+ingest
#
# SCOPES are ask, ingest and admin, joined by '+'. Prints the new key (give it to the client; it is
# stored nowhere) and its configuration entry NAME:SCOPES:SHA-256, to add to NEWSDESK_API_KEYS
# (comma-separated) or newsdesk.auth.keys. Only the hash is ever configured.
#
#   scripts/new-key.sh --key                 prints only a new random key
#   scripts/new-key.sh --entry NAME SCOPES   prints only the entry for the key read from stdin
set -euo pipefail

usage() {
  sed -n '2,12p' "$0" >&2
  exit 2
}

random_key() {
  # 32 random bytes, base64url without padding: 43 characters after the nd_ prefix.
  printf 'nd_%s\n' "$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
}

check() {
  local name="$1" scopes="$2"
  [[ "$name" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || { echo "new-key: NAME must be 1-64 letters, digits, '.', '_' or '-'" >&2; exit 2; }
  [[ "$scopes" =~ ^(ask|ingest|admin)(\+(ask|ingest|admin))*$ ]] || { echo "new-key: SCOPES must be ask, ingest or admin joined by '+'" >&2; exit 2; }
}

entry() {
  local name="$1" scopes="$2" key="$3"
  printf '%s:%s:%s\n' "$name" "$scopes" "$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)"
}

case "${1:-}" in
  --key)
    random_key
    ;;
  --entry)
    [ $# -eq 3 ] || usage
    check "$2" "$3"
    key=""
    IFS= read -r key || true
    [ -n "$key" ] || { echo "new-key: no key on stdin" >&2; exit 2; }
    entry "$2" "$3" "$key"
    ;;
  -h|--help|"")
    usage
    ;;
  *)
    [ $# -eq 2 ] || usage
    check "$1" "$2"
    key="$(random_key)"
    echo "key (give it to the client; it is not stored anywhere):"
    echo "  $key"
    echo "config entry (add to NEWSDESK_API_KEYS, comma-separated, or newsdesk.auth.keys):"
    echo "  $(entry "$1" "$2" "$key")"
    ;;
esac
