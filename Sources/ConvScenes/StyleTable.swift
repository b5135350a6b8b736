/// The one styling model: how each style looks, in every renderer and at every colour depth.
///
/// A cell role's glyphs (its markers, its placeholder in Unicode and ASCII, its mark over
/// shading) and its colours at 256 and at eight colours, with its attributes, and its
/// attributes alone for terminals without colour, are all defined here, once. Plain text
/// reads the glyphs; ANSI export and asciicast write the appearances as SGR; the SVG
/// slides turn them into RGB (``XtermColour``); the explorer gives them to curses.
///
///     StyleTable.appearance(of: .cell(.windowTap), depth: .full)   // black on cyan, bold
///     StyleTable.glyphs(.padding).placeholder(ascii: true)         // "."
public enum StyleTable {
  /// The look of a style at `depth`.
  public static func appearance(of style: Style, depth: ColourDepth) -> Appearance {
    appearance(style.id, depth: depth)
  }

  /// The look of a style id at `depth`: one array lookup.
  public static func appearance(_ id: StyleID, depth: ColourDepth) -> Appearance {
    switch depth {
    case .monochrome: return monochromeTable[Int(id.rawValue)]
    case .eight: return eightTable[Int(id.rawValue)]
    case .full: return fullTable[Int(id.rawValue)]
    }
  }

  /// SGR parameters of a style id at `depth`, made once per id; "" for the default look.
  public static func sgr(_ id: StyleID, depth: ColourDepth) -> String {
    switch depth {
    case .monochrome: return monochromeSGR[Int(id.rawValue)]
    case .eight: return eightSGR[Int(id.rawValue)]
    case .full: return fullSGR[Int(id.rawValue)]
    }
  }

  /// Per style id, its SGR parameters as UTF-8 at `depth`, for renderers that write bytes.
  static func sgrBytes(_ depth: ColourDepth) -> [[UInt8]] {
    switch depth {
    case .monochrome: return monochromeSGRBytes
    case .eight: return eightSGRBytes
    case .full: return fullSGRBytes
    }
  }

  /// Per style id, whether a space in it shows at `depth`, so that it must not be trimmed.
  static func paintsSpaces(_ depth: ColourDepth) -> [Bool] {
    switch depth {
    case .monochrome: return monochromePaints
    case .eight: return eightPaints
    case .full: return fullPaints
    }
  }

  private static let fullSGRBytes = fullSGR.map { Array($0.utf8) }
  private static let eightSGRBytes = eightSGR.map { Array($0.utf8) }
  private static let monochromeSGRBytes = monochromeSGR.map { Array($0.utf8) }
  private static let fullPaints = fullTable.map(\.paintsSpaces)
  private static let eightPaints = eightTable.map(\.paintsSpaces)
  private static let monochromePaints = monochromeTable.map(\.paintsSpaces)
  private static let fullTable = StyleID.all.map { full($0.style) }
  private static let eightTable = StyleID.all.map { eight($0.style) }
  private static let monochromeTable = StyleID.all.map { monochrome($0.style) }
  private static let fullSGR = fullTable.map { $0.sgr(.full) }
  private static let eightSGR = eightTable.map { $0.sgr(.eight) }
  private static let monochromeSGR = monochromeTable.map { $0.sgr(.monochrome) }

  // MARK: - Colours

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
        let level = HeatRamp.level(heat ?? 0)
        base = Appearance(HeatRamp.foregrounds256[level], HeatRamp.colours256[level])
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
        let level = HeatRamp.level(heat ?? 0)
        base = Appearance(HeatRamp.foregrounds8[level], HeatRamp.colours8[level])
      case .switchCell: base = Appearance(0, 3, .bold)
      case .cropped: base = Appearance(-1, -1, .dim)
      case .blank: base = Appearance()
      }
      return highlighted ? Appearance(base.foreground, base.background, [.bold, .underline]) : base
    }
  }

  /// Without colour: what attributes alone can tell apart; heat goes from dim to reverse.
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
        switch HeatRamp.level(heat ?? 0) * 8 / HeatRamp.levels {
        case 0...1: return Appearance(-1, -1, .dim)
        case 2...3: return Appearance()
        case 4...5: return Appearance(-1, -1, .bold)
        default: return Appearance(-1, -1, [.reverse, .bold])
        }
      }
    }
  }

  // MARK: - Glyphs

  /// The characters that show a role in text: brackets around its number, what stands in
  /// for a number it hides, and the mark it keeps in front of shading.
  public struct RoleGlyphs: Sendable {
    /// The brackets around the number: `[3]` for the current window or cell, `{3}` for a switch.
    public var open: String
    public var close: String
    /// What stands in for the number (Unicode, ASCII); nil shows the number.
    public var placeholder: (unicode: String, ascii: String)?
    /// Whether the role hides its number even when the cell has one (padding, pending, …).
    public var hidesValue: Bool
    /// The mark in front of a cell's shading (Unicode, ASCII); nil lets the shading show.
    public var mark: (unicode: String, ascii: String)?

    public func placeholder(ascii: Bool) -> String? {
      placeholder.map { ascii ? $0.ascii : $0.unicode }
    }

    public func mark(ascii: Bool) -> String? {
      mark.map { ascii ? $0.ascii : $0.unicode }
    }
  }

  /// The glyphs of `role`.
  public static func glyphs(_ role: CellRole) -> RoleGlyphs { roleGlyphs[role.index] }

  private static let roleGlyphs: [RoleGlyphs] = CellRole.allCases.map(makeGlyphs)

  private static func makeGlyphs(_ role: CellRole) -> RoleGlyphs {
    let dot = (unicode: "·", ascii: ".")
    let ring = (unicode: "∘", ascii: "o")
    let plus = (unicode: "+", ascii: "+")
    let bracket = (unicode: "[", ascii: "[")
    let faint = (unicode: "·", ascii: ",")
    func plain(
      _ placeholder: (String, String)? = nil, hides: Bool = false, mark: (String, String)? = nil
    )
      -> RoleGlyphs
    {
      RoleGlyphs(open: " ", close: " ", placeholder: placeholder, hidesValue: hides, mark: mark)
    }
    func window(_ placeholder: (String, String)?) -> RoleGlyphs {
      RoleGlyphs(
        open: "[", close: "]", placeholder: placeholder, hidesValue: false,
        mark: placeholder == nil ? bracket : nil)
    }
    switch role {
    case .input, .kernelTap, .outputDone, .heat: return plain()
    case .padding: return plain(dot, hides: true)
    case .outputPadding: return plain(plus, hides: true)
    case .insertedZero: return plain(ring, hides: true)
    case .outputPending: return plain(("_", "_"), hides: true)
    case .blank: return plain((" ", " "), hides: true)
    case .dilationHole, .window: return plain(mark: faint)
    case .windowTap, .outputCurrent: return window(nil)
    case .windowPadding: return window(dot)
    case .windowInsertedZero: return window(ring)
    case .windowOutputPadding: return window(plus)
    case .neverVisited:
      return RoleGlyphs(
        open: "<", close: ">", placeholder: nil, hidesValue: false, mark: ("<", "<"))
    case .switchCell:
      return RoleGlyphs(
        open: "{", close: "}", placeholder: nil, hidesValue: false, mark: ("{", "{"))
    case .cropped:
      return RoleGlyphs(open: "(", close: ")", placeholder: nil, hidesValue: false, mark: nil)
    }
  }
}
