#!/usr/bin/env bash
# Page weight of every same-site page reachable from /: the HTML plus every resource it loads
# (<link rel=stylesheet|icon href>, <img src>, <script src>, and url(...) inside those stylesheets),
# uncompressed and as gzip bytes on the wire (response bodies; headers not counted).
#
#   bench/page-weight.sh
#
# Targets, per page: total compressed bytes <= 51200 (50 KB) and no JavaScript at all
# (no <script> element, external or inline). Exits 0 whatever the result; read PASS/FAIL.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LIMIT=51200
MAX_PAGES="${MAX_PAGES:-500}"

start_app
ORIGIN="$APP_URL"

# Same-site path of a URL found in a page, or nothing if it is another site / not http(s).
# Fragments and query strings of links are dropped (the query is kept for resources).
to_path() {
  local u="$1"
  u="${u//&amp;/&}"
  case "$u" in
    "$ORIGIN"/*) u="${u#"$ORIGIN"}" ;;
    http://localhost:"$APP_PORT"/*) u="${u#http://localhost:"$APP_PORT"}" ;;
    //*|http:*|https:*|data:*|mailto:*|tel:*|javascript:*|"#"*|"") return 0 ;;
    /*) ;;
    *) return 0 ;;  # relative URLs: none in this app (Thymeleaf @{...} writes root-relative ones)
  esac
  printf '%s\n' "$u"
}

# Whole tags of one kind, one per line, from an HTML file (tags may span lines).
tags() { tr '\n\r\t' '   ' <"$1" | grep -oiE "<$2([[:space:]][^>]*)?>" || true; }
# Value of attribute $2 in the tag $1 (double or single quotes, or unquoted).
attr() {
  printf '%s' "$1" | grep -oiE "[[:space:]]$2[[:space:]]*=[[:space:]]*(\"[^\"]*\"|'[^']*'|[^[:space:]>]+)" |
    head -n1 | sed -E "s/^[[:space:]]*[^=]+=[[:space:]]*//; s/^[\"']//; s/[\"']$//" || true
}

fetch_plain() { curl -s -o /dev/null -w '%{size_download}' "$ORIGIN$1"; }
fetch_gzip()  { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$ORIGIN$1"; }

# --- crawl --------------------------------------------------------------------------------
declare -A SEEN=()
QUEUE=("/")
SEEN["/"]=1
PAGES=()
BROKEN=()
i=0
while [ "$i" -lt "${#QUEUE[@]}" ] && [ "${#PAGES[@]}" -lt "$MAX_PAGES" ]; do
  path="${QUEUE[$i]}"; i=$((i + 1))
  f="$WORK/page-$i.html"
  meta="$(curl -s -o "$f" -w '%{http_code} %{content_type}' "$ORIGIN$path")"
  code="${meta%% *}"; ctype="${meta#* }"
  if [ "$code" != 200 ]; then BROKEN+=("$path ($code)"); continue; fi
  case "$ctype" in text/html*) ;; *) continue ;; esac
  PAGES+=("$path|$f")
  while IFS= read -r tag; do
    href="$(attr "$tag" href)"
    link="$(to_path "$href")"
    [ -n "$link" ] || continue
    link="${link%%#*}"; link="${link%%\?*}"
    [ -n "$link" ] || continue
    if [ -z "${SEEN[$link]:-}" ]; then SEEN["$link"]=1; QUEUE+=("$link"); fi
  done < <(tags "$f" a)
done

# --- weigh ----------------------------------------------------------------------------------
printf '\n== Page weight: %s pages crawled from / (%s)\n' "${#PAGES[@]}" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf '   compressed = bytes on the wire with Accept-Encoding: gzip; limit %s bytes per page; no JavaScript\n\n' "$LIMIT"
printf '%-34s %8s %8s %9s %11s %10s %8s  %s\n' page "html" "html gz" resources "total raw" "total gz" scripts result
ALL_OK=1
DETAILS=""
for entry in "${PAGES[@]}"; do
  path="${entry%%|*}"; f="${entry#*|}"
  html_raw="$(fetch_plain "$path")"; html_gz="$(fetch_gzip "$path")"
  scripts="$(tags "$f" script | wc -l | tr -d ' ')"
  declare -A RES=()
  resources=()
  add_res() { local p; p="$(to_path "$1")"; [ -n "$p" ] || return 0
              if [ -z "${RES[$p]:-}" ]; then RES["$p"]=1; resources+=("$p"); fi; }
  external=0
  while IFS= read -r tag; do
    rel="$(attr "$tag" rel | tr '[:upper:]' '[:lower:]')"
    case " $rel " in *" stylesheet "*|*" icon "*|*" apple-touch-icon "*) ;; *) continue ;; esac
    href="$(attr "$tag" href)"
    [ -n "$(to_path "$href")" ] || { case "$href" in data:*|"") ;; *) external=$((external + 1)) ;; esac; continue; }
    add_res "$href"
  done < <(tags "$f" link)
  for kind in img script; do
    while IFS= read -r tag; do
      src="$(attr "$tag" src)"
      [ -n "$src" ] || continue
      [ -n "$(to_path "$src")" ] || { case "$src" in data:*) ;; *) external=$((external + 1)) ;; esac; continue; }
      add_res "$src"
    done < <(tags "$f" "$kind")
  done
  # url(...) inside the stylesheets (fonts, background images); resolved against the CSS path.
  for r in "${resources[@]:-}"; do
    case "$r" in *.css|*.css\?*) ;; *) continue ;; esac
    while IFS= read -r u; do
      case "$u" in data:*|"") continue ;; /*|http*) ;; *) u="${r%/*}/$u" ;; esac
      add_res "$u"
    done < <(curl -s "$ORIGIN$r" | grep -oE 'url\([^)]*\)' | sed -E "s/^url\([\"' ]*//; s/[\"' ]*\)$//" || true)
  done
  total_raw="$html_raw"; total_gz="$html_gz"
  DETAILS+="$path"$'\n'"    $(printf '%-58s %8s %8s' "(html)" "$html_raw" "$html_gz")"$'\n'
  for r in "${resources[@]:-}"; do
    [ -n "$r" ] || continue
    code="$(curl -s -o /dev/null -w '%{http_code}' "$ORIGIN$r")"
    raw="$(fetch_plain "$r")"; gz="$(fetch_gzip "$r")"
    [ "$code" = 200 ] || BROKEN+=("$r ($code, loaded by $path)")
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    DETAILS+="    $(printf '%-58s %8s %8s' "$r" "$raw" "$gz")"$'\n'
  done
  n_res=$(( ${#resources[@]} ))
  [ -n "${resources[0]:-}" ] || n_res=0
  result=PASS
  if [ "$total_gz" -gt "$LIMIT" ] || [ "$scripts" -gt 0 ]; then result=FAIL; ALL_OK=0; fi
  note=""; [ "$external" -gt 0 ] && note=" ($external external resource(s) not counted)"
  printf '%-34s %8s %8s %9s %11s %10s %8s  %s%s\n' "$path" "$html_raw" "$html_gz" "$n_res" "$total_raw" "$total_gz" "$scripts" "$result" "$note"
  unset RES
done

printf '\nPer resource (bytes: raw, gzip on the wire):\n%s' "$DETAILS"
if [ "${#BROKEN[@]}" -gt 0 ]; then
  printf '\nLinks or resources that did not answer 200:\n'; printf '  %s\n' "${BROKEN[@]}"
fi
echo
if [ "${#PAGES[@]}" -eq 0 ]; then ALL_OK=0; echo "no pages found"; fi
if [ "$ALL_OK" = 1 ]; then echo "OVERALL: PASS (every page <= $LIMIT bytes compressed, no JavaScript)"
else echo "OVERALL: FAIL"; fi
exit 0
