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
    let reserve = LayoutReserve(frames)
    write(
      count: frames.count, title: title, flushBytes: .max,
      stream: { stream(reserve) }, screen: { $0.append(frames[$1], to: &$2) }
    ) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// Writes the recording of every step of `steps`, handing out its bytes as they gather
  /// (about `flushBytes` at a time): the bytes of ``render(_:title:)`` of all the frames,
  /// without holding the frames or their screens, so a long animation takes little memory.
  public func write<Failure: Error>(
    _ steps: SceneSteps, title: String, flushBytes: Int = 1 << 18,
    to emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    // Every frame, as the recording of all of them reserves for them.
    let reserve = LayoutReserve(count: steps.stepCount) { steps.frame(at: $0) }
    // A stream of the steps makes each step from the last one in place where the scene can.
    try write(
      count: steps.stepCount, title: title, flushBytes: flushBytes,
      stream: {
        FrameTextStream(
          recording: steps, reserve: reserve, flow: width, limited: limited, ascii: ascii,
          depth: depth, lineEnd: lineEnd)
      },
      screen: { $0.appendScreen(step: $1, to: &$2) }, to: emit)
  }

  /// Each frame as ``ANSIRenderer`` draws it, lines ending in \r\n, through a stream that
  /// redraws only what changed.
  ///
  /// The screens are made twice rather than held: once to measure the largest (the header,
  /// which comes first, names it), once to write them.
  private func write<Failure: Error>(
    count: Int, title: String, flushBytes: Int, stream: () -> FrameTextStream,
    screen: (inout FrameTextStream, Int, inout [UInt8]) -> Void,
    to emit: ([UInt8]) throws(Failure) -> Void
  ) throws(Failure) {
    var bytes: [UInt8] = []
    var measuring = stream()
    var height = count == 0 ? 1 : 0
    var columns = width
    for index in 0..<count {
      bytes.removeAll(keepingCapacity: true)
      screen(&measuring, index, &bytes)
      height = max(height, measuring.lastSize.height)
      columns = max(columns, measuring.lastSize.width)
    }
    var writer = JSONWriter(capacity: min(flushBytes, 1 << 20) + (1 << 16))
    writer.write("{\"version\": 2, \"width\": \(columns), \"height\": \(height + 1), \"title\": ")
    writer.writeString(title)
    writer.write("}\n")
    var writing = stream()
    let clear = Array("\u{1B}[2J\u{1B}[H".utf8)
    for index in 0..<count {
      bytes.removeAll(keepingCapacity: true)
      bytes += clear
      screen(&writing, index, &bytes)
      writer.write("[")
      writer.writeCompactNumber(Double(index) * interval)
      writer.write(", \"o\", ")
      bytes.withUnsafeBufferPointer { writer.writeString(utf8: $0) }
      writer.write("]\n")
      if writer.count >= flushBytes {
        let chunk = writer.bytes
        writer.removeAll()
        try emit(chunk)
      }
    }
    if writer.count > 0 { try emit(writer.bytes) }
  }

  /// What ends each line: a terminal recording moves the cursor back as well as down.
  private var lineEnd: [UInt8] { Array("\r\n".utf8) }

  private func stream(_ reserve: LayoutReserve) -> FrameTextStream {
    FrameTextStream(
      reserve: reserve, flow: width, limited: limited, ascii: ascii, depth: depth,
      lineEnd: lineEnd)
  }
}
