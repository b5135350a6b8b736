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
  public func render(_ steps: SceneSteps) -> String {
    var text = ""
    for step in 0..<steps.stepCount {
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
