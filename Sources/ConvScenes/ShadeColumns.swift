/// The shading glyphs as canvas scalars, for drawing a shaded cell without making a string.
///
/// Only a glyph that is one scalar one column wide (as ``Canvas/put(_:x:y:id:)`` measures
/// it) has a scalar here; any other leaves nil, and the cell is then drawn from
/// ``Glyphs/shade(_:level:)`` as before.
struct ShadeColumns {
  /// The heat ramp, from cold to hot.
  let heat: [UInt32?]
  /// Per role (by ``CellRole/index``): whether its placeholder stands in for its value.
  let hidden: [Bool]
  /// Per role: its placeholder.
  let placeholders: [UInt32?]
  /// Per role: the mark in front of its shading, or nil for none (`hasMark` false).
  let marks: [UInt32?]
  let hasMark: [Bool]

  static let unicode = ShadeColumns(Glyphs(ascii: false))
  static let ascii = ShadeColumns(Glyphs(ascii: true))

  private init(_ glyphs: Glyphs) {
    heat = glyphs.heatRamp.map(Self.scalar)
    let roles = CellRole.allCases.map(StyleTable.glyphs)
    hidden = roles.map { $0.hidesValue && $0.placeholder(ascii: glyphs.ascii) != nil }
    placeholders = roles.map { $0.placeholder(ascii: glyphs.ascii).flatMap(Self.scalar) }
    marks = roles.map { $0.mark(ascii: glyphs.ascii).flatMap(Self.scalar) }
    hasMark = roles.map { $0.mark(ascii: glyphs.ascii) != nil }
  }

  /// The scalar of a one-scalar, one-column text.
  static func scalar(_ text: String) -> UInt32? {
    var scalars = text.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil, DisplayWidth.of(first) == 1
    else { return nil }
    return first.value
  }
}

extension Glyphs {
  /// The two columns ``shade(_:level:)`` gives, as scalars; nil when a glyph it would use
  /// is not one scalar one column wide.
  func shadeColumns(_ cell: Cell, level: Double? = nil) -> (UInt32, UInt32)? {
    let table = ascii ? ShadeColumns.ascii : ShadeColumns.unicode
    if cell.role == .heat, let heat = cell.heat {
      guard let glyph = table.heat[heatIndex(heat)] else { return nil }
      return (glyph, glyph)
    }
    let role = cell.role.index
    if table.hidden[role] {
      guard let placeholder = table.placeholders[role] else { return nil }
      return (placeholder, 0x20)
    }
    let mark: UInt32?
    if table.hasMark[role] {
      guard let roleMark = table.marks[role] else { return nil }
      mark = roleMark
    } else {
      mark = cell.highlighted ? 0x2A : nil  // `*`
    }
    guard let level, cell.value != nil else { return (mark ?? 0x20, 0x3F) }  // ` ?`
    guard let glyph = table.heat[valueIndex(level)] else { return nil }
    return (mark ?? glyph, glyph)
  }
}

extension Canvas {
  /// Writes two one-column scalars at columns `x` and `x + 1` of row `y`, clipped to the
  /// canvas, as ``put(_:x:y:id:)`` writes a text of those two scalars.
  mutating func putColumns(_ first: UInt32, _ second: UInt32, x: Int, y: Int, id: StyleID) {
    guard y >= 0 && y < height else { return }
    set(column: x, row: y, glyph: first, id: id)
    set(column: x + 1, row: y, glyph: second, id: id)
  }
}
