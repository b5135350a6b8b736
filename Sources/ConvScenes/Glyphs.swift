import ConvMessages

/// The characters that show a cell's role in plain text, in Unicode or ASCII, read from
/// the role's glyphs in ``StyleTable``.
///
/// In number mode a cell is `left marker + number + right marker`; roles
/// without a number (padding, pending, …) show a glyph in the number's place.
/// In shading mode a cell is two columns of glyphs.
struct Glyphs {
  let ascii: Bool

  /// The brackets around a number: `[3]` for the current window or cell, `{3}` for a switch, …
  func markers(_ cell: Cell) -> (String, String) {
    if cell.role == .heat && cell.value != nil { return (heatGlyph(cell.heat ?? 0), " ") }
    let glyphs = StyleTable.glyphs(cell.role)
    if glyphs.open == " " && cell.highlighted { return ("*", "*") }
    return (glyphs.open, glyphs.close)
  }

  /// What stands in for the number of a cell that shows none (or whose role hides it).
  func placeholder(_ cell: Cell) -> String? {
    if let placeholder = StyleTable.glyphs(cell.role).placeholder(ascii: ascii) {
      return placeholder
    }
    return cell.value == nil ? "_" : nil
  }

  /// Whether a cell shows its value (rather than a role's placeholder), in either script.
  static func showsValue(_ cell: Cell) -> Bool {
    !hidesValue[cell.role.index] && cell.value != nil
  }

  /// Each role's `hidesValue`, by ``CellRole/index``: asked of every cell of every shaded
  /// frame, where copying the role's glyphs (strings and all) cost more than the answer.
  private static let hidesValue: [Bool] = CellRole.allCases.map { StyleTable.glyphs($0).hidesValue }

  /// The glyph ramp of heat maps, from cold to hot.
  var heatRamp: [String] { ascii ? HeatRamp.asciiGlyphs : HeatRamp.glyphs }

  /// One column of shading for a heat level between 0 and 1.
  func heatGlyph(_ heat: Double) -> String { heatRamp[heatIndex(heat)] }

  /// Where ``heatGlyph(_:)`` finds its glyph in ``heatRamp``.
  func heatIndex(_ heat: Double) -> Int {
    Self.step(heat, of: heatRamp.count)
  }

  /// The step of a level between 0 and 1 on a ramp of `count` steps, the nearest one; a
  /// level past either end takes that end, and one that is not a number (a NaN in a values
  /// file makes NaN sums) the lowest, where converting it to an Int would stop the program.
  private static func step(_ level: Double, of count: Int) -> Int {
    let place = (level * Double(count - 1)).rounded()
    guard place > 0 else { return 0 }
    return place < Double(count - 1) ? Int(place) : count - 1
  }

  /// The ramp that shades values by size when numbers do not fit: its lowest step is
  /// visible, so a small value never looks like an empty cell.
  var valueRamp: ArraySlice<String> { heatRamp.dropFirst(ascii ? 2 : 1) }

  /// One column of the value ramp for a level between 0 and 1.
  func valueGlyph(_ level: Double) -> String { heatRamp[valueIndex(level)] }

  /// Where ``valueGlyph(_:)`` finds its glyph in ``heatRamp`` (not in ``valueRamp``).
  func valueIndex(_ level: Double) -> Int {
    let ramp = valueRamp
    return ramp.startIndex + Self.step(level, of: ramp.count)
  }

  /// The role mark that precedes a shaded value, or nil for a plain value.
  ///
  /// The window, the current cell, switches and unreached cells stay visible on top of the
  /// value shading, so a 32×32 grid still shows where the window is.
  func shadingMark(_ cell: Cell) -> String? {
    StyleTable.glyphs(cell.role).mark(ascii: ascii) ?? (cell.highlighted ? "*" : nil)
  }

  /// Two columns that shade a cell when numbers do not fit: a heat map cell by its heat,
  /// a value by `level` (its place between the panel's lowest and highest value), with the
  /// cell's role mark in front; cells without a value keep their role's glyph.
  func shade(_ cell: Cell, level: Double? = nil) -> String {
    if cell.role == .heat, let heat = cell.heat {
      return String(repeating: heatGlyph(heat), count: 2)
    }
    let glyphs = StyleTable.glyphs(cell.role)
    if glyphs.hidesValue, let placeholder = glyphs.placeholder(ascii: ascii) {
      return placeholder + " "
    }
    guard let level, cell.value != nil else {
      return (shadingMark(cell) ?? " ") + "?"
    }
    let glyph = valueGlyph(level)
    return (shadingMark(cell) ?? glyph) + glyph
  }

  /// Legend entries for the roles present, for panels that show numbers, shading, or both,
  /// worded in `language`.
  func legend(
    _ roles: Set<CellRole>, highlighted: Bool, shading: Bool, numbers: Bool = true,
    language: Language = .english
  ) -> [String] {
    var entries: [String] = []
    func entry(_ meaning: LegendMeaning, _ glyphs: String = "") {
      entries.append(Caption.legend(.entry(meaning, glyphs: glyphs)).text(in: language))
    }
    func sample(_ role: CellRole, _ value: Double? = 3) -> String {
      let cell = Cell(value: value, role: role)
      let (l, r) = markers(cell)
      return (l + (placeholder(cell) ?? "n") + r).trimmed
    }
    func mark(_ role: CellRole) -> String {
      (shadingMark(Cell(value: 3, role: role)) ?? "") + valueGlyph(1)
    }
    func both(_ role: CellRole) -> String {
      let text = sample(role).trimmed
      guard shading else { return text }
      return numbers ? "\(text) \(mark(role))" : mark(role)
    }
    if roles.contains(.windowTap) || roles.contains(.outputCurrent) {
      entry(.currentWindow, both(.windowTap))
    }
    if roles.contains(.dilationHole) {
      if numbers { entry(.unbracketedHole) }
      if shading { entry(.dilationHole, mark(.dilationHole)) }
    }
    let described: [(CellRole, LegendMeaning)] = [
      (.windowPadding, .windowPadding), (.windowInsertedZero, .windowInsertedZero),
      (.windowOutputPadding, .windowOutputPadding), (.padding, .padding),
      (.insertedZero, .insertedZero), (.outputPadding, .outputPadding),
      (.outputPending, .outputPending),
    ]
    for (role, meaning) in described where roles.contains(role) {
      entry(meaning, sample(role).trimmed)
    }
    if roles.contains(.neverVisited) { entry(.neverVisited, both(.neverVisited)) }
    if roles.contains(.cropped) { entry(.cropped, both(.cropped)) }
    if roles.contains(.switchCell) { entry(.switchCell, both(.switchCell)) }
    if shading { entry(.valueRamp, valueRamp.joined()) }
    if roles.contains(.heat) { entry(.heat, heatRamp.joined()) }
    if highlighted && numbers { entry(.pinned, "*n*") }
    if highlighted && shading { entry(.pinned, "*\(valueGlyph(1))") }
    return entries
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }

  var trimmed: String {
    var text = trimmingTrailingSpaces
    while text.hasPrefix(" ") { text.removeFirst() }
    return text
  }
}
