#!/usr/bin/env bash
# Runs every test of Portal. Installs what the tests need first (Debian's Chromium for the end-to-end tests,
# PostgreSQL and nginx for the provider and several-node tests) if it is missing, so it works on a fresh Debian
# machine with only the .NET SDK. Starts a throw-away PostgreSQL cluster on a free loopback port in a temp
# folder and stops it whatever happens.
set -euo pipefail
cd "$(dirname "$0")"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installerer ${missing[*]} til testene …"
    $SUDO apt-get update -qq
    # The packages must not start their own services (port 80, the default cluster): the tests start their own.
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" || { $SUDO rm -f /usr/sbin/policy-rc.d; exit 1; }
    $SUDO rm -f /usr/sbin/policy-rc.d
fi

free_port() {
    local port
    for port in $(seq "$1" $(($1 + 200))); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "Ingen ledig port fra $1" >&2; exit 1
}

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_DIR=$(mktemp -d /tmp/portal-pg.XXXXXX)
PG_PORT=$(free_port 55432)
as_pg() {
    # initdb refuses to run as root; the cluster then belongs to Debian's postgres user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_postgres() {
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
trap stop_postgres EXIT
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U portal -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') kører på 127.0.0.1:$PG_PORT ($PG_DIR)"

export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=portal;Database=postgres"
export PORTAL_NGINX=/usr/sbin/nginx
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Every test, data and service tests on SQLite files.
dotnet test Portal.sln "$@"
# The data and service tests again, each on a new PostgreSQL database.
PORTAL_TEST_PROVIDER=PostgreSql dotnet test Portal.sln --no-build \
    --filter "FullyQualifiedName~Portal.Tests.Data&Category!=SqliteOnly" "$@"
