#!/usr/bin/env bash
# Run a throw-away single-node Elasticsearch for dumawatch tests, CI and benchmarks.
#
#   scripts/elasticsearch.sh start [--secure|--tls]   # prints the URL once health is yellow/green
#   scripts/elasticsearch.sh stop  [--secure|--tls] [--purge]   # --purge also deletes its data
#   scripts/elasticsearch.sh status [--secure|--tls]
#   scripts/elasticsearch.sh ca --tls                   # prints the CA certificate's path
#   scripts/elasticsearch.sh start|stop|status --pair [--node 1|2]   # a two-node cluster
#
# Version: 8.19.21, the newest build of the official minimal server
# (org.elasticsearch.distribution.integ-test-zip:elasticsearch:<v>:zip) that Maven Central
# serves: the integ-test-zip stops at 8.19.x there, no 9.x is published. 8.x runs on Java 17
# (the system JDK here); the Python client must therefore be elasticsearch>=8.19,<9, since a
# 9.x client sends "compatible-with=9" headers that an 8.x server rejects.
# The zip is the bare server: no analysis-common, reindex or painless modules, so search/elastic.py
# uses only core analyzers and copies documents client-side on reindex.
#
# Plain mode: http://127.0.0.1:${ES_PORT:-9200}, security off.
# --secure:   http://127.0.0.1:${ES_PORT:-9201}, security on (basic auth over plain HTTP), with a
#             file-realm superuser ${DUMAWATCH_ES_USER:-dumawatch} / ${DUMAWATCH_ES_PASSWORD:-dumawatch-secret}
#             created by bin/elasticsearch-users.
# --tls:      https://127.0.0.1:${ES_PORT:-9202}, as --secure but over HTTPS, with a CA and node
#             certificate made once by bin/elasticsearch-certutil (`ca --tls` prints the CA path
#             for DUMAWATCH_ES_CA).
# --pair:     a two-node cluster, security off: nodes on http://127.0.0.1:${ES_PORT:-9210} and
#             ES_PORT+1 (transport ports ES_PORT+100 and +101), both holding data, so an index
#             with one replica keeps every document on each node. `start` prints the index
#             target for dumawatch, http://127.0.0.1:9210,127.0.0.1:9211 (every node, comma
#             separated); `--node N` stops or starts one node only.
#             Node 1 is the only master-eligible node, node 2 is data-only: a master needs the
#             votes of a majority of the master-eligible nodes, and of two such nodes one alone
#             is no majority, so with both eligible stopping either node left the other without
#             a master (no writes, no health). With node 1 the sole voter, stopping node 2
#             keeps the cluster whole (yellow: replicas unassigned, every document still
#             searchable and writable on node 1); stopping node 1 leaves node 2 answering
#             searches but refusing writes (no master), which dumawatch spools until node 1 is
#             back. Data made by an older layout of the pair (both nodes master-eligible) is
#             deleted on start: its voting configuration would wait for node 2 forever.
#
# Elasticsearch refuses to run as root, so as root the server runs as the system user
# ${ES_RUN_USER:-dumawatch-es} (created if missing) out of ${ES_BASE:-/var/lib/dumawatch-elasticsearch}
# (root's home is not readable by that user); as any other user it runs as that user out of the
# cache. The downloaded zip is cached in ${ES_CACHE:-~/.cache/dumawatch/elasticsearch}.
# Environment: ES_PORT, ES_VERSION, ES_JAVA_HOME, ES_HEAP (512m), ES_START_TIMEOUT (180 s).
set -euo pipefail

ES_VERSION="${ES_VERSION:-8.19.21}"
ES_CACHE="${ES_CACHE:-$HOME/.cache/dumawatch/elasticsearch}"
ES_HEAP="${ES_HEAP:-512m}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-180}"
ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"

cmd="${1:-}"
shift || true
secure=0
tls=0
purge=0
pair=0
node=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --secure) secure=1 ;;
    --tls) secure=1 tls=1 ;;
    --purge) purge=1 ;;
    --pair) pair=1 ;;
    --node) node="${2:-}"; shift ;;
    *) echo "elasticsearch.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ -n "$node" && ( $pair != 1 || ! "$node" =~ ^[12]$ ) ]]; then
  echo "elasticsearch.sh: --node takes 1 or 2, with --pair" >&2
  exit 2
fi
if [[ $pair == 1 ]]; then
  PAIR_PORT="${ES_PORT:-9210}"
  ES_PORT="$PAIR_PORT"
elif [[ $tls == 1 ]]; then
  ES_PORT="${ES_PORT:-9202}"
elif [[ $secure == 1 ]]; then
  ES_PORT="${ES_PORT:-9201}"
else
  ES_PORT="${ES_PORT:-9200}"
fi
ES_USER_NAME="${DUMAWATCH_ES_USER:-dumawatch}"
ES_USER_PASSWORD="${DUMAWATCH_ES_PASSWORD:-dumawatch-secret}"
SCHEME=http
if [[ $tls == 1 ]]; then SCHEME=https; fi
URL="$SCHEME://127.0.0.1:${ES_PORT}"

if [[ $(id -u) == 0 ]]; then
  RUN_USER="${ES_RUN_USER:-dumawatch-es}"
  ES_BASE="${ES_BASE:-/var/lib/dumawatch-elasticsearch}"
else
  RUN_USER="$(id -un)"
  ES_BASE="${ES_BASE:-$ES_CACHE}"
fi
DIST="$ES_BASE/elasticsearch-$ES_VERSION"

# The server on one HTTP port: its URL and the folder its config, data, logs and pid live in.
use_port() {
  ES_PORT="$1"
  URL="$SCHEME://127.0.0.1:${ES_PORT}"
  INSTANCE="$ES_BASE/instances/$ES_PORT"
  PIDFILE="$INSTANCE/elasticsearch.pid"
  CERTS="$INSTANCE/config/certs"  # relative paths in the TLS settings below start at config/
}
use_port "$ES_PORT"

log() { echo "elasticsearch.sh: $*" >&2; }

as_run_user() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u "$RUN_USER" -- "$@"
  else
    "$@"
  fi
}

find_java() {
  if [[ -n "${ES_JAVA_HOME:-}" ]]; then echo "$ES_JAVA_HOME"; return; fi
  local j
  for j in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 \
    /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/temurin-17-jdk-amd64; do
    if [[ -x "$j/bin/java" ]]; then echo "$j"; return; fi
  done
  if command -v java >/dev/null; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
    return
  fi
  log "no Java found: set ES_JAVA_HOME (Elasticsearch $ES_VERSION needs Java 17-21)"
  exit 1
}

curl_es() {
  local auth=()
  if [[ $secure == 1 ]]; then auth=(-u "$ES_USER_NAME:$ES_USER_PASSWORD"); fi
  if [[ $tls == 1 ]]; then auth+=(--cacert "$CERTS/ca/ca.crt"); fi
  curl -sf --max-time 5 "${auth[@]}" "$URL$1"
}

running_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

healthy() {
  curl_es "/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null |
    grep -qE '"status":"(green|yellow)"'
}

fetch() {
  local zip="$ES_CACHE/elasticsearch-$ES_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    mkdir -p "$ES_CACHE"
    if ! command -v mvn >/dev/null; then
      log "Maven (mvn) is needed once to download $ARTIFACT (apt-get install maven)"
      exit 1
    fi
    log "downloading $ARTIFACT from Maven Central"
    local out
    if ! out="$(mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="$ARTIFACT" \
      -DoutputDirectory="$ES_CACHE" -Dmdep.overWriteReleases=true 2>&1)"; then
      echo "$out" >&2
      log "download failed"
      exit 1
    fi
  fi
  if [[ ! -x "$DIST/bin/elasticsearch" ]]; then
    mkdir -p "$ES_BASE"
    local tmp="$ES_BASE/.unpack.$$"
    rm -rf "$tmp"
    unzip -q "$zip" -d "$tmp"
    mv "$tmp/elasticsearch-$ES_VERSION" "$DIST"
    rm -rf "$tmp"
  fi
}

ensure_user() {
  [[ $(id -u) == 0 ]] || return 0
  if ! id "$RUN_USER" >/dev/null 2>&1; then
    log "creating system user $RUN_USER"
    useradd --system --no-create-home --home-dir "$ES_BASE" --shell /usr/sbin/nologin "$RUN_USER"
  fi
  chmod 755 "$ES_BASE"
}

# The pair's node layout its data was made with; other data is deleted (see --pair above).
PAIR_LAYOUT="node1-sole-master"

prepare_instance() {
  mkdir -p "$INSTANCE"
  if [[ $pair == 1 && "$(cat "$INSTANCE/pair-layout" 2>/dev/null)" != "$PAIR_LAYOUT" ]]; then
    if [[ -d "$INSTANCE/data" ]]; then
      log "deleting data of an older pair layout in $INSTANCE/data"
      rm -rf "$INSTANCE/data"
    fi
    echo "$PAIR_LAYOUT" >"$INSTANCE/pair-layout"
  fi
  if [[ ! -d "$INSTANCE/config" ]]; then
    cp -r "$DIST/config" "$INSTANCE/config"
  fi
  mkdir -p "$INSTANCE/data" "$INSTANCE/logs"
  if [[ $(id -u) == 0 ]]; then chown -R "$RUN_USER:$(id -gn "$RUN_USER")" "$INSTANCE"; fi
  if [[ $tls == 1 && ! -f "$CERTS/node/node.crt" ]]; then
    make_certificates
  fi
  if [[ $secure == 1 ]]; then
    # Recreate the file-realm user each start so a changed password takes effect.
    as_run_user env ES_JAVA_HOME="$JAVA_DIR" ES_PATH_CONF="$INSTANCE/config" \
      "$DIST/bin/elasticsearch-users" userdel "$ES_USER_NAME" >/dev/null 2>&1 || true
    as_run_user env ES_JAVA_HOME="$JAVA_DIR" ES_PATH_CONF="$INSTANCE/config" \
      "$DIST/bin/elasticsearch-users" useradd "$ES_USER_NAME" -p "$ES_USER_PASSWORD" \
      -r superuser >&2
  fi
}

make_certificates() {
  local certutil=(env ES_JAVA_HOME="$JAVA_DIR" ES_PATH_CONF="$INSTANCE/config"
    "$DIST/bin/elasticsearch-certutil")
  as_run_user mkdir -p "$CERTS"
  as_run_user "${certutil[@]}" ca --pem --silent --out "$CERTS/ca.zip" >&2
  as_run_user unzip -q -o "$CERTS/ca.zip" -d "$CERTS"
  as_run_user "${certutil[@]}" cert --pem --silent --name node --ip 127.0.0.1 --dns localhost \
    --ca-cert "$CERTS/ca/ca.crt" --ca-key "$CERTS/ca/ca.key" --out "$CERTS/node.zip" >&2
  as_run_user unzip -q -o "$CERTS/node.zip" -d "$CERTS"
  chmod 644 "$CERTS/ca/ca.crt"
}

start() {
  if ! launch; then  # already up and healthy: still print its URL for the caller to use
    echo "$URL"
    return 0
  fi
  wait_healthy
  echo "$URL"
}

# Start the server unless it runs; returns 1 when it was already up and healthy.
launch() {
  if running_pid >/dev/null && healthy; then
    log "already running at $URL"
    return 1
  fi
  if pid="$(running_pid)"; then
    log "process $pid is up but not healthy yet; waiting"
  else
    if curl -sk --max-time 2 -o /dev/null "$URL"; then
      log "port $ES_PORT is taken by something this script did not start"
      exit 1
    fi
    JAVA_DIR="$(find_java)"
    fetch
    ensure_user
    prepare_instance
    local security=false http_tls=false
    if [[ $secure == 1 ]]; then security=true; fi
    local tls_settings=()
    if [[ $tls == 1 ]]; then
      http_tls=true
      tls_settings=(-Expack.security.http.ssl.key=certs/node/node.key
        -Expack.security.http.ssl.certificate=certs/node/node.crt
        -Expack.security.http.ssl.certificate_authorities=certs/ca/ca.crt)
    fi
    local cluster_settings=(-Ecluster.name="dumawatch-$ES_PORT" -Ediscovery.type=single-node)
    if [[ $pair == 1 ]]; then
      local a="$PAIR_PORT"
      cluster_settings=(-Ecluster.name="dumawatch-pair-$a"
        -Etransport.port=$((ES_PORT + 100))
        -Ediscovery.seed_hosts="127.0.0.1:$((a + 100))")
      if [[ $ES_PORT == "$a" ]]; then
        cluster_settings+=(-Enode.roles=master,data,ingest
          -Ecluster.initial_master_nodes="dumawatch-$a")
      else
        cluster_settings+=(-Enode.roles=data,ingest)
      fi
    fi
    rm -f "$PIDFILE"
    as_run_user env ES_JAVA_HOME="$JAVA_DIR" ES_PATH_CONF="$INSTANCE/config" \
      ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP ${ES_EXTRA_JAVA_OPTS:-}" \
      "$DIST/bin/elasticsearch" -d -p "$PIDFILE" \
      -Enode.name="dumawatch-$ES_PORT" \
      "${cluster_settings[@]}" \
      -Enetwork.host=127.0.0.1 \
      -Ehttp.port="$ES_PORT" \
      -Epath.data="$INSTANCE/data" \
      -Epath.logs="$INSTANCE/logs" \
      -Expack.security.enabled="$security" \
      -Expack.security.http.ssl.enabled="$http_tls" \
      "${tls_settings[@]}" \
      -Expack.security.transport.ssl.enabled=false \
      -Ecluster.routing.allocation.disk.threshold_enabled=false \
      -Eaction.destructive_requires_name=false \
      >"$INSTANCE/logs/start.out" 2>&1 || {
      log "failed to launch; see $INSTANCE/logs/start.out"
      cat "$INSTANCE/logs/start.out" >&2
      exit 1
    }
  fi
}

wait_healthy() {
  local waited=0
  until healthy; do
    if ! running_pid >/dev/null && [[ $waited -gt 5 ]]; then
      log "server exited during start-up; last log lines:"
      tail -n 30 "$INSTANCE/logs/dumawatch-$ES_PORT.log" >&2 2>/dev/null || true
      exit 1
    fi
    if [[ $waited -ge $ES_START_TIMEOUT ]]; then
      log "not healthy after ${ES_START_TIMEOUT}s; see $INSTANCE/logs"
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  log "Elasticsearch $ES_VERSION up at $URL (security $([[ $secure == 1 ]] && echo on || echo off))"
  if [[ $tls == 1 ]]; then log "CA certificate: $CERTS/ca/ca.crt"; fi
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    log "not running on port $ES_PORT"
    rm -f "$PIDFILE"
    purge_instance
    return 0
  fi
  kill "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if [[ $waited -ge 600 ]]; then
      log "process $pid ignored SIGTERM for 60s; killing"
      kill -9 "$pid" 2>/dev/null || true
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$PIDFILE"
  log "stopped (port $ES_PORT)"
  purge_instance
}

purge_instance() {
  if [[ $purge == 1 && -d "$INSTANCE" ]]; then
    rm -rf "$INSTANCE"
    log "deleted $INSTANCE"
  fi
}

status() {
  if running_pid >/dev/null && healthy; then
    echo "running $URL"
  elif pid="$(running_pid)"; then
    echo "starting $URL (pid $pid)"
    return 1
  else
    echo "stopped $URL"
    return 3
  fi
}

# The pair's nodes a command acts on: both, or the one --node names.
pair_ports() {
  if [[ -n "$node" ]]; then
    echo $((PAIR_PORT + node - 1))
  else
    echo "$PAIR_PORT" $((PAIR_PORT + 1))
  fi
}

pair_start() {
  local port
  for port in $(pair_ports); do  # both launched before either waits: their start-ups overlap
    use_port "$port"
    launch || true
  done
  for port in $(pair_ports); do
    use_port "$port"
    wait_healthy
  done
  # dumawatch's multi-node target: the scheme once, then every node's host:port
  echo "$SCHEME://127.0.0.1:$PAIR_PORT,127.0.0.1:$((PAIR_PORT + 1))"
}

pair_each() {
  local port rc=0
  for port in $(pair_ports); do
    use_port "$port"
    "$1" || rc=$?
  done
  return $rc
}

if [[ $pair == 1 ]]; then
  case "$cmd" in
    start) pair_start ;;
    stop) pair_each stop ;;
    status) pair_each status ;;
    *)
      echo "usage: $0 start|stop|status --pair [--node 1|2] [--purge]" >&2
      exit 2
      ;;
  esac
  exit $?
fi

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  ca)
    if [[ $tls != 1 || ! -f "$CERTS/ca/ca.crt" ]]; then
      log "no CA: start a server with --tls first"
      exit 1
    fi
    echo "$CERTS/ca/ca.crt"
    ;;
  *)
    echo "usage: $0 start|stop|status|ca [--secure|--tls] [--purge]" >&2
    exit 2
    ;;
esac
