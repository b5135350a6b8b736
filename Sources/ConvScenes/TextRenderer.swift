import ConvMessages

/// Plain text: each frame laid out at a width, trailing spaces trimmed.
///
/// When several frames are rendered, each one starts with the line
/// `----- frame N of M -----` (see ``TextRenderer/separator(index:count:)``),
/// a stable separator that scripts can split on.
///
/// Without a width, nothing is cut: panels and captions wrap at 100 columns where they
/// can, and a panel wider than that keeps every number. With a width, nothing passes it:
/// a panel too wide rounds its numbers, then shades its cells by value.
///
/// An animation reserves each panel's widest number from its first frame on (see
/// ``LayoutReserve``), so the output grid does not jump as it fills in.
public struct TextRenderer: Sendable {
  /// Where panels and captions wrap.
  public var width: Int
  /// Whether `width` is a hard limit.
  public var limited: Bool
  public var ascii: Bool
  /// Column widths kept across the frames of one animation; nil lays each frame out alone.
  public var reserve: LayoutReserve?

  /// The wrapping width when none is given.
  public static let flowWidth = 100

  public init(width: Int? = nil, ascii: Bool = false, reserve: LayoutReserve? = nil) {
    self.width = width ?? Self.flowWidth
    self.limited = width != nil
    self.ascii = ascii
    self.reserve = reserve
  }

  /// The separator line before frame `index` of `count`.
  public static func separator(index: Int, count: Int) -> String {
    "----- frame \(index) of \(count) -----"
  }

  /// The bytes of ``separator(index:count:)``, written without making the string: a
  /// stream writes one for every frame.
  static func appendSeparator(index: Int, count: Int, to bytes: inout [UInt8]) {
    bytes += "----- frame ".utf8
    DecimalBytes.append(index, to: &bytes)
    bytes += " of ".utf8
    DecimalBytes.append(count, to: &bytes)
    bytes += " -----".utf8
  }

  /// One frame as text, ending with a newline.
  public func render(_ frame: Frame) -> String {
    FrameLayout.lay(
      frame, width: width, ascii: ascii, hits: false, limited: limited, reserve: reserve
    ).canvas.plainText + "\n"
  }

  /// Every frame of `steps`, each preceded by its separator line; frames are built one at a
  /// time, so a long animation never holds all its frames in memory.
  ///
  ///     let text = TextRenderer(width: 100).render(try Scenes.build(.defaults(for: .conv)))
  ///
  /// The frames go through a ``FrameTextStream``, which redraws only what changes from one
  /// frame to the next.
  public func render(_ steps: SceneSteps) -> String {
    FrameTextStream.text(
      of: steps, flow: width, limited: limited, ascii: ascii, depth: .monochrome,
      reserve: reserve)
  }

  /// Several frames, each preceded by its separator line.
  public func render(_ frames: [Frame]) -> String {
    var renderer = self
    if renderer.reserve == nil { renderer.reserve = LayoutReserve(frames) }
    var text = ""
    for frame in frames {
      text += Self.separator(index: frame.index, count: frame.count) + "\n"
      text += renderer.render(frame)
    }
    return text
  }
}
