/// Frames as SVG, for slides: the styling model's colours on a dark page, the text as text.
///
///     let svg = SVGRenderer(width: 100).render(steps.frame(at: 2))         // one frame
///     let slides = SVGRenderer(width: 100).render(steps.frames)            // animated
///
/// A frame is laid out exactly as the ANSI export lays it out (``FrameLayout``), and each
/// canvas row becomes a line of `<text>` runs over `<rect>` backgrounds (``SVGCanvas``):
/// every colour, attribute and glyph comes from ``StyleTable`` and ``HeatRamp``, heat
/// cells shaded by colour as in the explorer. Columns sit on a fixed grid, a wide (CJK)
/// character taking two. An animation holds every frame as a group that SMIL shows in
/// turn (see ``SVGAnimation``); without SMIL the first frame shows.
public struct SVGRenderer: Sendable {
  /// Where panels and captions wrap; a hard limit only when `limited` (see ``TextRenderer``).
  public var width: Int
  public var limited: Bool
  public var ascii: Bool
  /// Column widths kept across the frames of one animation.
  public var reserve: LayoutReserve?
  /// Seconds each frame of an animation shows, as an asciicast export's frames do.
  public var interval: Double
  public var theme: SVGTheme
  public var metrics: SVGMetrics
  /// Units between the page's edge and the frame.
  public var margin: Double

  public init(
    width: Int? = nil, ascii: Bool = false, reserve: LayoutReserve? = nil, interval: Double = 1,
    theme: SVGTheme = .screen, metrics: SVGMetrics = .screen, margin: Double = 16
  ) {
    self.width = width ?? TextRenderer.flowWidth
    self.limited = width != nil
    self.ascii = ascii
    self.reserve = reserve
    self.interval = interval
    self.theme = theme
    self.metrics = metrics
    self.margin = margin
  }

  /// The frame laid out as the ANSI export lays it out, heat shading left to colour.
  func canvas(_ frame: Frame) -> Canvas {
    var ansi = ANSIRenderer(width: width, ascii: ascii, depth: .full, reserve: reserve)
    ansi.limited = limited
    return ansi.canvas(frame).shadingHeatByColour()
  }

  /// The page's size for canvases of `columns` × `rows`.
  func pageSize(columns: Int, rows: Int) -> (width: Double, height: Double) {
    (
      Double(columns) * metrics.cellWidth + 2 * margin,
      Double(rows) * metrics.rowHeight + 2 * margin
    )
  }

  /// One frame as a whole SVG document.
  public func render(_ frame: Frame) -> String {
    String(decoding: bytes(frame), as: UTF8.self)
  }

  /// One frame as a whole SVG document, in UTF-8.
  public func bytes(_ frame: Frame) -> [UInt8] {
    let canvas = canvas(frame)
    var used: Set<StyleID> = []
    SVGCanvas.collectStyles(canvas, into: &used)
    let size = pageSize(columns: canvas.width, rows: canvas.height)
    var out = SVGDocument.header(
      width: size.width, height: size.height, styles: Array(used), theme: theme, metrics: metrics)
    SVGCanvas.append(
      canvas, left: margin, top: margin, metrics: metrics, looks: SVGCanvas.looks(theme), to: &out)
    out.append(contentsOf: SVGDocument.footer)
    return out
  }

  /// Several frames as one animated SVG (for a handful; ``SVGAnimation`` streams many).
  public func render(_ frames: [Frame]) -> String {
    var renderer = self
    if renderer.reserve == nil { renderer.reserve = LayoutReserve(frames) }
    let animation = SVGAnimation(count: frames.count, renderer: renderer) { frames[$0] }
    var out: [UInt8] = []
    animation.appendHeader(to: &out)
    for index in frames.indices { animation.append(step: index, to: &out) }
    out.append(contentsOf: SVGDocument.footer)
    return String(decoding: out, as: UTF8.self)
  }
}
