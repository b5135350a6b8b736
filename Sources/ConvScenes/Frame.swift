import ConvMessages

/// What a cell shows: its part in the lesson, which decides its colour and glyph.
///
/// The raw values are the names used in the JSON export.
public enum CellRole: String, CaseIterable, Sendable, Codable {
  /// A cell of the input as given.
  case input
  /// A zero added around the input.
  case padding
  /// A zero added at the bottom and right by a transposed convolution's output_padding.
  case outputPadding = "output_padding"
  /// A zero inserted between input cells by a fractionally strided convolution.
  case insertedZero = "inserted_zero"
  /// A weight of the kernel that the window uses.
  case kernelTap = "kernel_tap"
  /// A gap between kernel taps that dilation opens.
  case dilationHole = "dilation_hole"
  /// A cell under the current window.
  case window
  /// A tap of the current window (an input cell multiplied by a weight).
  case windowTap = "window_tap"
  /// A tap of the current window that reads a padding zero.
  case windowPadding = "window_tap_padding"
  /// A tap of the current window that reads a zero inserted between input cells.
  case windowInsertedZero = "window_tap_inserted_zero"
  /// A tap of the current window that reads an output_padding zero.
  case windowOutputPadding = "window_tap_output_padding"
  /// An output cell already computed.
  case outputDone = "output_done"
  /// The output cell being computed now.
  case outputCurrent = "output_current"
  /// An output cell not yet computed.
  case outputPending = "output_pending"
  /// An input row or column that no window ever reaches.
  case neverVisited = "never_visited"
  /// A shaded cell of a heat map; the cell's `heat` says how hot.
  case heat
  /// A remembered position of a maximum (max pooling's switch).
  case switchCell = "switch"
  /// A cell of the full stamped grid that transposed padding crops away.
  case cropped
  /// A cell that belongs to no panel content (used for alignment).
  case blank

  /// Whether the cell is a tap of the current window, whatever it reads.
  public var isWindowTap: Bool {
    switch self {
    case .windowTap, .windowPadding, .windowInsertedZero, .windowOutputPadding: return true
    default: return false
    }
  }

  /// The role of a tap of the current window on a cell of this role: a zero the window
  /// reads keeps its kind, so that padding and inserted zeros stay apart inside the window.
  public var underWindow: CellRole {
    switch self {
    case .padding: return .windowPadding
    case .insertedZero: return .windowInsertedZero
    case .outputPadding: return .windowOutputPadding
    default: return .windowTap
    }
  }
}

/// One cell of a panel: the number it shows (if any), its role, and optional shading.
///
/// Stored in 24 bytes rather than the 32 that two optional Doubles take: a frame is
/// thousands of cells, and every step of an animation copies and compares them. An absent
/// value or heat is stored as 0 with its flag clear, so equal cells have equal bits.
public struct Cell: Equatable, Sendable {
  private var storedValue: Double
  private var storedHeat: Double
  public var role: CellRole
  /// Which of value and heat are present, and the highlight (see `Flag`).
  private var flags: UInt8

  private enum Flag {
    static let value: UInt8 = 1
    static let heat: UInt8 = 2
    static let highlighted: UInt8 = 4
  }

  public init(value: Double?, role: CellRole, heat: Double? = nil, highlighted: Bool = false) {
    storedValue = value ?? 0
    storedHeat = heat ?? 0
    self.role = role
    flags =
      (value == nil ? 0 : Flag.value) | (heat == nil ? 0 : Flag.heat)
      | (highlighted ? Flag.highlighted : 0)
  }

  /// The number shown, or nil for an empty cell.
  public var value: Double? {
    get { flags & Flag.value != 0 ? storedValue : nil }
    set {
      storedValue = newValue ?? 0
      flags = newValue == nil ? flags & ~Flag.value : flags | Flag.value
    }
  }

  /// Heat between 0 and 1 for heat maps and shading, or nil.
  public var heat: Double? {
    get { flags & Flag.heat != 0 ? storedHeat : nil }
    set {
      storedHeat = newValue ?? 0
      flags = newValue == nil ? flags & ~Flag.heat : flags | Flag.heat
    }
  }

  /// Emphasis on top of the role, e.g. the pinned receptive field.
  public var highlighted: Bool {
    get { flags & Flag.highlighted != 0 }
    set { flags = newValue ? flags | Flag.highlighted : flags & ~Flag.highlighted }
  }

  /// Whether the two cells are the same to the bit, as the word comparison of
  /// ``CellComparison`` reads them.
  func hasSameBits(as other: Cell) -> Bool {
    storedValue.bitPattern == other.storedValue.bitPattern
      && storedHeat.bitPattern == other.storedHeat.bitPattern && role == other.role
      && flags == other.flags
  }

  /// Where the word comparison of ``CellComparison`` finds the fields: the value's and the
  /// heat's bits in the first two words, the role and the flags in the low two bytes of the third.
  static let layoutIsCompact: Bool =
    MemoryLayout<Cell>.stride == 24 && MemoryLayout<Cell>.offset(of: \.storedValue) == 0
    && MemoryLayout<Cell>.offset(of: \.storedHeat) == 8
    && MemoryLayout<Cell>.offset(of: \.role) == 16 && MemoryLayout<Cell>.offset(of: \.flags) == 17
    && MemoryLayout<Cell>.size == 18
}

/// A titled grid of cells: the input, the kernel, the output, and so on.
public struct Panel: Equatable, Sendable {
  /// A stable machine name (`input`, `kernel`, `output`, …), used in JSON.
  public var name: String
  /// The title shown above the panel, e.g. `input 5×5 (padded to 7×7)`.
  public var title: String
  public var rows: Int
  public var cols: Int
  /// Row-major cells; `cells.count == rows * cols`.
  public var cells: [Cell]
  /// A table's row names (`standard`, `depthwise`, …), shown instead of row indices; nil for a grid.
  public var rowLabels: [String]?
  /// A table's column names (`parameters`, `same_pad_before`, …), shown instead of column indices.
  public var columnLabels: [String]?
  /// Symbols shown instead of the cells' numbers (`--values symbolic`), row-major like
  /// `cells`; nil for a panel of numbers, and a nil entry for a cell that shows its number
  /// (a padding or inserted 0). Kept beside the cells so that a cell stays a few plain words.
  public var symbols: [CellSymbol?]?

  public init(name: String, title: String, rows: Int, cols: Int, cells: [Cell]) {
    precondition(cells.count == rows * cols, "panel cells do not match its size")
    self.name = name
    self.title = title
    self.rows = rows
    self.cols = cols
    self.cells = cells
  }

  /// A table: named rows and columns, each column as wide as its widest entry or header.
  ///
  ///     Panel(name: "costs", title: "costs", rowLabels: ["standard"],
  ///           columnLabels: ["parameters", "multiply_adds"], cells: [...])
  ///
  /// The text layout wraps a long column name at its underscores onto several header lines.
  public init(
    name: String, title: String, rowLabels: [String], columnLabels: [String], cells: [Cell]
  ) {
    self.init(
      name: name, title: title, rows: rowLabels.count, cols: columnLabels.count, cells: cells)
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
  }

  /// Whether the panel is a table (named rows and columns) rather than a grid.
  public var isTable: Bool { rowLabels != nil || columnLabels != nil }

  public subscript(r: Int, c: Int) -> Cell {
    get { cells[r * cols + c] }
    set { cells[r * cols + c] = newValue }
  }
}

/// One step of a scene: panels plus caption lines, ready for any renderer.
public struct Frame: Equatable, Sendable {
  /// The scene's name (`conv`, `transposed`, `unpool`, `bilinear`).
  public var scene: String
  /// 1-based index of this step.
  public var index: Int
  /// How many steps the scene has.
  public var count: Int
  public var panels: [Panel]
  /// Caption lines: the formula with numbers, the products of the current cell, …
  public var captions: [String]
  /// The language of the words around the panels: the header line and the legend.
  public var language: Language = .english

  public init(scene: String, index: Int, count: Int, panels: [Panel], captions: [String]) {
    self.scene = scene
    self.index = index
    self.count = count
    self.panels = panels
    self.captions = captions
  }

  /// The panel with the given machine name, if any.
  public func panel(named name: String) -> Panel? {
    panels.first { $0.name == name }
  }
}
