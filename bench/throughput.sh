#!/usr/bin/env bash
# Throughput and tail latency of one page: the packaged app against nginx serving the same bytes.
#
#   bench/throughput.sh [PATH]          PATH defaults to /topics/symptoms
#
# Environment (optional): DURATION=15s WARMUP=15s CONNECTIONS=32 THREADS=1 ROUNDS=2
# CEILING=1 adds a third server: a bare Spring Boot app (bench/ceiling, built here if missing) whose
# first filter writes the same bytes and headers, i.e. the best Spring Boot on Tomcat can do.
# The warm-up is 15 s (not 5 s) because on 2 cores the JVM is still JIT-compiling after 5 s and
# the first measured app round then shows 2-3x worse p99 than the second.
# Targets: app requests/sec >= 33 % of nginx's, and app p99 latency <= 10 ms.
# Exits 0 whatever the result (it is a benchmark); read the PASS/FAIL lines.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PAGE="${1:-/topics/symptoms}"
case "$PAGE" in /*) ;; *) PAGE="/$PAGE" ;; esac
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-15s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
ROUNDS="${ROUNDS:-2}"
CEILING="${CEILING:-0}"
TARGET_RATIO=33     # percent of nginx's rate
TARGET_P99_MS=10

for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] ||
    { echo "missing tool: $tool (Debian: apt-get install wrk nginx-light curl)" >&2; exit 1; }
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
start_app

# --- the same bytes, from nginx ------------------------------------------------------------
NGX="$WORK/nginx"
mkdir -p "$NGX/www" "$NGX/logs"
code="$(curl -s -o "$NGX/www/page.html" -w '%{http_code}' "$APP_URL$PAGE")"
[ "$code" = 200 ] || { echo "$APP_URL$PAGE answered $code, expected 200" >&2; exit 1; }
# nginx workers may run as another user when started by root: make the file readable to them.
chmod a+rx "$WORK" "$NGX" "$NGX/www"; chmod a+r "$NGX/www/page.html"

NGINX_PORT="$(free_port)"
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
cat >"$NGX/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $NGX/client_body;
  proxy_temp_path       $NGX/proxy;
  fastcgi_temp_path     $NGX/fastcgi;
  uwsgi_temp_path       $NGX/uwsgi;
  scgi_temp_path        $NGX/scgi;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = $PAGE {
      types { }
      default_type "text/html; charset=UTF-8";
      alias $NGX/www/page.html;
    }
  }
}
EOF
"$NGINX" -p "$NGX/" -e "$NGX/logs/error.log" -c "$NGX/nginx.conf" &
NGINX_PID=$!
track_pid "$NGINX_PID"
for _ in $(seq 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL$PAGE" || true)" = 200 ] && break
  sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL$PAGE" || true)" = 200 ] ||
  { echo "nginx did not serve $NGINX_URL$PAGE:" >&2; cat "$NGX/logs/error.log" >&2; exit 1; }
log "nginx serves the saved page at $NGINX_URL$PAGE"

SERVERS="app nginx"
if [ "$CEILING" = 1 ]; then
  # --- the same bytes and headers, from the first filter of a bare Spring Boot app ---------------
  CEILING_JAR="$ROOT/bench/ceiling/target/ceiling-1.jar"
  if [ ! -f "$CEILING_JAR" ]; then
    log "building bench/ceiling (./mvnw -B -q -f bench/ceiling/pom.xml package)"
    ./mvnw -B -q -f bench/ceiling/pom.xml package
  fi
  curl -s -D "$WORK/page-headers.txt" -o /dev/null "$APP_URL$PAGE"
  CEILING_PORT="$(free_port)"
  CEILING_URL="http://127.0.0.1:$CEILING_PORT"
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" java ${JAVA_OPTS:--Xmx352m} -jar "$CEILING_JAR" --server.port="$CEILING_PORT" \
    --server.tomcat.max-keep-alive-requests=1000 --ceiling.path="$PAGE" --ceiling.page="$NGX/www/page.html" \
    --ceiling.headers="$WORK/page-headers.txt" >"$WORK/ceiling.log" 2>&1 &
  CEILING_PID=$!
  track_pid "$CEILING_PID"
  for _ in $(seq 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$CEILING_URL$PAGE" || true)" = 200 ] && break
    sleep 0.5
  done
  cmp -s <(curl -s "$APP_URL$PAGE") <(curl -s "$CEILING_URL$PAGE") ||
    { echo "the ceiling app does not serve the same bytes:" >&2; tail -n 20 "$WORK/ceiling.log" >&2; exit 1; }
  log "the ceiling app serves the saved page at $CEILING_URL$PAGE"
  SERVERS="app nginx ceiling"
fi

# wrk sends no Accept-Encoding, so both must serve the same plain bytes.
APP_BYTES="$(curl -s "$APP_URL$PAGE" | wc -c | tr -d ' ')"
NGINX_BYTES="$(curl -s "$NGINX_URL$PAGE" | wc -c | tr -d ' ')"
if [ "$APP_BYTES" = "$NGINX_BYTES" ] && cmp -s <(curl -s "$APP_URL$PAGE") <(curl -s "$NGINX_URL$PAGE"); then
  SAME="yes, identical bytes"
else
  SAME="NO - the comparison is not like for like"
fi

# --- wrk --------------------------------------------------------------------------------------
# CPU bookkeeping, to tell whether something else on the machine ran during a measurement:
# busy jiffies of the whole machine, and of one process (with its reaped children).
machine_busy() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
proc_busy() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
ours_busy() {  # the app, the nginx master and its worker(s)
  local total=0 p
  for p in "$APP_PID" "$NGINX_PID" $(pgrep -P "$NGINX_PID" || true) ${CEILING_PID:-}; do
    total=$(( total + $(proc_busy "$p") ))
  done
  echo "$total"
}
# run_wrk NAME URL DURATION -> wrk output in $WORK/wrk-NAME.txt, and OTHER_CPU: the share (%) of
# the machine's CPU time used by processes other than wrk, the app and nginx during the run.
run_wrk() {
  local m0 o0 m1 o1 w t0 t1
  m0=$(machine_busy); o0=$(ours_busy); t0=$(date +%s%N)
  # wrk runs in a subshell that then reads its own cutime+cstime, i.e. wrk's CPU time.
  w=$( ( wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency "$2" >"$WORK/wrk-$1.txt" 2>&1 ||
         { echo "wrk failed against $2:" >&2; cat "$WORK/wrk-$1.txt" >&2; exit 1; }
         awk '{ print $16 + $17 }' "/proc/$BASHPID/stat" ) ) || exit 1
  m1=$(machine_busy); o1=$(ours_busy); t1=$(date +%s%N)
  OTHER_CPU=$(awk -v m=$(( m1 - m0 )) -v o=$(( o1 - o0 + w )) -v n="$(nproc)" -v hz="$(getconf CLK_TCK)" \
    -v ns=$(( t1 - t0 )) 'BEGIN { t = ns / 1e9 * n * hz; v = 100 * (m - o) / t; if (v < 0) v = 0; printf "%.0f", v }')
}
# CPU time (jiffies) used so far by one server: the app, nginx (master and workers) or the ceiling app.
server_busy() {
  case "$1" in
    app) proc_busy "$APP_PID" ;;
    ceiling) proc_busy "$CEILING_PID" ;;
    nginx) local total=0 p
           for p in "$NGINX_PID" $(pgrep -P "$NGINX_PID" || true); do total=$(( total + $(proc_busy "$p") )); done
           echo "$total" ;;
  esac
}
# Microseconds of the server's CPU per request: unlike the rate, barely moved by other work on the machine.
cpu_per_request() {
  awk -v j="$1" -v hz="$(getconf CLK_TCK)" '/ requests in / { n = $1 } END { if (n > 0) printf "%.1f", j / hz * 1e6 / n; else print "?" }' "$2"
}
# Requests/sec from a wrk output file.
wrk_rate() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
# 99 % latency, in ms, from a wrk --latency output file.
wrk_p99() {
  awk '$1 == "99%" {
         v = $2; unit = v; sub(/^[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
         if (unit == "us") v /= 1000; else if (unit == "s") v *= 1000; else if (unit == "m") v *= 60000
         printf "%.2f\n", v }' "$1"
}
# Non-2xx responses and socket errors, for the table.
wrk_errors() {
  awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
       END { print n + 0 }' "$1"
}

log "warm-up: wrk ${WARMUP} against each"
run_wrk warmup-app "$APP_URL$PAGE" "$WARMUP"
run_wrk warmup-nginx "$NGINX_URL$PAGE" "$WARMUP"
[ "$CEILING" = 1 ] && run_wrk warmup-ceiling "$CEILING_URL$PAGE" "$WARMUP"

declare -a APP_RATES=() APP_P99S=() NGINX_RATES=() NGINX_P99S=() CEILING_RATES=() CEILING_P99S=()
declare -a APP_CPUS=() NGINX_CPUS=() CEILING_CPUS=()
ROWS=""
BUSY=0
for round in $(seq "$ROUNDS"); do
  for server in $SERVERS; do
    case "$server" in
      app) url="$APP_URL$PAGE" ;;
      nginx) url="$NGINX_URL$PAGE" ;;
      ceiling) url="$CEILING_URL$PAGE" ;;
    esac
    log "round $round: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency against $server"
    s0=$(server_busy "$server")
    run_wrk "$server-$round" "$url" "$DURATION"
    s1=$(server_busy "$server")
    f="$WORK/wrk-$server-$round.txt"
    rate="$(wrk_rate "$f")"; p99="$(wrk_p99 "$f")"; errs="$(wrk_errors "$f")"; cpu="$(cpu_per_request $(( s1 - s0 )) "$f")"
    case "$server" in
      app) APP_RATES+=("$rate"); APP_P99S+=("$p99"); APP_CPUS+=("$cpu") ;;
      nginx) NGINX_RATES+=("$rate"); NGINX_P99S+=("$p99"); NGINX_CPUS+=("$cpu") ;;
      ceiling) CEILING_RATES+=("$rate"); CEILING_P99S+=("$p99"); CEILING_CPUS+=("$cpu") ;;
    esac
    [ "$OTHER_CPU" -le 10 ] || BUSY=1
    ROWS+="$(printf '%-6s %-8s %14s %10s %8s %10s %12s' "$round" "$server" "$rate" "$p99" "$errs" "$OTHER_CPU %" "$cpu")"$'\n'
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
best_max() { printf '%s\n' "$@" | sort -g | tail -n1; }

APP_MED="$(median "${APP_RATES[@]}")"; NGINX_MED="$(median "${NGINX_RATES[@]}")"
APP_BEST="$(best_max "${APP_RATES[@]}")"; NGINX_BEST="$(best_max "${NGINX_RATES[@]}")"
APP_P99="$(median "${APP_P99S[@]}")"; NGINX_P99="$(median "${NGINX_P99S[@]}")"
RATIO="$(awk -v a="$APP_MED" -v n="$NGINX_MED" 'BEGIN { printf "%.1f", 100 * a / n }')"
RATIO_BEST="$(awk -v a="$APP_BEST" -v n="$NGINX_BEST" 'BEGIN { printf "%.1f", 100 * a / n }')"

echo
echo "== Throughput: $PAGE  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, warm-up $WARMUP each)"
echo "   $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(java -version 2>&1 | head -n1), $("$NGINX" -v 2>&1)"
[ -n "${JAVA_OPTS:-}${APP_ARGS:-}" ] && echo "   EXPERIMENT: JAVA_OPTS='${JAVA_OPTS:-}' APP_ARGS='${APP_ARGS:-}'"
echo "   load average before start: $LOAD_BEFORE (wrk, the app and nginx share these CPUs)"
echo "   body bytes without Accept-Encoding: app $APP_BYTES, nginx $NGINX_BYTES (same: $SAME)"
echo
printf '%-6s %-8s %14s %10s %8s %10s %12s\n' round server "requests/sec" "p99 (ms)" errors "other CPU" "CPU us/req"
printf '%s' "$ROWS"
echo "(other CPU: share of the machine used by processes other than wrk, the app, nginx and the ceiling app;"
echo " CPU us/req: the server's own CPU time per request, which other work on the machine barely changes)"
[ "$BUSY" = 0 ] || echo "WARNING: other processes used > 10 % of the CPU during a run: re-run on a quiet machine"
echo
printf '%-8s %16s %14s %14s %16s\n' server "median req/s" "best req/s" "median p99 ms" "median CPU us/req"
printf '%-8s %16s %14s %14s %16s\n' app "$APP_MED" "$APP_BEST" "$APP_P99" "$(median "${APP_CPUS[@]}")"
printf '%-8s %16s %14s %14s %16s\n' nginx "$NGINX_MED" "$NGINX_BEST" "$NGINX_P99" "$(median "${NGINX_CPUS[@]}")"
echo "app / nginx: ${RATIO} % (median), ${RATIO_BEST} % (best)"
if [ "$CEILING" = 1 ]; then
  CEILING_MED="$(median "${CEILING_RATES[@]}")"; CEILING_P99="$(median "${CEILING_P99S[@]}")"
  printf '%-8s %16s %14s %14s %16s\n' ceiling "$CEILING_MED" "$(best_max "${CEILING_RATES[@]}")" "$CEILING_P99" \
    "$(median "${CEILING_CPUS[@]}")"
  echo "app / ceiling: $(awk -v a="$APP_MED" -v c="$CEILING_MED" 'BEGIN { printf "%.1f", 100 * a / c }') % (median);" \
    "ceiling / nginx: $(awk -v c="$CEILING_MED" -v n="$NGINX_MED" 'BEGIN { printf "%.1f", 100 * c / n }') %"
fi
echo

RATE_OK="$(awk -v r="$RATIO" -v t="$TARGET_RATIO" 'BEGIN { print (r >= t) ? "PASS" : "FAIL" }')"
P99_OK="$(awk -v p="$APP_P99" -v t="$TARGET_P99_MS" 'BEGIN { print (p <= t) ? "PASS" : "FAIL" }')"
echo "$RATE_OK  app rate is ${RATIO} % of nginx's (target >= ${TARGET_RATIO} %)"
echo "$P99_OK  app p99 is ${APP_P99} ms (target <= ${TARGET_P99_MS} ms)"
CAVEAT=""; [ "$BUSY" = 0 ] || CAVEAT="  (unreliable: the machine was busy, see WARNING above)"
if [ "$RATE_OK" = PASS ] && [ "$P99_OK" = PASS ]; then echo "OVERALL: PASS$CAVEAT"; else echo "OVERALL: FAIL$CAVEAT"; fi
exit 0
