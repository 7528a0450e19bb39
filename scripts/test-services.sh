#!/usr/bin/env bash
# Starts the real services the tests use, idempotently, without Docker or systemd:
# a private MariaDB, Redis, and an SMTP sink; installs them (and Chromium) from Debian when missing.
#   scripts/test-services.sh              start what is not running
#   scripts/test-services.sh --print-env  start, then print `export` lines for the tests (eval-able)
#   scripts/test-services.sh --stop       stop what this script started
set -euo pipefail

STATE="${RUSTOK_TEST_STATE:-/tmp/rustok-test}"
MYSQL_PORT="${RUSTOK_TEST_MYSQL_PORT:-13306}"
REDIS_PORT="${RUSTOK_TEST_REDIS_PORT:-16379}"
SMTP_PORT="${RUSTOK_TEST_SMTP_PORT:-12525}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "[test-services] $*" >&2; }

stop() {
  for name in mariadb redis smtp; do
    if [ -f "$STATE/$name.pid" ] && kill -0 "$(cat "$STATE/$name.pid")" 2>/dev/null; then
      kill "$(cat "$STATE/$name.pid")" && log "stopped $name"
    fi
    rm -f "$STATE/$name.pid"
  done
}

install_missing() {
  local missing=()
  for pkg in mariadb-server redis-server chromium python3-aiosmtpd; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # name, command...
  local name="$1"; shift
  for _ in $(seq 1 120); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  log "$name did not start; see $STATE/$name.log"; tail -20 "$STATE/$name.log" >&2 || true; return 1
}

start_mariadb() {
  local data="$STATE/mariadb" sock="$STATE/mysqld.sock"
  if port_open "$MYSQL_PORT"; then log "MariaDB already answers on $MYSQL_PORT"; return 0; fi
  mkdir -p "$data"
  if [ ! -d "$data/mysql" ]; then
    log "initialising MariaDB in $data"
    mariadb-install-db --user="$(id -un)" --datadir="$data" --auth-root-authentication-method=normal --skip-test-db >"$STATE/mariadb.log" 2>&1
  fi
  nohup mariadbd --user="$(id -un)" --datadir="$data" --socket="$sock" --port="$MYSQL_PORT" --bind-address=127.0.0.1 \
    --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 --skip-log-bin \
    --pid-file="$STATE/mariadb.pid" >>"$STATE/mariadb.log" 2>&1 &
  wait_for mariadb mariadb-admin --socket="$sock" -uroot ping
  mariadb --socket="$sock" -uroot <<SQL
CREATE USER IF NOT EXISTS 'rustok'@'127.0.0.1' IDENTIFIED BY 'rustok';
CREATE USER IF NOT EXISTS 'rustok'@'localhost' IDENTIFIED BY 'rustok';
GRANT ALL ON *.* TO 'rustok'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL ON *.* TO 'rustok'@'localhost' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  log "MariaDB ready on 127.0.0.1:$MYSQL_PORT"
}

start_redis() {
  if port_open "$REDIS_PORT"; then log "Redis already answers on $REDIS_PORT"; return 0; fi
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no --dir "$STATE" \
    --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log" >&2
  wait_for redis redis-cli -p "$REDIS_PORT" ping
  log "Redis ready on 127.0.0.1:$REDIS_PORT"
}

start_smtp() {
  if port_open "$SMTP_PORT"; then log "SMTP sink already answers on $SMTP_PORT"; return 0; fi
  mkdir -p "$STATE/mail"
  PYTHONPATH="$HERE" nohup /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c smtp_sink.MaildirSink "$STATE/mail" >"$STATE/smtp.log" 2>&1 &
  echo $! >"$STATE/smtp.pid"
  wait_for smtp port_open "$SMTP_PORT"
  log "SMTP sink ready on 127.0.0.1:$SMTP_PORT, mail in $STATE/mail"
}

case "${1:-}" in
  --stop) stop; exit 0 ;;
esac

mkdir -p "$STATE"
install_missing
start_mariadb
start_redis
start_smtp

if [ "${1:-}" = "--print-env" ]; then
  cat <<ENV
export RUSTOK_TEST_MYSQL='Server=127.0.0.1;Port=$MYSQL_PORT;User=rustok;Password=rustok;'
export RUSTOK_TEST_REDIS='127.0.0.1:$REDIS_PORT'
export RUSTOK_TEST_SMTP_HOST='127.0.0.1'
export RUSTOK_TEST_SMTP_PORT='$SMTP_PORT'
export RUSTOK_TEST_MAIL_DIR='$STATE/mail'
export RUSTOK_TEST_CHROMIUM='/usr/bin/chromium'
ENV
fi
