/// The one heat ramp, cold to hot, for every renderer and colour depth.
///
/// Why this ramp: it follows viridis (dark purple, blue, teal, green, yellow), picked from
/// the xterm 256-colour cube. Viridis was designed so that its lightness rises steadily
/// from end to end and its hues avoid the red–green axis: readers with the common forms of
/// colour blindness (deuteranopia, protanopia) still see one ordered ramp, and so does a
/// greyscale print or a monochrome screen, because order is carried by lightness rather
/// than by hue. The old ramps failed that: the export ran dark red to yellow (red and green
/// steps look alike to deuteranopes) and the explorer ran blue to yellow through a green
/// that was lighter than the yellow before it in greyscale. Here relative luminance rises
/// strictly at 256 colours (a test checks it against the palette's RGB values), and never
/// falls at eight colours, where blue, magenta, cyan and yellow are the darkest-to-lightest
/// subset of the ANSI colours. Without colour the glyph density carries it: ` ░▒▓█`, or
/// ` .:-=+*#%@` in ASCII.
///
/// Text on a heat cell is white on the dark half and black on the light half, whichever
/// contrasts more with the background (at least 4.5:1 at 256 colours, also tested).
public enum HeatRamp {
  /// How many levels colour distinguishes.
  public static let levels = 8

  /// Backgrounds at 256 colours, cold to hot: xterm 53, 60, 30, 36, 77, 149, 220, 226.
  public static let colours256 = [53, 60, 30, 36, 77, 149, 220, 226]
  /// Backgrounds at eight colours: blue, magenta, cyan, yellow, two levels each.
  public static let colours8 = [4, 4, 5, 5, 6, 6, 3, 3]
  /// The glyphs that shade a heat cell in plain text, cold to hot.
  public static let glyphs = [" ", "░", "▒", "▓", "█"]
  /// The same in ASCII.
  public static let asciiGlyphs = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

  /// The level (0 ..< levels) of a heat between 0 and 1; NaN counts as cold.
  public static func level(_ heat: Double) -> Int {
    guard heat.isFinite else { return 0 }
    let level = Int((min(max(heat, 0), 1) * Double(levels)).rounded(.down))
    return min(level, levels - 1)
  }

  /// The heat in the middle of `level`'s band.
  public static func middle(of level: Int) -> Double {
    (Double(level) + 0.5) / Double(levels)
  }

  /// The text colour on each level at 256 colours: white (231) on the dark ones, black (16)
  /// on the light ones, whichever contrasts more (a test checks it from the RGB values).
  public static let foregrounds256 = [231, 231, 16, 16, 16, 16, 16, 16]
  /// The same at eight colours: white (7) on blue, black (0) from magenta on.
  public static let foregrounds8 = [7, 7, 0, 0, 0, 0, 0, 0]
}

/// The xterm palette as RGB, for renderers that draw pictures (SVG).
public enum XtermColour {
  /// The 16 base colours of xterm's default palette.
  static let base: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// Colour `n` (0…255) as red, green and blue, 0…255 each.
  public static func rgb(_ n: Int) -> (red: Int, green: Int, blue: Int) {
    let n = min(max(n, 0), 255)
    if n >= 232 {
      let level = 8 + 10 * (n - 232)
      return (level, level, level)
    }
    if n >= 16 {
      let levels = [0, 95, 135, 175, 215, 255]
      let cube = n - 16
      return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    }
    let (r, g, b) = base[n]
    return (r, g, b)
  }

  /// Colour `n` as `#rrggbb`.
  public static func hex(_ n: Int) -> String {
    let (r, g, b) = rgb(n)
    func two(_ v: Int) -> String {
      let text = String(v, radix: 16)
      return text.count == 1 ? "0" + text : text
    }
    return "#" + two(r) + two(g) + two(b)
  }
}
