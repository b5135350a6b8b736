/// The font stack every SVG asks for: DejaVu Sans Mono (the README pictures' font), then
/// monospace fonts with CJK glyphs, so that Chinese captions render wherever one is
/// installed, then the platforms' own monospace fonts.
///
/// Font names are not sentences: this file is the one the no-words test skips for them.
enum SVGFonts {
  static let family =
    "\"DejaVu Sans Mono\", \"Noto Sans Mono CJK SC\", \"Noto Sans CJK SC\", \"Source Han Mono SC\","
    + " \"WenQuanYi Zen Hei Mono\", \"Sarasa Mono SC\", Menlo, Consolas, \"Liberation Mono\","
    + " monospace"
}
