import ConvScenes

/// How many colours the terminal offers, after NO_COLOR is taken into account.
public enum ColourDepth: Sendable, Equatable {
  /// No colours: styles become bold, dim, reverse and underline.
  case monochrome
  /// The eight ANSI colours.
  case eight
  /// The xterm 256-colour palette.
  case full

  /// Chooses the depth from what the terminal reports and the NO_COLOR convention.
  ///
  /// ```swift
  /// ColourDepth.choose(hasColours: true, colours: 256, noColor: nil) // .full
  /// ColourDepth.choose(hasColours: true, colours: 256, noColor: "1") // .monochrome
  /// ```
  public static func choose(hasColours: Bool, colours: Int, noColor: String?) -> ColourDepth {
    // https://no-color.org: any non-empty value disables colour.
    if let noColor, !noColor.isEmpty { return .monochrome }
    guard hasColours else { return .monochrome }
    if colours >= 256 { return .full }
    if colours >= 8 { return .eight }
    return .monochrome
  }
}

/// How one style looks on a terminal: colours (-1 is the terminal's default) and attributes.
public struct Appearance: Hashable, Sendable {
  public var foreground: Int
  public var background: Int
  public var attributes: TextAttributes

  public init(_ foreground: Int = -1, _ background: Int = -1, _ attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}

/// Maps frame styles to terminal appearances for one colour depth.
///
/// The pairs of colours are listed once, up front, so the driver can define
/// every curses colour pair at start-up and never again while drawing.
public struct Palette: Sendable {
  public let depth: ColourDepth
  /// Heat is drawn in this many bands.
  public static let heatLevels = 8

  public init(depth: ColourDepth) { self.depth = depth }

  /// The appearance of a style.
  public func appearance(of style: Style) -> Appearance {
    switch depth {
    case .monochrome: return Self.monochrome(style)
    case .eight: return Self.eight(style)
    case .full: return Self.full(style)
    }
  }

  /// Every distinct colour combination this palette uses, for defining colour pairs once.
  public var colourCombinations: [ColourCombination] {
    guard depth != .monochrome else { return [] }
    var seen = Set<ColourCombination>()
    var list: [ColourCombination] = []
    for style in Self.allStyles {
      let a = appearance(of: style)
      let combination = ColourCombination(foreground: a.foreground, background: a.background)
      if combination.isDefault { continue }
      if seen.insert(combination).inserted { list.append(combination) }
    }
    return list
  }

  /// Every style a frame or the explorer's chrome can use (heat in its bands).
  public static var allStyles: [Style] {
    var styles: [Style] = [.plain, .title, .caption, .hint, .status]
    for role in CellRole.allCases {
      for highlighted in [false, true] {
        if role == .heat {
          for level in 0..<heatLevels {
            styles.append(
              .cell(
                role, heat: (Double(level) + 0.5) / Double(heatLevels), highlighted: highlighted))
          }
        } else {
          styles.append(.cell(role, heat: nil, highlighted: highlighted))
        }
      }
    }
    return styles
  }

  /// The band (0 ..< heatLevels) of a heat between 0 and 1.
  public static func heatBand(_ heat: Double?) -> Int {
    guard let heat, heat.isFinite else { return 0 }
    let band = Int((min(max(heat, 0), 1) * Double(heatLevels)).rounded(.down))
    return min(band, heatLevels - 1)
  }

  // Blue through teal and green to yellow: light-on-dark at the cold end.
  private static let heat256 = [17, 18, 25, 31, 37, 71, 142, 220]
  private static let heat8 = [4, 4, 6, 6, 2, 2, 3, 3]

  private static func full(_ style: Style) -> Appearance {
    switch style {
    case .plain: return Appearance()
    case .title: return Appearance(231, 24, .bold)
    case .caption: return Appearance()
    case .hint: return Appearance(245, -1)
    case .status: return Appearance(214, -1, .bold)
    case .cell(let role, let heat, let highlighted):
      if highlighted && role != .heat { return Appearance(16, 214, .bold) }
      let base: Appearance
      switch role {
      case .input: base = Appearance(252, 237)
      case .padding: base = Appearance(244, 235)
      case .insertedZero: base = Appearance(186, 58)
      case .outputPadding: base = Appearance(223, 94)
      case .kernelTap: base = Appearance(231, 90)
      case .dilationHole: base = Appearance(240, 234)
      case .window: base = Appearance(231, 30)
      case .windowTap: base = Appearance(16, 44, .bold)
      case .windowPadding: base = Appearance(240, 44)
      case .windowInsertedZero: base = Appearance(94, 44)
      case .windowOutputPadding: base = Appearance(90, 44)
      case .outputDone: base = Appearance(231, 22)
      case .outputCurrent: base = Appearance(16, 46, .bold)
      case .outputPending: base = Appearance(242, 234)
      case .neverVisited: base = Appearance(231, 88)
      case .heat:
        let band = heatBand(heat)
        base = Appearance(band >= 5 ? 16 : 231, heat256[band])
      case .switchCell: base = Appearance(16, 220, .bold)
      case .cropped: base = Appearance(240, -1)
      case .blank: base = Appearance()
      }
      return highlighted ? Appearance(base.foreground, base.background, [.bold, .underline]) : base
    }
  }

  private static func eight(_ style: Style) -> Appearance {
    switch style {
    case .plain, .caption: return Appearance()
    case .title: return Appearance(7, 4, .bold)
    case .hint: return Appearance(-1, -1, .dim)
    case .status: return Appearance(3, -1, .bold)
    case .cell(let role, let heat, let highlighted):
      if highlighted && role != .heat { return Appearance(0, 3, .bold) }
      let base: Appearance
      switch role {
      case .input: base = Appearance(7, -1)
      case .padding: base = Appearance(-1, -1, .dim)
      case .insertedZero: base = Appearance(3, -1)
      case .outputPadding: base = Appearance(5, -1)
      case .kernelTap: base = Appearance(5, -1, .bold)
      case .dilationHole: base = Appearance(-1, -1, .dim)
      case .window: base = Appearance(0, 6)
      case .windowTap: base = Appearance(0, 6, .bold)
      case .windowPadding, .windowInsertedZero, .windowOutputPadding: base = Appearance(0, 6)
      case .outputDone: base = Appearance(2, -1)
      case .outputCurrent: base = Appearance(0, 2, .bold)
      case .outputPending: base = Appearance(-1, -1, .dim)
      case .neverVisited: base = Appearance(1, -1, .bold)
      case .heat:
        let band = heatBand(heat)
        base = Appearance(band >= 4 ? 0 : 7, heat8[band])
      case .switchCell: base = Appearance(0, 3, .bold)
      case .cropped: base = Appearance(-1, -1, .dim)
      case .blank: base = Appearance()
      }
      return highlighted ? Appearance(base.foreground, base.background, [.bold, .underline]) : base
    }
  }

  private static func monochrome(_ style: Style) -> Appearance {
    switch style {
    case .plain, .caption: return Appearance()
    case .title: return Appearance(-1, -1, [.reverse, .bold])
    case .hint: return Appearance(-1, -1, .dim)
    case .status: return Appearance(-1, -1, .bold)
    case .cell(let role, let heat, let highlighted):
      if highlighted { return Appearance(-1, -1, [.reverse, .bold, .underline]) }
      switch role {
      case .input, .outputDone, .blank: return Appearance()
      case .padding, .dilationHole, .outputPending, .cropped: return Appearance(-1, -1, .dim)
      case .insertedZero, .outputPadding: return Appearance(-1, -1, [.dim, .underline])
      case .kernelTap: return Appearance(-1, -1, .bold)
      case .window: return Appearance(-1, -1, .reverse)
      case .windowTap, .outputCurrent, .switchCell: return Appearance(-1, -1, [.reverse, .bold])
      case .windowPadding, .windowInsertedZero, .windowOutputPadding:
        return Appearance(-1, -1, .reverse)
      case .neverVisited: return Appearance(-1, -1, .underline)
      case .heat:
        switch heatBand(heat) {
        case 0...1: return Appearance(-1, -1, .dim)
        case 2...3: return Appearance()
        case 4...5: return Appearance(-1, -1, .bold)
        default: return Appearance(-1, -1, [.reverse, .bold])
        }
      }
    }
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
