import ConvMessages

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

/// How panels draw their cells: numbers with some decimals and spacing, or shading by value.
///
/// A window too small for one density takes the next one down `ladder`: narrower cells,
/// then fewer decimals, then shading; a large window takes wider cells and more decimals.
public struct PanelDensity: Hashable, Sendable, CustomStringConvertible {
  /// The most decimals a number shows.
  public var decimals: Int
  /// Blank columns before each cell, which spread a small grid over a large window.
  public var spacing: Int
  /// Whether every panel shades its cells by value instead of printing numbers.
  public var shading: Bool

  public init(decimals: Int, spacing: Int = 0, shading: Bool = false) {
    self.decimals = decimals
    self.spacing = spacing
    self.shading = shading
  }

  /// What `convscope export` draws: up to four decimals, cells as narrow as their numbers.
  public static let standard = PanelDensity(decimals: 4)

  /// The explorer's choices, roomiest first; it takes the first one that fits its window.
  public static let ladder: [PanelDensity] = [
    PanelDensity(decimals: 6, spacing: 2), PanelDensity(decimals: 6, spacing: 1),
    PanelDensity(decimals: 4, spacing: 1), .standard, PanelDensity(decimals: 2),
    PanelDensity(decimals: 1), PanelDensity(decimals: 1, shading: true),
  ]

  public var description: String {
    shading ? "shading" : "\(decimals) decimals, spacing \(spacing)"
  }
}

/// What a layout keeps the same across the frames of one animation, so nothing jumps.
///
/// The output grid fills in step by step; its numbers are as wide on the first step as on
/// the last because the layout reserves, per panel, the widest number any sampled frame
/// shows. The caption block keeps as many rows as the longest sampled captions need.
public struct LayoutReserve: Equatable, Sendable {
  /// Per panel name, the widest number at each number of decimals the ladder uses.
  var columns: [String: [Int: Int]] = [:]
  /// The captions of a few frames (the first steps and the last), for the caption block's height.
  var captionSamples: [[String]] = []
  /// Per panel name, its lowest and highest value, so that shading by value does not change
  /// a cell's shade as other cells fill in.
  var ranges: [String: ClosedRange<Double>] = [:]

  public init() {}

  /// Samples the first steps and the last one: numbers from the first and the last, where
  /// every panel has all its numbers, captions from all of them (the transposed scene's four
  /// setup steps say different things). A long animation samples only its first two steps
  /// and its last: each parameter change in the explorer pays for every frame sampled.
  public init(_ steps: SceneSteps) {
    let count = steps.stepCount
    let picks = count > 64 ? [0, 1, count - 1] : [0, 1, 2, 3, 4, count / 2, count - 1]
    let frames = Set(picks.filter { $0 >= 0 && $0 < count }).sorted().map { steps.frame(at: $0) }
    self.init([frames[0], frames[frames.count - 1]])
    captionSamples = frames.map(\.captions)
  }

  /// Reserves for every number and caption in `frames`.
  public init(_ frames: [Frame]) {
    self.init(count: frames.count) { frames[$0] }
  }

  /// Reserves for every number and caption of `count` frames, made one at a time by
  /// `frame`, so that a long animation is reserved for without holding all its frames.
  public init(count: Int, frame: (Int) -> Frame) {
    // The values each panel name has shown: a value's widths are measured once, not once
    // per frame (a 32×32 animation shows the same thousand inputs on 1,024 frames).
    var seen: [String: Set<Double>] = [:]
    for index in 0..<count { add(frame(index), seen: &seen) }
  }

  /// The decimals of every density, at which each number's width is reserved.
  private static let reservedDecimals = Array(
    Set(PanelDensity.ladder.map(\.decimals) + [PanelDensity.standard.decimals]))

  /// Reserves for the numbers and captions of one more frame, skipping the values that
  /// `seen` holds for a panel of the same name, whose widths are reserved already.
  private mutating func add(_ frame: Frame, seen seenByName: inout [String: Set<Double>]) {
    let decimals = Self.reservedDecimals
    captionSamples.append(frame.captions)
    for panel in frame.panels {
      var widths = columns[panel.name] ?? [:]
      var integerWidth = 0
      // Taken out of the dictionary while it grows, so that it is not copied.
      var seen = seenByName.removeValue(forKey: panel.name) ?? []
      defer { seenByName[panel.name] = seen }
      // The range is gathered in locals and stored once: a dictionary lookup per cell
      // was a fifth of the explorer's time on a parameter key.
      var lowest = ranges[panel.name]?.lowerBound ?? .infinity
      var highest = ranges[panel.name]?.upperBound ?? -.infinity
      defer { if lowest <= highest { ranges[panel.name] = lowest...highest } }
      for cell in panel.cells {
        guard let value = cell.value else { continue }
        if value.isFinite && Glyphs.showsValue(cell) {
          lowest = min(lowest, value)
          highest = max(highest, value)
        }
        if value == value.rounded() && abs(value) < 1e12 {
          // An integer reads the same at every number of decimals: only its digits count.
          // Counted against powers of ten: log10 per cell cost more than the rest of the loop.
          let magnitude = abs(value)
          var digits = 1
          var power = 10.0
          while magnitude >= power {
            digits += 1
            power *= 10
          }
          if value < 0 { digits += 1 }
          integerWidth = max(integerWidth, digits)
          continue
        }
        guard seen.insert(value).inserted else { continue }
        for d in decimals {
          let width = DisplayWidth.of(NumberText.format(value, decimals: d))
          widths[d] = max(widths[d] ?? 0, width)
        }
      }
      // Symbols are reserved at their on-screen width; ASCII's wider spelling widens the
      // panel when it is drawn, as any text wider than its reserve does.
      for symbol in panel.symbols ?? [] {
        if let symbol {
          integerWidth = max(integerWidth, DisplayWidth.of(symbol.text(ascii: false)))
        }
      }
      for d in decimals { widths[d] = max(widths[d] ?? 0, integerWidth) }
      columns[panel.name] = widths
    }
  }

  func columns(panel: String, decimals: Int) -> Int {
    columns[panel]?[decimals] ?? 0
  }
}

/// A frame laid out for the explorer's window: panels on top (scrolled when they must be),
/// then the caption block pinned below them, then the legend when there is room.
public struct FittedFrame: Sendable {
  /// Exactly the rows it was fitted to, or fewer when the frame is shorter.
  public var canvas: Canvas
  /// Cells in canvas coordinates.
  public var hits: [CellHit]
  /// The narrowest width at which every panel fits (shaded).
  public var minimumWidth: Int
  /// The first panel row shown: the scroll.
  public var panelTop: Int
  /// How tall all panels are; `panelRows` of them are shown.
  public var panelHeight: Int
  public var panelRows: Int
  /// Rows taken by the caption block.
  public var captionRows: Int
  /// How the panels were drawn.
  public var density: PanelDensity
  /// Whether the legend fitted.
  public var showsLegend: Bool
}

/// Arranges a frame's panels side by side, wrapping to the next band when the width runs out.
///
/// Each panel shows numbers when they fit in the width, and shading otherwise.
/// Captions wrap at spaces, and between CJK characters; a legend names the glyphs in use.
/// With `ascii`, only ASCII characters are drawn.
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
  /// Hits hold the window's cells only, at their rows in the whole frame. With `follow`, the
  /// window moves as little as it must to show the rows of the current window and output cell
  /// (and pinned cells), so an animation never walks off screen.
  public static func lay(
    _ frame: Frame, width requested: Int, ascii: Bool, scroll: Int, rows: Int, follow: Bool = false
  ) -> LaidOutFrame {
    lay(
      frame, width: requested, ascii: ascii, hits: true,
      window: (scroll, max(0, rows), follow))
  }

  /// The layout of an export: a title line, panels, captions, legend.
  ///
  /// With `limited` (the default), nothing passes `width`: a panel too wide for it rounds its
  /// numbers to fewer decimals, then shades its cells by value. Without, `width` only decides
  /// where panels and captions wrap, and every panel keeps every number, however wide.
  public static func lay(
    _ frame: Frame, width requested: Int, ascii: Bool, hits collectHits: Bool,
    limited: Bool = true, reserve: LayoutReserve? = nil,
    window: (scroll: Int, rows: Int, follow: Bool)? = nil
  ) -> LaidOutFrame {
    let glyphs = Glyphs(ascii: ascii)
    let flow = max(requested, 1)
    var cache = PanelTexts.Cache()
    let arrangement = Arrangement(
      frame, width: flow, density: .standard, limited: limited, glyphs: glyphs, reserve: reserve,
      cache: &cache)
    let width = limited ? flow : max(flow, arrangement.widest)

    let header = transliterate(header(frame), ascii)
    let captionLines = frame.captions.flatMap { wrap(transliterate($0, ascii), width: flow) }
    let legendLines = legend(
      roles(frame), arrangement, glyphs: glyphs, width: flow, language: frame.language)

    let panelsTop = 2
    let height =
      panelsTop + arrangement.height + 1 + captionLines.count
      + (legendLines.isEmpty ? 0 : 1 + legendLines.count)
    var wanted = window?.scroll ?? 0
    if let window, window.follow, let focus = arrangement.focusRows(frame) {
      wanted = follow(
        focus: (focus.lowerBound + panelsTop)...(focus.upperBound + panelsTop), scroll: wanted,
        rows: window.rows)
    }
    let top = window.map { min(max(0, wanted), max(0, height - $0.rows)) } ?? 0
    let shown = window.map { min($0.rows, height - top) } ?? height
    var canvas = Canvas(width: width, height: shown)
    var hits: [CellHit] = []
    canvas.put(header, x: 0, y: 0 - top, style: .title)
    arrangement.draw(on: &canvas, y: panelsTop - top, hits: &hits, record: collectHits)
    for index in hits.indices { hits[index].y += top }
    var y = panelsTop + arrangement.height + 1
    for line in captionLines {
      canvas.put(line, x: 0, y: y - top, style: .caption)
      y += 1
    }
    if !legendLines.isEmpty {
      y += 1
      for line in legendLines {
        canvas.put(line, x: 0, y: y - top, style: .hint)
        y += 1
      }
    }
    return LaidOutFrame(
      canvas: canvas, hits: hits, minimumWidth: arrangement.minimumWidth, top: top,
      fullHeight: height)
  }

  /// Lays a frame out for a window of `width` × `rows`: the captions always show.
  ///
  /// The panels take the roomiest density of `PanelDensity.ladder` with which panels,
  /// captions and legend all fit; the legend gives way before the numbers do; when even
  /// shading does not fit, the panels keep their numbers and scroll, following the sliding
  /// window when `follow`.
  ///
  ///     let fitted = FrameLayout.fit(frame, width: 80, rows: 19, ascii: false, scroll: 0)
  public static func fit(
    _ frame: Frame, width requested: Int, rows: Int, ascii: Bool, scroll: Int,
    follow: Bool = true, reserve: LayoutReserve? = nil
  ) -> FittedFrame {
    var memo = FitMemo(capacity: 0)
    return fit(
      frame, width: requested, rows: rows, ascii: ascii, scroll: scroll, follow: follow,
      reserve: reserve, memo: &memo)
  }

  /// ``fit(_:width:rows:ascii:scroll:follow:reserve:)``, answered from `memo` when it holds
  /// a fit of an equal frame with equal arguments, and remembered there otherwise.
  ///
  /// Two frames whose words read the same (numbers, formulas) but whose ``Frame/language``
  /// differs are fitted apart: the header and legend are worded in the frame's language.
  public static func fit(
    _ frame: Frame, width requested: Int, rows: Int, ascii: Bool, scroll: Int,
    follow: Bool = true, reserve: LayoutReserve? = nil, memo: inout FitMemo
  ) -> FittedFrame {
    let request = FitMemo.Request(
      frame: frame, width: requested, rows: rows, ascii: ascii, scroll: scroll, follow: follow,
      reserve: reserve)
    if let fitted = memo.fitted(for: request) { return fitted }
    let fitted = fitAnew(
      frame, width: requested, rows: rows, ascii: ascii, scroll: scroll, follow: follow,
      reserve: reserve)
    memo.remember(fitted, for: request)
    return fitted
  }

  private static func fitAnew(
    _ frame: Frame, width requested: Int, rows: Int, ascii: Bool, scroll: Int,
    follow: Bool, reserve: LayoutReserve?
  ) -> FittedFrame {
    let glyphs = Glyphs(ascii: ascii)
    let width = max(requested, 1)
    let rows = max(rows, 0)
    let captionLines = frame.captions.flatMap { wrap(transliterate($0, ascii), width: width) }
    // As tall as the tallest sampled captions, so that the panels do not move between steps.
    // Sampled frames repeat most lines (the formula), so each distinct line is wrapped once.
    var wrapped: [String: Int] = [:]
    let sampled = (reserve?.captionSamples ?? []).map { captions in
      captions.reduce(0) { total, caption in
        if let count = wrapped[caption] { return total + count }
        let count = wrap(transliterate(caption, ascii), width: width).count
        wrapped[caption] = count
        return total + count
      }
    }
    let captionRows = max(captionLines.count, sampled.max() ?? 0)

    // The roomiest density with numbers with which panels, captions and legend fit; else the
    // roomiest with numbers without the legend; only then shading, with the legend if it fits.
    // Each density is measured once, and each text formatted once.
    var chosen: (Arrangement, legend: [String])? = nil
    var withoutLegend: [Bool: Arrangement] = [:]
    var cache = PanelTexts.Cache()
    let used = roles(frame)
    for shading in [false, true] {
      for density in PanelDensity.ladder where density.shading == shading {
        let arrangement = Arrangement(
          frame, width: width, density: density, limited: true, glyphs: glyphs,
          reserve: reserve, cache: &cache, allOrNothing: !shading)
        if arrangement.abandoned || (!shading && !arrangement.allNumbers) { continue }
        guard arrangement.height + 1 + captionRows <= rows else { continue }
        let legend = legend(
          used, arrangement, glyphs: glyphs, width: width, language: frame.language)
        if arrangement.height + 1 + captionRows + legend.count <= rows {
          chosen = (arrangement, legend)
          break
        }
        if withoutLegend[shading] == nil { withoutLegend[shading] = arrangement }
      }
      if chosen == nil, let fits = withoutLegend[shading] { chosen = (fits, []) }
      if chosen != nil { break }
    }
    let arrangement =
      chosen?.0
      ?? Arrangement(
        frame, width: width, density: .standard, limited: true, glyphs: glyphs, reserve: reserve,
        cache: &cache)
    let legendLines = chosen?.legend ?? []
    // The panels get what the captions leave, but always a few rows.
    let panelRows = min(
      arrangement.height,
      max(rows - 1 - captionRows - legendLines.count, min(3, arrangement.height, rows)))
    var top = min(max(0, scroll), max(0, arrangement.height - panelRows))
    if follow, let focus = arrangement.focusRows(frame) {
      top = min(
        max(0, Self.follow(focus: focus, scroll: top, rows: panelRows)),
        max(0, arrangement.height - panelRows))
    }

    let height = min(rows, panelRows + 1 + captionRows + legendLines.count)
    var canvas = Canvas(width: width, height: max(0, height))
    var panels = Canvas(width: width, height: panelRows)
    var hits: [CellHit] = []
    arrangement.draw(on: &panels, y: -top, hits: &hits, record: true)
    // Scrolled past a band's titles but not past the band: its titles stay on the top row,
    // over the column numbers, so every grid on screen says what it is.
    if top > 0, panelRows > 2, arrangement.stickTitles(on: &panels, scroll: top) {
      hits.removeAll { $0.y == 0 }
    }
    canvas.paste(panels, atRow: 0)
    hits.removeAll { $0.y < 0 || $0.y >= panelRows }
    var y = panelRows + 1
    for line in captionLines {
      canvas.put(line, x: 0, y: y, style: .caption)
      y += 1
    }
    y = panelRows + 1 + captionRows
    for line in legendLines {
      canvas.put(line, x: 0, y: y, style: .hint)
      y += 1
    }
    return FittedFrame(
      canvas: canvas, hits: hits, minimumWidth: arrangement.minimumWidth, panelTop: top,
      panelHeight: arrangement.height, panelRows: panelRows, captionRows: captionRows,
      density: arrangement.density, showsLegend: !legendLines.isEmpty)
  }

  /// The scroll that shows `focus` in a window of `rows` rows, moving as little as it must.
  ///
  /// One row of context around the focus when there is room, none when that is what lets it
  /// fit; when it is taller than the window (panels stacked), its first rows, the input's
  /// window, are the ones kept in view.
  static func follow(focus: ClosedRange<Int>, scroll: Int, rows: Int) -> Int {
    let margin = rows >= 6 && focus.count <= rows - 2 ? 1 : 0
    let fits = focus.count <= rows - 2 * margin
    if focus.lowerBound < scroll + margin {
      return focus.lowerBound - margin
    } else if fits && focus.upperBound > scroll + rows - 1 - margin {
      return focus.upperBound - rows + 1 + margin
    } else if !fits && focus.lowerBound > scroll + rows - 1 - margin {
      return focus.lowerBound - margin
    }
    return scroll
  }

  /// The roles a frame's cells take, and whether any cell is highlighted.
  static func roles(_ frame: Frame) -> (roles: Set<CellRole>, highlighted: Bool) {
    // Flags by index rather than a Set: this runs for every cell of every frame.
    let all = CellRole.allCases
    var present = [Bool](repeating: false, count: all.count)
    var highlighted = false
    for panel in frame.panels {
      if let symbols = panel.symbols, symbols.count == panel.cells.count {
        // A symbolic cell shows its symbol (a zero as 0), not its role's glyph: the legend
        // would name a glyph that is not on screen.
        for (cell, symbol) in zip(panel.cells, symbols) {
          highlighted = highlighted || cell.highlighted
          if symbol != nil && cell.value != nil && StyleTable.glyphs(cell.role).placeholder != nil {
            continue
          }
          present[cell.role.index] = true
        }
        continue
      }
      for cell in panel.cells {
        present[cell.role.index] = true
        highlighted = highlighted || cell.highlighted
      }
    }
    return (Set(all.indices.filter { present[$0] }.map { all[$0] }), highlighted)
  }

  /// The legend's lines for the roles and modes in use, wrapped to `width`.
  static func legend(
    _ used: (roles: Set<CellRole>, highlighted: Bool), _ arrangement: Arrangement,
    glyphs: Glyphs, width: Int, language: Language = .english
  ) -> [String] {
    let (roles, highlighted) = used
    let entries = glyphs.legend(
      roles, highlighted: highlighted, shading: arrangement.anyShading,
      numbers: arrangement.anyNumbers, language: language)
    let heading = Caption.legend(.heading).text(in: language)
    return entries.isEmpty
      ? [] : wrap(heading + " " + entries.joined(separator: "   "), width: width)
  }

  /// The frame's first line: `conv — step 1 of 9`, in the frame's language.
  static func header(_ frame: Frame) -> String {
    Caption.legend(.header(scene: frame.scene, step: frame.index, count: frame.count))
      .text(in: frame.language)
  }

  /// Splits `text` into lines of at most `width` columns; continuation lines are indented.
  ///
  /// Lines break at spaces, and in Chinese also between two characters where
  /// ``LineBreaks`` allows it (never before `，` or inside an ASCII token such as `k=3`).
  /// A piece longer than a line is cut between characters, so that no line is ever
  /// wider than `width` and no character is cut in half.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard DisplayWidth.of(text) > width, width > 8 else { return [text] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      for (index, piece) in LineBreaks.pieces(of: word).enumerated() {
        var piece = String(piece)
        var pieceWidth = DisplayWidth.of(piece)
        if index == 0 {
          // A word's first piece follows a space, where English lines have always broken.
          if lineWidth > 0 && lineWidth + 1 + pieceWidth > width {
            lines.append(line)
            line = "  "
            lineWidth = 2
          } else if lineWidth > 0 {
            line += " "
            lineWidth += 1
          }
        } else if lineWidth + pieceWidth > width {
          // Inside a word the piece before is on the line, so breaking here leaves no empty line.
          lines.append(line)
          line = "  "
          lineWidth = 2
        }
        while lineWidth + pieceWidth > width {
          var head = ""
          var headWidth = 0
          for character in piece {
            let w = DisplayWidth.of(character)
            if lineWidth + headWidth + w > width { break }
            head.append(character)
            headWidth += w
          }
          if head.isEmpty { break }
          lines.append(line + head)
          line = "  "
          lineWidth = 2
          piece.removeFirst(head.count)
          pieceWidth -= headWidth
        }
        line += piece
        lineWidth += pieceWidth
      }
    }
    lines.append(line)
    return lines
  }

  /// Replaces the mathematical characters of titles and captions with ASCII.
  public static func transliterate(_ text: String, _ ascii: Bool) -> String {
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
      case "ᵀ": result += "^T"
      case "┌": result += "/"
      case "│": result += "|"
      case "└": result += "\\"
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

/// The panels of a frame measured at one density and flowed into bands.
struct Arrangement {
  let density: PanelDensity
  private(set) var shapes: [PanelShape]
  /// Per shape: whether it is shaded whatever its cells hold (shading asked for, or no
  /// number of decimals could fit however narrow its numbers), so that its mode was chosen
  /// without formatting a cell.
  private let shadedBySize: [Bool]
  let blockWidths: [Int]
  let titles: [String]
  let bands: [[Int]]
  let bandHeights: [Int]
  /// The narrowest width at which every panel still fits (shaded).
  let minimumWidth: Int

  /// Set when `allOrNothing` found a panel that cannot show numbers: the rest is not measured.
  private(set) var abandoned = false

  /// Measures every panel at `density`; a panel too wide for `width` (when `limited`) takes
  /// fewer decimals, then shading. With `allOrNothing`, measuring stops at the first panel
  /// that would be shaded, since the explorer then moves on to the next density.
  /// `shadingRanges[i]`, when given, is panel `i`'s shading range as ``PanelShape`` would
  /// find it, known by a caller that followed the panel's cells from the frame before.
  init(
    _ frame: Frame, width: Int, density: PanelDensity, limited: Bool, glyphs: Glyphs,
    reserve: LayoutReserve?, cache: inout PanelTexts.Cache, allOrNothing: Bool = false,
    shadingRanges: [ShadingRange?] = []
  ) {
    self.density = density
    var shapes: [PanelShape] = []
    var shadedBySize: [Bool] = []
    var minimum = 20
    for (index, panel) in frame.panels.enumerated() {
      minimum = max(minimum, panel.cols * 2)
      let range = reserve?.ranges[panel.name]
      let known = index < shadingRanges.count ? shadingRanges[index] : nil
      if density.shading && !panel.isTable {
        shapes.append(PanelShape(panel, glyphs: glyphs, mode: .shading, range: range, known: known))
        shadedBySize.append(true)
        continue
      }
      // Too wide: fewer decimals first, then shading (unless nothing may be cut).
      var shape: PanelShape? = nil
      var formatted = false
      for decimals in [density.decimals, 2, 1] where decimals <= density.decimals {
        let reserved = reserve?.columns(panel: panel.name, decimals: decimals) ?? 0
        let mode = PanelShape.Mode.numbers(decimals: decimals, spacing: density.spacing)
        // The narrowest this could be; when even that is too wide, nothing is formatted.
        if limited
          && PanelShape.gridWidth(panel, mode: mode, numberColumns: max(1, reserved)) > width
        {
          continue
        }
        formatted = true
        let texts = cache.texts(panel, index: index, decimals: decimals, glyphs: glyphs)
        let candidate = PanelShape(
          panel, glyphs: glyphs, mode: mode, texts: texts, reserve: reserved)
        if !limited || candidate.gridWidth <= width {
          shape = candidate
          break
        }
        if candidate.numberColumns <= 1 { break }
      }
      if shape == nil && allOrNothing && !panel.isTable {
        abandoned = true
        break
      }
      if shape == nil && panel.isTable {
        // A table's numbers are its point: it keeps them, one decimal, even when too wide.
        let texts = cache.texts(panel, index: index, decimals: 1, glyphs: glyphs)
        shape = PanelShape(
          panel, glyphs: glyphs, mode: .numbers(decimals: 1, spacing: 0), texts: texts)
      }
      shadedBySize.append(shape == nil && !formatted)
      shapes.append(
        shape ?? PanelShape(panel, glyphs: glyphs, mode: .shading, range: range, known: known))
    }
    self.shapes = shapes
    self.shadedBySize = shadedBySize
    minimumWidth = minimum
    titles = frame.panels.prefix(shapes.count).map {
      FrameLayout.transliterate($0.title, glyphs.ascii)
    }
    blockWidths = zip(shapes, titles).map { shape, title in
      max(shape.gridWidth, DisplayWidth.of(title))
    }
    var bands: [[Int]] = []
    var used = 0
    for index in shapes.indices {
      let need = blockWidths[index]
      if let last = bands.indices.last, used + FrameLayout.gap + need <= width {
        bands[last].append(index)
        used += FrameLayout.gap + need
      } else {
        bands.append([index])
        used = need
      }
    }
    self.bands = bands
    bandHeights = bands.map { band in 1 + (band.map { shapes[$0].height }.max() ?? 0) }
  }

  /// Whether laying out `frame` afresh, with the width, density, glyphs and reserve this
  /// arrangement was made with, would give this arrangement again.
  ///
  /// `changes` are the cells that differ from the frame this arrangement was made for,
  /// and `shadingRanges` the shaded panels' ranges followed from it, as handed to
  /// ``init(_:width:density:limited:glyphs:reserve:cache:allOrNothing:shadingRanges:)``.
  /// A panel showing numbers must have no changed cell (its texts, and so its columns,
  /// could change); a shaded one must be shaded whatever its cells hold and keep its range.
  /// Everything else the arrangement reads (names, titles, sizes, labels, symbols) must be
  /// the same.
  func fits(_ frame: Frame, changes: CellChanges, shadingRanges: [ShadingRange?]) -> Bool {
    guard !abandoned, shapes.count == frame.panels.count,
      changes.indices.count == shapes.count
    else { return false }
    for (index, shape) in shapes.enumerated() {
      let old = shape.panel
      let new = frame.panels[index]
      // Texts drawn are compared by their bytes: `==` would take canonically equivalent
      // texts, which draw other bytes, for the same.
      guard old.rows == new.rows, old.cols == new.cols, old.name == new.name,
        SameBytes.of(old.title, new.title), SameBytes.of(old.rowLabels, new.rowLabels),
        SameBytes.of(old.columnLabels, new.columnLabels), old.symbols == new.symbols
      else { return false }
      if shape.numbers {
        guard changes.indices[index].isEmpty else { return false }
      } else {
        guard shadedBySize[index], index < shadingRanges.count,
          let range = shadingRanges[index], range == shape.shading
        else { return false }
      }
    }
    return true
  }

  /// Gives each shape the panel at its place in `frame`, whose cells it then draws.
  ///
  /// For an arrangement that ``fits(_:changes:shadingRanges:)`` `frame`.
  mutating func adopt(_ frame: Frame) {
    for index in shapes.indices { shapes[index].panel = frame.panels[index] }
  }

  /// Lets go of the panels' cells (the rest of each panel is kept, for
  /// ``fits(_:changes:shadingRanges:)``), so that a frame advanced in place after this
  /// arrangement was kept owns its cells alone and is not copied. Drawing a cell is then wrong
  /// until ``adopt(_:)``.
  mutating func releaseCells() {
    for index in shapes.indices { shapes[index].panel.cells = [] }
  }

  /// Whether every panel shows its numbers.
  var allNumbers: Bool { shapes.allSatisfy(\.numbers) }
  var anyShading: Bool { shapes.contains { !$0.numbers } }
  var anyNumbers: Bool { shapes.contains { $0.numbers } }

  /// Rows from the first band's title to the last band's last row.
  var height: Int {
    bandHeights.isEmpty ? 0 : bandHeights.reduce(0, +) + bandHeights.count - 1
  }

  /// The widest band.
  var widest: Int {
    bands.map { band in
      band.map { blockWidths[$0] }.reduce(0, +) + FrameLayout.gap * max(0, band.count - 1)
    }.max() ?? 0
  }

  /// Each panel's top-left corner (its title), counted from the first band's title row.
  var origins: [(x: Int, y: Int)] {
    var origins = Array(repeating: (x: 0, y: 0), count: shapes.count)
    var y = 0
    for (band, bandHeight) in zip(bands, bandHeights) {
      var x = 0
      for index in band {
        origins[index] = (x, y)
        x += blockWidths[index] + FrameLayout.gap
      }
      y += bandHeight + 1
    }
    return origins
  }

  /// Everything about the arrangement that decides where and how a cell is drawn, apart
  /// from the cell itself: two frames with equal geometry differ only in the cells that differ.
  struct Geometry: Equatable {
    var titles: [String]
    var blockWidths: [Int]
    var bands: [[Int]]
    /// Per panel: rows, columns, numbers (1) or shading (0), decimals, spacing, number columns.
    var sizes: [Int]
    /// Per panel: the range shading spreads over the ramp.
    var ranges: [Double]

    /// Titles compared by their bytes: `==` on strings would take canonically equivalent
    /// titles, which draw other bytes, for the same, and leave the old title drawn.
    static func == (a: Geometry, b: Geometry) -> Bool {
      a.blockWidths == b.blockWidths && a.bands == b.bands && a.sizes == b.sizes
        && a.ranges == b.ranges && a.titles.count == b.titles.count
        && zip(a.titles, b.titles).allSatisfy { SameBytes.of($0, $1) }
    }
  }

  var geometry: Geometry {
    var sizes: [Int] = []
    var ranges: [Double] = []
    sizes.reserveCapacity(shapes.count * 6)
    for shape in shapes {
      sizes += [
        shape.panel.rows, shape.panel.cols, shape.numbers ? 1 : 0, shape.decimals, shape.spacing,
        shape.numberColumns,
      ]
      sizes += shape.table?.widths ?? []
      ranges += [shape.low, shape.high]
    }
    return Geometry(
      titles: titles, blockWidths: blockWidths, bands: bands, sizes: sizes, ranges: ranges)
  }

  /// Draws every band from canvas row `y` on (negative when scrolled); hits record frame rows
  /// relative to the canvas.
  func draw(on canvas: inout Canvas, y: Int, hits: inout [CellHit], record: Bool) {
    var y = y
    for (band, bandHeight) in zip(bands, bandHeights) {
      var x = 0
      for index in band {
        canvas.put(titles[index], x: x, y: y, style: .title)
        shapes[index].draw(on: &canvas, x: x, y: y + 1, hits: &hits, record: record)
        x += blockWidths[index] + FrameLayout.gap
      }
      y += bandHeight + 1
    }
  }

  /// Draws the titles of the band that `scroll` cuts into on the canvas's top row; false
  /// when `scroll` falls on a band's title row or between bands.
  func stickTitles(on canvas: inout Canvas, scroll: Int) -> Bool {
    var y = 0
    for (band, bandHeight) in zip(bands, bandHeights) {
      if scroll > y && scroll < y + bandHeight {
        for x in 0..<canvas.width { canvas[x, 0] = .space }
        var x = 0
        for index in band {
          canvas.put(titles[index], x: x, y: 0, style: .title)
          x += blockWidths[index] + FrameLayout.gap
        }
        return true
      }
      y += bandHeight + 1
    }
    return false
  }

  /// The rows, counted from the first band's title, holding the current window, the current
  /// output cell or a pinned cell.
  func focusRows(_ frame: Frame) -> ClosedRange<Int>? {
    var low = Int.max
    var high = Int.min
    var y = 0
    for (band, bandHeight) in zip(bands, bandHeights) {
      for index in band {
        let panel = shapes[index].panel
        let first = y + 1 + shapes[index].labelRows
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
}

/// A panel measured in one mode: numbers (with some decimals and spacing) or shading.
struct PanelShape {
  enum Mode {
    case numbers(decimals: Int, spacing: Int)
    case shading
  }

  /// The panel measured; ``Arrangement/adopt(_:)`` swaps in a later frame's panel that
  /// measures the same.
  fileprivate(set) var panel: Panel
  let glyphs: Glyphs
  let mode: Mode
  /// The texts shown in number mode (a number, or a placeholder glyph), row-major.
  let texts: [String]
  /// The display width of each text.
  let widths: [Int]
  let numberColumns: Int
  /// A table's columns, each as wide as its own entries; nil for a grid, whose cells share one width.
  let table: TableColumns?
  /// The range of the panel's values, which shading spreads over the heat ramp.
  let low: Double
  let high: Double
  /// The same range with what a stream needs to follow it; nil in number mode.
  let shading: ShadingRange?

  /// `range` widens the range of values that shading spreads over the ramp (see ``LayoutReserve``);
  /// `known` is that range widened by the panel's values, when the caller already knows it.
  init(
    _ panel: Panel, glyphs: Glyphs, mode: Mode, texts given: PanelTexts? = nil, reserve: Int = 0,
    range: ClosedRange<Double>? = nil, known: ShadingRange? = nil
  ) {
    self.panel = panel
    self.glyphs = glyphs
    self.mode = mode
    switch mode {
    case .numbers(let decimals, _):
      let made = given ?? PanelTexts(panel, decimals: decimals, glyphs: glyphs)
      texts = made.texts
      widths = made.widths
      numberColumns = max(1, made.widest, reserve)
      table =
        panel.isTable ? TableColumns(panel, textWidths: made.widths, ascii: glyphs.ascii) : nil
      low = 0
      high = 0
      shading = nil
    case .shading:
      texts = []
      widths = []
      numberColumns = 1
      table = nil
      let shading = known ?? ShadingRange(panel.cells, widening: range)
      low = shading.low
      high = shading.high
      self.shading = shading
    }
  }

  var numbers: Bool {
    if case .numbers = mode { return true }
    return false
  }

  var spacing: Int {
    if case .numbers(_, let spacing) = mode { return spacing }
    return 0
  }

  var decimals: Int {
    if case .numbers(let decimals, _) = mode { return decimals }
    return -1
  }

  /// Columns one cell takes: in number mode the widest number, a marker either side and the
  /// spacing; in shading mode two.
  var cellWidth: Int { numbers ? spacing + numberColumns + 2 : 2 }
  /// In number mode, row indices take a gutter on the left and column indices a row on
  /// top, so that `y[1,2]` or "rows 0–2" can be found without counting.
  var gutterWidth: Int {
    if let table { return table.gutterWidth }
    return numbers ? Self.digits(max(0, panel.rows - 1)) + 1 : 0
  }

  /// The decimal digits of `n` ≥ 0, as `String(n).count` counts them, without making the
  /// string: asked for every cell a streamed frame redraws.
  static func digits(_ n: Int) -> Int {
    var count = 1
    var rest = n
    while rest >= 10 {
      rest /= 10
      count += 1
    }
    return count
  }
  var gridWidth: Int { gutterWidth + columnLeft(panel.cols) }

  /// Where column `c` starts, counted from the gutter's end; `columnLeft(cols)` is the grid's width.
  func columnLeft(_ c: Int) -> Int {
    guard let table else { return c * cellWidth }
    return table.widths.prefix(c).reduce(0) { $0 + $1 + spacing + 2 }
  }

  /// The columns column `c`'s cells take: a table's own width, else the shared one.
  func cellWidth(_ c: Int) -> Int {
    guard let table else { return cellWidth }
    return spacing + table.widths[c] + 2
  }

  /// The grid width `panel` would have in `mode` with numbers `numberColumns` wide
  /// (for a table, whose columns differ, no more than that).
  static func gridWidth(_ panel: Panel, mode: Mode, numberColumns: Int) -> Int {
    if panel.isTable { return 0 }
    switch mode {
    case .numbers(_, let spacing):
      return digits(max(0, panel.rows - 1)) + 1 + panel.cols * (spacing + numberColumns + 2)
    case .shading:
      return panel.cols * 2
    }
  }

  var labelRows: Int { table?.headerRows ?? (numbers ? 1 : 0) }

  /// Rows the panel's grid takes below its title.
  var height: Int { panel.rows + labelRows }

  /// A value's place between the panel's lowest and highest value, 0…1.
  func level(_ value: Double) -> Double {
    guard high > low else { return 0.5 }
    return (value - low) / (high - low)
  }

  /// Draws the panel's cells with their top-left (labels included) at canvas position (x, y);
  /// rows off the canvas are skipped.
  func draw(on canvas: inout Canvas, x: Int, y: Int, hits: inout [CellHit], record: Bool) {
    let cellWidth = self.cellWidth
    var x = x
    var y = y
    if let table {
      drawLabels(of: table, on: &canvas, x: x, y: y)
      x += gutterWidth
      y += labelRows
    } else if numbers {
      // Index labels, dimmed: column numbers end where each cell's number ends.
      for c in 0..<panel.cols {
        let label = String(c)
        let end = x + gutterWidth + c * cellWidth + spacing + 1 + numberColumns
        canvas.put(label, x: end - label.count, y: y, style: .hint)
      }
      for r in 0..<panel.rows {
        let label = String(r)
        canvas.put(label, x: x + gutterWidth - 1 - label.count, y: y + 1 + r, style: .hint)
      }
      x += gutterWidth
      y += 1
    }
    // Only the panel rows that land on the canvas.
    let last = max(0, min(panel.rows, canvas.height - y))
    let rows = min(max(0, -y), last)..<last
    if record { hits.reserveCapacity(hits.count + rows.count * panel.cols) }
    for r in rows {
      let row = y + r
      for c in 0..<panel.cols {
        let left = x + (table == nil ? c * cellWidth : columnLeft(c))
        drawCell(r * panel.cols + c, on: &canvas, left: left, row: row)
        if record {
          hits.append(
            CellHit(
              panel: panel.name, row: r, col: c, x: left + spacing, y: row,
              width: (table == nil ? cellWidth : self.cellWidth(c)) - spacing))
        }
      }
    }
  }

  /// Where cell `index`'s columns start and its row, for a panel drawn at (x, y) as `draw` draws it.
  func cellOrigin(_ index: Int, x: Int, y: Int) -> (left: Int, row: Int) {
    let (r, c) = index.quotientAndRemainder(dividingBy: panel.cols)
    return (x + gutterWidth + columnLeft(c), y + labelRows + r)
  }

  /// A table's header lines above each column (ending where its numbers end) and its row
  /// labels in the gutter, dimmed like a grid's indices.
  private func drawLabels(of table: TableColumns, on canvas: inout Canvas, x: Int, y: Int) {
    for (c, lines) in table.headers.enumerated() {
      let end = x + gutterWidth + columnLeft(c) + spacing + 1 + table.widths[c]
      // Bottom-aligned, so that every header's last line sits just above its numbers.
      let top = y + labelRows - lines.count
      for (line, text) in lines.enumerated() {
        canvas.put(text, x: end - DisplayWidth.of(text), y: top + line, style: .hint)
      }
    }
    for (r, label) in table.rowLabels.enumerated() {
      canvas.put(
        label, x: x + gutterWidth - 1 - DisplayWidth.of(label), y: y + labelRows + r, style: .hint)
    }
  }

  /// Draws cell `index` (row-major) with its columns from `left` on, in canvas row `row`;
  /// every column of the cell is written, so it can be redrawn over an older frame's cell.
  func drawCell(_ index: Int, on canvas: inout Canvas, left: Int, row: Int) {
    let cell = panel.cells[index]
    let style = Style.cell(cell.role, heat: cell.heat, highlighted: cell.highlighted).id
    if numbers {
      // Piece by piece rather than one concatenated string: this is the hottest loop of an export.
      let (open, close) = glyphs.markers(cell)
      var column = left + spacing
      column += canvas.put(open, x: column, y: row, id: style)
      let pad = (table.map { $0.widths[index % panel.cols] } ?? numberColumns) - widths[index]
      if pad > 0 {
        canvas.fill(x: column, y: row, count: pad, id: style)
        column += pad
      }
      column += canvas.put(texts[index], x: column, y: row, id: style)
      canvas.put(close, x: column, y: row, id: style)
    } else {
      let heat = cell.role == .heat ? cell.heat : cell.value.map(level)
      // Two scalars straight onto the canvas where the glyphs allow, with no string made.
      if let (first, second) = glyphs.shadeColumns(cell, level: heat) {
        canvas.putColumns(first, second, x: left, y: row, id: style)
      } else {
        canvas.put(glyphs.shade(cell, level: heat), x: left, y: row, id: style)
      }
    }
  }
}

/// A panel's cell texts at some number of decimals, with their widths.
struct PanelTexts {
  private(set) var texts: [String]
  private(set) var widths: [Int]
  fileprivate(set) var widest: Int

  init(_ panel: Panel, decimals: Int, glyphs: Glyphs) {
    if let symbols = panel.symbols, symbols.count == panel.cells.count {
      texts = zip(panel.cells, symbols).map { cell, symbol in
        Self.text(cell, symbol: symbol, decimals: decimals, glyphs: glyphs)
      }
    } else {
      texts = panel.cells.map { Self.text($0, decimals: decimals, glyphs: glyphs) }
    }
    widths = texts.map { DisplayWidth.of($0) }
    widest = widths.max() ?? 1
  }

  /// What a cell shows in number mode: its role's placeholder, or its number.
  static func text(_ cell: Cell, decimals: Int, glyphs: Glyphs) -> String {
    glyphs.placeholder(cell) ?? cell.value.map { NumberText.format($0, decimals: decimals) } ?? "_"
  }

  /// A symbolic cell's text: its symbol (a zero as `0`, not its role's glyph) wherever it
  /// has a value, else what a number cell shows.
  static func text(_ cell: Cell, symbol: CellSymbol?, decimals: Int, glyphs: Glyphs) -> String {
    guard let symbol, cell.value != nil else {
      return text(cell, decimals: decimals, glyphs: glyphs)
    }
    return symbol.text(ascii: glyphs.ascii)
  }

  /// Replaces cell `index`'s text; false when that may have narrowed the widest text,
  /// which the caller then measures again.
  fileprivate mutating func set(_ index: Int, _ text: String) -> Bool {
    let before = widths[index]
    let width = DisplayWidth.of(text)
    texts[index] = text
    widths[index] = width
    if width >= widest {
      widest = width
      return true
    }
    // Narrower than the widest: the widest is another cell's, unless it was this one's.
    return before < widest
  }

  /// Whether `new` shows the text `old` shows: the same value to the bit (`-0` is spelt
  /// apart from `0`) and roles with the same placeholder. A window moving over numbers
  /// changes roles and markers, not texts.
  static func sameText(_ old: Cell, _ new: Cell) -> Bool {
    old.value?.bitPattern == new.value?.bitPattern
      && placeholderKinds[old.role.index] == placeholderKinds[new.role.index]
  }

  /// Per role (by ``CellRole/index``), which placeholder it shows: roles with equal
  /// placeholders share a number, and a role showing its number has -1.
  private static let placeholderKinds: [Int] = {
    var seen: [[String]] = []
    return CellRole.allCases.map { role in
      guard let placeholder = StyleTable.glyphs(role).placeholder else { return -1 }
      let key = [placeholder.unicode, placeholder.ascii]
      if let kind = seen.firstIndex(of: key) { return kind }
      seen.append(key)
      return seen.count - 1
    }
  }()

  /// Texts already made, per panel and number of decimals; a panel of integers is made once.
  ///
  /// A cache kept across the frames of one animation (`acrossFrames`) remakes only the texts
  /// of cells that changed since the frame it last saw: from one step to the next, a window
  /// moves and an output cell fills in, and every other text stays as it was.
  struct Cache {
    private var made: [Int: [Int: PanelTexts]] = [:]
    private var integers: [Int: Bool] = [:]
    /// The cells each entry of `made` was made from, when kept across frames.
    private var sources: [Int: [Int: [Cell]]] = [:]
    /// The symbols each panel's entries were made with (nil for numbers), across frames.
    private var symbols: [Int: [CellSymbol?]?] = [:]
    let acrossFrames: Bool

    init(acrossFrames: Bool = false) { self.acrossFrames = acrossFrames }

    mutating func texts(_ panel: Panel, index: Int, decimals: Int, glyphs: Glyphs) -> PanelTexts {
      if acrossFrames { return update(panel, index: index, decimals: decimals, glyphs: glyphs) }
      let onlyIntegers =
        integers[index]
        ?? panel.cells.allSatisfy { cell in
          cell.value.map { $0 == $0.rounded() && abs($0) < 1e12 } ?? true
        }
      integers[index] = onlyIntegers
      let key = onlyIntegers ? 0 : decimals
      if let texts = made[index]?[key] { return texts }
      let texts = PanelTexts(panel, decimals: decimals, glyphs: glyphs)
      made[index, default: [:]][key] = texts
      return texts
    }

    /// The texts of `panel`, made from the last ones at these decimals where cells are unchanged.
    private mutating func update(_ panel: Panel, index: Int, decimals: Int, glyphs: Glyphs)
      -> PanelTexts
    {
      // A symbolic panel's texts depend on its symbols too, which stay put within a scene.
      guard var texts = made[index]?[decimals], let old = sources[index]?[decimals],
        old.count == panel.cells.count, symbols[index] == panel.symbols
      else {
        let texts = PanelTexts(panel, decimals: decimals, glyphs: glyphs)
        made[index, default: [:]][decimals] = texts
        sources[index, default: [:]][decimals] = panel.cells
        // updateValue keeps a nil (a panel of numbers) as an entry rather than removing it.
        symbols.updateValue(panel.symbols, forKey: index)
        return texts
      }
      var changed = false
      var narrowed = false
      panel.cells.withUnsafeBufferPointer { new in
        old.withUnsafeBufferPointer { old in
          CellComparison.forEachChange(new, old) { i in
            if PanelTexts.sameText(old[i], new[i]) { return }
            if !changed {
              changed = true
              made[index]![decimals] = nil  // so that `texts` is the only copy and changes in place
            }
            let text =
              panel.symbols.map {
                PanelTexts.text(new[i], symbol: $0[i], decimals: decimals, glyphs: glyphs)
              } ?? PanelTexts.text(new[i], decimals: decimals, glyphs: glyphs)
            if !texts.set(i, text) { narrowed = true }
          }
        }
      }
      if narrowed { texts.widest = texts.widths.max() ?? 1 }
      made[index]![decimals] = texts
      sources[index]![decimals] = panel.cells
      return texts
    }
  }
}
