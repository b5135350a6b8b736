#!/usr/bin/env bash
# Regenerates screenshots/ from `convscope export`: the plain-text captures listed in
# screenshots/manifest.txt, the SVG slides the README shows directly, and PNG pictures of a
# frame of each scene: each exported as SVG and screenshotted by headless Chromium.
#
#   scripts/screenshots.sh            # uses .build; set SCRATCH to use another scratch path
#
# The PNGs need Chromium and the fonts the SVG asks for, DejaVu Sans Mono and Noto Sans CJK
# (apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-noto-cjk);
# without Chromium only the text and the SVGs are made.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
swift build --scratch-path "$scratch" --product convscope >&2
convscope="$(swift build --scratch-path "$scratch" --show-bin-path)/convscope"

while read -r name args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  # shellcheck disable=SC2086  # the arguments are meant to split
  "$convscope" export $args --format text --width 100 --output "screenshots/$name.txt"
  echo "screenshots/$name.txt" >&2
done < screenshots/manifest.txt

# Slides the README shows as they are (GitHub draws SVG, SMIL animation included).
"$convscope" export conv --preset padding_strides_odd --format svg --width 100 \
  --output screenshots/conv-padding_strides_odd.svg
echo "screenshots/conv-padding_strides_odd.svg" >&2
"$convscope" export bilinear --kernel 4 --frame 4 --format svg --width 100 \
  --output screenshots/bilinear-4-frame4.svg
echo "screenshots/bilinear-4-frame4.svg" >&2

# Pictures: the frame as SVG (the styling model's colours, from StyleTable), drawn by
# headless Chromium at the SVG's own size.
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [[ -n "$chromium" ]]; then
  scratch_dir="$(mktemp -d)"
  trap 'rm -rf "$scratch_dir"' EXIT
  picture() {
    local name="$1"
    shift
    local svg="$scratch_dir/$name.svg"
    "$convscope" export "$@" --format svg --width 100 --output "$svg"
    # The root element's size, in pixels: the first width and height attributes.
    local size
    size="$(head -c 400 "$svg" | grep -o '<svg [^>]*>' | sed -E 's/.* width="([0-9]+)" height="([0-9]+)".*/\1,\2/')"
    # --no-sandbox: Chromium will not start as root with its sandbox (containers, CI).
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
      --user-data-dir="$scratch_dir/profile" --window-size="$size" \
      --screenshot="screenshots/$name.png" "file://$svg" 2>/dev/null >/dev/null
    echo "screenshots/$name.png" >&2
  }
  picture conv-padding_strides_odd-frame3 conv --preset padding_strides_odd --frame 3
  picture transposed-zeros-frame12 transposed --preset padding_strides_odd --frame 12
  picture transposed-scatter-frame9 transposed --view scatter --frame 9
  picture unpool-frame7 unpool --frame 7
  picture bilinear-3-frame3 bilinear --kernel 3 --frame 3
  picture matrix-5-frame5 matrix --input 5 --frame 5
  picture interp-frame22 interp --frame 22
  picture transposed-compare-dilated transposed --compare dilated
  picture shapes-frame3 shapes --frame 3
  picture channels-separable-frame60 channels --preset separable --frame 60
  picture bnfold-frame7 bnfold --frame 7
  picture receptive-frame4 receptive --frame 4
  picture overlap-frame13 overlap --frame 13
  # Chinese: the CJK characters come from Noto Sans CJK (fonts-noto-cjk) through fontconfig's
  # fallback, two DejaVu Sans Mono columns wide, so the grids stay aligned.
  picture zh-conv conv --lang zh --frame 3
else
  echo "Chromium is missing: PNGs not regenerated" >&2
  echo "(apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-noto-cjk)" >&2
fi
