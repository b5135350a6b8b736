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
    var column = x
    for character in string {
      let cellWidth = DisplayWidth.of(character)
      if column >= 0 && column + cellWidth <= width {
        self[column, y] = StyledChar(String(character), style)
        if cellWidth == 2 { self[column + 1, y] = StyledChar("", style) }
      }
      column += cellWidth
    }
    return column - x
  }

  /// Grows the canvas to at least `height` rows, keeping its content.
  public mutating func ensureHeight(_ newHeight: Int) {
    guard newHeight > height else { return }
    chars.append(contentsOf: Array(repeating: .space, count: (newHeight - height) * width))
    height = newHeight
  }

  /// The text of row `y`, without styles and without trailing spaces.
  public func line(_ y: Int) -> String {
    var text = ""
    for x in 0..<width { text += self[x, y].text }
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  /// All rows as plain text, joined by newlines.
  public var plainText: String {
    (0..<height).map(line).joined(separator: "\n")
  }
}

/// The number of terminal columns text occupies: 2 for wide (CJK) characters, 0 for combining marks.
public enum DisplayWidth {
  public static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let v = scalar.value
    if v == 0 { return 0 }
    if scalar.properties.generalCategory == .nonspacingMark { return 0 }
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
    string.reduce(0) { $0 + of($1) }
  }
}
