import ConvMessages
import ConvScenes
import ConvTerminal

/// `export --format svg`: the refusals of options that do not fit, the animation streamed
/// into one file, and `--split`'s numbered files.
extension Export {
  /// Refuses `--split` without SVG, without a file to name the frames after, or with one frame.
  func checkSlideOptions() throws {
    guard split else { return }
    guard format == .svg else {
      throw CommandFailure(.slides(.splitNeedsSVG(format: format.rawValue)))
    }
    guard frame == nil else { throw CommandFailure(.slides(.splitAndFrame)) }
    guard let output, output != "-", !output.isEmpty else {
      throw CommandFailure(.slides(.splitNeedsOutput))
    }
  }

  /// Every frame as one animated SVG, written as it is made.
  static func streamSlides(
    _ steps: SceneSteps, width: Int?, ascii: Bool,
    to sink: (ExportChunk) throws(WriteError) -> Void
  ) throws(WriteError) {
    let animation = SVGAnimation(
      steps: steps, renderer: SVGRenderer(width: width, ascii: ascii, reserve: LayoutReserve(steps))
    )
    var buffer: [UInt8] = []
    buffer.reserveCapacity(flushBytes + (1 << 16))
    animation.appendHeader(to: &buffer)
    for step in 0..<animation.count {
      animation.append(step: step, to: &buffer)
      if buffer.count >= flushBytes {
        try sink(.bytes(buffer))
        buffer.removeAll(keepingCapacity: true)
      }
    }
    animation.appendFooter(to: &buffer)
    try sink(.bytes(buffer))
  }

  /// Each frame in its own SVG file, `NAME-001.svg` … for `--output NAME.svg`, each written
  /// atomically; at least three digits, more when there are more frames, so names sort.
  static func writeSlides(_ steps: SceneSteps, output: String, width: Int?, ascii: Bool) throws {
    let renderer = SVGRenderer(width: width, ascii: ascii, reserve: LayoutReserve(steps))
    for step in 0..<steps.stepCount {
      let name = slideName(output, index: step + 1, count: steps.stepCount)
      try ExportDestination.open(name) { sink throws(WriteError) in
        try sink(.bytes(renderer.bytes(steps.frame(at: step))))
      }
    }
  }

  /// `slides/conv.svg`, 7 of 120 → `slides/conv-007.svg`; a name without `.svg` gets it.
  static func slideName(_ output: String, index: Int, count: Int) -> String {
    let base = output.hasSuffix(".svg") ? String(output.dropLast(4)) : output
    let digits = max(3, String(count).count)
    let number = String(index)
    return base + "-" + String(repeating: "0", count: max(0, digits - number.count)) + number
      + ".svg"
  }
}
