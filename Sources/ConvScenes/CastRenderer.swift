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

  /// The whole recording of `frames` as one text.
  public func render(_ frames: [Frame], title: String) -> String {
    var text: [UInt8] = []
    write(count: frames.count, frame: { frames[$0] }, title: title, flushBytes: .max) {
      text += $0
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Writes the recording of every step of `steps`, handing out its bytes as they gather
  /// (about `flushBytes` at a time): the bytes of ``render(_:title:)`` of all the frames,
  /// without holding the frames or their screens, so a long animation takes little memory.
  public func write<Failure: Error>(
    _ steps: SceneSteps, title: String, flushBytes: Int = 1 << 18,
    to emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    try write(
      count: steps.stepCount, frame: { steps.frame(at: $0) }, title: title,
      flushBytes: flushBytes, to: emit)
  }

  /// Each frame as ``ANSIRenderer`` draws it, lines ending in \r\n, through a stream that
  /// redraws only what changed.
  ///
  /// The frames are made three times rather than held: to reserve their numbers' widths, to
  /// measure the largest screen (the header, which comes first, names it), and to write them.
  private func write<Failure: Error>(
    count: Int, frame: (Int) -> Frame, title: String, flushBytes: Int,
    to emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    let reserve = LayoutReserve(count: count, frame: frame)
    var screen: [UInt8] = []
    var measuring = stream(reserve)
    var height = count == 0 ? 1 : 0
    var columns = width
    for index in 0..<count {
      screen.removeAll(keepingCapacity: true)
      measuring.append(frame(index), to: &screen)
      height = max(height, measuring.lastSize.height)
      columns = max(columns, measuring.lastSize.width)
    }
    var writer = JSONWriter(capacity: min(flushBytes, 1 << 20) + (1 << 16))
    writer.write("{\"version\": 2, \"width\": \(columns), \"height\": \(height + 1), \"title\": ")
    writer.writeString(title)
    writer.write("}\n")
    var writing = stream(reserve)
    let clear = Array("\u{1B}[2J\u{1B}[H".utf8)
    for index in 0..<count {
      screen.removeAll(keepingCapacity: true)
      screen += clear
      writing.append(frame(index), to: &screen)
      writer.write("[")
      writer.writeCompactNumber(Double(index) * interval)
      writer.write(", \"o\", ")
      screen.withUnsafeBufferPointer { writer.writeString(utf8: $0) }
      writer.write("]\n")
      if writer.count >= flushBytes {
        let bytes = writer.bytes
        writer.removeAll()
        try emit(bytes)
      }
    }
    if writer.count > 0 { try emit(writer.bytes) }
  }

  private func stream(_ reserve: LayoutReserve) -> FrameTextStream {
    FrameTextStream(
      reserve: reserve, flow: width, limited: limited, ascii: ascii, depth: depth,
      lineEnd: Array("\r\n".utf8))
  }
}
