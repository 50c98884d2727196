#!/usr/bin/env bash
# The test command: installs what the tests need (Debian/Ubuntu), builds once, runs every test project,
# and ends with one line "N passed, N failed" (", N skipped" when any were skipped).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

have_initdb() {
    command -v initdb >/dev/null 2>&1 && return 0
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# --- 1. system packages, only those whose command is missing ---------------------------------
missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
have_initdb || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo_cmd=(sudo)
        else
            echo "test.sh: missing ${missing[*]} and neither root nor sudo: install them with apt-get." >&2
        fi
    fi
    if [ "$(id -u)" -eq 0 ] || [ ${#sudo_cmd[@]} -gt 0 ]; then
        if command -v apt-get >/dev/null 2>&1; then
            echo "test.sh: installing ${missing[*]}"
            "${sudo_cmd[@]}" apt-get update -qq
            "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
        else
            echo "test.sh: missing ${missing[*]} and no apt-get: install them with your package manager." >&2
        fi
    fi
fi

# --- 2. docker-compose.yml, when a validator is available (no Docker engine is needed) ---------
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
    docker compose -f docker-compose.yml config -q
    echo "test.sh: docker-compose.yml is valid (docker compose config)"
elif command -v docker-compose >/dev/null 2>&1; then
    docker-compose -f docker-compose.yml config -q
    echo "test.sh: docker-compose.yml is valid (docker-compose config)"
else
    echo "test.sh: docker compose not available: docker-compose.yml validation skipped"
fi

# --- 3. build once, then test without rebuilding ----------------------------------------------
dotnet tool restore
dotnet build YouTubeStudio.sln -c Release -nologo

rm -rf TestResults
set +e
dotnet test YouTubeStudio.sln -c Release --no-build -nologo \
    --logger "console;verbosity=normal" --logger trx --results-directory TestResults
test_exit=$?
set -e

# --- 4. one summary line from the TRX counters of every test project --------------------------
passed=0 failed=0 skipped=0 total=0
shopt -s nullglob
trx_files=(TestResults/*.trx)
shopt -u nullglob
for trx in "${trx_files[@]}"; do
    read -r t p f s < <(grep -o '<Counters [^>]*' "$trx" | awk '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); v[kv[1]] = kv[2] + 0 }
        print v["total"], v["passed"], v["failed"] + v["error"] + v["timeout"] + v["aborted"], v["notExecuted"] + v["inconclusive"]
    }')
    total=$((total + ${t:-0})); passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done

# Diagnostics first: the summary must stay the very last line.
status=0
if [ "$total" -eq 0 ] || [ "$passed" -eq 0 ]; then
    echo "test.sh: no tests ran" >&2
    status=1
fi
if [ "$test_exit" -ne 0 ]; then
    [ "$failed" -eq 0 ] && echo "test.sh: dotnet test exited with $test_exit" >&2
    status=1
fi
[ "$failed" -gt 0 ] && status=1

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary="$summary, $skipped skipped"; fi
echo "$summary"
exit "$status"
