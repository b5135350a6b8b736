/// Text with ANSI colours at a ``ColourDepth``: 256 colours, 8 colours, or none (plain text).
///
/// Every colour comes from ``StyleTable``, the same looks the explorer draws with.
///
///     let depth = ColourDepth.detect(noColor: environment["NO_COLOR"], term: environment["TERM"])
///     print(ANSIRenderer(width: 100, depth: depth).render(frame))
public struct ANSIRenderer: Sendable {
  /// Where panels and captions wrap; a hard limit only when `limited` (see ``TextRenderer``).
  public var width: Int
  public var limited: Bool
  public var ascii: Bool
  public var depth: ColourDepth
  /// Column widths kept across the frames of one animation.
  public var reserve: LayoutReserve?

  public init(
    width: Int? = nil, ascii: Bool = false, depth: ColourDepth = .full,
    reserve: LayoutReserve? = nil
  ) {
    self.width = width ?? TextRenderer.flowWidth
    self.limited = width != nil
    self.ascii = ascii
    self.depth = depth
    self.reserve = reserve
  }

  /// The frame's canvas, as every renderer built on this one lays it out.
  func canvas(_ frame: Frame) -> Canvas {
    FrameLayout.lay(
      frame, width: width, ascii: ascii, hits: false, limited: limited, reserve: reserve
    ).canvas
  }

  /// One frame: its lines joined by `lineEnd`, each line ending with a reset.
  public func render(_ frame: Frame, lineEnd: String = "\n") -> String {
    var bytes: [UInt8] = []
    Self.append(canvas(frame), depth: depth, lineEnd: Array(lineEnd.utf8), to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Every frame of `steps`, built one at a time, each preceded by the text renderer's separator line.
  public func render(_ steps: SceneSteps) -> String {
    FrameTextStream.text(
      of: steps, flow: width, limited: limited, ascii: ascii, depth: depth, reserve: reserve)
  }

  /// Several frames, each preceded by the text renderer's separator line.
  public func render(_ frames: [Frame]) -> String {
    var renderer = self
    if renderer.reserve == nil { renderer.reserve = LayoutReserve(frames) }
    return frames.map {
      TextRenderer.separator(index: $0.index, count: $0.count) + "\n" + renderer.render($0)
    }.joined()
  }

  /// Appends `canvas` with SGR codes at `depth` (heat shading blanked when there is colour),
  /// each line followed by `lineEnd`.
  static func append(
    _ canvas: Canvas, depth: ColourDepth, lineEnd: [UInt8], to bytes: inout [UInt8]
  ) {
    for y in 0..<canvas.height {
      appendLine(canvas, y, depth: depth, to: &bytes)
      bytes.append(contentsOf: lineEnd)
    }
  }

  /// One canvas row with SGR codes at each change of style; trailing plain spaces dropped.
  /// Without colour it is the plain text.
  static func appendLine(_ canvas: Canvas, _ y: Int, depth: ColourDepth, to bytes: inout [UInt8]) {
    guard depth != .monochrome else {
      canvas.appendLine(y, to: &bytes)
      return
    }
    let codes = StyleTable.sgrBytes(depth)
    let paints = StyleTable.paintsSpaces(depth)
    let row = y * canvas.width
    var end = canvas.width
    while end > 0 && canvas.glyphs[row + end - 1] == Canvas.spaceGlyph
      && !paints[Int(canvas.styles[row + end - 1].rawValue)]
    {
      end -= 1
    }
    var current: Int? = nil
    var start = 0
    while start < end {
      // A run of one style.
      let id = canvas.styles[row + start]
      var stop = start + 1
      while stop < end && canvas.styles[row + stop] == id { stop += 1 }
      let code = Int(id.rawValue)
      if current.map({ codes[$0] != codes[code] }) ?? true {
        if let current, !codes[current].isEmpty { bytes.append(contentsOf: reset) }
        if !codes[code].isEmpty {
          bytes.append(contentsOf: [0x1B, 0x5B])
          bytes.append(contentsOf: codes[code])
          bytes.append(0x6D)
        }
        current = code
      }
      appendColumns(canvas, row: y, from: start, to: stop, to: &bytes)
      start = stop
    }
    if let current, !codes[current].isEmpty { bytes.append(contentsOf: reset) }
  }

  /// Columns of a row, with heat cells' shading glyphs as spaces (colour shows the heat).
  private static func appendColumns(
    _ canvas: Canvas, row y: Int, from: Int, to: Int, to bytes: inout [UInt8]
  ) {
    let row = y * canvas.width
    guard Canvas.heatStyles[Int(canvas.styles[row + from].rawValue)] else {
      canvas.appendUTF8(row: y, from: from, to: to, to: &bytes)
      return
    }
    for x in from..<to {
      if Canvas.isHeatShading(canvas.glyphs[row + x], canvas.styles[row + x]) {
        bytes.append(0x20)
      } else {
        canvas.appendUTF8(row: y, from: x, to: x + 1, to: &bytes)
      }
    }
  }

  private static let reset: [UInt8] = Array("\u{1B}[0m".utf8)

  /// The SGR parameters for a style, or "" for the terminal's default.
  public func sgr(_ style: Style) -> String {
    depth == .monochrome ? "" : StyleTable.sgr(style.id, depth: depth)
  }
}
