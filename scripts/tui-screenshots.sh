#!/usr/bin/env bash
# Captures the interactive explorer from a real terminal (tmux) into screenshots/tui-*.txt:
# each capture starts `convscope` in a detached tmux window, presses keys, waits for the
# screen to show what the keys lead to, and saves `tmux capture-pane -p`. A few of them are
# also saved with their colours (`capture-pane -e`) and drawn as screenshots/tui-*.png by
# scripts/ansi_to_png.py, for the README.
#
#   scripts/tui-screenshots.sh        # uses .build; set SCRATCH to use another scratch path
#
# Needs tmux. Uses its own tmux socket and no tmux.conf, so it never touches a user's sessions.
# The PNGs also need python3, ImageMagick with its Pango reader, DejaVu Sans Mono, and a font
# with U+23F8 for the pause sign (apt-get install -y imagemagick fonts-dejavu-core fonts-symbola);
# without ImageMagick or DejaVu only the text is made.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "tui-screenshots: tmux is not installed" >&2; exit 1; }
scratch="${SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product convscope >&2
convscope="$(swift build --scratch-path "$scratch" --show-bin-path)/convscope"
socket="convscope-shots-$$"
work="$(mktemp -d)"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

# The server reads this, not the user's tmux.conf, each time it starts (it quits with its
# last session): the explorer sees a 256-colour terminal, as in a modern terminal emulator.
echo "set -g default-terminal tmux-256color" >"$work/tmux.conf"

# start WIDTH HEIGHT COMMAND: a detached window running COMMAND. A server that is still
# exiting after the last session was killed can refuse the first try, so it tries again.
start() {
  for _ in 1 2 3; do
    tmux -L "$socket" -2 -f "$work/tmux.conf" new-session -d -x "$1" -y "$2" -s shot \
      -e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 "$3" && return 0
    sleep 0.3
  done
  return 1
}

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

# drive WIDTH HEIGHT "ARGS" "KEYS" "TEXT TO WAIT FOR": the explorer, after the keys.
drive() {
  local width="$1" height="$2" args="$3" keys="$4" expect="$5"
  start "$width" "$height" "'$convscope' $args; sleep 30"
  wait_for "step 1/"
  if [[ -n "$keys" ]]; then tmux -L "$socket" send-keys -t shot -l -- "$keys"; fi
  wait_for "$expect"
}

# Waits until two captures a tenth of a second apart agree: curses has finished drawing.
settle() {
  local before after
  before="$(tmux -L "$socket" capture-pane -p -t shot)"
  for _ in $(seq 50); do
    sleep 0.1
    after="$(tmux -L "$socket" capture-pane -p -t shot)"
    [[ "$after" == "$before" ]] && return 0
    before="$after"
  done
}

# picture NAME WIDTH HEIGHT "ARGS" "KEYS" "TEXT TO WAIT FOR": the same, in colour, as a PNG.
picture() {
  local name="$1"
  shift
  drive "$@"
  # -N keeps trailing spaces, so a coloured bar keeps its full width.
  tmux -L "$socket" capture-pane -e -p -N -t shot >"$work/$name.ans"
  python3 scripts/ansi_to_png.py "$work/$name.ans" "screenshots/tui-$name.png"
  echo "screenshots/tui-$name.png" >&2
  tmux -L "$socket" kill-session -t shot
}

# Every capture in screenshots/manifest-tui.txt (the test TUIScreenshotTests reads it too).
while IFS='|' read -r name size args keys expect resize; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [[ -n "$resize" ]]; then
    start "${size%x*}" "${size#*x}" "'$convscope' $args; sleep 30"
    wait_for "step 1/"
    tmux -L "$socket" resize-window -t shot -x "${resize%x*}" -y "${resize#*x}"
    wait_for "$expect"
  else
    drive "${size%x*}" "${size#*x}" "$args" "$keys" "$expect"
  fi
  settle
  # Trailing spaces carry nothing.
  tmux -L "$socket" capture-pane -p -t shot | sed -e 's/[[:space:]]*$//' >"screenshots/tui-$name.txt"
  echo "screenshots/tui-$name.txt" >&2
  tmux -L "$socket" kill-session -t shot
done < screenshots/manifest-tui.txt

if command -v python3 >/dev/null && command -v convert >/dev/null \
  && convert -list format 2>/dev/null | grep PANGO >/dev/null \
  && fc-list 2>/dev/null | grep "DejaVu Sans Mono" >/dev/null; then
  picture opening 110 36 "" "" "stride 2×2"
  picture help 110 36 "" "?" "export this frame"
  picture transposed-zeros 120 36 "transposed --preset padding_strides" "............" "step 13/"
else
  echo "ImageMagick with Pango, python3, or DejaVu Sans Mono is missing: PNGs not made" >&2
  echo "(apt-get install -y imagemagick fonts-dejavu-core fonts-symbola)" >&2
fi
