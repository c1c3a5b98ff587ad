#!/usr/bin/env bash
# Start-up: seconds from launching the JVM to the first 200 on /, for
#   plain    java -jar app.jar                                 (Java 25, no cache)
#   aot      java -XX:AOTCache=app.aot -jar extracted/app.jar  (Java 25, the Dockerfile's launch)
# and plain on the default JDK (17) for reference. Target: aot <= 0.5 x plain.
# The AOT cache comes from a training run as in the Dockerfile: the extracted jar started with
# -XX:AOTCacheOutput and -Dspring.context.exit=onRefresh.
# Usage: bench/startup.sh [runs]   (JAVA25=/path/to/jdk-25, default /usr/lib/jvm/temurin-25-jdk-amd64)
set -euo pipefail
source "$(dirname "$0")/common.sh"

RUNS="${1:-3}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$JAVA25" ] || { echo "no Java 25 at $JAVA25 (set JAVA25)" >&2; exit 1; }
ensure_jar
# A copy: a build running meanwhile must not change the jar under a timed start.
cp "$JAR" "$WORK/app.jar"
JAR="$WORK/app.jar"

log "extracting $JAR (jarmode=tools) and training the AOT cache"
"$JAVA25" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
EXTRACTED="$(ls "$WORK"/extracted/*.jar | head -n1)"
mkdir -p "$WORK/data"
HEAP="-Xmx352m"
# shellcheck disable=SC2086
"$JAVA25" $HEAP -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh \
  -Dlumbarguide.data-dir="$WORK/data" -Dmanagement.server.port=0 -jar "$EXTRACTED" >"$WORK/training.log" 2>&1
[ -s "$WORK/app.aot" ] || { echo "training run made no AOT cache:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
log "AOT cache: $(du -h "$WORK/app.aot" | cut -f1)"

# One timed start: prints seconds from launch to the first 200 on /.
time_start() {
  local port start pid i
  port="$(free_port)"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$@" --server.port="$port" --management.server.port=0 --lumbarguide.data-dir="$WORK/data" \
    >"$WORK/run.log" 2>&1 &
  pid=$!
  for i in $(seq 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null || true)" = 200 ]; then
      break
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$WORK/run.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$(date +%s.%N) - $start" | bc
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

declare -A TIMES
for run in $(seq "$RUNS"); do
  # shellcheck disable=SC2086
  TIMES[plain25]+="$(time_start "$JAVA25" $HEAP -jar "$JAR") "
  # shellcheck disable=SC2086
  TIMES[aot25]+="$(time_start "$JAVA25" $HEAP -XX:AOTCache="$WORK/app.aot" -jar "$EXTRACTED") "
  # shellcheck disable=SC2086
  TIMES[plain17]+="$(time_start java $HEAP -jar "$JAR") "
  log "after run $run: plain25 ${TIMES[plain25]}/ aot25 ${TIMES[aot25]}/ plain17 ${TIMES[plain17]}"
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
P25=$(echo "${TIMES[plain25]}" | median)
A25=$(echo "${TIMES[aot25]}" | median)
P17=$(echo "${TIMES[plain17]}" | median)
printf '\nStart to first 200 on /, median of %s runs (%s CPUs, %s)\n' "$RUNS" "$(nproc)" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf '  java -jar, Java 25:                  %6.2f s   (%s)\n' "$P25" "${TIMES[plain25]}"
printf '  AOT cache + extracted jar, Java 25:  %6.2f s   (%s)\n' "$A25" "${TIMES[aot25]}"
printf '  java -jar, Java 17 (default JDK):    %6.2f s   (%s)\n' "$P17" "${TIMES[plain17]}"
printf '  AOT / plain (Java 25): %.2f  (target <= 0.50)\n' "$(echo "$A25 / $P25" | bc -l)"
