/// How a character on the canvas is drawn: plain, a title, a caption, or a cell of some role.
///
/// Renderers map styles to colours (ANSI, curses) or ignore them (plain text).
public enum Style: Hashable, Sendable {
  case plain
  case title
  case caption
  case hint
  case status
  /// A grid cell with this role; `heat` is a 0…1 level for heat maps, and
  /// `highlighted` marks emphasis such as a pinned receptive field.
  case cell(CellRole, heat: Double? = nil, highlighted: Bool = false)
}

/// One screen column's worth of content: a grapheme and its style.
///
/// A double-width grapheme (CJK) occupies its column and the next; the next
/// column then holds an empty `text` so that columns stay aligned.
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
public struct Canvas: Equatable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var chars: [StyledChar]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.chars = Array(repeating: .space, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> StyledChar {
    get { chars[y * width + x] }
    set { chars[y * width + x] = newValue }
  }

  /// Writes `string` at column `x`, row `y`, clipped to the canvas; returns the columns used.
  @discardableResult
  public mutating func put(_ string: String, x: Int, y: Int, style: Style = .plain) -> Int {
    guard y >= 0 && y < height else { return 0 }
    // Printable ASCII, the bulk of every frame, needs no grapheme or width lookup.
    if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      var column = x
      for byte in string.utf8 {
        if column >= 0 && column < width {
          self[column, y] = StyledChar(Self.ascii[Int(byte)], style)
        }
        column += 1
      }
      return column - x
    }
    // Scalars rather than graphemes: much faster, and a zero-width scalar (a combining
    // mark, a joiner) joins the cell before it, which keeps the columns right.
    var column = x
    var previous: Int? = nil
    for scalar in string.unicodeScalars {
      let cellWidth = DisplayWidth.of(scalar)
      if cellWidth == 0 {
        if let previous { self[previous, y].text.unicodeScalars.append(scalar) }
        continue
      }
      if column >= 0 && column + cellWidth <= width {
        let text = scalar.value < 0x80 ? Self.ascii[Int(scalar.value)] : String(scalar)
        self[column, y] = StyledChar(text, style)
        if cellWidth == 2 { self[column + 1, y] = StyledChar("", style) }
        previous = column
      } else {
        previous = nil
      }
      column += cellWidth
    }
    return column - x
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
      chars.replaceSubrange(to..<(to + columns), with: source.chars[from..<(from + columns)])
    }
  }

  /// Grows the canvas to at least `height` rows, keeping its content.
  public mutating func ensureHeight(_ newHeight: Int) {
    guard newHeight > height else { return }
    chars.append(contentsOf: Array(repeating: .space, count: (newHeight - height) * width))
    height = newHeight
  }

  /// The text of row `y`, without styles and without trailing spaces.
  public func line(_ y: Int) -> String {
    var end = width
    while end > 0 && self[end - 1, y].text == " " { end -= 1 }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(end)
    for x in 0..<end { bytes.append(contentsOf: self[x, y].text.utf8) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One-character strings for the ASCII range, shared so that drawing allocates nothing.
  static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

  /// All rows as plain text, joined by newlines.
  public var plainText: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(height * (width + 1))
    for y in 0..<height {
      if y > 0 { bytes.append(0x0A) }
      var end = width
      while end > 0 && self[end - 1, y].text == " " { end -= 1 }
      for x in 0..<end { bytes.append(contentsOf: self[x, y].text.utf8) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Canvas {
  /// The Unicode shading glyphs of heat maps (see `Glyphs.heatRamp`).
  static let heatShading: Set<String> = ["░", "▒", "▓", "█"]

  /// The canvas with the shading glyphs of heat cells blanked, for renderers that paint
  /// heat as a background colour: there the glyph only adds noise, and at full heat it
  /// draws a solid block in the text colour over the number's cell.
  ///
  /// ASCII shading is left alone: its ramp shares `.` with decimal points.
  public func shadingHeatByColour() -> Canvas {
    var copy = self
    for index in copy.chars.indices {
      guard case .cell(.heat, _, _) = copy.chars[index].style,
        Self.heatShading.contains(copy.chars[index].text)
      else { continue }
      copy.chars[index].text = " "
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
    // Printable ASCII is one column per byte.
    if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return string.utf8.count }
    return string.reduce(0) { $0 + of($1) }
  }
}
