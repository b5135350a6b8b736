import ConvScenes

/// The styling model's looks at one colour depth, as the curses driver needs them.
///
/// Every appearance comes from ``StyleTable``; this type only lists the colour pairs up
/// front, so the driver can define every curses pair at start-up and never again while drawing.
public struct Palette: Sendable {
  public let depth: ColourDepth
  /// Heat is drawn in this many bands (``HeatRamp/levels``).
  public static let heatLevels = HeatRamp.levels

  public init(depth: ColourDepth) { self.depth = depth }

  /// The appearance of a style.
  public func appearance(of style: Style) -> Appearance {
    StyleTable.appearance(of: style, depth: depth)
  }

  /// Every distinct colour combination this palette uses, for defining colour pairs once.
  public var colourCombinations: [ColourCombination] {
    guard depth != .monochrome else { return [] }
    var seen = Set<ColourCombination>()
    var list: [ColourCombination] = []
    for id in StyleID.all {
      let a = StyleTable.appearance(id, depth: depth)
      let combination = ColourCombination(foreground: a.foreground, background: a.background)
      if combination.isDefault { continue }
      if seen.insert(combination).inserted { list.append(combination) }
    }
    return list
  }

  /// The band (0 ..< heatLevels) of a heat between 0 and 1.
  public static func heatBand(_ heat: Double?) -> Int {
    HeatRamp.level(heat ?? 0)
  }
}

/// A foreground and background colour: one curses colour pair.
public struct ColourCombination: Hashable, Sendable {
  public var foreground: Int
  public var background: Int

  public init(foreground: Int, background: Int) {
    self.foreground = foreground
    self.background = background
  }

  var isDefault: Bool { foreground == -1 && background == -1 }
}
