#!/usr/bin/env bash
# Runs every test of Portal. Installs what the tests need first (Debian's Chromium for the
# end-to-end tests) if it is missing, so it works on a fresh Debian machine with only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
    echo "Installerer Chromium til end-to-end-testene …"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
dotnet test Portal.sln "$@"
