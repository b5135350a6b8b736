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
    case .windowTap, .windowPadding, .windowInsertedZero, .windowOutputPadding, .outputCurrent:
      return ("[", "]")
    case .switchCell: return ("{", "}")
    case .neverVisited: return ("<", ">")
    case .cropped: return ("(", ")")
    case .heat where cell.value != nil: return (heatGlyph(cell.heat ?? 0), " ")
    default: return cell.highlighted ? ("*", "*") : (" ", " ")
    }
  }

  /// What stands in for the number of a cell that shows none (or whose role hides it).
  func placeholder(_ cell: Cell) -> String? {
    switch cell.role {
    case .padding, .windowPadding: return ascii ? "." : "·"
    case .insertedZero, .windowInsertedZero: return ascii ? "o" : "∘"
    case .outputPadding, .windowOutputPadding: return "+"
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
    case .windowPadding: return ascii ? "[." : "█·"
    case .windowInsertedZero: return ascii ? "[o" : "█∘"
    case .windowOutputPadding: return ascii ? "[+" : "█+"
    case .outputDone: return ascii ? "==" : "▒▒"
    case .outputPending: return "_ "
    case .neverVisited: return ascii ? "x " : "× "
    case .cropped: return ascii ? "- " : "╌ "
    case .switchCell: return ascii ? "{}" : "◆ "
    case .heat: return ascii ? "? " : "? "
    case .blank: return "  "
    }
  }

  /// Legend entries for the roles present, in number mode or shading mode.
  ///
  /// Each entry's sample is drawn in the style of the cells it names, so the legend
  /// describes the colours where a renderer shows colours and the glyphs everywhere.
  func legend(_ roles: Set<CellRole>, highlighted: Bool, shading: Bool) -> [LegendEntry] {
    var entries: [LegendEntry] = []
    func sample(_ role: CellRole, _ value: Double? = 3) -> String {
      let cell = Cell(value: value, role: role)
      if shading { return shade(cell).trimmingTrailingSpaces }
      let (l, r) = markers(cell)
      return (l + (placeholder(cell) ?? "n") + r).trimmed
    }
    func add(_ role: CellRole, _ text: String) {
      entries.append(LegendEntry(samples: [(sample(role), .cell(role))], text: text))
    }
    if roles.contains(.windowTap) || roles.contains(.outputCurrent) {
      add(roles.contains(.windowTap) ? .windowTap : .outputCurrent, "current window or cell")
    }
    if roles.contains(.dilationHole) {
      if shading {
        add(.dilationHole, "dilation hole (skipped)")
      } else {
        entries.append(
          LegendEntry(
            samples: [("n", .cell(.dilationHole))],
            text: "unbracketed in a window: dilation hole, skipped"))
      }
    }
    let described: [(CellRole, String)] = [
      (.windowPadding, "window on padding"),
      (.windowInsertedZero, "window on an inserted zero"),
      (.windowOutputPadding, "window on output_padding"),
      (.padding, "padding (0)"), (.insertedZero, "inserted zero"),
      (.outputPadding, "output_padding (0)"),
      (.outputPending, "not yet computed"), (.neverVisited, "read by no tap"),
      (.switchCell, "switch (where a maximum was)"),
      (.cropped, "cropped by padding (not in the output)"),
    ]
    for (role, text) in described where roles.contains(role) { add(role, text) }
    if shading {
      if roles.contains(.input) { add(.input, "value") }
      if roles.contains(.outputDone) { add(.outputDone, "computed") }
    }
    if roles.contains(.heat) {
      let ramp = heatRamp
      let samples = ramp.enumerated().map { index, glyph in
        (glyph, Style.cell(.heat, heat: Double(index) / Double(max(1, ramp.count - 1))))
      }
      // Quotes show where the ramp starts: its coldest glyph is a blank.
      entries.append(
        LegendEntry(samples: [("'", .hint)] + samples + [("'", .hint)], text: "heat, low to high"))
    }
    if highlighted && !shading {
      entries.append(
        LegendEntry(samples: [("*n*", .cell(.input, highlighted: true))], text: "pinned"))
    }
    return entries
  }

  /// Packs legend entries into lines of at most `width` columns after `legend: `; an entry
  /// too long for a line continues on the next, indented.
  static func legendLines(_ entries: [LegendEntry], width: Int, ascii: Bool) -> [[(String, Style)]]
  {
    guard !entries.isEmpty else { return [] }
    var lines: [[(String, Style)]] = [[("legend:", .hint)]]
    var used = DisplayWidth.of("legend:")
    for (index, entry) in entries.enumerated() {
      let samples = entry.samples.map { (FrameLayout.transliterate($0.0, ascii), $0.1) }
      let sampleWidth = samples.reduce(0) { $0 + DisplayWidth.of($1.0) }
      let words = FrameLayout.transliterate(entry.text, ascii).split(separator: " ").map(
        String.init)
      // One space after "legend:", three between entries on a line.
      let separator = index == 0 ? 1 : 3
      let firstWord = words.first.map(DisplayWidth.of) ?? 0
      if used + separator + sampleWidth + 1 + firstWord > width && used > 2 {
        lines.append([("  ", .hint)])
        used = 2
      } else {
        lines[lines.count - 1].append((String(repeating: " ", count: separator), .hint))
        used += separator
      }
      lines[lines.count - 1] += samples
      used += sampleWidth
      for word in words {
        let w = DisplayWidth.of(word)
        if used + 1 + w > width && used > 2 {
          lines.append([("  " + word, .hint)])
          used = 2 + w
        } else {
          lines[lines.count - 1].append((" " + word, .hint))
          used += 1 + w
        }
      }
    }
    return lines
  }
}

/// One legend entry: sample glyphs, each in the style of what it names, and a few words.
struct LegendEntry {
  var samples: [(String, Style)]
  var text: String
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
