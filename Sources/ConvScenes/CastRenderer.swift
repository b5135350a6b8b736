import ConvJSON

/// An asciicast v2 stream: a header line, then one `[time, "o", data]` event per frame,
/// each clearing the screen first, so that `asciinema play` shows the animation.
public struct CastRenderer: Sendable {
  /// Where panels and captions wrap; a hard limit only when `limited` (see ``TextRenderer``).
  public var width: Int
  public var limited: Bool
  public var ascii: Bool
  /// Colours from the styling model; `.monochrome` plays plain text.
  public var depth: ColourDepth
  /// Seconds between frames.
  public var interval: Double

  public init(
    width: Int? = nil, ascii: Bool = false, depth: ColourDepth = .full,
    interval: Double = 1
  ) {
    self.width = width ?? TextRenderer.flowWidth
    self.limited = width != nil
    self.ascii = ascii
    self.depth = depth
    self.interval = interval
  }

  public func render(_ frames: [Frame], title: String) -> String {
    var ansi = ANSIRenderer(width: width, ascii: ascii, depth: depth)
    ansi.limited = limited
    ansi.reserve = LayoutReserve(frames)
    let screens = frames.map { ansi.render($0, lineEnd: "\r\n") }
    let canvases = frames.map { ansi.canvas($0) }
    let height = canvases.map(\.height).max() ?? 1
    let columns = max(width, canvases.map(\.width).max() ?? 0)
    var text =
      "{\"version\": 2, \"width\": \(columns), \"height\": \(height + 1), \"title\": \(JSONText.string(title))}\n"
    for (index, screen) in screens.enumerated() {
      let time = JSONText.number(Double(index) * interval)
      text += "[\(time), \"o\", \(JSONText.string("\u{1B}[2J\u{1B}[H" + screen))]\n"
    }
    return text
  }
}
