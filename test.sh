#!/usr/bin/env bash
# Runs every test against real services (MariaDB, Redis, an SMTP sink, headless Chromium), installing what is
# missing from Debian's packages. Ends with one line of totals: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

eval "$(bash scripts/test-services.sh --print-env)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build RusToK.sln -nologo -clp:ErrorsOnly -warnaserror
dotnet format RusToK.sln --no-restore --verify-no-changes

log="$(mktemp)"
status=0
# One project at a time: the machine has two cores and the browser and database tests are the heavy ones.
dotnet test RusToK.sln --no-build -nologo -m:1 2>&1 | tee "$log" || status=$?

# A fixture that fails to clean up makes dotnet test fail without failing a test: count it, so the line says why.
awk '
  /\[Test (Class|Collection|Assembly) Cleanup Failure/ { f += 1 }
  /(Passed|Failed)!  - Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
  }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
rm -f "$log"
exit "$status"
