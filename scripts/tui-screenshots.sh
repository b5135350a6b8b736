#!/usr/bin/env bash
# Captures the interactive explorer from a real terminal (tmux) into screenshots/tui-*.txt:
# each capture starts `convscope` in a detached tmux window, presses keys, waits for the
# screen to show what the keys lead to, and saves `tmux capture-pane -p`.
#
#   scripts/tui-screenshots.sh        # uses .build; set SCRATCH to use another scratch path
#
# Needs tmux. Uses its own tmux socket, so it never touches a user's sessions.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "tui-screenshots: tmux is not installed" >&2; exit 1; }
scratch="${SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product convscope >&2
convscope="$(swift build --scratch-path "$scratch" --show-bin-path)/convscope"
socket="convscope-shots-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT

# Waits until the pane shows $1 (a fixed string), for at most 10 seconds.
wait_for() {
  for _ in $(seq 200); do
    if tmux -L "$socket" capture-pane -p -t shot | grep -qF -- "$1"; then return 0; fi
    sleep 0.05
  done
  echo "tui-screenshots: the screen never showed '$1':" >&2
  tmux -L "$socket" capture-pane -p -t shot >&2
  return 1
}

# capture NAME WIDTH HEIGHT "ARGS" "KEYS" "TEXT TO WAIT FOR"
capture() {
  local name="$1" width="$2" height="$3" args="$4" keys="$5" expect="$6"
  tmux -L "$socket" new-session -d -x "$width" -y "$height" -s shot \
    -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 "'$convscope' $args; sleep 30"
  wait_for "step 1/"
  if [[ -n "$keys" ]]; then tmux -L "$socket" send-keys -t shot -l -- "$keys"; fi
  wait_for "$expect"
  # Trailing spaces carry nothing; a trailing blank screen area neither.
  tmux -L "$socket" capture-pane -p -t shot | sed -e 's/[[:space:]]*$//' >"screenshots/tui-$name.txt"
  echo "screenshots/tui-$name.txt" >&2
  tmux -L "$socket" kill-session -t shot
}

capture opening 110 40 "" "" "stride 2×2"
capture conv-stride3 110 40 "" "S.." "step 3/4"
capture conv-dilation 110 40 "conv --input 7 --dilation 2 --stride 1 --padding 0" "....." "step 6/9"
capture transposed-zeros 120 44 "transposed --preset padding_strides" "....." "step 6/"
capture transposed-scatter 120 44 "transposed --view scatter" "...." "step 5/"
capture unpool 110 40 "unpool" "..." "step 4/"
capture bilinear 110 40 "bilinear --kernel 4" "GG" "step"
capture help 110 40 "" "?" "export this frame"

# A window too small for the scene, then the message it shows.
tmux -L "$socket" new-session -d -x 110 -y 40 -s shot -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 "'$convscope'; sleep 30"
wait_for "step 1/"
tmux -L "$socket" resize-window -t shot -x 36 -y 10
wait_for "too small"
tmux -L "$socket" capture-pane -p -t shot | sed -e 's/[[:space:]]*$//' >screenshots/tui-too-small.txt
echo "screenshots/tui-too-small.txt" >&2
