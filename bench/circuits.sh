#!/usr/bin/env bash
# Memory per idle admin circuit: publishes the app (Release, embedded defaults, demo data), opens N admin tabs in
# headless Chromium and prints the growth of the app's resident memory per tab.
#   bench/circuits.sh [tabs]     (npm ci in scripts/screenshots first, for playwright-core)
set -euo pipefail
cd "$(dirname "$0")/.."
tabs="${1:-100}"
out="$(mktemp -d)"
dotnet publish RusToK.Web -c Release -o "$out/app" -nologo -v q >/dev/null
port=5097
(cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production RUSTOK_DATA_DIR="$out/data" RUSTOK_ADMIN_PASSWORD='Bench123!' \
  exec dotnet RusToK.Web.dll --urls "http://127.0.0.1:$port" >"$out/log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.2; done
node bench/circuits.mjs "http://127.0.0.1:$port/" 'Bench123!' "$pid" "$tabs"
