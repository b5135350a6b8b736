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
public struct Cell: Equatable, Sendable {
  /// The number shown, or nil for an empty cell.
  public var value: Double?
  public var role: CellRole
  /// Heat between 0 and 1 for heat maps and shading, or nil.
  public var heat: Double?
  /// Emphasis on top of the role, e.g. the pinned receptive field.
  public var highlighted: Bool

  public init(value: Double?, role: CellRole, heat: Double? = nil, highlighted: Bool = false) {
    self.value = value
    self.role = role
    self.heat = heat
    self.highlighted = highlighted
  }
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
