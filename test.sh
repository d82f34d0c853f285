#!/usr/bin/env bash
# Runs every test of Schakel: unit, integration on SQLite and on PostgreSQL, and browser tests in Chromium.
# Installs what is missing (as root), starts a throw-away PostgreSQL on loopback and stops it again.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need_apt+=(postgresql)
[ -e /usr/lib/libgdiplus.so ] || [ -e /usr/lib/x86_64-linux-gnu/libgdiplus.so.0 ] || [ -n "$(ls /usr/lib/*/libgdiplus* 2>/dev/null)" ] || need_apt+=(libgdiplus)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${need_apt[*]}. Run as root or install them: apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
  log "Installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# A throw-away PostgreSQL cluster on loopback, owned by this run.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${SCHAKEL_PG_PORT:-54329}
PGROOT=$(mktemp -d /tmp/schakel-pg.XXXXXX)
PGDATA="$PGROOT/data"
chmod 755 "$PGROOT"
mkdir -p "$PGDATA"
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDATA"
echo secret > "$PGROOT/pw"
[ "$(id -u)" -eq 0 ] && chown postgres "$PGROOT/pw"
chmod 600 "$PGROOT/pw"
stop_pg() {
  as_pg "$PGBIN/pg_ctl -D $PGDATA -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
}
trap stop_pg EXIT
log "Starting PostgreSQL on 127.0.0.1:$PGPORT"
as_pg "$PGBIN/initdb -D $PGDATA -U postgres -E UTF8 --auth-local=trust --auth-host=scram-sha-256 --pwfile=$PGROOT/pw" >/dev/null
as_pg "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -o \"-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c max_connections=300\" -w start" >/dev/null
export SCHAKEL_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=secret;Database=postgres"

# Playwright drives Debian's Chromium; it must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export SCHAKEL_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RESULTS=$(mktemp -d /tmp/schakel-results.XXXXXX)
log "Building"
dotnet build Schakel.slnx -c Release -warnaserror -nologo -v:q

status=0
run() {
  local name=$1; shift
  log "$name"
  if ! dotnet test "$@" -c Release --no-build --nologo --logger "trx;LogFilePrefix=$name" --results-directory "$RESULTS"; then
    status=1
  fi
}
run unit tests/Schakel.UnitTests
SCHAKEL_TEST_DB=Sqlite run integration-sqlite tests/Schakel.IntegrationTests
SCHAKEL_TEST_DB=Postgres run integration-postgres tests/Schakel.IntegrationTests
SCHAKEL_TEST_DB=Sqlite run browser-sqlite tests/Schakel.BrowserTests
SCHAKEL_TEST_DB=Postgres run browser-postgres tests/Schakel.BrowserTests

# One closing line over every run, counted from the result files.
python3 - "$RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
print(f"\n{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$RESULTS"
exit $status
