#!/usr/bin/env bash
# Soak on embedded defaults (SQLite, in-memory Hangfire, published Release build): steady storefront reads over
# three pages and posts written and published through the API, for a number of minutes; prints the app's resident
# memory once a minute, so a leak shows as a curve that never levels off.
#   bench/soak.sh [minutes=30] [reads-per-second=600] [posts-per-second=2]
#   SOAK_GCDUMP=1 bench/soak.sh 10   also writes managed-heap dumps at minute 2 and at the end (needs dotnet-gcdump)
# With dotnet-counters installed (dotnet tool install -g dotnet-counters) each minute also shows what the GC has
# committed and what was live after the last collection, which tells a managed leak from memory held elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"; rps="${2:-600}"; pps="${3:-2}"
command -v hey >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"; $sudo apt-get install -y -qq hey >/dev/null; }
out="$(mktemp -d)"; port=5098; base="http://127.0.0.1:$port"
if curl -s -o /dev/null "$base/"; then echo "port $port is taken (an earlier soak still running?)" >&2; exit 1; fi
echo "soak: ${minutes} min, ${rps} reads/s over 3 pages, ${pps} posts/s; work folder $out"
dotnet publish RusToK.Web -c Release -r linux-x64 --self-contained false -o "$out/app" -nologo -v q >/dev/null
# Run from the app's folder: its content root, where appsettings.json (and its log levels) is read from.
(cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production RUSTOK_DATA_DIR="$out/data" RUSTOK_ADMIN_PASSWORD='Bench123!' \
  exec dotnet RusToK.Web.dll --urls "$base" >"$out/app.log" 2>&1) &
app=$!
trap 'kill "$app" $(jobs -p) 2>/dev/null || true' EXIT
until curl -sf "$base/health/ready" >/dev/null; do sleep 0.2; done

token() { curl -sf -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"email":"editor@demo.local","password":"Editor123!","tenant":"demo"}' | jq -r .accessToken; }

# Writers: create and publish posts at the set pace; a fresh token every ten minutes (they last fifteen).
writer() {
  local access; access="$(token)"; local since=$SECONDS refreshed=$SECONDS n=0 failed=0
  local pause; pause=$(awk -v p="$pps" 'BEGIN { printf "%.3f", 1 / p }')
  while [ $((SECONDS - since)) -lt $((minutes * 60)) ]; do
    if [ $((SECONDS - refreshed)) -ge 600 ]; then access="$(token)"; refreshed=$SECONDS; fi
    n=$((n + 1))
    id=$(curl -s -X POST "$base/api/v1/content" -H "Authorization: Bearer $access" -H 'Content-Type: application/json' \
      -d "{\"title\":\"Soak post $n $RANDOM\",\"type\":\"post\",\"body\":\"A post written by the soak, number **$n**.\",\"tags\":[\"soak\"]}" | jq -r '.id // empty')
    if [ -z "$id" ] || ! curl -sf -o /dev/null -X POST "$base/api/v1/content/$id/publish" -H "Authorization: Bearer $access"; then failed=$((failed + 1)); fi
    echo "$n $failed" >"$out/writes"
    sleep "$pause"
  done
}
writer &

counters="$out/counters.csv"
if command -v dotnet-counters >/dev/null; then
  # The file is written when the session ends, so its table is printed after the run.
  dotnet-counters collect -p "$app" --counters System.Runtime --format csv -o "$counters" --refresh-interval 60 \
    --duration "00:$(printf '%02d:%02d' $((minutes / 60)) $((minutes % 60))):10" </dev/null >/dev/null 2>&1 &
fi

per_worker=$(( rps / 12 )) # 3 pages × 4 workers
for path in / /blog /blog/the-perfect-pour-over-in-five-steps; do
  hey -z "${minutes}m" -c 4 -q "$per_worker" "$base$path" >"$out/hey-$(echo "$path" | tr '/' '_').txt" &
done

echo "minute  RSS MB  posts written (failed)"
for minute in $(seq 1 "$minutes"); do
  sleep 60
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app/status")
  read -r written failed <"$out/writes" || true
  printf '%6d  %6d  %s (%s)\n' "$minute" "$rss" "${written:-0}" "${failed:-0}"
  if [ "${SOAK_GCDUMP:-}" = 1 ] && { [ "$minute" -eq 2 ] || [ "$minute" -eq "$minutes" ]; }; then
    dotnet-gcdump collect -p "$app" -o "$out/minute-$minute.gcdump" >/dev/null && echo "        heap dump: $out/minute-$minute.gcdump"
  fi
done
wait $(jobs -p | grep -v "^$app$") 2>/dev/null || true
for f in "$out"/hey-*.txt; do
  echo "$(basename "$f" .txt): $(awk '/Requests\/sec/ {print $2 " req/s"}' "$f"), p99 $(awk '/99% in/ {print $3 " s"}' "$f"), $(awk '/\[200\]/ {print $2 " × 200"}' "$f"), other: $(grep -E '^\s+\[[0-9]+\]' "$f" | grep -v '\[200\]' | tr -s ' ' | tr '\n' ';')"
done
if [ -f "$counters" ]; then
  echo "GC after each minute (MB): committed, live after the last collection (all generations)"
  awk -F, 'index($3, "dotnet.gc.last_collection.memory.committed_size") == 1 { c[$1] = $5; order[++n] = $1 }
           index($3, "dotnet.gc.last_collection.heap.size") == 1 { h[$1] += $5 }
           END { for (i = 1; i <= n; i++) printf "  %s  %6d  %6d\n", order[i], c[order[i]] / 1048576, h[order[i]] / 1048576 }' "$counters"
fi
echo "app log: $out/app.log"
