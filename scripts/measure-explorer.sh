#!/usr/bin/env bash
# Measures the real explorer binary in tmux: startup to first frame, peak RSS, and the
# bytes curses writes to the terminal per animation step.
#
#   scripts/measure-explorer.sh            # release build in .build-bench; SCRATCH=... to change
#   RUNS=20 STEPS=300 scripts/measure-explorer.sh
#   CONVSCOPE=/path/to/convscope scripts/measure-explorer.sh   # measure that binary, build nothing
#
# Startup is the time from asking tmux to run the binary until `capture-pane` shows
# "step 1/"; the same loop around `printf 'step 1/'` is printed as the harness's own
# overhead. Peak RSS is VmHWM of the running process after stepping a 32×32 scene, and
# `/usr/bin/time -v`'s maximum when it is installed. Bytes are what tmux's pipe-pane
# receives from the program while `.` is pressed STEPS times (the keys are sent one by
# one, each after the previous frame is on screen).
# Uses its own tmux socket, so it never touches a user's sessions.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "measure-explorer: tmux is not installed" >&2; exit 1; }
scratch="${SCRATCH:-.build-bench}"
runs="${RUNS:-10}"
steps="${STEPS:-200}"
if [[ -n "${CONVSCOPE:-}" ]]; then
  convscope="$CONVSCOPE"
else
  swift build -c release --scratch-path "$scratch" --product convscope >&2
  convscope="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/convscope"
fi
socket="convscope-measure-$$"
work="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
big="conv --input 32 --kernel 3 --stride 1 --padding 1"
t() { tmux -L "$socket" "$@"; }
now() { date +%s%N; }

# A session whose pane is replaced by each measured command (respawn-pane -k).
t new-session -d -x 120 -y 40 -s m -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 "sleep 600"

# Milliseconds from respawning the pane with $1 until the screen shows "step 1/".
first_frame_ms() {
  local start end
  start=$(now)
  t respawn-pane -k -t m "$1"
  until t capture-pane -p -t m | grep -qF "step 1/"; do :; done
  end=$(now)
  echo $(((end - start) / 1000))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The 95th percentile (nearest rank) of numbers on stdin, one a line.
p95() { sort -n | awk '{a[NR]=$1} END {r=int(NR*0.95); if (r<NR*0.95) r++; if (r<1) r=1; print a[r]}'; }

report_startup() {
  local name="$1" command="$2" list=""
  for _ in $(seq "$runs"); do list+="$(first_frame_ms "$command") "; done
  printf '%-44s median %6.1f ms  (runs: %s µs)\n' "$name" \
    "$(echo $list | tr ' ' '\n' | median | awk '{print $1 / 1000}')" "$list"
}

echo "## real binary in tmux (120×40), $runs runs each"
report_startup "harness only (printf 'step 1/')" "printf 'step 1/'; sleep 600"
report_startup "first frame: convscope (opening)" "'$convscope'; sleep 600"
report_startup "first frame: convscope tui $big" "'$convscope' tui $big; sleep 600"

# Peak RSS and bytes per step on the 32×32 scene.
t respawn-pane -k -t m "'$convscope' tui $big; sleep 600"
until t capture-pane -p -t m | grep -qF "step 1/"; do :; done
pid=$(pgrep -P "$(t display -p -t m '#{pane_pid}')" convscope || t display -p -t m '#{pane_pid}')
t pipe-pane -o -t m "cat > '$work/bytes'"
sleep 0.2
for i in $(seq 2 $((steps + 1))); do
  t send-keys -t m -l .
  until t capture-pane -p -t m | grep -qF "step $i/"; do :; done
done
sleep 0.2
t pipe-pane -t m
bytes=$(wc -c <"$work/bytes")
echo "bytes written by curses for $steps presses of '.' (32×32): $bytes, $((bytes / steps)) per step"
echo "peak RSS while stepping 32×32 (VmHWM of pid $pid): $(grep VmHWM /proc/"$pid"/status | awk '{print $2 / 1024 " MB"}')"
t send-keys -t m q

# Keypress-to-frame inside the real binary, as its --stats corner reports it: from the key's
# arrival to the refreshed screen (decode, reducer, view, diff, curses calls and refresh; not
# the terminal's own drawing), wall clock and the driver thread's CPU time. On a shared machine
# the wall time also counts waiting for a core; the CPU time does not.
summary() {
  local list="$1"
  echo "median $(echo $list | tr ' ' '\n' | median) ms, p95 $(echo $list | tr ' ' '\n' | p95) ms, max $(echo $list | tr ' ' '\n' | sort -n | tail -1) ms"
}
stats_ms() {
  local keys="$1" count="$2" wall="" cpu="" shown
  for i in $(seq "$count"); do
    local key="${keys:$(((i - 1) % ${#keys})):1}"
    local before
    before=$(t capture-pane -p -t m | md5sum)
    t send-keys -t m -l "$key"
    until [[ "$(t capture-pane -p -t m | md5sum)" != "$before" ]]; do :; done
    sleep 0.02
    shown=$(t capture-pane -p -t m | grep -o 'key→frame [0-9.]* ms, cpu [0-9.]* ms')
    wall+="$(echo "$shown" | awk '{print $2}') "
    cpu+="$(echo "$shown" | awk '{print $5}') "
  done
  echo "wall $(summary "$wall"); cpu $(summary "$cpu")"
}
t respawn-pane -k -t m "'$convscope' tui $big --stats; sleep 600"
until t capture-pane -p -t m | grep -qF "step 1/"; do :; done
echo "--stats key→frame, 32×32, '.' ×40: $(stats_ms . 40)"
echo "--stats key→frame, 32×32, 'p'/'P' ×40: $(stats_ms pP 40)"
echo "--stats key→frame, 32×32, 'S'/'s' ×40: $(stats_ms Ss 40)"
t send-keys -t m q

if [[ -x /usr/bin/time ]]; then
  t respawn-pane -k -t m "/usr/bin/time -v -o '$work/time' '$convscope' tui $big; sleep 600"
  until t capture-pane -p -t m | grep -qF "step 1/"; do :; done
  t send-keys -t m -l "$(printf '.%.0s' $(seq 100))"
  sleep 1
  t send-keys -t m q
  until [[ -s "$work/time" ]]; do sleep 0.05; done
  echo "peak RSS, /usr/bin/time -v, 32×32 with 100 steps: $(grep 'Maximum resident' "$work/time" | awk '{print $NF / 1024 " MB"}')"
fi
