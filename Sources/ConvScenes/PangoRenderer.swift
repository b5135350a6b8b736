/// Pango markup in the styling model's 256 colours, for pictures:
/// `convert pango:"$(convscope export conv --format pango --frame 3)" frame.png`.
///
/// Each run of one style becomes a span with that style's look from ``StyleTable`` at 256
/// colours, as RGB from the xterm palette (``XtermColour``), on a dark background: the
/// picture shows what an ANSI export or the explorer shows, with nothing re-parsed.
public struct PangoRenderer: Sendable {
  public var width: Int
  public var ascii: Bool
  public var font: String
  public var background: String
  public var foreground: String

  public init(
    width: Int = 100, ascii: Bool = false, font: String = "DejaVu Sans Mono 11",
    background: String = "#1c1f26",
    foreground: String = "#d8dee9"
  ) {
    self.width = width
    self.ascii = ascii
    self.font = font
    self.background = background
    self.foreground = foreground
  }

  public func render(_ frame: Frame) -> String {
    let canvas = ANSIRenderer(width: width, ascii: ascii, depth: .full).canvas(frame)
      .shadingHeatByColour()
    var lines: [String] = []
    for y in 0..<canvas.height {
      var line = ""
      var run = ""
      var runStyle: StyleID? = nil
      func flush() {
        guard let style = runStyle, !run.isEmpty else { return }
        let attributes = Self.attributes(StyleTable.appearance(style, depth: .full))
        line +=
          attributes.isEmpty ? Self.escape(run) : "<span\(attributes)>\(Self.escape(run))</span>"
        run = ""
      }
      for x in 0..<canvas.width {
        let style = canvas.styleID(x: x, y: y)
        if style != runStyle {
          flush()
          runStyle = style
        }
        run += canvas.text(at: y * canvas.width + x)
      }
      flush()
      lines.append(line)
    }
    return "<span font=\"\(font)\" foreground=\"\(foreground)\" background=\"\(background)\">"
      + lines.joined(separator: "\n") + "</span>"
  }

  /// Pango attributes for an appearance: bold, dim, underline, reverse and its colours.
  static func attributes(_ look: Appearance) -> String {
    var result = ""
    if look.attributes.contains(.bold) { result += " weight=\"bold\"" }
    if look.attributes.contains(.dim) { result += " alpha=\"60%\"" }
    if look.attributes.contains(.underline) { result += " underline=\"single\"" }
    var (foreground, background) = (look.foreground, look.background)
    if look.attributes.contains(.reverse) { swap(&foreground, &background) }
    if foreground >= 0 { result += " foreground=\"\(XtermColour.hex(foreground))\"" }
    if background >= 0 { result += " background=\"\(XtermColour.hex(background))\"" }
    return result
  }

  /// Numeric references, because ImageMagick's pango reader decodes named ones before Pango sees them.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&#38;"
      case "<": result += "&#60;"
      case ">": result += "&#62;"
      case "\"": result += "&#34;"
      default: result.append(character)
      }
    }
    return result
  }
}
