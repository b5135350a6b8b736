import ConvMessages
import ConvScenes

/// The `?` overlay: every key in a box, drawn over the frame.
enum HelpOverlay {
  /// Each key and what it does, in the order of the table.
  static let keys: [(keys: String, action: HelpAction)] = [
    ("i I  k K  s S", .sizes), ("p P  d D  o O", .spacing), ("x", .axes), ("↑ / ↓", .select),
    ("← / →", .change), ("space", .play), (". / ,", .step), ("g / G, Home / End", .ends),
    ("[ / ]", .speed), ("1-9, Tab / Shift-Tab", .scene), ("v", .values), ("y / u", .symbolic),
    ("t", .view),
    ("c C n N r R m { }", .channels),
    ("e / E", .export), ("PgUp / PgDn, wheel", .scroll), ("click", .pin), ("?", .help),
    ("q / Esc", .quit), ("z", .language), ("t, f / F, a, b", .matrixKeys),
    // MARK: receptive, overlap
    ("l / L, arrows", .layerPresets),
  ]

  /// Each key and what it does, worded by the catalogue.
  ///
  /// An ASCII terminal cannot show Chinese, so there `z` is not listed.
  static func entries(in language: Language = .english, ascii: Bool = false)
    -> [(keys: String, action: String)]
  {
    keys.filter { !ascii || $0.action != .language }
      .map { ($0.keys, Message.explorer(.help($0.action)).text(in: language)) }
  }

  static func draw(on canvas: inout Canvas, ascii: Bool, language: Language = .english) {
    let entries = entries(in: language, ascii: ascii)
    let keyTexts = entries.map { ascii ? asciiArrows($0.keys) : $0.keys }
    let keysWidth = keyTexts.map { DisplayWidth.of($0) }.max() ?? 0
    let lines = zip(keyTexts, entries).map { keys, entry -> String in
      let action = ascii ? entry.action : entry.action.replacingArrow()
      return keys + String(repeating: " ", count: max(0, keysWidth - DisplayWidth.of(keys))) + "  "
        + action
    }
    let title = Message.explorer(.helpTitle).text(in: language)
    let innerWidth = max(lines.map { DisplayWidth.of($0) }.max() ?? 0, 20)
    let boxWidth = min(canvas.width, innerWidth + 4)
    let boxHeight = min(canvas.height, lines.count + 2)
    let left = max(0, (canvas.width - boxWidth) / 2)
    let top = max(0, (canvas.height - boxHeight) / 2)
    let (h, v, tl, tr, bl, br) =
      ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
    for y in top..<(top + boxHeight) {
      for x in left..<(left + boxWidth) { canvas[x, y] = StyledChar(" ", .plain) }
    }
    let horizontal = String(repeating: h, count: max(0, boxWidth - 2))
    canvas.put(tl + horizontal + tr, x: left, y: top, style: .title)
    canvas.put(title, x: left + 2, y: top, style: .title)
    canvas.put(bl + horizontal + br, x: left, y: top + boxHeight - 1, style: .title)
    for row in 1..<max(1, boxHeight - 1) {
      canvas.put(v, x: left, y: top + row, style: .title)
      canvas.put(v, x: left + boxWidth - 1, y: top + row, style: .title)
      let index = row - 1
      if index < lines.count {
        canvas.put(
          ExplorerView.fit(lines[index], boxWidth - 4, ascii: ascii), x: left + 2, y: top + row,
          style: .caption)
      }
    }
  }

  private static func asciiArrows(_ text: String) -> String {
    text.replacing("↑", with: "Up").replacing("↓", with: "Down")
      .replacing("←", with: "Left").replacing("→", with: "Right")
  }
}

extension String {
  fileprivate func replacingArrow() -> String {
    replacing("->", with: "→")
  }
}
