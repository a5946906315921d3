#!/usr/bin/env bash
# The whole suite with every server it needs: starts Elasticsearch (plain, and secured for the
# authentication run) unless $DUMAWATCH_ES_URL points at a running cluster, and the two-node
# pair (tests/search/test_elastic_cluster.py) in the background unless $DUMAWATCH_ES_PAIR_URL names
# one, installs Chromium for the browser tests when missing, runs ruff and pytest, and stops
# what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"

# Debian packages the tests drive: Chromium (browser tests) and redis-server (shared crawl
# frontier); Java and Maven (Elasticsearch) come with the machine.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing ${missing[*]} for the tests" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cleanup() {
  if [[ -n "${pair_starter:-}" ]]; then
    kill "$pair_starter" 2>/dev/null || true  # still waiting for the pair: stop waiting
    wait "$pair_starter" 2>/dev/null || true
    ES_PORT="${ES_PAIR_PORT:-9210}" bash scripts/elasticsearch.sh stop --pair >/dev/null 2>&1 || true
  fi
  if [[ -n "${started_es:-}" ]]; then bash scripts/elasticsearch.sh stop >/dev/null 2>&1 || true; fi
  if [[ -n "${started_secure:-}" ]]; then
    bash scripts/elasticsearch.sh stop --secure >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# The pair takes ~40 s to start: it starts first and in the background, while the tests before
# tests/search/test_elastic_cluster.py run (which waits for it). A pair already running is left running.
if [[ -z "${DUMAWATCH_ES_PAIR_URL:-}" ]]; then
  DUMAWATCH_ES_PAIR_URL="http://127.0.0.1:${ES_PAIR_PORT:-9210},127.0.0.1:$((${ES_PAIR_PORT:-9210} + 1))"
  export DUMAWATCH_ES_PAIR_URL
  if ! ES_PORT="${ES_PAIR_PORT:-9210}" bash scripts/elasticsearch.sh status --pair >/dev/null 2>&1; then
    ES_PORT="${ES_PAIR_PORT:-9210}" bash scripts/elasticsearch.sh start --pair \
      >"${TMPDIR:-/tmp}/dumawatch-es-pair.log" 2>&1 &
    pair_starter=$!
  fi
fi
# A server already running is used and left running; one started here is stopped at the end.
if [[ -z "${DUMAWATCH_ES_URL:-}" ]]; then
  bash scripts/elasticsearch.sh status >/dev/null 2>&1 || started_es=1
  DUMAWATCH_ES_URL="$(bash scripts/elasticsearch.sh start | tail -n 1)"
  export DUMAWATCH_ES_URL
fi
if [[ -z "${DUMAWATCH_ES_SECURE_URL:-}" ]]; then
  bash scripts/elasticsearch.sh status --secure >/dev/null 2>&1 || started_secure=1
  DUMAWATCH_ES_SECURE_URL="$(bash scripts/elasticsearch.sh start --secure | tail -n 1)"
  export DUMAWATCH_ES_SECURE_URL
fi
if [[ -z "$DUMAWATCH_ES_URL" || -z "$DUMAWATCH_ES_SECURE_URL" ]]; then
  echo "Elasticsearch did not start (scripts/elasticsearch.sh start)" >&2
  exit 1
fi

# Files the suite leaves in the working tree (it must leave none: tests write in temporary
# folders only); build outputs, caches and screenshots do not count.
leftovers() {
  git status --porcelain --ignored --untracked-files=all 2>/dev/null \
    | grep -vE '^(!!|\?\?) (\.venv/|\.pytest_cache/|\.ruff_cache/|\.hypothesis/|artifacts/|.*__pycache__/|.*\.egg-info/|build/)' \
    | sort || true
}
before="$(leftovers)"

"$BIN/ruff" check .
"$BIN/python" -m pytest -q --durations=20 "$@"

after="$(leftovers)"
if [[ "$after" != "$before" ]]; then
  echo "the tests left files in the working tree:" >&2
  comm -13 <(echo "$before") <(echo "$after") >&2
  exit 1
fi
