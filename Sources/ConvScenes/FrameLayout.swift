/// Where a panel cell landed on the canvas, for mouse hit-testing.
public struct CellHit: Hashable, Sendable {
  public var panel: String
  public var row: Int
  public var col: Int
  /// The cell's first column and its row on the canvas.
  public var x: Int
  public var y: Int
  /// How many columns the cell covers.
  public var width: Int

  /// Whether the canvas position `(x, y)` falls on this cell.
  public func contains(x: Int, y: Int) -> Bool {
    y == self.y && x >= self.x && x < self.x + width
  }
}

/// A frame drawn onto a canvas of a given width.
public struct LaidOutFrame: Sendable {
  public var canvas: Canvas
  public var hits: [CellHit]
  /// The narrowest width at which every panel still fits (shaded); narrower widths clip.
  public var minimumWidth: Int
  /// The frame's first row that `canvas` holds: 0 unless laid out for a window of rows.
  public var top: Int = 0
  /// The whole frame's height; `canvas` is shorter when laid out for a window of rows.
  public var fullHeight: Int = 0

  /// The cell under canvas position `(x, y)`, if any.
  public func hit(x: Int, y: Int) -> CellHit? {
    hits.first { $0.contains(x: x, y: y) }
  }
}

/// Arranges a frame's panels side by side, wrapping to the next band when the width runs out.
///
/// Each panel shows numbers when they fit in the width, and shading otherwise.
/// Captions wrap at spaces; a legend names the glyphs in use. With `ascii`,
/// only ASCII characters are drawn.
///
///     let laid = FrameLayout.lay(frame, width: 80, ascii: false)
///     print(laid.canvas.plainText)
public enum FrameLayout {
  /// Columns between panels placed side by side.
  static let gap = 4

  public static func lay(_ frame: Frame, width requested: Int, ascii: Bool) -> LaidOutFrame {
    lay(frame, width: requested, ascii: ascii, hits: true)
  }

  /// Only the rows a window of `rows` rows shows, scrolled down by `scroll` (clamped so the
  /// window stays on the frame): the same cells as the full layout's rows `top ..< top + rows`.
  ///
  /// The explorer shows a few dozen rows of frames that can be a hundred rows tall; drawing
  /// and allocating only those keeps a keypress well inside its time budget. Hits hold
  /// the window's cells only, at their rows in the whole frame.
  ///
  /// With `follow`, the window moves as little as it must to show the rows of the current
  /// window and output cell (and pinned cells), so an animation never walks off screen.
  public static func lay(
    _ frame: Frame, width requested: Int, ascii: Bool, scroll: Int, rows: Int, follow: Bool = false
  ) -> LaidOutFrame {
    lay(
      frame, width: requested, ascii: ascii, hits: true,
      window: (scroll, max(0, rows), follow))
  }

  /// The layout, optionally without hit-testing records (renderers do not need them).
  static func lay(
    _ frame: Frame, width requested: Int, ascii: Bool, hits collectHits: Bool,
    window: (scroll: Int, rows: Int, follow: Bool)? = nil
  )
    -> LaidOutFrame
  {
    let glyphs = Glyphs(ascii: ascii)
    let shapes = frame.panels.map { PanelShape($0, glyphs: glyphs) }
    let minimumWidth = max(shapes.map(\.shadingWidth).max() ?? 0, 20)
    let width = max(requested, 1)

    // Numbers where the panel fits, shading otherwise.
    let modes = shapes.map { $0.numberWidth <= width }
    let blockWidths = zip(shapes, modes).map { shape, numbers in
      max(
        numbers ? shape.numberWidth : shape.shadingWidth,
        DisplayWidth.of(transliterate(shape.panel.title, ascii)))
    }
    // Flow the panels into bands.
    var bands: [[Int]] = []
    var used = 0
    for index in shapes.indices {
      let need = blockWidths[index]
      if let last = bands.indices.last, used + gap + need <= width {
        bands[last].append(index)
        used += gap + need
      } else {
        bands.append([index])
        used = need
      }
    }

    let header = transliterate("\(frame.scene) — step \(frame.index) of \(frame.count)", ascii)
    let captionLines = frame.captions.flatMap { wrap(transliterate($0, ascii), width: width) }
    // Plain comparisons rather than a Set: this runs for every cell of every frame.
    let roles = Set(
      CellRole.allCases.filter { role in
        frame.panels.contains { $0.cells.contains { $0.role == role } }
      })
    let highlighted = frame.panels.contains { $0.cells.contains(where: \.highlighted) }
    let anyShading = modes.contains(false)
    let legend = glyphs.legend(roles, highlighted: highlighted, shading: anyShading)
    let legendLines = Glyphs.legendLines(legend, width: width, ascii: ascii)

    let bandHeights = bands.map { band in
      1 + (band.map { shapes[$0].height(numbers: modes[$0]) }.max() ?? 0)
    }
    let height =
      2 + bandHeights.reduce(0) { $0 + $1 + 1 } + captionLines.count
      + (legendLines.isEmpty ? 0 : 1 + legendLines.count)
    // Rows outside the window are not drawn: the canvas holds frame rows top ..< top + its height,
    // and every row is drawn at its frame row minus top (Canvas.put ignores rows off the canvas).
    var wanted = window?.scroll ?? 0
    if let window, window.follow,
      let focus = focusRows(
        frame: frame, shapes: shapes, modes: modes, bands: bands, bandHeights: bandHeights)
    {
      // One row of context around the focus; when it is taller than the window (panels
      // stacked), its first rows, the input's window, are the ones kept in view.
      let fits = focus.count <= window.rows - 2
      if focus.lowerBound < wanted + 1 {
        wanted = focus.lowerBound - 1
      } else if fits && focus.upperBound > wanted + window.rows - 2 {
        wanted = focus.upperBound - window.rows + 2
      } else if !fits && focus.lowerBound > wanted + window.rows - 2 {
        wanted = focus.lowerBound - 1
      }
    }
    let top = window.map { min(max(0, wanted), max(0, height - $0.rows)) } ?? 0
    let shown = window.map { min($0.rows, height - top) } ?? height
    var canvas = Canvas(width: width, height: shown)
    var hits: [CellHit] = []
    canvas.put(header, x: 0, y: 0 - top, style: .title)
    var y = 2
    for (band, bandHeight) in zip(bands, bandHeights) {
      var x = 0
      for index in band {
        let shape = shapes[index]
        canvas.put(transliterate(shape.panel.title, ascii), x: x, y: y - top, style: .title)
        shape.draw(
          on: &canvas, x: x, y: y + 1, top: top, numbers: modes[index], hits: &hits,
          record: collectHits)
        x += blockWidths[index] + gap
      }
      y += bandHeight + 1
    }
    for line in captionLines {
      canvas.put(line, x: 0, y: y - top, style: .caption)
      y += 1
    }
    if !legendLines.isEmpty {
      y += 1
      for line in legendLines {
        var x = 0
        for (text, style) in line { x += canvas.put(text, x: x, y: y - top, style: style) }
        y += 1
      }
    }
    return LaidOutFrame(
      canvas: canvas, hits: hits, minimumWidth: minimumWidth, top: top, fullHeight: height)
  }

  /// The frame rows holding the current window, the current output cell or a pinned cell.
  static func focusRows(
    frame: Frame, shapes: [PanelShape], modes: [Bool], bands: [[Int]], bandHeights: [Int]
  ) -> ClosedRange<Int>? {
    var low = Int.max
    var high = Int.min
    var y = 2
    for (band, bandHeight) in zip(bands, bandHeights) {
      for index in band {
        let panel = shapes[index].panel
        let first = y + 1 + shapes[index].labelRows(numbers: modes[index])
        for r in 0..<panel.rows {
          let focused = (0..<panel.cols).contains { c in
            let cell = panel[r, c]
            return cell.role.isWindowTap || cell.role == .outputCurrent || cell.highlighted
          }
          if focused {
            low = min(low, first + r)
            high = max(high, first + r)
          }
        }
      }
      y += bandHeight + 1
    }
    return low <= high ? low...high : nil
  }

  /// Splits `text` at spaces into lines of at most `width` columns; continuation lines are indented.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard DisplayWidth.of(text) > width, width > 8 else { return [text] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let wordWidth = DisplayWidth.of(String(word))
      if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = "  "
        lineWidth = 2
      } else if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
    }
    lines.append(line)
    return lines
  }

  /// Replaces the mathematical characters of titles and captions with ASCII.
  static func transliterate(_ text: String, _ ascii: Bool) -> String {
    guard ascii else { return text }
    var result = ""
    for character in text {
      switch character {
      case "×": result += "x"
      case "·": result += "*"
      case "−", "–", "—": result += "-"
      case "⌊": result += "floor("
      case "⌋": result += ")"
      case "⌈": result += "ceil("
      case "⌉": result += ")"
      case "′": result += "'"
      case "…": result += "..."
      case "°": result += " deg"
      case "→": result += "->"
      case "≠": result += "!="
      case "Σ": result += "sum"
      default:
        if character.isASCII {
          result.append(character)
        } else {
          result += "?"
        }
      }
    }
    return result
  }
}

/// A panel measured for both modes.
struct PanelShape {
  let panel: Panel
  let glyphs: Glyphs
  /// The texts shown in number mode (a number, or a placeholder glyph), row-major.
  let texts: [String]
  /// The display width of each text.
  let widths: [Int]
  let numberColumns: Int

  init(_ panel: Panel, glyphs: Glyphs) {
    self.panel = panel
    self.glyphs = glyphs
    texts = panel.cells.map { cell in
      glyphs.placeholder(cell) ?? cell.value.map(NumberText.format) ?? "_"
    }
    widths = texts.map { DisplayWidth.of($0) }
    numberColumns = max(1, widths.max() ?? 1)
  }

  /// Columns one cell takes in number mode: the widest number plus a marker either side.
  var numberCellWidth: Int { numberColumns + 2 }
  /// In number mode, row indices take a gutter on the left and column indices a row on
  /// top, so that `y[1,2]` or "rows 0–2" can be found without counting.
  var gutterWidth: Int { String(max(0, panel.rows - 1)).count + 1 }
  var numberWidth: Int { gutterWidth + panel.cols * numberCellWidth }
  var shadingWidth: Int { panel.cols * 2 }

  func labelRows(numbers: Bool) -> Int { numbers ? 1 : 0 }

  /// Rows the panel's grid takes below its title.
  func height(numbers: Bool) -> Int { panel.rows + labelRows(numbers: numbers) }

  /// Draws the panel's cells at frame position (x, y) onto a canvas whose row 0 is frame row `top`.
  func draw(
    on canvas: inout Canvas, x: Int, y: Int, top: Int = 0, numbers: Bool, hits: inout [CellHit],
    record: Bool
  ) {
    let cellWidth = numbers ? numberCellWidth : 2
    var x = x
    var y = y
    if numbers {
      // Index labels, dimmed: column numbers end where each cell's number ends.
      for c in 0..<panel.cols {
        let label = String(c)
        let end = x + gutterWidth + c * cellWidth + 1 + numberColumns
        canvas.put(label, x: end - label.count, y: y - top, style: .hint)
      }
      for r in 0..<panel.rows {
        let label = String(r)
        canvas.put(label, x: x + gutterWidth - 1 - label.count, y: y + 1 + r - top, style: .hint)
      }
      x += gutterWidth
      y += 1
    }
    // Only the panel rows that land on the canvas.
    let last = max(0, min(panel.rows, top + canvas.height - y))
    let rows = min(max(0, top - y), last)..<last
    if record { hits.reserveCapacity(hits.count + rows.count * panel.cols) }
    for r in rows {
      let row = y + r - top
      for c in 0..<panel.cols {
        let index = r * panel.cols + c
        let cell = panel.cells[index]
        let left = x + c * cellWidth
        let style = Style.cell(cell.role, heat: cell.heat, highlighted: cell.highlighted)
        if numbers {
          // Piece by piece rather than one concatenated string: this is the hottest loop of an export.
          let (open, close) = glyphs.markers(cell)
          let text = texts[index]
          var column = left + canvas.put(open, x: left, y: row, style: style)
          for _ in 0..<(numberColumns - widths[index]) {
            column += canvas.put(" ", x: column, y: row, style: style)
          }
          column += canvas.put(text, x: column, y: row, style: style)
          canvas.put(close, x: column, y: row, style: style)
        } else {
          canvas.put(glyphs.shade(cell), x: left, y: row, style: style)
        }
        if record {
          hits.append(
            CellHit(panel: panel.name, row: r, col: c, x: left, y: y + r, width: cellWidth))
        }
      }
    }
  }
}
