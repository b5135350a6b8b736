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
      if let at = cursor, at.y == run.y, at.x < run.x {
        // Forward on the same row: CUF is shorter than an absolute move.
        out += "\u{1B}[\(run.x - at.x)C"
      } else if cursor == nil || cursor!.x != run.x || cursor!.y != run.y {
        out += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
      }
      let appearance = palette.appearance(of: run.style)
      if appearance != current {
        out += sgr(appearance, from: current)
        current = appearance
      }
      out += run.text
      cursor = (run.x + run.columns, run.y)
    }
    return out
  }

  /// The shortest SGR from `old` to `a`: only what changed, unless an attribute must be switched off.
  private func sgr(_ a: Appearance, from old: Appearance?) -> String {
    var codes: [String] = []
    var base = Appearance()
    if let old, old.attributes.isSubset(of: a.attributes) {
      base = old
    } else {
      codes.append("0")
    }
    let added = a.attributes.subtracting(base.attributes)
    if added.contains(.bold) { codes.append("1") }
    if added.contains(.dim) { codes.append("2") }
    if added.contains(.underline) { codes.append("4") }
    if added.contains(.reverse) { codes.append("7") }
    let foregroundChanged = a.foreground != base.foreground
    let backgroundChanged = a.background != base.background
    switch palette.depth {
    case .monochrome: break
    case .eight:
      if foregroundChanged { codes.append(a.foreground >= 0 ? "\(30 + a.foreground)" : "39") }
      if backgroundChanged { codes.append(a.background >= 0 ? "\(40 + a.background)" : "49") }
    case .full:
      if foregroundChanged { codes.append(a.foreground >= 0 ? "38;5;\(a.foreground)" : "39") }
      if backgroundChanged { codes.append(a.background >= 0 ? "48;5;\(a.background)" : "49") }
    }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
