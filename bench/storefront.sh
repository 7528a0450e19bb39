#!/usr/bin/env bash
# Load test of the storefront on MariaDB with 10,000 seeded posts, beside a bare MySqlConnector baseline
# (bench/PostBaseline) that reads the same post row and writes minimal HTML.
#   bench/storefront.sh [seconds-per-run]     (wrk, 32 connections, 2 threads)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
command -v wrk >/dev/null || { s=""; [ "$(id -u)" -ne 0 ] && s="sudo"; $s apt-get update -qq; DEBIAN_FRONTEND=noninteractive $s apt-get install -y -qq wrk; }
eval "$(bash scripts/test-services.sh --print-env)"
mysql_cli() { mysql -h 127.0.0.1 -P "${RUSTOK_TEST_MYSQL_PORT:-13306}" -u rustok -prustok "$@"; }
mysql_cli -e "DROP DATABASE IF EXISTS rustok_bench; CREATE DATABASE rustok_bench CHARACTER SET utf8mb4;"
db="${RUSTOK_TEST_MYSQL}Database=rustok_bench;"

out="$(mktemp -d)"
dotnet publish RusToK.Web -c Release -o "$out/app" -nologo -v q >/dev/null
dotnet publish bench/PostBaseline -c Release -o "$out/baseline" -nologo -v q >/dev/null
port=5097
start_app() { # $1 = output cache on/off, $2 = site read cache on/off (default on)
  ASPNETCORE_ENVIRONMENT=Production RUSTOK_DATA_DIR="$out/data" RUSTOK_ADMIN_PASSWORD='Bench123!' Database__Provider=MySql \
    Database__ConnectionString="$db" Storefront__OutputCache="$1" Storefront__ReadCache="${2:-true}" Logging__LogLevel__Default=Warning \
    dotnet "$out/app/RusToK.Web.dll" --urls "http://127.0.0.1:$port" >"$out/app-$1-${2:-true}.log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.2; done
}

trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
start_app true
# 10,000 more published posts, copied from a demo post's English version in one statement (the API would take
# minutes; the demo post also has a Russian version, which would double the corpus).
mysql_cli rustok_bench <<'SQL'
SET SESSION max_recursive_iterations = 20000;
CREATE TEMPORARY TABLE bench_posts AS
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
  SELECT c.*, n.i AS seq FROM ContentItems c CROSS JOIN n WHERE c.Type = 'post' AND c.Slug = 'the-perfect-pour-over-in-five-steps' AND c.Language = 'en';
UPDATE bench_posts SET Id = UUID(), ConcurrencyStamp = UUID(), Slug = CONCAT('bench-post-', seq), Title = CONCAT('Bench post ', seq),
  PublishedAt = DATE_SUB(PublishedAt, INTERVAL seq MINUTE);
ALTER TABLE bench_posts DROP COLUMN seq;
INSERT INTO ContentItems SELECT * FROM bench_posts;
-- Copied rows raise no events: the blog's listing read model is emptied, so its first read counts every row again.
DELETE FROM ListingMemberships;
DELETE FROM ListingCounts;
SQL
tenant=$(mysql_cli -N rustok_bench -e "SELECT Id FROM Tenants WHERE Slug = 'demo'")
echo "posts: $(mysql_cli -N rustok_bench -e "SELECT COUNT(*) FROM ContentItems WHERE Type = 'post' AND Status = 2")"

# The baseline skips the pool reset too, as the app does (AppDbContextFactory): same driver settings, fair ratio.
BASELINE_MYSQL="${db}Connection Reset=false;" BASELINE_TENANT="$tenant" dotnet "$out/baseline/PostBaseline.dll" --urls "http://127.0.0.1:5098" >"$out/baseline.log" 2>&1 &
baseline_pid=$!
until curl -sf "http://127.0.0.1:5098/blog/bench-post-5000" >/dev/null; do sleep 0.2; done

run() { # $1 = label, $2 = url
  curl -sf "$2" >/dev/null
  wrk -t2 -c32 -d30s "$2" >/dev/null   # warm-up: the app keeps speeding up for ~40 s of load (tiered JIT)
  local result; result=$(wrk -t2 -c32 -d"${seconds}s" --latency "$2")
  local rps p99; rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result"); p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  printf '%-34s %10s req/s   p99 %s\n' "$1" "$rps" "$p99"
  echo "$1 $rps" >>"$out/rps"
}

run "baseline (MySqlConnector)" "http://127.0.0.1:5098/blog/bench-post-5000"
run "post page, output cache on" "http://127.0.0.1:$port/blog/bench-post-5000"
run "blog index, output cache on" "http://127.0.0.1:$port/blog"
run "RSS feed, output cache on" "http://127.0.0.1:$port/blog/rss.xml"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
start_app false
run "post page, output cache off" "http://127.0.0.1:$port/blog/bench-post-5000"
run "blog index, output cache off" "http://127.0.0.1:$port/blog"
run "RSS feed, output cache off" "http://127.0.0.1:$port/blog/rss.xml"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
# Both caches off: every view reads its rows from MariaDB (what a post nobody has read in the last minute costs).
start_app false false
run "post page, both caches off" "http://127.0.0.1:$port/blog/bench-post-5000"
run "blog index, both caches off" "http://127.0.0.1:$port/blog"
kill "$app_pid" "$baseline_pid"; wait 2>/dev/null || true

base=$(awk '/^baseline/ {print $NF}' "$out/rps")
awk -v b="$base" '/^(post page|blog index)/ {rps = $NF; $NF = ""; printf "%s(%s req/s): %.2f× the baseline\n", $0, rps, rps / b}' "$out/rps"
