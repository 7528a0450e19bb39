#!/usr/bin/env bash
# Measures how long the published app takes from process start until /health/ready answers, on embedded
# defaults (SQLite, in-memory jobs) with the demo data, and its resident memory once idle.
#   bench/startup.sh [runs]      prints one line per run and the median
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out="$(mktemp -d)"
dotnet publish RusToK.Web -c Release -r linux-x64 --self-contained false -o "$out/app" -nologo -v q >/dev/null
port=5099
times=()
for i in $(seq 1 "$runs"); do
  data="$out/data-$i"
  # Run 1 starts on an empty data folder (migrations + seeding); later runs reuse run 1's folder (a restart).
  [ "$i" -gt 1 ] && cp -r "$out/data-1" "$data"
  start=$(date +%s%N)
  # From the app's folder, its content root: appsettings.json (log levels included) is read from there.
  (cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production RUSTOK_DATA_DIR="$data" RUSTOK_ADMIN_PASSWORD='Bench123!' \
    exec dotnet RusToK.Web.dll --urls "http://127.0.0.1:$port" >"$out/log-$i" 2>&1) &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.02; done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -sf "http://127.0.0.1:$port/" >/dev/null   # one storefront page, as a visitor would
  sleep 5
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  label=$([ "$i" -eq 1 ] && echo "first start (migrate + seed)" || echo "restart")
  echo "run $i, $label: ready in ${ready_ms} ms, idle RSS $((rss_kb / 1024)) MB"
  [ "$i" -gt 1 ] && times+=("$ready_ms")
done
if [ ${#times[@]} -gt 0 ]; then
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "median restart: ${median} ms"
fi
rm -rf "$out"
