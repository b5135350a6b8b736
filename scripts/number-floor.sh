#!/usr/bin/env bash
# Builds scripts/number_floor.cpp and runs it on the compute benchmark's 20,000 requests and
# their answers: how fast {fmt} (Dragonbox) and fast_float spell and read the same numbers on
# this machine, to read beside `convscope-bench numbers`. Needs g++, libfmt-dev and
# libfast-float-dev (Debian: apt-get install g++ libfmt-dev libfast-float-dev).
#
#   CONVSCOPE=/path/to/convscope scripts/number-floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n "${CONVSCOPE:-}" ]]; then
  convscope="$CONVSCOPE"
else
  swift build -c release --product convscope >&2
  convscope="$(swift build -c release --show-bin-path)/convscope"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
g++ -O2 -std=c++17 scripts/number_floor.cpp -o "$work/number_floor" -lfmt
"$convscope" compute --generate-benchmark 20000 --seed 1 > "$work/requests.jsonl"
"$convscope" compute < "$work/requests.jsonl" > "$work/answers.jsonl"
"$work/number_floor" "$work/requests.jsonl" "$work/answers.jsonl"
