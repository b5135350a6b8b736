/// How a table panel's columns are laid out as text: each column as wide as its widest
/// entry or header piece, with long headers wrapped at their underscores.
///
///     same_     pad_      transposed
///     pad_      after
///     before
///
/// JSON keeps the names whole (`same_pad_before`); only the text layout wraps them.
struct TableColumns: Equatable {
  /// The display width of each column's numbers and header lines.
  let widths: [Int]
  /// Each column's header, one entry per line, top first.
  let headers: [[String]]
  /// Each row's label, as shown in the gutter.
  let rowLabels: [String]
  /// The gutter's width: the widest row label and one blank.
  let gutterWidth: Int

  /// Measures `panel`'s columns from its cell texts' display widths (row-major) and its labels.
  init(_ panel: Panel, textWidths: [Int], ascii: Bool = false) {
    let labels = (panel.columnLabels ?? (0..<panel.cols).map(String.init)).map {
      FrameLayout.transliterate($0, ascii)
    }
    var widths: [Int] = []
    var headers: [[String]] = []
    for c in 0..<panel.cols {
      let pieces = Self.pieces(c < labels.count ? labels[c] : "")
      var width = pieces.map(DisplayWidth.of).max() ?? 1
      for r in 0..<panel.rows { width = max(width, textWidths[r * panel.cols + c]) }
      widths.append(width)
      headers.append(Self.pack(pieces, width: width))
    }
    self.widths = widths
    self.headers = headers
    rowLabels = (panel.rowLabels ?? (0..<panel.rows).map(String.init)).map {
      FrameLayout.transliterate($0, ascii)
    }
    gutterWidth = (rowLabels.map(DisplayWidth.of).max() ?? 0) + 1
  }

  /// Rows the headers take above the first row.
  var headerRows: Int { max(1, headers.map(\.count).max() ?? 1) }

  /// `same_pad_before` → `same_`, `pad_`, `before`: the places a header may break.
  static func pieces(_ label: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    for character in label {
      current.append(character)
      if character == "_" {
        pieces.append(current)
        current = ""
      }
    }
    if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
    return pieces
  }

  /// Joins neighbouring pieces onto one line while they fit in `width`.
  static func pack(_ pieces: [String], width: Int) -> [String] {
    var lines: [String] = []
    for piece in pieces {
      if let last = lines.last, DisplayWidth.of(last) + DisplayWidth.of(piece) <= width {
        lines[lines.count - 1] = last + piece
      } else {
        lines.append(piece)
      }
    }
    return lines
  }
}
