# Shared helpers for the bench/*.sh scripts. Source it; do not run it.
#
# After sourcing:  ROOT (repo root, and the current directory), WORK (a temp dir removed on exit),
# and the functions ensure_jar, free_port, start_app, track_pid, log.
# Every process started through start_app/track_pid is stopped when the script exits.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lumbar-bench.XXXXXX")"
BENCH_PIDS=()
BENCH_PGIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

track_pid() { BENCH_PIDS+=("$1"); }
# For a process started with `setsid CMD &`: on exit, stop its whole process group (e.g. a browser).
track_pgid() { BENCH_PGIDS+=("$1"); }

bench_cleanup() {
  local status=$? pid
  trap - EXIT INT TERM
  for pid in "${BENCH_PGIDS[@]:-}"; do
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PGIDS[@]:-}"; do
    [ -n "$pid" ] && kill -KILL -- "-$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
  exit "$status"
}
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Build the jar only if it is missing. A JAR already chosen (e.g. a copy in $WORK) is kept.
ensure_jar() {
  if [ -n "${JAR:-}" ] && [ -f "$JAR" ]; then return 0; fi
  if ! compgen -G "target/lumbar-guide-*.jar" >/dev/null; then
    log "target/lumbar-guide-*.jar missing: building it (./mvnw -B -q -DskipTests package)"
    ./mvnw -B -q -DskipTests package
  fi
  JAR="$(ls -t target/lumbar-guide-*.jar | grep -v -- '-plain\.jar$' | head -n1)"
  [ -n "$JAR" ] || { echo "no target/lumbar-guide-*.jar after the build" >&2; exit 1; }
}

# Print a TCP port that is free on 127.0.0.1 right now.
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for _ in $(seq 200); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; return 1
}

# start_app: java -Xmx352m -jar (JAVA_OPTS replaces -Xmx352m), free ports and a throwaway H2 data dir.
# Sets APP_PORT, MANAGEMENT_PORT, APP_PID, APP_URL, MANAGEMENT_URL; waits (up to 180 s) until / answers 200.
start_app() {
  ensure_jar
  APP_PORT="$(free_port)"
  MANAGEMENT_PORT="$(free_port)"
  APP_URL="http://127.0.0.1:$APP_PORT"
  MANAGEMENT_URL="http://127.0.0.1:$MANAGEMENT_PORT"
  mkdir -p "$WORK/app-data"
  log "starting $JAR on port $APP_PORT (data dir $WORK/app-data)"
  # JAVA_OPTS / APP_ARGS (unset by default) are only for experiments, e.g.
  # APP_ARGS='--server.tomcat.max-keep-alive-requests=-1' bench/throughput.sh
  # shellcheck disable=SC2086
  # MALLOC_ARENA_MAX=2 as in the Docker image (docs/operations.md, "Memory").
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" java ${JAVA_OPTS:--Xmx352m} -jar "$JAR" --server.port="$APP_PORT" --management.server.port="$MANAGEMENT_PORT" \
    --lumbarguide.data-dir="$WORK/app-data" \
    ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  track_pid "$APP_PID"
  local i
  for i in $(seq 360); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app exited during start-up; last log lines:" >&2
      tail -n 40 "$WORK/app.log" >&2
      exit 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP_URL/" 2>/dev/null || true)" = 200 ]; then
      log "app answers at $APP_URL after $(( i / 2 )) s"
      return 0
    fi
    sleep 0.5
  done
  echo "the app did not answer within 180 s; last log lines:" >&2
  tail -n 40 "$WORK/app.log" >&2
  exit 1
}
