#!/usr/bin/env bash
# Two instances on one PostgreSQL, as behind a load balancer.
# 1. How long after a publish on one does the other show it? A publish changes the topic's rows and increases
#    content_version in one transaction; this script does exactly that with psql (as instance A would) and
#    times until instance B serves the new text. Target (issue: editors): under 5 seconds.
# 2. Does a sign-in hold on both (issue 20: sessions in the database)? An editor signs in on A through the real
#    form (with its CSRF token), then B, given only the same cookie, shows the dashboard and saves a draft with
#    the form token A's page gave; signing out on B ends the session on A. Prints PASS or FAIL for each step
#    and exits 1 if any failed.
# Needs: a built jar (./mvnw -B package -DskipTests), a local PostgreSQL with trust auth (PGHOST/PGUSER),
# curl, bc. The first administrator comes from LUMBARGUIDE_ADMIN_USERNAME/_PASSWORD (see README), set here.
# Usage: bench/two-instances.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-6}"
JAR="$(ls target/lumbar-guide-*.jar | head -1)"
DB="lg_bench_two_$$"
PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGUSER
psql -q -d postgres -c "create database $DB"
EDITOR=bench-admin EDITOR_PASSWORD="plum kettle orbit saddle"
JARS="$(mktemp -d)"
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true; sleep 2; psql -q -d postgres -c "drop database if exists $DB" || true
  rm -rf "$JARS"
}
trap cleanup EXIT
for port in 18191 18192; do
  # Each instance has a management port of its own (both on loopback).
  SPRING_PROFILES_ACTIVE=postgres DATABASE_URL="jdbc:postgresql://$PGHOST:5432/$DB" DATABASE_USERNAME="$PGUSER" \
    DATABASE_PASSWORD="${PGPASSWORD:-unused}" PORT=$port MANAGEMENT_PORT=$((port + 10)) \
    LUMBARGUIDE_ADMIN_USERNAME="$EDITOR" LUMBARGUIDE_ADMIN_PASSWORD="$EDITOR_PASSWORD" \
    java -Xmx352m -jar "$JAR" > "/tmp/$DB-$port.log" 2>&1 &
  pids+=($!)
  # One after the other: the first runs the migrations and creates the first administrator.
  for _ in $(seq 1 300); do curl -sf -o /dev/null "localhost:$port/topics/prognosis" && break; sleep 1; done
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

# ---- Editor sessions: sign in on A, carry on on B ------------------------------------------------------------
A=http://localhost:18191 B=http://localhost:18192
failed=0
check() { if [ "$2" = true ]; then echo "PASS: $1"; else echo "FAIL: $1"; failed=1; fi; }
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
# The cookie jar holds the one session cookie (path /editor); both instances are on localhost, so it goes to both.
jar="$JARS/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$A/editor/sign-in" | csrf)
signin=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
  --data-urlencode "username=$EDITOR" --data-urlencode "password=$EDITOR_PASSWORD" "$A/editor/sign-in")
check "sign-in on A through the form ($signin)" "$([ "$signin" = "302 $A/editor" ] && echo true || echo false)"
rows=$(psql -tA -d "$DB" -c "select count(*) from spring_session where principal_name = '$EDITOR'")
check "the session is a row in spring_session ($rows)" "$([ "$rows" = 1 ] && echo true || echo false)"
dashboard=$(curl -s -w '\n%{http_code}' -b "$jar" "$B/editor")
check "B shows the dashboard with A's cookie ($(tail -1 <<<"$dashboard"))" \
  "$([ "$(tail -1 <<<"$dashboard")" = 200 ] && grep -q 'action="/editor/sign-out"' <<<"$dashboard" && echo true || echo false)"
# A draft: the edit page on A gives the text and the form's CSRF token (kept in the session); B saves it.
edit=$(curl -s -b "$jar" "$A/editor/topics/en/prognosis")
token=$(csrf <<<"$edit")
text=$(awk '/<textarea id="text"/{on=1; sub(/.*<textarea id="text"[^>]*>/, "")} on{ if (sub(/<\/textarea>.*/, "")) { print; exit } print }' <<<"$edit" \
  | sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g')
text="${text/Published by instance A, round $ROUNDS./Saved as a draft on instance B.}"
saved=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" --data-urlencode "_csrf=$token" \
  --data-urlencode "action=save" --data-urlencode "text=$text" "$B/editor/topics/en/prognosis")
drafts=$(psql -tA -d "$DB" -c "select count(*) from topic_draft where updated_by = '$EDITOR' \
  and topic_text like '%Saved as a draft on instance B.%'")
check "B saves a draft with A's session and form token ($saved, drafts by $EDITOR: $drafts)" \
  "$([ "${saved%% *}" = 302 ] && [ "$drafts" = 1 ] && echo true || echo false)"
token=$(curl -s -b "$jar" "$B/editor" | csrf)
cp "$jar" "$jar.kept" # the cookie as it was, for asking A afterwards (sign-out tells the browser to drop it)
signout=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" "$B/editor/sign-out")
rows=$(psql -tA -d "$DB" -c "select count(*) from spring_session where principal_name = '$EDITOR'")
after=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar.kept" "$A/editor")
check "sign-out on B ($signout) removes the row ($rows left) and A no longer knows the session ($after)" \
  "$([ "$rows" = 0 ] && [ "${after%% *}" = 302 ] && echo true || echo false)"
exit "$failed"
