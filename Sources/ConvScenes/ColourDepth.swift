/// How many colours a terminal (or an ANSI export) may use: none, eight, or 256.
///
/// Decided once, by ``detect(noColor:term:colorTerm:terminalColours:)`` from plain values;
/// reading the environment and asking curses is the terminal module's job.
public enum ColourDepth: String, CaseIterable, Sendable {
  /// No colours: the explorer draws with bold, dim, reverse and underline; an export is plain text.
  case monochrome = "none"
  /// The eight ANSI colours.
  case eight = "8"
  /// The xterm 256-colour palette.
  case full = "256"

  /// The colour depth the environment and the terminal ask for.
  ///
  /// - `noColor`: the value of `NO_COLOR`; any non-empty value turns colour off
  ///   (https://no-color.org), whatever the terminal can do.
  /// - `term`: `TERM`; `dumb` has no colours.
  /// - `colorTerm`: `COLORTERM`; any value means at least 256 colours.
  /// - `terminalColours`: what the terminal itself reports (curses' `COLORS`, 0 without
  ///   colour), when it has been asked; it then decides, as the terminal knows best.
  ///
  /// Whether the output is a terminal is deliberately not an input: the explorer refuses to
  /// start without one, and `--format ansi` is itself a request for escapes, also into a file.
  ///
  ///     ColourDepth.detect(noColor: nil, term: "xterm-256color")              // .full
  ///     ColourDepth.detect(noColor: "1", term: "xterm-256color")              // .monochrome
  ///     ColourDepth.detect(noColor: nil, term: "xterm", terminalColours: 8)   // .eight
  public static func detect(
    noColor: String?, term: String?, colorTerm: String? = nil, terminalColours: Int? = nil
  ) -> ColourDepth {
    if let noColor, !noColor.isEmpty { return .monochrome }
    let term = term ?? ""
    if term == "dumb" { return .monochrome }
    if let colours = terminalColours {
      return colours >= 256 ? .full : colours >= 8 ? .eight : .monochrome
    }
    if let colorTerm, !colorTerm.isEmpty { return .full }
    if term.contains("256") || term.contains("direct") { return .full }
    return .eight
  }
}
