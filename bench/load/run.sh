#!/usr/bin/env bash
# HTTP load figures for Schakel with wrk: publishes a Release build, starts it with demo data on SQLite and/or
# PostgreSQL, signs in as the chain director, issues an API key and runs bounded wrk scenarios.
#
#   bench/load/run.sh [sqlite|postgres|all]          (default: all)
#   BENCH_PG="Host=127.0.0.1;Port=54333;Username=postgres;Password=secret"   PostgreSQL server to use (a fresh
#                                                     database schakel_load_<pid> is created and dropped)
#   BENCH_DURATION=15s BENCH_THREADS=2 BENCH_CONNECTIONS="50 200" BENCH_SCENARIOS="queue case dashboard mix static"
#                                                     (also: post, intake POSTs only, for the write path on its own)
#
# Output: one RESULT line per run in $OUT/results.txt (plus the full wrk output and the app log) and a markdown
# table on stdout. Exits non-zero when the app cannot be started or signed in to.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WHICH="${1:-all}"
DURATION="${BENCH_DURATION:-15s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-50 200}"
SCENARIOS="${BENCH_SCENARIOS:-queue case dashboard mix static}"
PASSWORD="Schakel-demo-2026"
USER_EMAIL="ketenregisseur@demo.schakel.nl"
OUT="${BENCH_OUT:-$ROOT/bench/load/out/$(date -u +%Y%m%dT%H%M%SZ)}"
PUBLISH="$OUT/app"
mkdir -p "$OUT"
export BENCH_DIR="$HERE"

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

echo "Publishing Release build to $PUBLISH" >&2
dotnet publish "$ROOT/src/Schakel.Web/Schakel.Web.csproj" -c Release -o "$PUBLISH" -v:q -nologo >"$OUT/publish.log" 2>&1 \
  || { cat "$OUT/publish.log" >&2; exit 2; }

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
PG_DB=""
drop_pg() {
  if [[ -n "$PG_DB" ]]; then
    psql "$(pg_url postgres)" -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap 'stop_app; drop_pg' EXIT

# Npgsql keyword string -> libpq URI for psql.
pg_url() {
  local db="$1" host port user pass
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  pass=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$BENCH_PG")
  echo "postgresql://${user}:${pass}@${host}:${port:-5432}/${db}"
}

# utime + stime of the app process in clock ticks.
app_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

sql() {
  if [[ "$PROVIDER" == Sqlite ]]; then sqlite3 "$SQLITE_FILE" "$1"; else psql "$(pg_url "$PG_DB")" -tAqc "$1"; fi
}

start_app() {
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  LOG="$OUT/app-$PROVIDER.log"
  (
    cd "$PUBLISH"
    # Production-like: not Development (no developer exception page, HSTS on); "Staging" instead of "Production" only
    # because Production marks cookies Secure and this benchmark speaks plain HTTP on loopback.
    ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="$BASE" \
    Database__Provider="$PROVIDER" ConnectionStrings__Schakel="$CONNECTION" \
    Demo__Enabled=true Demo__Password="$PASSWORD" \
    Security__RequireTwoFactorForPersonalDataRoles=false \
    RateLimits__ApiPerMinute=10000000 RateLimits__FiguresPerHour=10000000 \
    Figures__CellKeySecret="benchmark-only-cell-key-secret-$(date +%s%N)" \
    exec dotnet Schakel.Web.dll
  ) >"$LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fs "$BASE/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "app exited during start" >&2; tail -50 "$LOG" >&2; exit 2; }
    sleep 0.5
  done
  echo "app not ready after 90 s" >&2; exit 2
}

sign_in() {
  local jar="$OUT/cookies-$PROVIDER.txt" token
  rm -f "$jar"
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/inloggen" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n "$token" ]] || { echo "no anti-forgery token on /inloggen" >&2; exit 2; }
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Email=$USER_EMAIL" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/inloggen"
  local cookie
  # Every cookie of the jar (curl writes HttpOnly ones as "#HttpOnly_host"); the auth cookie may come in chunks.
  grep -q $'\tschakel' "$jar" || { echo "sign-in as $USER_EMAIL failed" >&2; exit 2; }
  BENCH_COOKIE=$(awk -F'\t' '(/^#HttpOnly_/ || !/^#/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
  export BENCH_COOKIE
}

issue_api_key() {
  # Same format and hash as ApiKeyAuthentication; stored directly because the admin page needs 2FA-free admin steps.
  local key hash org
  key="sk_load_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  hash=$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)
  org=$(sql "SELECT \"Id\" FROM \"Organisations\" WHERE \"Name\" LIKE 'Politie%' ORDER BY \"Id\" LIMIT 1")
  sql "INSERT INTO \"ApiClientKeys\" (\"OrganisationId\", \"Name\", \"KeyHash\", \"Prefix\", \"CreatedAt\") VALUES ($org, 'belastingtest', '$hash', '${key:0:8}', '2026-01-01 00:00:00+00:00')" >/dev/null
  export BENCH_API_KEY="$key"
}

check_get() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $BENCH_COOKIE" "$BASE$1")
  [[ "$status" == 200 ]] || { echo "GET $1 as $USER_EMAIL answered $status, expected 200" >&2; exit 2; }
}

run_wrk() {
  local name="$1" path="$2" script="$3" conns="$4" file
  # A fresh session per run: the server re-checks a session older than a minute on every request and sends a renewed
  # cookie, which a browser keeps but wrk does not; without this every request after the first minute pays that check.
  sign_in
  file="$OUT/wrk-$PROVIDER-$name-c$conns.txt"
  local cmd=(wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$HERE/$script" "$BASE$path")
  echo "${cmd[*]}" >"$file"
  local before after requests cpu
  before=$(app_cpu_ticks)
  "${cmd[@]}" >>"$file" 2>&1
  after=$(app_cpu_ticks)
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  # CPU the app itself spent per request: unlike throughput it hardly depends on what else runs on the machine.
  requests=$(sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p' "$file")
  cpu=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "-" }')
  echo "$PROVIDER $name c=$conns load=\"$load\" app_cpu_ms_per_request=$cpu $(grep '^RESULT' "$file" | sed 's/^RESULT //')" | tee -a "$OUT/results.txt" >&2
}

run_provider() {
  PROVIDER="$1"
  if [[ "$PROVIDER" == Sqlite ]]; then
    SQLITE_FILE="$OUT/schakel-load.db"
    rm -f "$SQLITE_FILE"*
    CONNECTION="Data Source=$SQLITE_FILE"
  else
    [[ -n "${BENCH_PG:-}" ]] || { echo "set BENCH_PG for PostgreSQL" >&2; exit 2; }
    PG_DB="schakel_load_$$"
    psql "$(pg_url postgres)" -qc "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" >/dev/null
    CONNECTION="${BENCH_PG%;};Database=$PG_DB;Maximum Pool Size=100"
  fi
  start_app
  sign_in
  issue_api_key
  local case_id signal_ref
  case_id=$(sql "SELECT \"Id\" FROM \"TableCase\" ORDER BY \"Id\" LIMIT 1")
  check_get /meldingen
  check_get "/zaken/$case_id"
  check_get /dashboard
  check_get /css/site.css
  # Warm-up: JIT, Razor compilation, connection pools.
  # Every scenario's path for a few seconds, so tiered JIT has settled before the first measured run.
  for path in /meldingen "/zaken/$case_id" /dashboard; do
    wrk -t2 -c20 -d5s -s "$HERE/get.lua" "$BASE$path" >/dev/null 2>&1 || true
  done
  BENCH_RUN="warm-$PROVIDER" wrk -t2 -c20 -d5s -s "$HERE/mix.lua" "$BASE/meldingen" >/dev/null 2>&1 || true
  for conns in $CONNECTIONS; do
    for scenario in $SCENARIOS; do
      case "$scenario" in
        queue) run_wrk queue /meldingen get.lua "$conns" ;;
        case) run_wrk case "/zaken/$case_id" get.lua "$conns" ;;
        dashboard) run_wrk dashboard /dashboard get.lua "$conns" ;;
        mix) BENCH_RUN="$PROVIDER-c$conns" run_wrk mix /meldingen mix.lua "$conns" ;;
        post) BENCH_RUN="$PROVIDER-post-c$conns" run_wrk post /api/v1/signals post.lua "$conns" ;;
        static) run_wrk static /css/site.css static.lua "$conns" ;;
      esac
    done
  done
  local locked
  locked=$(grep -c "database is locked" "$LOG" || true)
  # Error and critical entries (faults) apart from warnings (refused saves the app handles, cancelled requests).
  echo "$PROVIDER app-log \"database is locked\"=$locked errors=$(grep -c '^fail:\|^crit:' "$LOG" || true) warnings=$(grep -c '^warn:' "$LOG" || true)" | tee -a "$OUT/results.txt" >&2
  stop_app
  drop_pg
  PG_DB=""
}

{
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/results.txt" >&2

case "$WHICH" in
  sqlite) run_provider Sqlite ;;
  postgres) run_provider Postgres ;;
  all) run_provider Sqlite; run_provider Postgres ;;
  *) echo "usage: $0 [sqlite|postgres|all]" >&2; exit 2 ;;
esac

echo "| db | scenario | clients | rps | p50 ms | p95 ms | p99 ms | non-2xx | socket errors | app CPU ms/request | load avg |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
grep -E '^(Sqlite|Postgres) [a-z]+ c=' "$OUT/results.txt" | while read -r line; do
  db=$(cut -d' ' -f1 <<<"$line"); sc=$(cut -d' ' -f2 <<<"$line"); c=$(sed -n 's/.* c=\([0-9]*\).*/\1/p' <<<"$line")
  v() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  ld=$(sed -n 's/.*load="\([^"]*\)".*/\1/p' <<<"$line")
  sock=$(( $(v connect_errors) + $(v read_errors) + $(v write_errors) + $(v timeouts) ))
  echo "| $db | $sc | $c | $(v rps) | $(v p50_ms) | $(v p95_ms) | $(v p99_ms) | $(v non2xx) | $sock | $(v app_cpu_ms_per_request) | $ld |"
done
echo "results and logs: $OUT" >&2
