/// The pieces of SVG text every SVG writer here shares: escaping, numbers, sizes and colours.
enum SVGMarkup {
  /// Appends `bytes` (UTF-8) as XML character data or an attribute value: `& < > " '` as
  /// entities, and every character XML 1.0 forbids or a terminal would act on (C0 and C1
  /// controls, DEL, U+FFFE, U+FFFF) as U+FFFD, so that the column still shows something.
  static func appendEscaped(_ bytes: some Collection<UInt8>, to out: inout [UInt8]) {
    var iterator = bytes.makeIterator()
    var pending: UInt8? = nil
    while let byte = pending ?? iterator.next() {
      pending = nil
      switch byte {
      case 0x26: out.append(contentsOf: amp)
      case 0x3C: out.append(contentsOf: lt)
      case 0x3E: out.append(contentsOf: gt)
      case 0x22: out.append(contentsOf: quot)
      case 0x27: out.append(contentsOf: apos)
      case 0x00..<0x20, 0x7F: out.append(contentsOf: replacement)
      case 0xC2:
        // U+0080…U+009F, the C1 controls, are C2 80…C2 9F.
        guard let next = iterator.next() else {
          out.append(byte)
          break
        }
        if (0x80...0x9F).contains(next) {
          out.append(contentsOf: replacement)
        } else {
          out.append(byte)
          pending = next
        }
      case 0xEF:
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        guard let second = iterator.next() else {
          out.append(byte)
          break
        }
        guard second == 0xBF, let third = iterator.next() else {
          out.append(byte)
          pending = second
          break
        }
        if third == 0xBE || third == 0xBF {
          out.append(contentsOf: replacement)
        } else {
          out.append(contentsOf: [byte, second, third])
        }
      default: out.append(byte)
      }
    }
  }

  /// `text` escaped as ``appendEscaped(_:to:)`` does.
  static func escaped(_ text: String) -> String {
    var out: [UInt8] = []
    appendEscaped(Array(text.utf8), to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private static let amp = Array("&amp;".utf8)
  private static let lt = Array("&lt;".utf8)
  private static let gt = Array("&gt;".utf8)
  private static let quot = Array("&quot;".utf8)
  private static let apos = Array("&apos;".utf8)
  private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// A coordinate: an integer as one, anything else to two decimals without trailing zeros.
  static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    if hundredths % 100 == 0 { return String(hundredths / 100) }
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = hundredths.magnitude
    var fraction = String(magnitude % 100)
    if fraction.count == 1 { fraction = "0" + fraction }
    if fraction.hasSuffix("0") { fraction.removeLast() }
    return "\(sign)\(magnitude / 100).\(fraction)"
  }

  static func append(_ text: String, to out: inout [UInt8]) {
    out.append(contentsOf: text.utf8)
  }
}

/// Where columns and rows of a canvas land in an SVG's user units.
public struct SVGMetrics: Sendable, Equatable {
  /// One terminal column; a wide (CJK) character takes two.
  public var cellWidth: Double
  public var rowHeight: Double
  /// From a row's top to its text's baseline.
  public var baseline: Double
  public var fontSize: Double

  public init(cellWidth: Double, rowHeight: Double, baseline: Double, fontSize: Double) {
    self.cellWidth = cellWidth
    self.rowHeight = rowHeight
    self.baseline = baseline
    self.fontSize = fontSize
  }

  /// A screen: 15-pixel text, 9-pixel columns (a monospace font's 0.6 em) and 19-pixel rows,
  /// all whole numbers so that no coordinate carries rounding noise.
  public static let screen = SVGMetrics(cellWidth: 9, rowHeight: 19, baseline: 14, fontSize: 15)
}

/// The colours an SVG is drawn in: a dark screen in the styling model's 256 colours, or
/// paper, black on white with attributes only (bold, underline), for printing.
public struct SVGTheme: Sendable, Equatable {
  /// The page behind everything.
  public var background: String
  /// Text in a style with the default foreground.
  public var foreground: String
  /// The styling model's depth whose looks are drawn: `.full` on screen, `.monochrome` on paper.
  public var depth: ColourDepth

  public init(background: String, foreground: String, depth: ColourDepth) {
    self.background = background
    self.foreground = foreground
    self.depth = depth
  }

  /// The README pictures' dark background, as the terminal pictures have it.
  public static let screen = SVGTheme(background: "#1c1f26", foreground: "#d8dee9", depth: .full)
  /// White paper, black ink.
  public static let paper = SVGTheme(
    background: "#ffffff", foreground: "#000000", depth: .monochrome)
}
