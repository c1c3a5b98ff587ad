#!/usr/bin/env bash
# PDF abuse: 64 concurrent clients ask for handout PDFs for 30 s (wrk, 64 connections, 64 client
# addresses in X-Forwarded-For) while
#   - a second client reads a topic page on one connection (wrk): its p99 must stay <= 25 ms;
#   - a probe asks for one PDF at a time from its own address (again at once after each answer): every
#     refusal (503 pool full, or 429 rate limit) must come back in < 100 ms, and it must get a PDF at
#     least every 15 s;
#   - PDFs made during the flood must be at least half the unloaded rate (measured first: the pool kept
#     busy by two connections, nothing else running);
#   - the app's resident memory is sampled every second: max RSS <= 768 MB.
# The app runs as start_app starts it (java -Xmx352m -jar, bounded PDF pool, default rate limits).
# VIA_NGINX=1: every client goes through nginx with the production config (deploy/nginx.conf: its
# per-address limit on posts); nginx takes each simulated client's address from X-Forwarded-For, as
# it would behind a load balancer, so the 64 clients are 64 addresses to it too.
# Usage: [VIA_NGINX=1] bench/pdf-abuse.sh [seconds]    Needs wrk (apt-get install wrk), curl, bc, nginx.
set -euo pipefail
source "$(dirname "$0")/common.sh"

SECONDS_RUN="${1:-30}"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
ensure_jar
cp "$JAR" "$WORK/app.jar"   # a build running meanwhile must not change the jar under the test
JAR="$WORK/app.jar"
start_app
log "app pid $APP_PID; warming up"
FRONT="direct to the app"
if [ "${VIA_NGINX:-0}" = 1 ]; then
  NGX="$WORK/nginx"; mkdir -p "$NGX/logs" "$NGX/cache"
  NGINX_PORT="$(free_port)"
  # The production config with this machine's paths and ports, trusting X-Forwarded-For from loopback.
  sed -e "s#server app:8080;#server 127.0.0.1:$APP_PORT;#" -e "s#listen 80;#listen 127.0.0.1:$NGINX_PORT;#" \
      -e "s#/var/cache/nginx/static#$NGX/cache#" \
      -e "s#^http {#pid $NGX/nginx.pid;\ndaemon off;\nhttp {\n    set_real_ip_from 127.0.0.1;\n    real_ip_header X-Forwarded-For;\n    access_log off;\n    client_body_temp_path $NGX/body;\n    proxy_temp_path $NGX/proxy;#" \
      deploy/nginx.conf > "$NGX/nginx.conf"
  "$(command -v nginx || echo /usr/sbin/nginx)" -p "$NGX/" -e "$NGX/logs/error.log" -c "$NGX/nginx.conf" &
  track_pid $!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.2; done
  APP_URL="http://127.0.0.1:$NGINX_PORT"
  FRONT="through nginx (deploy/nginx.conf)"
fi
for _ in $(seq 20); do curl -s -o /dev/null "$APP_URL/topics/symptoms"; done

# A CSRF cookie and the form's masked token, as a browser holds them.
FORM_PAGE="$(curl -s -c "$WORK/cookies" "$APP_URL/handouts")"
export CSRF_TOKEN="$(echo "$FORM_PAGE" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
export CSRF_COOKIE="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$WORK/cookies")"
[ -n "$CSRF_TOKEN" ] && [ -n "$CSRF_COOKIE" ] || { echo "no CSRF token" >&2; exit 1; }
PDF_FORM="topic=symptoms&paper=letter&size=regular&lang=en&qr=true&questions=false&output=pdf"
# Warm up as a server that has been running a while would be: the JIT has compiled the PDF renderer,
# the refusal paths and the pages (a cold JVM spends a core compiling for the first minute).
for i in $(seq 30); do
  curl -s -o /dev/null -b "$WORK/cookies" -H "X-XSRF-TOKEN: $CSRF_TOKEN" -H "X-Forwarded-For: 10.99.$i.1" \
    -d "$PDF_FORM" "$APP_URL/handouts"
done
ADDRESS_PREFIX=10.65. wrk -t2 -c64 -d10s -s "$(dirname "$0")/pdf-abuse.lua" "$APP_URL" >/dev/null 2>&1
wrk -t1 -c1 -d5s "$APP_URL/topics/symptoms" >/dev/null 2>&1
sleep 5  # let the warm-up's PDFs finish
# The unloaded rate: PDFs a second with the pool kept busy by two connections (64 fresh addresses, so no
# rate limit applies) and nothing else running. The flood must not halve it.
ADDRESS_PREFIX=10.70. wrk -t1 -c2 -d10s --timeout 30s -s "$(dirname "$0")/pdf-abuse.lua" "$APP_URL" > "$WORK/unloaded.txt" 2>&1
UNLOADED_OK=$(awk '/^status 200:/ {print $3}' "$WORK/unloaded.txt")
sleep 2
# The same beside the topic-page reader of the flood run (no flood): what the reader alone leaves the pool.
wrk -t1 -c1 -d10s "$APP_URL/topics/symptoms" >/dev/null 2>&1 &
READER=$!
ADDRESS_PREFIX=10.71. wrk -t1 -c2 -d10s --timeout 30s -s "$(dirname "$0")/pdf-abuse.lua" "$APP_URL" > "$WORK/reader.txt" 2>&1
wait "$READER" || true
READER_OK=$(awk '/^status 200:/ {print $3}' "$WORK/reader.txt")
sleep 2
# Memory: the largest resident set seen.
( max=0; while kill -0 "$APP_PID" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$max" ] && max=$rss && echo "$max" > "$WORK/rss.max"
    sleep 1
  done ) &
track_pid $!

# The probe: one PDF request at a time from its own address; "status seconds second-of-run" per line.
( start=$(date +%s); end=$(( start + SECONDS_RUN )); while [ "$(date +%s)" -lt "$end" ]; do
    curl -s -o /dev/null -w "%{http_code} %{time_total} $(( $(date +%s) - start ))\n" -b "$WORK/cookies" \
      -H "X-XSRF-TOKEN: $CSRF_TOKEN" -H "X-Forwarded-For: 10.98.0.1" -d "$PDF_FORM" "$APP_URL/handouts"
  done > "$WORK/probe.txt" ) &
PROBE=$!
track_pid "$PROBE"

log "64 PDF clients + 1 topic-page client for ${SECONDS_RUN}s"
wrk -t2 -c64 -d"${SECONDS_RUN}s" --timeout 30s -s "$(dirname "$0")/pdf-abuse.lua" "$APP_URL" > "$WORK/pdf.txt" 2>&1 &
PDF_WRK=$!
wrk -t1 -c1 -d"${SECONDS_RUN}s" --latency "$APP_URL/topics/symptoms" > "$WORK/topic.txt" 2>&1
wait "$PDF_WRK" || true
wait "$PROBE" || true
sleep 1

P99=$(awk '/^ +99%/ {print $2}' "$WORK/topic.txt")
P50=$(awk '/^ +50%/ {print $2}' "$WORK/topic.txt")
TOPIC_REQS=$(awk '/requests in/ {print $1}' "$WORK/topic.txt")
REFUSED=$(awk '$1 == 503 || $1 == 429' "$WORK/probe.txt" | wc -l)
REFUSED_SLOW=$(awk '($1 == 503 || $1 == 429) && $2 >= 0.1' "$WORK/probe.txt" | wc -l)
REFUSED_MAX=$(awk '($1 == 503 || $1 == 429) {print $2 * 1000}' "$WORK/probe.txt" | sort -n | tail -1)
PROBE_OK=$(awk '$1 == 200' "$WORK/probe.txt" | wc -l)
# The longest wait for a PDF: from the start to the first, between two, and from the last to the end.
PROBE_GAP=$(awk -v end="$SECONDS_RUN" '$1 == 200 {gap = $3 - last; if (gap > max) max = gap; last = $3}
  END {if (end - last > max) max = end - last; print max + 0}' "$WORK/probe.txt")
FLOOD_OK=$(awk '/^status 200:/ {print $3}' "$WORK/pdf.txt")
MADE=$(( ${FLOOD_OK:-0} + PROBE_OK ))
UNLOADED_RATE=$(echo "scale=2; ${UNLOADED_OK:-0} / 10" | bc)
READER_RATE=$(echo "scale=2; ${READER_OK:-0} / 10" | bc)
MADE_RATE=$(echo "scale=2; $MADE / $SECONDS_RUN" | bc)
PROBE_OTHER=$(awk '$1 != 200 && $1 != 503 && $1 != 429' "$WORK/probe.txt" | wc -l)
RSS_MB=$(( $(cat "$WORK/rss.max" 2>/dev/null || echo 0) / 1024 ))
ERRORS=$(grep -c ' ERROR ' "$WORK/app.log" || true)

printf '\nPDF abuse, %s s, %s CPUs, %s, java %s, %s\n' "$SECONDS_RUN" "$(nproc)" "$(date -u '+%Y-%m-%d %H:%M UTC')" "${JAVA_OPTS:--Xmx352m}" "$FRONT"
echo "  64 PDF clients (wrk -t2 -c64):"; grep -E 'requests in|status|Socket errors' "$WORK/pdf.txt" | sed 's/^/    /'
printf '  PDFs made: %s in %s s = %s a second; unloaded: %s a second (target: at least half); beside the reader alone: %s a second\n' \
  "$MADE" "$SECONDS_RUN" "$MADE_RATE" "$UNLOADED_RATE" "$READER_RATE"
printf '  topic page, 1 connection: %s requests, p50 %s, p99 %s (target p99 <= 25ms)\n' "$TOPIC_REQS" "$P50" "$P99"
printf '  probe: %s PDFs made (longest wait for one %s s, target <= 15 s), %s refused (503/429), slowest refusal %s ms, %s refusals >= 100 ms, %s other\n' \
  "$PROBE_OK" "$PROBE_GAP" "$REFUSED" "${REFUSED_MAX:-n/a}" "$REFUSED_SLOW" "$PROBE_OTHER"
printf '  max RSS: %s MB (target <= 768 MB); ERROR lines in the app log: %s\n' "$RSS_MB" "$ERRORS"
# Keep the raw files (probe timings, wrk output, app log) for a closer look.
if [ -n "${KEEP_TO:-}" ]; then mkdir -p "$KEEP_TO" && cp "$WORK"/*.txt "$WORK/app.log" "$KEEP_TO"/ 2>/dev/null || true; fi
