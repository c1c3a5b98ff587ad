#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the home page, a topic page
# and the glossary, in headless Chromium. The mobile run (Lighthouse's default) is the one that
# counts; a desktop run (--preset=desktop) follows unless DESKTOP=0.
#
#   bench/lighthouse.sh [PATH ...]     default: / /topics/symptoms /glossary
#
# Environment (optional): CHROME_PATH=/usr/bin/chromium, DESKTOP=1, LIGHTHOUSE_VERSION=12
# (Lighthouse 13 needs Node >= 22.19; 12 runs on Node 18.16+). Lighthouse is installed once into
# bench/.lighthouse/ (keep that folder out of git).
# Target: 100 in each of the four categories on every page. Exits 0 whatever the result.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
DESKTOP="${DESKTOP:-1}"
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-12}"
LH_DIR="$ROOT/bench/.lighthouse"
LH="$LH_DIR/node_modules/.bin/lighthouse"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync --disable-quic --disable-dev-shm-usage"
CATEGORIES="performance,accessibility,best-practices,seo"
if [ "$#" -gt 0 ]; then PAGES=("$@"); else PAGES=(/ /topics/symptoms /glossary); fi

command -v node >/dev/null 2>&1 || { echo "Node.js is needed (apt-get install nodejs npm)" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)" >&2; exit 1; }
if [ ! -x "$LH" ]; then
  log "installing lighthouse@$LIGHTHOUSE_VERSION into bench/.lighthouse"
  mkdir -p "$LH_DIR"
  npm install --prefix "$LH_DIR" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi
LH_VERSION="$("$LH" --version)"

start_app

RESULTS=()   # "label|path|json file or -"
NOTES=()
for path in "${PAGES[@]}"; do
  case "$path" in /*) ;; *) path="/$path" ;; esac
  code="$(curl -s -o /dev/null -w '%{http_code}' "$APP_URL$path")"
  if [ "$code" != 200 ]; then
    NOTES+=("$path answered $code: skipped (page not built yet?)")
    continue
  fi
  for preset in mobile desktop; do
    [ "$preset" = desktop ] && [ "$DESKTOP" != 1 ] && continue
    out="$WORK/lh-$preset-$(printf '%s' "$path" | tr -c 'A-Za-z0-9' '_').json"
    args=("$APP_URL$path" --quiet --output=json --output-path="$out"
          --only-categories="$CATEGORIES" --chrome-flags="$CHROME_FLAGS")
    [ "$preset" = desktop ] && args+=(--preset=desktop)
    log "lighthouse ($preset) $path"
    # Own process group, so an interrupted run cannot leave Chromium behind.
    setsid "$LH" "${args[@]}" >"$WORK/lh.log" 2>&1 &
    lh_pid=$!
    BENCH_PGIDS=("$lh_pid")
    if wait "$lh_pid" && [ -s "$out" ]; then
      RESULTS+=("$preset|$path|$out")
    else
      NOTES+=("lighthouse ($preset) failed on $path: $(tail -n 3 "$WORK/lh.log" | tr '\n' ' ')")
      RESULTS+=("$preset|$path|-")
    fi
    BENCH_PGIDS=()
  done
done

echo
echo "== Lighthouse $LH_VERSION, $("$CHROME_PATH" --version 2>/dev/null | tail -n1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "   target: 100 in every category; the mobile (default) run counts, desktop is informative"
echo
node - "${RESULTS[@]}" <<'EOF'
const fs = require('fs');
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const pad = (s, n) => String(s).padEnd(n);
const rows = process.argv.slice(2).map(r => { const [preset, path, file] = r.split('|'); return { preset, path, file }; });
console.log(pad('run', 8) + pad('page', 22) + cats.map(c => pad(c, 15)).join('') + 'result');
let allPass = true;
const failing = [];
for (const r of rows) {
  if (r.file === '-') {
    console.log(pad(r.preset, 8) + pad(r.path, 22) + cats.map(() => pad('error', 15)).join('') + 'FAIL');
    if (r.preset === 'mobile') allPass = false;
    continue;
  }
  const lhr = JSON.parse(fs.readFileSync(r.file, 'utf8'));
  const scores = cats.map(c => lhr.categories[c] && lhr.categories[c].score !== null
    ? Math.round(lhr.categories[c].score * 100) : null);
  const pass = scores.every(s => s === 100) && !lhr.runtimeError;
  if (!pass && r.preset === 'mobile') allPass = false;
  console.log(pad(r.preset, 8) + pad(r.path, 22) + scores.map(s => pad(s === null ? 'n/a' : s, 15)).join('')
    + (pass ? 'PASS' : 'FAIL') + (lhr.runtimeError ? '  (' + lhr.runtimeError.code + ')' : ''));
  // Audits that are not passed, by category; weight 0 means it does not change the score.
  const list = [];
  for (const c of cats) {
    const cat = lhr.categories[c];
    if (!cat) continue;
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || ['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode)) continue;
      if (a.score === null || a.score < 1) {
        list.push(`    ${pad(c, 15)} ${pad(a.id, 34)} score ${a.score === null ? 'error' : a.score}`
          + ` weight ${ref.weight}  ${a.title}${a.displayValue ? ' (' + a.displayValue + ')' : ''}`);
      }
    }
  }
  if (list.length) failing.push(`${r.preset} ${r.path}:\n${list.join('\n')}`);
}
if (failing.length) {
  console.log('\nAudits not passed (score < 1, not notApplicable/informative/manual):');
  console.log(failing.join('\n'));
}
console.log('\nOVERALL (mobile runs): ' + (allPass && rows.some(r => r.preset === 'mobile') ? 'PASS' : 'FAIL'));
EOF
if [ "${#NOTES[@]}" -gt 0 ]; then echo; printf 'Note: %s\n' "${NOTES[@]}"; fi
exit 0
