import ConvMessages

/// Renders the frames of one animation as plain or ANSI text into bytes, one after another,
/// redrawing only what changed since the frame before.
///
/// The bytes are exactly what ``TextRenderer`` (or ``ANSIRenderer``) makes of each frame with
/// the animation's ``LayoutReserve``: the panels are laid out as usual, and when their
/// arrangement is the one of the frame before (same sizes, titles, column widths and
/// shading ranges, as within one animation it nearly always is), only the cells that
/// differ are drawn again, on the same canvas, and only their rows encoded again. One
/// step of a 32×32 convolution moves a window of nine cells and fills one output cell, so
/// a frame costs a few rows instead of the whole grid.
///
///     var stream = FrameTextStream(steps: steps, width: nil, ascii: false)
///     var bytes: [UInt8] = []
///     for step in 0..<steps.stepCount {
///       stream.append(step: step, to: &bytes)   // separator line, then the frame
///       // write `bytes` out now and then, and empty it, to stream a long animation
///     }
public struct FrameTextStream {
  /// The steps that ``append(step:to:)`` reads.
  ///
  /// A stream made for a list of frames (the cast renderer's) has none and is only handed frames.
  public var steps: SceneSteps { source! }
  private let source: SceneSteps?
  /// Column widths and shading ranges kept across the animation's frames.
  public var reserve: LayoutReserve {
    didSet { kept = nil }  // the kept arrangement was measured against the old reserve
  }
  /// Where panels and captions wrap.
  let flow: Int
  /// Whether `flow` is a hard limit (an explicit width).
  let limited: Bool
  let glyphs: Glyphs
  /// `.monochrome` writes plain text; the others write SGR codes from ``StyleTable``.
  let depth: ColourDepth
  /// What ends each line: a newline, or `\r\n` for a terminal recording.
  let lineEnd: [UInt8]
  /// Whether a frame with symbols gets the legend ``FrameLayout`` gives it, which leaves out
  /// the roles whose glyphs its symbols cover. The text and ANSI exports' streams name every
  /// role present, as they always have (a known difference from a single frame's layout,
  /// kept so that their bytes stay as they were); the recording keeps the layout's legend.
  let symbolsLegendAsLaidOut: Bool
  /// The columns and lines of the last frame appended: the canvas ``FrameLayout`` would draw.
  private(set) var lastSize = (width: 0, height: 0)

  private var cache = PanelTexts.Cache(acrossFrames: true)
  /// The panels as drawn for the last frame, and what decided their places.
  private var panels: Canvas? = nil
  private var geometry: Arrangement.Geometry? = nil
  /// The last frame's arrangement, its cells let go of, for the next frame when that one
  /// would be arranged the same: within one animation it nearly always is, and arranging
  /// afresh (looking every panel up in the reserve, measuring it) is most of a frame's cost.
  private var kept: Arrangement? = nil
  private var width = 0
  /// The names of the last frame's panels.
  private var names: [String] = []
  /// The last frame appended, which the next step may be made from in place.
  private var last: Frame? = nil
  /// Whether `last` is a frame `steps` made (with no pinned cell): only such a frame is
  /// advanced in place, never one handed to ``append(_:to:)``, which may come from anywhere.
  private var lastIsStep = false
  /// Per panel of the last frame: its shading range and the reserved range that widened
  /// it, or nil when it showed numbers.
  private var shaded: [(range: ShadingRange, reserved: ClosedRange<Double>?)?] = []
  /// The encoded bytes of each panel row with its line end, and which rows changed since
  /// they were encoded.
  private var rows: [[UInt8]] = []
  private var dirty: [Bool] = []
  /// How many cells of the current frame take each role (by ``CellRole/index``), and how
  /// many are highlighted: the legend's inputs, kept up to date with the changed cells.
  private var roleCounts = [Int](repeating: 0, count: CellRole.allCases.count)
  private var highlightedCount = 0
  /// The legend's encoded lines per combination of roles and modes, at `textWidth`.
  private var legends: [LegendKey: (bytes: [UInt8], lines: Int)] = [:]
  /// The last frame's captions, by place, with their wrapped lines encoded at `textWidth`.
  private var wrapped: [(caption: String, bytes: [UInt8], lines: Int)] = []
  /// The width the captions and the legend were encoded at.
  private var textWidth = -1

  private struct LegendKey: Hashable {
    var roles: UInt32
    var highlighted: Bool
    var shading: Bool
    var numbers: Bool
    var language: Language
  }

  /// A stream at `width` (nil: wrap at ``TextRenderer/flowWidth`` and cut nothing, as
  /// ``TextRenderer`` does without a width); `depth` other than `.monochrome` writes ANSI.
  public init(
    steps: SceneSteps, width: Int?, ascii: Bool, depth: ColourDepth = .monochrome,
    reserve: LayoutReserve? = nil
  ) {
    self.init(
      steps: steps, flow: width ?? TextRenderer.flowWidth, limited: width != nil, ascii: ascii,
      depth: depth, reserve: reserve)
  }

  /// Every step of `steps` as one text, for the renderers that return a whole animation.
  static func text(
    of steps: SceneSteps, flow: Int, limited: Bool, ascii: Bool, depth: ColourDepth,
    reserve: LayoutReserve?
  ) -> String {
    var stream = FrameTextStream(
      steps: steps, flow: flow, limited: limited, ascii: ascii, depth: depth, reserve: reserve)
    var bytes: [UInt8] = []
    for step in 0..<steps.stepCount { stream.append(step: step, to: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A stream that wraps at `flow` and, when `limited`, cuts nothing past it.
  init(
    steps: SceneSteps, flow: Int, limited: Bool, ascii: Bool, depth: ColourDepth,
    reserve: LayoutReserve?
  ) {
    self.init(
      source: steps, reserve: reserve ?? LayoutReserve(steps), flow: flow, limited: limited,
      ascii: ascii, depth: depth, lineEnd: [0x0A], symbolsLegendAsLaidOut: false)
  }

  /// A recording's stream: the steps of `steps` through ``appendScreen(step:to:)``, each
  /// line ending with `lineEnd`, each frame's legend as ``FrameLayout`` lays it out.
  init(
    recording steps: SceneSteps, reserve: LayoutReserve, flow: Int, limited: Bool, ascii: Bool,
    depth: ColourDepth, lineEnd: [UInt8]
  ) {
    self.init(
      source: steps, reserve: reserve, flow: flow, limited: limited, ascii: ascii, depth: depth,
      lineEnd: lineEnd, symbolsLegendAsLaidOut: true)
  }

  /// A stream of frames handed to ``append(_:to:)`` one by one, each line ending with
  /// `lineEnd`, each frame's legend as ``FrameLayout`` lays it out.
  init(
    reserve: LayoutReserve, flow: Int, limited: Bool, ascii: Bool, depth: ColourDepth,
    lineEnd: [UInt8]
  ) {
    self.init(
      source: nil, reserve: reserve, flow: flow, limited: limited, ascii: ascii, depth: depth,
      lineEnd: lineEnd, symbolsLegendAsLaidOut: true)
  }

  private init(
    source: SceneSteps?, reserve: LayoutReserve, flow: Int, limited: Bool, ascii: Bool,
    depth: ColourDepth, lineEnd: [UInt8], symbolsLegendAsLaidOut: Bool
  ) {
    self.source = source
    self.symbolsLegendAsLaidOut = symbolsLegendAsLaidOut
    self.reserve = reserve
    self.flow = max(flow, 1)
    self.limited = limited
    self.glyphs = Glyphs(ascii: ascii)
    self.depth = depth
    self.lineEnd = lineEnd
  }

  /// Appends step `step`'s separator line (``TextRenderer/separator(index:count:)``) and frame.
  public mutating func append(step: Int, to bytes: inout [UInt8]) {
    let (frame, changes) = next(step)
    TextRenderer.appendSeparator(index: frame.index, count: frame.count, to: &bytes)
    bytes += lineEnd
    append(frame, changes: changes ?? self.changes(frame), to: &bytes)
    lastIsStep = true
  }

  /// Appends step `step`'s frame alone, with no separator line: a recording's screen.
  mutating func appendScreen(step: Int, to bytes: inout [UInt8]) {
    let (frame, changes) = next(step)
    append(frame, changes: changes ?? self.changes(frame), to: &bytes)
    lastIsStep = true
  }

  /// Step `step`'s frame, and the cells it changed when it was made from the last one.
  private mutating func next(_ step: Int) -> (Frame, CellChanges?) {
    // The step after the last one is made from the last frame in place when the scene can:
    // the cells it touched are then the only ones to compare. `last` is taken out first so
    // that the frame's storage has one owner and changes without a copy.
    if lastIsStep, var made = last.take() {
      if let touched = steps.advance(&made, to: step) {
        return (made, touched.changes(in: made))
      }
      last = made
    }
    return (steps.frame(at: step), nil)
  }

  /// Appends one frame, every line ending with a newline.
  public mutating func append(_ frame: Frame, to bytes: inout [UInt8]) {
    append(frame, changes: changes(frame), to: &bytes)
    lastIsStep = false
  }

  /// Appends one frame, given per panel the cells that differ from the last frame's and
  /// what they were (nil when the panels do not pair up).
  private mutating func append(
    _ frame: Frame, changes: CellChanges?, to bytes: inout [UInt8]
  ) {
    // The cells that changed since the last frame, looked for once: they give the shaded
    // panels' ranges without reading every cell, and the cells to draw again.
    var ranges: [ShadingRange?] = []
    if let changes {
      ranges = frame.panels.indices.map { index in
        guard let (range, reserved) = shaded[index],
          names[index] == frame.panels[index].name,
          reserved == reserve.ranges[frame.panels[index].name]
        else { return nil }
        return frame.panels[index].cells.withUnsafeBufferPointer { new in
          changes.withOld(panel: index) { old in
            range.updated(old, new, changes: changes.indices[index])
          }
        }
      }
    }
    var arrangement: Arrangement
    let reused: Bool
    if let changes, var last = kept.take(),
      last.fits(frame, changes: changes, shadingRanges: ranges)
    {
      last.adopt(frame)
      arrangement = last
      reused = true
    } else {
      arrangement = Arrangement(
        frame, width: flow, density: .standard, limited: limited, glyphs: glyphs,
        reserve: reserve, cache: &cache, shadingRanges: ranges)
      reused = false
    }
    let width = limited ? flow : max(flow, arrangement.widest)
    drawPanels(frame, arrangement, width: width, changes: changes, reused: reused)
    // A reused arrangement has the last frame's names and shading ranges.
    if !reused {
      if names.count != frame.panels.count
        || !zip(names, frame.panels).allSatisfy({ $0 == $1.name })
      {
        names = frame.panels.map(\.name)
      }
      shaded = arrangement.shapes.map { shape in
        shape.shading.map { ($0, reserve.ranges[shape.panel.name]) }
      }
    }

    // The lines around the panels, drawn as the one-piece layout draws them: each on its
    // own row of a canvas `width` wide. Only the header changes every frame; the captions'
    // and the legend's bytes are kept while they and the width stay the same.
    if width != textWidth {
      textWidth = width
      wrapped = []
      legends = [:]
    }
    let header = FrameLayout.transliterate(FrameLayout.header(frame), glyphs.ascii)
    encodeLine(header, style: .title, width: width, to: &bytes)
    bytes += lineEnd
    bytes += lineEnd  // the blank row under the header
    let panels = self.panels!
    let lineEnd = self.lineEnd
    for y in 0..<panels.height {
      if dirty[y] {
        rows[y].removeAll(keepingCapacity: true)
        Self.encode(panels, y, depth: depth, to: &rows[y])
        rows[y] += lineEnd  // kept with the row: one append per row rather than two
        dirty[y] = false
      }
      bytes.append(contentsOf: rows[y])
    }
    bytes += lineEnd  // the blank row under the panels
    var height = 2 + panels.height + 1
    for (index, caption) in frame.captions.enumerated() {
      let (lines, count) = wrap(caption, index, width: width)
      bytes.append(contentsOf: lines)
      height += count
    }
    let legend = legend(frame, arrangement, width: width)
    if legend.lines > 0 {
      bytes += lineEnd
      bytes.append(contentsOf: legend.bytes)
      height += 1 + legend.lines
    }
    lastSize = (width, height)
    arrangement.releaseCells()
    kept = arrangement
  }

  /// `line` put at the start of a row `width` wide in `style`, encoded, without its newline.
  private func encodeLine(_ line: String, style: Style, width: Int, to bytes: inout [UInt8]) {
    // Without colour, a line of one-column scalars that never join the one before (ASCII,
    // Latin, `×`, `·`, `—`, `⌊`: nearly every caption) is the UTF-8 of its first `width`
    // scalars, trailing spaces dropped: what the canvas would give, without making one for
    // every line of every frame.
    if depth == .monochrome {
      var line = line
      let written = line.withUTF8 { utf8 -> Bool in
        guard let (_, end) = OneColumnText.measure(utf8, width: width) else { return false }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<end]))
        return true
      }
      if written { return }
    }
    var text = Canvas(width: width, height: 1)
    text.put(line, x: 0, y: 0, style: style)
    Self.encode(text, 0, depth: depth, to: &bytes)
  }

  /// The encoded lines of `lines` in `style`, each followed by a newline.
  private func encodeLines(_ lines: [String], style: Style, width: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for line in lines {
      encodeLine(line, style: style, width: width, to: &bytes)
      bytes += lineEnd
    }
    return bytes
  }

  /// Per panel, the indices of the cells that differ from the last frame's, with the last
  /// frame's panels to read what they were; nil when the frames' panels do not pair up
  /// (another count, or a panel of another size).
  private func changes(_ frame: Frame) -> CellChanges? {
    guard let previous = last?.panels, previous.count == frame.panels.count,
      zip(previous, frame.panels).allSatisfy({ $0.cells.count == $1.cells.count })
    else { return nil }
    let indices = zip(frame.panels, previous).map { panel, before in
      var changed: [Int] = []
      panel.cells.withUnsafeBufferPointer { new in
        before.cells.withUnsafeBufferPointer { old in
          CellComparison.forEachChange(new, old) { changed.append($0) }
        }
      }
      return changed
    }
    return CellChanges(indices: indices, previous: previous, old: [])
  }

  /// Draws the panels: from scratch when their arrangement changed, else only changed cells.
  /// `reused`: the arrangement is the last frame's, so its geometry is too.
  private mutating func drawPanels(
    _ frame: Frame, _ arrangement: Arrangement, width: Int,
    changes: CellChanges?, reused: Bool
  ) {
    guard var canvas = panels, width == self.width, let changes,
      reused || arrangement.geometry == self.geometry
    else {
      self.width = width
      var canvas = Canvas(width: width, height: arrangement.height)
      var hits: [CellHit] = []
      arrangement.draw(on: &canvas, y: 0, hits: &hits, record: false)
      panels = canvas
      self.geometry = arrangement.geometry
      last = frame
      roleCounts = [Int](repeating: 0, count: CellRole.allCases.count)
      highlightedCount = 0
      for panel in frame.panels {
        for cell in panel.cells {
          roleCounts[cell.role.index] += 1
          if cell.highlighted { highlightedCount += 1 }
        }
      }
      rows = Array(repeating: [], count: canvas.height)
      dirty = Array(repeating: true, count: canvas.height)
      return
    }
    panels = nil  // so that `canvas` is the only copy and is drawn on in place
    let origins = arrangement.origins
    for (index, shape) in arrangement.shapes.enumerated() {
      let (x, y) = origins[index]
      let new = frame.panels[index].cells
      changes.withOld(panel: index) { olds in
        for (k, cell) in changes.indices[index].enumerated() {
          let old = olds(k)
          roleCounts[old.role.index] -= 1
          roleCounts[new[cell].role.index] += 1
          highlightedCount += (new[cell].highlighted ? 1 : 0) - (old.highlighted ? 1 : 0)
          let (left, row) = shape.cellOrigin(cell, x: x, y: y + 1)
          shape.drawCell(cell, on: &canvas, left: left, row: row)
          if row >= 0 && row < dirty.count { dirty[row] = true }
        }
      }
    }
    panels = canvas
    last = frame
  }

  /// Caption `index` wrapped at the flow width and encoded, a newline after each line; a
  /// caption the same as the last frame's at that place (the formula, the window's rows) is
  /// not wrapped or encoded again.
  private mutating func wrap(_ caption: String, _ index: Int, width: Int) -> (
    bytes: [UInt8], lines: Int
  ) {
    if index < wrapped.count, SameBytes.of(wrapped[index].caption, caption) {
      return (wrapped[index].bytes, wrapped[index].lines)
    }
    while wrapped.count <= index { wrapped.append(("", [], 0)) }
    if depth == .monochrome && !glyphs.ascii,
      var line = Self.oneLine(caption, flow: flow, width: width)
    {
      line += lineEnd
      wrapped[index] = (caption, line, 1)
      return (line, 1)
    }
    let lines = FrameLayout.wrap(FrameLayout.transliterate(caption, glyphs.ascii), width: flow)
    wrapped[index] = (caption, encodeLines(lines, style: .caption, width: width), lines.count)
    return (wrapped[index].bytes, lines.count)
  }

  /// The plain bytes of a caption that ``FrameLayout/wrap(_:width:)`` leaves on one line and
  /// ``encodeLine(_:style:width:)`` writes without a canvas, found in one pass; nil for any
  /// other caption (one to wrap, or one with a scalar that is not one column), which takes
  /// the long way.
  ///
  /// The scalars taken are those of that writing's shortcut, which ``DisplayWidth`` counts
  /// as one column each, so their count is the width `wrap` measures.
  private static func oneLine(_ text: String, flow: Int, width: Int) -> [UInt8]? {
    var text = text
    return text.withUTF8 { utf8 in
      // `wrap` keeps a text on one line when it fits, or when the flow is too narrow to wrap.
      guard let (columns, end) = OneColumnText.measure(utf8, width: width),
        columns <= flow || flow <= 8
      else { return nil }
      return Array(UnsafeBufferPointer(rebasing: utf8[..<end]))
    }
  }

  /// The legend's lines, encoded with a newline after each, made once for each
  /// combination of roles and modes in use.
  private mutating func legend(_ frame: Frame, _ arrangement: Arrangement, width: Int)
    -> (bytes: [UInt8], lines: Int)
  {
    let language = frame.language
    var roles: UInt32 = 0
    var highlighted = highlightedCount > 0
    if symbolsLegendAsLaidOut && frame.panels.contains(where: { $0.symbols != nil }) {
      let used = FrameLayout.roles(frame)
      for role in used.roles { roles |= 1 << UInt32(role.index) }
      highlighted = used.highlighted
    } else {
      for (index, count) in roleCounts.enumerated() where count > 0 {
        roles |= 1 << UInt32(index)
      }
    }
    let key = LegendKey(
      roles: roles, highlighted: highlighted, shading: arrangement.anyShading,
      numbers: arrangement.anyNumbers, language: language)
    if let legend = legends[key] { return legend }
    let set = Set(CellRole.allCases.filter { roles & (1 << UInt32($0.index)) != 0 })
    let lines = FrameLayout.legend(
      (set, highlighted), arrangement, glyphs: glyphs, width: flow, language: language)
    let legend = (bytes: encodeLines(lines, style: .hint, width: width), lines: lines.count)
    legends[key] = legend
    return legend
  }

  /// Row `y` of `canvas` as plain text or with SGR codes, without its newline.
  ///
  /// Static, so that writing into `rows[y]` does not also read `self`: a method call would
  /// copy the stream to keep the two accesses apart, and `rows` (an array of arrays) would
  /// then be copied whole, every element retained, for each row encoded.
  private static func encode(
    _ canvas: Canvas, _ y: Int, depth: ColourDepth, to bytes: inout [UInt8]
  ) {
    if depth == .monochrome {
      canvas.appendLine(y, to: &bytes)
    } else {
      ANSIRenderer.appendLine(canvas, y, depth: depth, to: &bytes)
    }
  }
}
