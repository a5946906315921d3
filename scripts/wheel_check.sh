#!/usr/bin/env bash
# The package as a user installs it: build the wheel, install it alone into a fresh venv with
# the pip that Python's venv ships (no upgrade, no test tools, no source tree on the path), at
# the locked versions, and run `dumawatch demo` from an empty folder. A runtime import that
# pyproject.toml does not declare fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dumawatch-wheel.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m pip wheel -q --no-deps -w "$work/dist" .
wheel="$(ls "$work"/dist/dumawatch-*.whl)"

# The lock's pins without hashes, as constraints: the same versions `make` installs, while the
# wheel's own dependency list decides what gets installed at all.
sed -n 's/^\([A-Za-z0-9._-]*==[^ ]*\).*/\1/p' requirements.lock > "$work/constraints.txt"

"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q -c "$work/constraints.txt" "$wheel"
mkdir "$work/run"
cd "$work/run"
"$work/venv/bin/dumawatch" demo
echo "wheel-check: $(basename "$wheel") installed alone and ran the demo" >&2
