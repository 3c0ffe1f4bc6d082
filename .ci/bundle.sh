#!/usr/bin/env bash
# Build the one-folder bundle dist/skillbase/ from build.spec and check that it runs:
#   skillbase --help                       exit 0
#   skillbase db check --db <missing file> non-zero, and the file is not created
#   skillbase db upgrade / db check        exit 0 on a new SQLite file (Alembic in the bundle)
#   skillbase --smoke                      exit 0 (fresh database, migrations, Qt offscreen)
# Usage: bash .ci/bundle.sh      (from anywhere; `make bundle` runs it)
# Env: VENV (default .venv), SMOKE_TIMEOUT seconds per run of the bundle (default 180).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV=${VENV:-.venv}
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-180}
DIST=dist
WORK=build/pyinstaller
APP=$DIST/skillbase/skillbase

section() { printf '\n==== %s ====\n' "$*"; }

if [[ ! -x $VENV/bin/pyinstaller ]]; then
    section "installing the project into $VENV (pyinstaller is in the [test] extra)"
    make "$VENV/.installed-stamp"
fi
if ! command -v objdump >/dev/null; then
    echo "bundle.sh: PyInstaller needs objdump: apt-get install binutils" >&2
    exit 1
fi

# build.spec ships resources/ as it is: a .ts without its compiled .qm means an untranslated app.
for ts in resources/translations/*.ts; do
    [[ -e $ts ]] || continue
    [[ -e ${ts%.ts}.qm ]] || echo "bundle.sh: WARNING: ${ts%.ts}.qm is missing (make translations): the bundle will lack it" >&2
done

section "PyInstaller build ($($VENV/bin/pyinstaller --version))"
started=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" build.spec
build_seconds=$(( $(date +%s) - started ))
[[ -x $APP ]] || { echo "bundle.sh: the build made no $APP" >&2; exit 1; }
size_mb=$(du -sm "$DIST/skillbase" | cut -f1)
files=$(find "$DIST/skillbase" -type f | wc -l)
echo "built $APP in ${build_seconds}s: ${size_mb} MB, $files files"
echo "largest parts:"
{ du -sm "$DIST"/skillbase/_internal/* 2>/dev/null | sort -rn | sed 's/^/  /' | head -n 8; } || true  # head may SIGPIPE sort

scratch=$(mktemp -d "${TMPDIR:-/tmp}/skillbase-bundle-check.XXXXXX")
trap 'rm -rf -- "$scratch"' EXIT
failures=0

# run NAME EXPECT CMD...: EXPECT is "zero" or "nonzero"; prints the output, counts failures.
run() {
    local name=$1 expect=$2 rc=0 home
    shift 2
    home=$(mktemp -d "$scratch/home.XXXXXX")
    mkdir -p "$scratch/tmp"   # TMPDIR: --smoke's throwaway database goes away with $scratch
    section "bundle: $name"
    echo "+ $*"
    env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 SKILLBASE_HOME="$home" TMPDIR="$scratch/tmp" \
        timeout --kill-after=10 "$SMOKE_TIMEOUT" "$@" </dev/null || rc=$?
    if [[ $rc -eq 124 || $rc -eq 137 ]]; then
        echo "FAIL: $name: timed out after ${SMOKE_TIMEOUT}s"
        failures=$((failures + 1))
    elif [[ $expect == zero && $rc -ne 0 ]]; then
        echo "FAIL: $name: exit $rc, expected 0"
        if [[ -d $home ]]; then find "$home" -name '*.log' -exec tail -n 40 {} + 2>/dev/null || true; fi
        failures=$((failures + 1))
    elif [[ $expect == nonzero && $rc -eq 0 ]]; then
        echo "FAIL: $name: exit 0, expected non-zero"
        failures=$((failures + 1))
    else
        echo "ok: $name (exit $rc)"
    fi
}

run "--help" zero "$APP" --help

missing="$scratch/none.sqlite3"
run "db check on a missing database" nonzero "$APP" db check --db "sqlite:///$missing"
if [[ -e $missing ]]; then
    echo "FAIL: db check created $missing (it must never create a database)"
    failures=$((failures + 1))
fi

fresh="$scratch/fresh.sqlite3"
run "db upgrade on a new SQLite file (migrations from the bundle)" zero "$APP" db upgrade --db "sqlite:///$fresh"
run "db check on the upgraded file" zero "$APP" db check --db "sqlite:///$fresh"

smoke_started=$(date +%s)
run "--smoke" zero "$APP" --smoke
echo "(--smoke took $(( $(date +%s) - smoke_started ))s)"

section "bundle summary"
echo "build ${build_seconds}s, ${size_mb} MB, $files files in $DIST/skillbase"
if (( failures )); then
    echo "bundle.sh: $failures check(s) of the bundle failed"
    exit 1
fi
echo "bundle.sh: all checks of the bundle passed"
