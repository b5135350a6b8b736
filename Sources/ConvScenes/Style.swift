/// How a character on the canvas is drawn: plain, a title, a caption, or a cell of some role.
///
/// Every renderer reads a style's look from one table (``StyleTable``): plain text ignores
/// it, ANSI and asciicast write its SGR codes, SVG its RGB colours, curses its pairs.
public enum Style: Hashable, Sendable {
  case plain
  case title
  case caption
  case hint
  case status
  /// A grid cell with this role; `heat` is a 0…1 level for heat maps, and
  /// `highlighted` marks emphasis such as a pinned receptive field.
  case cell(CellRole, heat: Double? = nil, highlighted: Bool = false)

  /// The style as the canvas stores it: heat quantised to the ramp's levels.
  public var id: StyleID { StyleID(self) }
}

/// A style as a small integer, as the canvas stores it (two bytes a column).
///
/// Heat is kept as one of ``HeatRamp/levels`` levels, and only for heat cells: that is all
/// any renderer distinguishes, so two styles with the same id always look the same.
public struct StyleID: Hashable, Sendable, Comparable {
  public let rawValue: UInt16

  public init(rawValue: UInt16) { self.rawValue = rawValue }

  public static func < (a: StyleID, b: StyleID) -> Bool { a.rawValue < b.rawValue }

  public static let plain = StyleID(rawValue: 0)

  /// Ids below this are the chrome styles (plain, title, caption, hint, status).
  static let firstCell = 5
  /// Per role: no heat, then one slot per heat level; each twice, plain and highlighted.
  static let slotsPerRole = (HeatRamp.levels + 1) * 2
  static let roles = CellRole.allCases
  /// One past the largest id.
  public static let count = firstCell + roles.count * slotsPerRole

  public init(_ style: Style) {
    switch style {
    case .plain: rawValue = 0
    case .title: rawValue = 1
    case .caption: rawValue = 2
    case .hint: rawValue = 3
    case .status: rawValue = 4
    case .cell(let role, let heat, let highlighted):
      let level = role == .heat ? HeatRamp.level(heat ?? 0) + 1 : 0
      let slot = level * 2 + (highlighted ? 1 : 0)
      rawValue = UInt16(Self.firstCell + role.index * Self.slotsPerRole + slot)
    }
  }

  /// The style this id stands for; a heat level comes back as the middle of its band.
  public var style: Style {
    switch Int(rawValue) {
    case 0: return .plain
    case 1: return .title
    case 2: return .caption
    case 3: return .hint
    case 4: return .status
    default:
      let offset = Int(rawValue) - Self.firstCell
      let role = Self.roles[offset / Self.slotsPerRole]
      let slot = offset % Self.slotsPerRole
      let level = slot / 2
      let heat = level == 0 ? nil : HeatRamp.middle(of: level - 1)
      return .cell(role, heat: heat, highlighted: slot % 2 == 1)
    }
  }

  /// Every id, in order.
  public static var all: [StyleID] { (0..<count).map { StyleID(rawValue: UInt16($0)) } }
}

extension CellRole {
  /// The role's place in `allCases`, without a search (this runs for every cell drawn).
  var index: Int {
    switch self {
    case .input: return 0
    case .padding: return 1
    case .outputPadding: return 2
    case .insertedZero: return 3
    case .kernelTap: return 4
    case .dilationHole: return 5
    case .window: return 6
    case .windowTap: return 7
    case .windowPadding: return 8
    case .windowInsertedZero: return 9
    case .windowOutputPadding: return 10
    case .outputDone: return 11
    case .outputCurrent: return 12
    case .outputPending: return 13
    case .neverVisited: return 14
    case .heat: return 15
    case .switchCell: return 16
    case .cropped: return 17
    case .blank: return 18
    }
  }
}

/// Terminal text attributes, independent of ncurses' bit values and of SGR numbers.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1)
  public static let dim = TextAttributes(rawValue: 2)
  public static let reverse = TextAttributes(rawValue: 4)
  public static let underline = TextAttributes(rawValue: 8)
}

/// How one style looks at one colour depth: colours (-1 is the terminal's default) and attributes.
///
/// Colours are xterm palette numbers: 0–7 at eight colours, 0–255 at 256.
public struct Appearance: Hashable, Sendable {
  public var foreground: Int
  public var background: Int
  public var attributes: TextAttributes

  public init(_ foreground: Int = -1, _ background: Int = -1, _ attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// Whether a space drawn in this appearance shows (a background, underline or reverse).
  public var paintsSpaces: Bool {
    background >= 0 || !attributes.isDisjoint(with: [.underline, .reverse])
  }

  /// SGR parameters at `depth` (`1;38;5;231;48;5;24`), or "" for the terminal's default.
  public func sgr(_ depth: ColourDepth) -> String {
    var codes: [String] = []
    if attributes.contains(.bold) { codes.append("1") }
    if attributes.contains(.dim) { codes.append("2") }
    if attributes.contains(.underline) { codes.append("4") }
    if attributes.contains(.reverse) { codes.append("7") }
    switch depth {
    case .monochrome: break
    case .eight:
      if foreground >= 0 { codes.append("\(30 + foreground)") }
      if background >= 0 { codes.append("\(40 + background)") }
    case .full:
      if foreground >= 0 { codes.append("38;5;\(foreground)") }
      if background >= 0 { codes.append("48;5;\(background)") }
    }
    return codes.joined(separator: ";")
  }
}
