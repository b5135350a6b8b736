/// One screen column's worth of content: a grapheme and its style.
///
/// A double-width grapheme (CJK) occupies its column and the next; the next
/// column then holds an empty `text` so that columns stay aligned. The canvas does not
/// store these (see ``Canvas``); it hands them out when asked.
public struct StyledChar: Equatable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }

  public static let space = StyledChar(" ")
}

/// A rectangle of styled characters: what every renderer draws.
///
/// Each column is stored compactly, as a Unicode scalar (4 bytes) and a ``StyleID``
/// (2 bytes), with no String per column: a 1,024-frame export draws millions of columns.
/// The rare column whose grapheme has combining marks keeps its text in a side table.
public struct Canvas: Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  /// Per column, row-major: a scalar value; 0 for the second column of a wide character;
  /// with ``clusterFlag`` set, an index into `clusters`.
  public private(set) var glyphs: [UInt32]
  /// Per column, row-major: the style.
  public private(set) var styles: [StyleID]
  /// Graphemes of more than one scalar (a letter and its combining marks).
  private var clusters: [String] = []

  /// Marks a glyph that indexes `clusters`; no scalar has this bit.
  static let clusterFlag: UInt32 = 0x8000_0000
  static let spaceGlyph: UInt32 = 0x20

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.glyphs = Array(repeating: Self.spaceGlyph, count: self.width * self.height)
    self.styles = Array(repeating: .plain, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> StyledChar {
    get { StyledChar(text(at: y * width + x), styles[y * width + x].style) }
    set { set(y * width + x, text: newValue.text, style: newValue.style.id) }
  }

  /// The text of the column at `index` (row-major): one grapheme, or "" for the second
  /// column of a wide character.
  public func text(at index: Int) -> String {
    let glyph = glyphs[index]
    if glyph < 0x80 { return glyph == 0 ? "" : Self.ascii[Int(glyph)] }
    if glyph & Self.clusterFlag != 0 { return clusters[Int(glyph & ~Self.clusterFlag)] }
    return String(Unicode.Scalar(glyph).map(Character.init) ?? " ")
  }

  /// The style id of column `x` in row `y`.
  public func styleID(x: Int, y: Int) -> StyleID { styles[y * width + x] }

  /// Whether column `index` (row-major) of this canvas and of `other` look the same.
  public func sameColumn(_ index: Int, as other: Canvas) -> Bool {
    guard styles[index] == other.styles[index] else { return false }
    let (a, b) = (glyphs[index], other.glyphs[index])
    if (a | b) & Self.clusterFlag == 0 { return a == b }
    return text(at: index) == other.text(at: index)
  }

  /// Every column as a styled character, row-major (for tests and tools; drawing never needs it).
  public var chars: [StyledChar] {
    (0..<glyphs.count).map { StyledChar(text(at: $0), styles[$0].style) }
  }

  private mutating func set(_ index: Int, text: String, style: StyleID) {
    styles[index] = style
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next() else {
      glyphs[index] = 0
      return
    }
    if scalars.next() == nil {
      glyphs[index] = first.value
    } else {
      glyphs[index] = Self.clusterFlag | UInt32(clusters.count)
      clusters.append(text)
    }
  }

  /// Writes `string` at column `x`, row `y`, clipped to the canvas; returns the columns used.
  @discardableResult
  public mutating func put(_ string: String, x: Int, y: Int, style: Style = .plain) -> Int {
    put(string, x: x, y: y, id: style.id)
  }

  /// ``put(_:x:y:style:)`` with the style already turned into its id.
  @discardableResult
  public mutating func put(_ string: String, x: Int, y: Int, id: StyleID) -> Int {
    guard y >= 0 && y < height else { return 0 }
    let row = y * width
    // Printable ASCII, the bulk of every frame, needs no grapheme or width lookup.
    var ascii = true
    var count = 0
    for byte in string.utf8 {
      if byte < 0x20 || byte >= 0x7F {
        ascii = false
        break
      }
      count += 1
    }
    if ascii {
      var column = x
      for byte in string.utf8 {
        if column >= 0 && column < width {
          glyphs[row + column] = UInt32(byte)
          styles[row + column] = id
        }
        column += 1
      }
      return count
    }
    // Scalars rather than graphemes: much faster, and a zero-width scalar (a combining
    // mark, a joiner) joins the cell before it, which keeps the columns right.
    var column = x
    var previous: Int? = nil
    for scalar in string.unicodeScalars {
      let cellWidth = DisplayWidth.of(scalar)
      if cellWidth == 0 {
        if let previous {
          var text = self.text(at: row + previous)
          text.unicodeScalars.append(scalar)
          set(row + previous, text: text, style: styles[row + previous])
        }
        continue
      }
      if column >= 0 && column + cellWidth <= width {
        glyphs[row + column] = scalar.value
        styles[row + column] = id
        if cellWidth == 2 {
          glyphs[row + column + 1] = 0
          styles[row + column + 1] = id
        }
        previous = column
      } else {
        previous = nil
      }
      column += cellWidth
    }
    return column - x
  }

  /// Sets column `x` of row `y` (which must be a row of the canvas) to a one-column
  /// scalar, unless `x` is off the canvas.
  mutating func set(column x: Int, row y: Int, glyph: UInt32, id: StyleID) {
    guard x >= 0 && x < width else { return }
    glyphs[y * width + x] = glyph
    styles[y * width + x] = id
  }

  /// Fills columns `x ..< x + count` of row `y` with spaces in style `id`.
  mutating func fill(x: Int, y: Int, count: Int, id: StyleID) {
    guard y >= 0 && y < height else { return }
    let from = max(0, x)
    let to = min(width, x + count)
    guard from < to else { return }
    let row = y * width
    for column in from..<to {
      glyphs[row + column] = Self.spaceGlyph
      styles[row + column] = id
    }
  }

  /// Copies every row of `source` onto this canvas from row `y` on, clipped to this canvas.
  ///
  /// Whole rows at a time: the explorer pastes a laid-out frame onto every screen it draws.
  public mutating func paste(_ source: Canvas, atRow y: Int) {
    let columns = min(width, source.width)
    guard columns > 0 else { return }
    for row in max(0, -y)..<max(0, min(source.height, height - y)) {
      let from = row * source.width
      let to = (y + row) * width
      for offset in 0..<columns {
        var glyph = source.glyphs[from + offset]
        if glyph & Self.clusterFlag != 0 {
          glyph = Self.clusterFlag | UInt32(clusters.count)
          clusters.append(source.text(at: from + offset))
        }
        glyphs[to + offset] = glyph
      }
      styles.replaceSubrange(to..<(to + columns), with: source.styles[from..<(from + columns)])
    }
  }

  /// Grows the canvas to at least `height` rows, keeping its content.
  public mutating func ensureHeight(_ newHeight: Int) {
    guard newHeight > height else { return }
    glyphs.append(contentsOf: repeatElement(Self.spaceGlyph, count: (newHeight - height) * width))
    styles.append(contentsOf: repeatElement(.plain, count: (newHeight - height) * width))
    height = newHeight
  }

  /// One past the last column of row `y` that is not a space, in any style.
  func end(ofRow y: Int) -> Int {
    let row = y * width
    var end = width
    while end > 0 && glyphs[row + end - 1] == Self.spaceGlyph { end -= 1 }
    return end
  }

  /// Appends the UTF-8 of columns `from ..< to` of row `y` to `bytes`.
  public func appendUTF8(row y: Int, from: Int = 0, to: Int, to bytes: inout [UInt8]) {
    let row = y * width
    for index in (row + from)..<(row + to) {
      let glyph = glyphs[index]
      if glyph < 0x80 {
        if glyph != 0 { bytes.append(UInt8(truncatingIfNeeded: glyph)) }
      } else if glyph & Self.clusterFlag != 0 {
        bytes.append(contentsOf: clusters[Int(glyph & ~Self.clusterFlag)].utf8)
      } else {
        Self.appendUTF8(glyph, to: &bytes)
      }
    }
  }

  /// Appends the UTF-8 encoding of the scalar `value`.
  @inline(__always)
  static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else if value < 0x800 {
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else if value < 0x10000 {
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    } else {
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// Appends row `y` as plain UTF-8 without trailing spaces (and without a newline).
  public func appendLine(_ y: Int, to bytes: inout [UInt8]) {
    appendUTF8(row: y, to: end(ofRow: y), to: &bytes)
  }

  /// The text of row `y`, without styles and without trailing spaces.
  public func line(_ y: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(width)
    appendLine(y, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One-character strings for the ASCII range, shared so that reading allocates nothing.
  static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

  /// Appends all rows as plain text, joined by newlines (no newline after the last).
  public func appendPlainText(to bytes: inout [UInt8]) {
    for y in 0..<height {
      if y > 0 { bytes.append(0x0A) }
      appendLine(y, to: &bytes)
    }
  }

  /// All rows as plain text, joined by newlines.
  public var plainText: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(height * (width + 1))
    appendPlainText(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Canvas: Equatable {
  public static func == (a: Canvas, b: Canvas) -> Bool {
    guard a.width == b.width && a.height == b.height && a.styles == b.styles else { return false }
    if a.clusters.isEmpty && b.clusters.isEmpty { return a.glyphs == b.glyphs }
    return a.glyphs.indices.allSatisfy { a.sameColumn($0, as: b) }
  }
}

extension Canvas {
  /// The Unicode shading glyphs of heat maps (see ``HeatRamp/glyphs``).
  static let heatShading: Set<String> = Set(HeatRamp.glyphs.dropFirst())

  /// Whether `glyph` drawn in style `id` is a heat cell's shading, which colour replaces.
  @inline(__always)
  static func isHeatShading(_ glyph: UInt32, _ id: StyleID) -> Bool {
    // ░ ▒ ▓ (U+2591…2593) and █ (U+2588).
    (glyph == 0x2588 || (glyph >= 0x2591 && glyph <= 0x2593)) && heatStyles[Int(id.rawValue)]
  }

  /// Per style id, whether it is a heat cell's.
  static let heatStyles: [Bool] = StyleID.all.map {
    if case .cell(.heat, _, _) = $0.style { return true }
    return false
  }

  /// The canvas with the shading glyphs of heat cells blanked, for renderers that paint
  /// heat as a background colour: there the glyph only adds noise, and at full heat it
  /// draws a solid block in the text colour over the number's cell.
  ///
  /// ASCII shading is left alone: its ramp shares `.` with decimal points.
  public func shadingHeatByColour() -> Canvas {
    var copy = self
    for index in copy.glyphs.indices where Self.isHeatShading(copy.glyphs[index], styles[index]) {
      copy.glyphs[index] = Self.spaceGlyph
    }
    return copy
  }
}

/// The number of terminal columns text occupies: 2 for wide (CJK) characters, 0 for combining marks.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    return of(scalar)
  }

  /// The columns of one scalar: 0 for combining marks and format characters (joiners).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    // Latin, Greek and the like are one column; skipping the Unicode property lookup
    // for them keeps layout fast (it dominated a 1,024-frame export).
    if v < 0x300 || (0x2010...0x2BFF).contains(v) && !(0x20D0...0x20FF).contains(v) { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    // East Asian wide and fullwidth ranges.
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v)
      || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
      || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
      || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  public static func of(_ string: String) -> Int {
    // Text of one-column scalars that never join a grapheme before them (Latin, `·`, `⌊`,
    // `−`, `×`: every caption) is one column per scalar, with no grapheme breaking.
    var string = string
    if let columns = string.withUTF8({ OneColumnText.measure($0, width: 0)?.columns }) {
      return columns
    }
    return string.reduce(0) { $0 + of($1) }
  }
}
