import ConvScenes

/// Turns draw runs into the escape sequences a terminal would receive.
///
/// The headless driver uses it to count the bytes an update costs, the way
/// curses would send them: a cursor move when the position jumps, an SGR
/// when the appearance changes, then the text.
public struct AnsiEncoder: Sendable {
  public let palette: Palette

  public init(palette: Palette) { self.palette = palette }

  /// The bytes that draw `runs`, starting from an unknown cursor and appearance.
  public func encode(_ runs: [DrawRun]) -> String {
    var out = ""
    var cursor: (x: Int, y: Int)? = nil
    var current: Appearance? = nil
    for run in runs {
      if cursor == nil || cursor!.x != run.x || cursor!.y != run.y {
        out += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
      }
      let appearance = palette.appearance(of: run.style)
      if appearance != current {
        out += sgr(appearance)
        current = appearance
      }
      out += run.text
      cursor = (run.x + run.columns, run.y)
    }
    return out
  }

  private func sgr(_ a: Appearance) -> String {
    var codes = ["0"]
    if a.attributes.contains(.bold) { codes.append("1") }
    if a.attributes.contains(.dim) { codes.append("2") }
    if a.attributes.contains(.underline) { codes.append("4") }
    if a.attributes.contains(.reverse) { codes.append("7") }
    switch palette.depth {
    case .monochrome: break
    case .eight:
      if a.foreground >= 0 { codes.append("\(30 + a.foreground)") }
      if a.background >= 0 { codes.append("\(40 + a.background)") }
    case .full:
      if a.foreground >= 0 { codes.append("38;5;\(a.foreground)") }
      if a.background >= 0 { codes.append("48;5;\(a.background)") }
    }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
