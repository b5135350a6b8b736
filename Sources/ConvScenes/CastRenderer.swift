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
    // Each frame as ANSIRenderer draws it, lines ending in \r\n, through a stream that
    // redraws only what changed, and measured as it goes: the header needs the largest screen.
    var stream = FrameTextStream(
      reserve: LayoutReserve(frames), flow: width, limited: limited, ascii: ascii, depth: depth,
      lineEnd: Array("\r\n".utf8))
    var screens: [String] = []
    var height = frames.isEmpty ? 1 : 0
    var columns = width
    for frame in frames {
      var bytes: [UInt8] = []
      stream.append(frame, to: &bytes)
      screens.append(String(decoding: bytes, as: UTF8.self))
      height = max(height, stream.lastSize.height)
      columns = max(columns, stream.lastSize.width)
    }
    var text =
      "{\"version\": 2, \"width\": \(columns), \"height\": \(height + 1), \"title\": \(JSONText.string(title))}\n"
    for (index, screen) in screens.enumerated() {
      let time = JSONText.number(Double(index) * interval)
      text += "[\(time), \"o\", \(JSONText.string("\u{1B}[2J\u{1B}[H" + screen))]\n"
    }
    return text
  }
}
