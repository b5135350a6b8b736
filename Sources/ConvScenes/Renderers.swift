import Foundation

/// Plain text: each frame laid out at a width, trailing spaces trimmed.
///
/// When several frames are rendered, each one starts with the line
/// `----- frame N of M -----` (see ``TextRenderer/separator(index:count:)``),
/// a stable separator that scripts can split on.
public struct TextRenderer: Sendable {
  public var width: Int
  public var ascii: Bool

  public init(width: Int = 100, ascii: Bool = false) {
    self.width = width
    self.ascii = ascii
  }

  /// The separator line before frame `index` of `count`.
  public static func separator(index: Int, count: Int) -> String {
    "----- frame \(index) of \(count) -----"
  }

  /// One frame as text, ending with a newline.
  public func render(_ frame: Frame) -> String {
    FrameLayout.lay(frame, width: width, ascii: ascii, hits: false).canvas.plainText + "\n"
  }

  /// Every frame of `steps`, each preceded by its separator line; frames are built one at a
  /// time, so a long animation never holds all its frames in memory.
  ///
  ///     let text = TextRenderer(width: 100).render(try Scenes.build(.defaults(for: .conv)))
  ///
  /// A long animation is rendered in as many contiguous chunks as there are cores, then
  /// joined in order: frames are independent, and a 1,024-frame export halves its time.
  public func render(_ steps: SceneSteps) -> String {
    let count = steps.stepCount
    let chunks = count >= 64 ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
    if chunks == 1 { return render(steps, frames: 0..<count) }
    let parts = UnsafeMutablePointer<String>.allocate(capacity: chunks)
    parts.initialize(repeating: "", count: chunks)
    defer {
      parts.deinitialize(count: chunks)
      parts.deallocate()
    }
    // Each iteration writes only its own slot, so the slots need no lock.
    nonisolated(unsafe) let slots = parts
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let range = (chunk * count / chunks)..<((chunk + 1) * count / chunks)
      slots[chunk] = render(steps, frames: range)
    }
    return (0..<chunks).reduce(into: "") { $0 += parts[$1] }
  }

  private func render(_ steps: SceneSteps, frames range: Range<Int>) -> String {
    var text = ""
    for step in range {
      let frame = steps.frame(at: step)
      text += Self.separator(index: frame.index, count: frame.count) + "\n"
      text += render(frame)
    }
    return text
  }

  /// Several frames, each preceded by its separator line.
  public func render(_ frames: [Frame]) -> String {
    var text = ""
    for frame in frames {
      text += Self.separator(index: frame.index, count: frame.count) + "\n"
      text += render(frame)
    }
    return text
  }
}
