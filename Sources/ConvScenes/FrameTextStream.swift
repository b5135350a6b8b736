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
  public let steps: SceneSteps
  /// Column widths and shading ranges kept across the animation's frames.
  public var reserve: LayoutReserve
  /// Where panels and captions wrap.
  let flow: Int
  /// Whether `flow` is a hard limit (an explicit width).
  let limited: Bool
  let glyphs: Glyphs
  /// `.monochrome` writes plain text; the others write SGR codes from ``StyleTable``.
  let depth: ColourDepth

  private var cache = PanelTexts.Cache(acrossFrames: true)
  /// The panels as drawn for the last frame, and what decided their places.
  private var panels: Canvas? = nil
  private var geometry: Arrangement.Geometry? = nil
  private var width = 0
  private var previous: [Panel] = []
  /// The encoded bytes of each panel row, and which rows changed since they were encoded.
  private var rows: [[UInt8]] = []
  private var dirty: [Bool] = []
  /// How many cells of the current frame take each role (by ``CellRole/index``), and how
  /// many are highlighted: the legend's inputs, kept up to date with the changed cells.
  private var roleCounts = [Int](repeating: 0, count: CellRole.allCases.count)
  private var highlightedCount = 0
  private var legends: [LegendKey: [String]] = [:]
  /// The last frame's captions, by place, with their wrapped lines.
  private var wrapped: [(caption: String, lines: [String])] = []

  private struct LegendKey: Hashable {
    var roles: UInt32
    var highlighted: Bool
    var shading: Bool
    var numbers: Bool
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
    self.steps = steps
    self.reserve = reserve ?? LayoutReserve(steps)
    self.flow = max(flow, 1)
    self.limited = limited
    self.glyphs = Glyphs(ascii: ascii)
    self.depth = depth
  }

  /// Appends step `step`'s separator line (``TextRenderer/separator(index:count:)``) and frame.
  public mutating func append(step: Int, to bytes: inout [UInt8]) {
    let frame = steps.frame(at: step)
    bytes.append(contentsOf: TextRenderer.separator(index: frame.index, count: frame.count).utf8)
    bytes.append(0x0A)
    append(frame, to: &bytes)
  }

  /// Appends one frame, every line ending with a newline.
  public mutating func append(_ frame: Frame, to bytes: inout [UInt8]) {
    let arrangement = Arrangement(
      frame, width: flow, density: .standard, limited: limited, glyphs: glyphs,
      reserve: reserve, cache: &cache)
    let width = limited ? flow : max(flow, arrangement.widest)
    drawPanels(frame, arrangement, width: width)

    let header = FrameLayout.transliterate(
      "\(frame.scene) — step \(frame.index) of \(frame.count)", glyphs.ascii)
    var captionLines: [String] = []
    for (index, caption) in frame.captions.enumerated() { captionLines += wrap(caption, index) }
    let legendLines = legend(arrangement)

    // The lines around the panels, drawn as the one-piece layout draws them.
    let extra = 1 + captionLines.count + legendLines.count
    var text = Canvas(width: width, height: extra)
    text.put(header, x: 0, y: 0, style: .title)
    for (index, line) in captionLines.enumerated() {
      text.put(line, x: 0, y: 1 + index, style: .caption)
    }
    for (index, line) in legendLines.enumerated() {
      text.put(line, x: 0, y: 1 + captionLines.count + index, style: .hint)
    }

    encode(text, 0, to: &bytes)
    bytes.append(0x0A)
    bytes.append(0x0A)  // the blank row under the header
    let panels = self.panels!
    for y in 0..<panels.height {
      if dirty[y] {
        rows[y].removeAll(keepingCapacity: true)
        encode(panels, y, to: &rows[y])
        dirty[y] = false
      }
      bytes.append(contentsOf: rows[y])
      bytes.append(0x0A)
    }
    bytes.append(0x0A)  // the blank row under the panels
    for y in 1..<(1 + captionLines.count) {
      encode(text, y, to: &bytes)
      bytes.append(0x0A)
    }
    if !legendLines.isEmpty {
      bytes.append(0x0A)
      for y in (1 + captionLines.count)..<extra {
        encode(text, y, to: &bytes)
        bytes.append(0x0A)
      }
    }
  }

  /// Draws the panels: from scratch when their arrangement changed, else only changed cells.
  private mutating func drawPanels(_ frame: Frame, _ arrangement: Arrangement, width: Int) {
    let geometry = arrangement.geometry
    guard var canvas = panels, width == self.width, geometry == self.geometry,
      previous.count == frame.panels.count
    else {
      self.width = width
      var canvas = Canvas(width: width, height: arrangement.height)
      var hits: [CellHit] = []
      arrangement.draw(on: &canvas, y: 0, hits: &hits, record: false)
      panels = canvas
      self.geometry = geometry
      previous = frame.panels
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
      frame.panels[index].cells.withUnsafeBufferPointer { new in
        previous[index].cells.withUnsafeBufferPointer { old in
          for cell in 0..<new.count where new[cell] != old[cell] {
            roleCounts[old[cell].role.index] -= 1
            roleCounts[new[cell].role.index] += 1
            highlightedCount += (new[cell].highlighted ? 1 : 0) - (old[cell].highlighted ? 1 : 0)
            let (left, row) = shape.cellOrigin(cell, x: x, y: y + 1)
            shape.drawCell(cell, on: &canvas, left: left, row: row)
            if row >= 0 && row < dirty.count { dirty[row] = true }
          }
        }
      }
    }
    panels = canvas
    previous = frame.panels
  }

  /// Caption `index` wrapped at the flow width; a caption the same as the last frame's at
  /// that place (the formula, the window's rows) is not wrapped again.
  private mutating func wrap(_ caption: String, _ index: Int) -> [String] {
    if index < wrapped.count, wrapped[index].caption.utf8.elementsEqual(caption.utf8) {
      return wrapped[index].lines
    }
    let lines = FrameLayout.wrap(FrameLayout.transliterate(caption, glyphs.ascii), width: flow)
    while wrapped.count <= index { wrapped.append(("", [])) }
    wrapped[index] = (caption, lines)
    return lines
  }

  /// The legend's lines, made once for each combination of roles and modes in use.
  private mutating func legend(_ arrangement: Arrangement) -> [String] {
    var roles: UInt32 = 0
    for (index, count) in roleCounts.enumerated() where count > 0 { roles |= 1 << UInt32(index) }
    let highlighted = highlightedCount > 0
    let key = LegendKey(
      roles: roles, highlighted: highlighted, shading: arrangement.anyShading,
      numbers: arrangement.anyNumbers)
    if let lines = legends[key] { return lines }
    let set = Set(CellRole.allCases.filter { roles & (1 << UInt32($0.index)) != 0 })
    let lines = FrameLayout.legend((set, highlighted), arrangement, glyphs: glyphs, width: flow)
    legends[key] = lines
    return lines
  }

  /// Row `y` of `canvas` as plain text or with SGR codes, without its newline.
  private func encode(_ canvas: Canvas, _ y: Int, to bytes: inout [UInt8]) {
    if depth == .monochrome {
      canvas.appendLine(y, to: &bytes)
    } else {
      ANSIRenderer.appendLine(canvas, y, depth: depth, to: &bytes)
    }
  }
}
