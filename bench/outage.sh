#!/usr/bin/env bash
# Database outage: the app on the postgres profile against its own PostgreSQL cluster (a private
# initdb in a temp folder, on a free port, so it can be stopped without touching any other server).
# A mix of public pages is read throughout (wrk, 4 connections); the database is stopped for
# DOWN_SECONDS (default 600: past any cache refresh), then started again.
# The app log is kept in $OUTAGE_LOG (default /tmp/lumbar-outage-app.log).
# Reports: non-2xx answers (target 0), latency percentiles over the whole run, readiness during the
# outage (expected DOWN), and seconds from the database's return to readiness UP (no restart).
# Usage: bench/outage.sh [down-seconds]   Needs wrk, PostgreSQL 15 binaries, runuser (run as root) or
# a non-root user that can run initdb.
set -euo pipefail
source "$(dirname "$0")/common.sh"

DOWN="${1:-600}"
BEFORE=30
AFTER=90
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PGDIR="$(mktemp -d /tmp/lumbar-outage-pg.XXXXXX)"
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
PGPORT="$(free_port)"
pg() { as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" -w "$@" >/dev/null; }
cleanup_pg() {
  local status=$?
  [ -f "$WORK/app.log" ] && cp "$WORK/app.log" "${OUTAGE_LOG:-/tmp/lumbar-outage-app.log}"
  pg stop -m immediate >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
  return $status
}
trap 'cleanup_pg; bench_cleanup' EXIT
log "private PostgreSQL cluster in $PGDIR on port $PGPORT"
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust >/dev/null
pg start
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres lumbarguide

ensure_jar
cp "$JAR" "$WORK/app.jar"   # a build running meanwhile must not change the jar under the test
JAR="$WORK/app.jar"
export SPRING_PROFILES_ACTIVE=postgres
export DATABASE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/lumbarguide" DATABASE_USERNAME=postgres DATABASE_PASSWORD=
start_app
CSS="$(curl -s "$APP_URL/" | grep -o '/css/site-[0-9a-f]*\.css' | head -n1)"
export PAGES="/ /topics /topics/symptoms /topics/treatment /glossary /handouts /handouts?topic=symptoms&paper=a4 $CSS /robots.txt"
readiness() { curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$MANAGEMENT_URL/actuator/health/readiness" || true; }
for _ in $(seq 600); do [ "$(readiness)" = 200 ] && break; sleep 0.2; done  # every page pre-rendered
log "readiness before: $(readiness); load for $BEFORE s, database down for $DOWN s, then $AFTER s"

wrk -t1 -c4 -d"$(( BEFORE + DOWN + AFTER ))s" --timeout 10s -s "$(dirname "$0")/outage.lua" "$APP_URL" \
  > "$WORK/wrk.txt" 2>&1 &
WRK=$!
track_pid "$WRK"
sleep "$BEFORE"
pg stop -m fast
log "database stopped"
sleep $(( DOWN / 2 ))
READY_DURING="$(readiness)"
log "readiness half-way through the outage: $READY_DURING"
sleep $(( DOWN - DOWN / 2 ))
pg start
BACK=$(date +%s.%N)
log "database started"
for _ in $(seq 600); do [ "$(readiness)" = 200 ] && break; sleep 0.2; done
RECOVERED=$(echo "$(date +%s.%N) - $BACK" | bc)
log "readiness UP again after ${RECOVERED}s"
wait "$WRK" || true
BUILDS=$(curl -s "$MANAGEMENT_URL/actuator/prometheus" | awk '/^lumbarguide_catalog_builds_total/ {print $2}')
FAILED=$(curl -s "$MANAGEMENT_URL/actuator/prometheus" | awk '/^lumbarguide_catalog_refresh_failures_total/ {print $2}')

printf '\nDatabase outage, %s CPUs, %s: postgres profile, page mix on 4 connections\n' "$(nproc)" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf '  %s s up, %s s database stopped, %s s after\n' "$BEFORE" "$DOWN" "$AFTER"
grep -E 'requests in|Socket errors|Non-2xx|^status|^latency' "$WORK/wrk.txt" | sed 's/^/  /'
printf '  non-2xx answers: %s (target 0)\n' "$(awk '/^status / { split($2, s, ":"); if (s[1] < 200 || s[1] > 299) n += $3 } END {print n + 0}' "$WORK/wrk.txt")"
printf '  readiness during the outage: %s; back to UP %.1f s after the database returned (no restart)\n' "$READY_DURING" "$RECOVERED"
printf '  catalog builds: %s, failed refreshes (last good catalog kept): %s\n' "${BUILDS:-?}" "${FAILED:-?}"
printf '  ERROR lines in the app log: %s, WARN lines: %s\n' "$(grep -c ' ERROR ' "$WORK/app.log" || true)" "$(grep -c ' WARN ' "$WORK/app.log" || true)"
