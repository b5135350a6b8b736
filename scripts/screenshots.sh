#!/usr/bin/env bash
# Regenerates screenshots/ from `convscope export`: the plain-text captures listed in
# screenshots/manifest.txt, and PNG pictures of a frame of each scene for the README.
#
#   scripts/screenshots.sh            # uses .build; set SCRATCH to use another scratch path
#
# The PNGs need ImageMagick (`convert`, with its Pango reader) and the DejaVu Sans Mono
# font (apt-get install -y imagemagick fonts-dejavu-core); without them only the text is made.
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

# Pictures: the styling model's colours (StyleTable) as Pango markup, drawn by ImageMagick in DejaVu Sans Mono.
if command -v convert >/dev/null && convert -list format 2>/dev/null | grep PANGO >/dev/null \
  && fc-list 2>/dev/null | grep "DejaVu Sans Mono" >/dev/null; then
  picture() {
    local name="$1"
    shift
    local markup
    markup="$("$convscope" export "$@" --format pango --width 100)"
    # ImageMagick reads % as the start of an image property.
    markup="${markup//%/%%}"
    convert -background '#1c1f26' pango:"$markup" -bordercolor '#1c1f26' -border 16 "screenshots/$name.png"
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
  echo "ImageMagick with Pango, or DejaVu Sans Mono, is missing: PNGs not regenerated" >&2
  echo "(apt-get install -y imagemagick fonts-dejavu-core)" >&2
fi
