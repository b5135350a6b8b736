/// The characters that show a cell's role in plain text, in Unicode or ASCII.
///
/// In number mode a cell is `left marker + number + right marker`; roles
/// without a number (padding, pending, …) show a glyph in the number's place.
/// In shading mode a cell is two columns of glyphs.
struct Glyphs {
  let ascii: Bool

  /// The brackets around a number: `[3]` for the current window or cell, `{3}` for a switch, …
  func markers(_ cell: Cell) -> (String, String) {
    switch cell.role {
    case .windowTap, .outputCurrent: return ("[", "]")
    case .switchCell: return ("{", "}")
    case .neverVisited: return ("<", ">")
    case .heat where cell.value != nil: return (heatGlyph(cell.heat ?? 0), " ")
    default: return cell.highlighted ? ("*", "*") : (" ", " ")
    }
  }

  /// What stands in for the number of a cell that shows none (or whose role hides it).
  func placeholder(_ cell: Cell) -> String? {
    switch cell.role {
    case .padding: return ascii ? "." : "·"
    case .insertedZero: return ascii ? "o" : "∘"
    case .outputPadding: return "+"
    case .outputPending: return "_"
    case .blank: return " "
    default: return cell.value == nil ? "_" : nil
    }
  }

  /// The glyph ramp of heat maps, from cold to hot.
  var heatRamp: [String] {
    ascii ? [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"] : [" ", "░", "▒", "▓", "█"]
  }

  /// One column of shading for a heat level between 0 and 1.
  func heatGlyph(_ heat: Double) -> String {
    let ramp = heatRamp
    return ramp[min(ramp.count - 1, max(0, Int((heat * Double(ramp.count - 1)).rounded())))]
  }

  /// Two columns that shade a cell when numbers do not fit.
  func shade(_ cell: Cell) -> String {
    if cell.role == .heat, let heat = cell.heat {
      return String(repeating: heatGlyph(heat), count: 2)
    }
    switch cell.role {
    case .input: return ascii ? "##" : "▓▓"
    case .padding: return ascii ? ". " : "· "
    case .insertedZero: return ascii ? "o " : "∘ "
    case .outputPadding: return "+ "
    case .kernelTap: return ascii ? "##" : "▓▓"
    case .window, .dilationHole: return ascii ? "::" : "░░"
    case .windowTap, .outputCurrent: return ascii ? "[]" : "██"
    case .outputDone: return ascii ? "==" : "▒▒"
    case .outputPending: return "_ "
    case .neverVisited: return ascii ? "x " : "× "
    case .switchCell: return ascii ? "{}" : "◆ "
    case .heat: return ascii ? "? " : "? "
    case .blank: return "  "
    }
  }

  /// Legend entries for the roles present, in number mode or shading mode.
  func legend(_ roles: Set<CellRole>, highlighted: Bool, shading: Bool) -> [String] {
    var entries: [String] = []
    func sample(_ role: CellRole, _ value: Double? = 3) -> String {
      let cell = Cell(value: value, role: role)
      if shading { return shade(cell).trimmingTrailingSpaces }
      let (l, r) = markers(cell)
      return l + (placeholder(cell) ?? "n") + r
    }
    if roles.contains(.windowTap) || roles.contains(.outputCurrent) {
      entries.append("\(sample(.windowTap).trimmed) current window or cell")
    }
    if roles.contains(.dilationHole) {
      entries.append(
        shading
          ? "\(sample(.dilationHole)) dilation hole (skipped)"
          : "unbracketed inside a window: dilation hole (skipped)")
    }
    let described: [(CellRole, String)] = [
      (.padding, "padding (0)"), (.insertedZero, "inserted zero"),
      (.outputPadding, "output_padding (0)"),
      (.outputPending, "not yet computed"), (.neverVisited, "never reached by a window"),
      (.switchCell, "switch (where a maximum was)"),
    ]
    for (role, text) in described where roles.contains(role) {
      entries.append("\(sample(role).trimmed) \(text)")
    }
    if shading {
      if roles.contains(.input) { entries.append("\(sample(.input)) value") }
      if roles.contains(.outputDone) { entries.append("\(sample(.outputDone)) computed") }
    }
    if roles.contains(.heat) { entries.append("heat '\(heatRamp.joined())' low to high") }
    if highlighted && !shading { entries.append("*n* pinned") }
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
