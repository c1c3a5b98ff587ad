#!/usr/bin/env bash
# Handout PDF speed: median time to produce a 4-page PDF after warm-up, and 8 concurrent requests
# with a 256 MB heap. Targets: median <= 300 ms; all 8 concurrent requests succeed.
# Usage: bench/handout-pdf.sh [runs]   (needs only curl and a JDK)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-40}"
JAR=$(ls target/lumbar-guide-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package
  JAR=$(ls target/lumbar-guide-*.jar | head -1)
fi

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18085)
# The per-client limits and the bounded pool are for visitors (bench/pdf-abuse.sh measures them); here
# they are lifted so the renderer itself is timed.
java -Xmx256m -jar "$JAR" --server.port="$PORT" --management.server.port=0 --lumbarguide.data-dir="$WORK/data" \
  --lumbarguide.rate-limit.pdfs-per-minute=100000 --lumbarguide.rate-limit.posts-per-minute=100000 --lumbarguide.pdf.queue=16 > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/" && break; sleep 1; done

# One handout = the Symptoms topic with its QR code on Letter paper: 4 pages.
FORM="topic=symptoms&paper=letter&size=regular&lang=en&qr=true&questions=false&output=pdf"
token() {  # a fresh CSRF cookie and token, as a browser gets with the form
  curl -fs -c "$1" "$BASE/handouts" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}
one() {  # prints "http_code seconds bytes"
  local jar="$WORK/cookies.$1" t
  t=$(token "$jar")
  curl -s -b "$jar" -o "$WORK/out.$1.pdf" -w '%{http_code} %{time_total} %{size_download}\n' \
    -X POST "$BASE/handouts" --data-urlencode "_csrf=$t" -d "$FORM" \
    --data-urlencode "note=Please bring a list of your medicines." --data-urlencode "patientName=Bench Mark"
}

echo "Warm-up (20 PDFs)..."
for i in $(seq 1 20); do one w >/dev/null; done

echo "Timing $RUNS sequential PDFs..."
for i in $(seq 1 "$RUNS"); do one s; done > "$WORK/seq.txt"
BAD=$(awk '$1 != 200' "$WORK/seq.txt" | wc -l)
MEDIAN_MS=$(awk '{print $2 * 1000}' "$WORK/seq.txt" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
P90_MS=$(awk '{print $2 * 1000}' "$WORK/seq.txt" | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.9)]}')
BYTES=$(head -1 "$WORK/seq.txt" | awk '{print $3}')

echo "8 concurrent requests, 5 rounds..."
: > "$WORK/par.txt"
for round in 1 2 3 4 5; do
  pids=()
  for i in 1 2 3 4 5 6 7 8; do one "p$i" > "$WORK/par.$i.txt" & pids+=($!); done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  cat "$WORK"/par.?.txt >> "$WORK/par.txt"
done
PAR_BAD=$(awk '$1 != 200' "$WORK/par.txt" | wc -l)
PAR_MAX_MS=$(awk '{print $2 * 1000}' "$WORK/par.txt" | sort -n | tail -1)
OOM=$(grep -c OutOfMemoryError "$WORK/app.log" || true)

printf '\nHandout PDF (Symptoms, Letter, QR; %s bytes), heap -Xmx256m\n' "$BYTES"
printf '  sequential: median %.0f ms, p90 %.0f ms over %s runs, %s failed\n' "$MEDIAN_MS" "$P90_MS" "$RUNS" "$BAD"
printf '  concurrent: 40 requests in rounds of 8, %s failed, slowest %.0f ms, OutOfMemoryError: %s\n' "$PAR_BAD" "$PAR_MAX_MS" "$OOM"
if awk "BEGIN {exit !($MEDIAN_MS <= 300)}" && [ "$BAD" -eq 0 ] && [ "$PAR_BAD" -eq 0 ] && [ "$OOM" -eq 0 ]; then
  echo "PASS (median <= 300 ms, 8 concurrent without error)"
else
  echo "FAIL (target: median <= 300 ms, 8 concurrent without error)"
fi
