#!/usr/bin/env bash
# Times `convscope compute` and PyTorch (scripts/torch_compute.py) on the same batch, as whole
# processes taking turns (A B A B …), so both see the same load on a shared machine; prints
# each run's CPU (user + system) and wall seconds, the medians, and the ratios.
#
#   PYTHON=/path/to/python-with-torch scripts/compare-torch.sh           # 20,000 mixed requests
#   RUNS=5 KIND=channels PYTHON=… scripts/compare-torch.sh               # 10,000 multi-channel ones
#   CONVSCOPE=/path/to/convscope PYTHON=… scripts/compare-torch.sh       # that binary, build nothing
#
# The mixed batch is `convscope compute --generate-benchmark 20000 --seed 1`, the channel batch
# `--generate-benchmark 10000 --benchmark-kind channels`. PyTorch's figures include starting
# Python and importing torch (about 2 s of its CPU time); convscope's include its start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
runs="${RUNS:-3}"
kind="${KIND:-mixed}"
if [[ -n "${CONVSCOPE:-}" ]]; then
  convscope="$CONVSCOPE"
else
  swift build -c release --product convscope >&2
  convscope="$(swift build -c release --show-bin-path)/convscope"
fi
"$python" -c "import torch" 2>/dev/null || {
  echo "compare-torch: $python cannot import torch; set PYTHON to one that can" >&2
  exit 1
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
count=20000
[[ "$kind" == channels ]] && count=10000
"$convscope" compute --generate-benchmark "$count" --benchmark-kind "$kind" --seed 1 > "$work/batch.jsonl"
echo "batch: $count $kind requests, $(wc -c < "$work/batch.jsonl") bytes"

# Prints "cpu wall" in seconds for one run of the command in $@ with stdin from the batch.
measure() {
  /usr/bin/time -f "%U %S %e" -o "$work/time" "$@" < "$work/batch.jsonl" > "$work/out" 2>/dev/null || true
  awk '{ printf "%.3f %.3f\n", $1 + $2, $3 }' "$work/time"
}
: > "$work/convscope"
: > "$work/torch"
for ((run = 1; run <= runs; run++)); do
  measure "$convscope" compute >> "$work/convscope"
  measure "$python" scripts/torch_compute.py >> "$work/torch"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for who in convscope torch; do
  echo "$who: cpu $(cut -d' ' -f1 "$work/$who" | tr '\n' ' ')s; wall $(cut -d' ' -f2 "$work/$who" | tr '\n' ' ')s"
done
ccpu=$(cut -d' ' -f1 "$work/convscope" | median)
cwall=$(cut -d' ' -f2 "$work/convscope" | median)
tcpu=$(cut -d' ' -f1 "$work/torch" | median)
twall=$(cut -d' ' -f2 "$work/torch" | median)
awk -v cc="$ccpu" -v cw="$cwall" -v tc="$tcpu" -v tw="$twall" 'BEGIN {
  printf "medians: convscope %.3f s CPU, %.3f s wall; PyTorch %.2f s CPU, %.2f s wall\n", cc, cw, tc, tw
  printf "PyTorch / convscope: %.1fx in CPU time, %.1fx in wall time\n", tc / cc, tw / cw
}'
