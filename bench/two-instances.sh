#!/usr/bin/env bash
# Two instances on one PostgreSQL: how long after a publish on one does the other show it?
# A publish changes the topic's rows and increases content_version in one transaction; this script does
# exactly that with psql (as instance A would) and times until instance B serves the new text.
# Target (issue: editors): under 5 seconds. Needs: a built jar (./mvnw -B package -DskipTests), a local
# PostgreSQL with trust auth (PGHOST/PGUSER), curl, bc.
# Usage: bench/two-instances.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-6}"
JAR="$(ls target/lumbar-guide-*.jar | head -1)"
DB="lg_bench_two_$$"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGUSER
psql -q -d postgres -c "create database $DB"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; sleep 2; psql -q -d postgres -c "drop database if exists $DB" || true; }
trap cleanup EXIT
for port in 18191 18192; do
  SPRING_PROFILES_ACTIVE=postgres DATABASE_URL="jdbc:postgresql://$PGHOST:5432/$DB" DATABASE_USERNAME="$PGUSER" \
    DATABASE_PASSWORD="${PGPASSWORD:-unused}" PORT=$port java -Xmx352m -jar "$JAR" > "/tmp/$DB-$port.log" 2>&1 &
  pids+=($!)
  sleep 15 # start one after the other: the first runs the migrations
done
for port in 18191 18192; do
  for _ in $(seq 1 90); do curl -sf -o /dev/null "localhost:$port/topics/prognosis" && break; sleep 1; done
done
for n in $(seq 1 "$ROUNDS"); do
  psql -q -d "$DB" -c "begin; update topic set summary = 'Published by instance A, round $n.' where topic_key = 'prognosis'; update content_version set version = version + 1 where id = 1; commit;"
  start=$(date +%s.%N)
  for _ in $(seq 1 200); do
    if curl -s localhost:18192/topics/prognosis | grep -q "round $n\."; then
      echo "round $n: instance B shows the publish after $(echo "$(date +%s.%N) - $start" | bc) s"; break
    fi
    sleep 0.05
  done
done
echo "ETags: A $(curl -s -D - -o /dev/null localhost:18191/topics/prognosis | grep -i etag) B $(curl -s -D - -o /dev/null localhost:18192/topics/prognosis | grep -i etag)"
