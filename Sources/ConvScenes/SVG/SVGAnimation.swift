/// An animated SVG written frame by frame, so that a long animation never sits in memory whole.
///
///     let animation = SVGAnimation(steps: steps, renderer: SVGRenderer())
///     var bytes: [UInt8] = []
///     animation.appendHeader(to: &bytes)
///     for step in 0..<steps.stepCount {
///       animation.append(step: step, to: &bytes)   // write `bytes` out now and then
///     }
///     animation.appendFooter(to: &bytes)
///
/// Every frame is a `<g>`; the first is visible and the others hidden, so a viewer without
/// SMIL shows the first frame. One discrete `<animate>` per group, all on one clock of
/// `count × interval` seconds repeating forever, makes group k visible during the k-th
/// interval only. One clock rather than each frame's `begin` chained to the end of the one
/// before: chained begins accumulate each frame's timing error, and over hundreds of frames
/// the groups drift apart; here every switch is tied to the same start.
///
/// The page must be as large as the largest frame before the first is written, so the
/// frames are laid out once to measure them (and to learn which styles they use, for the
/// style sheet) and again to draw them; a short animation keeps the first layouts instead.
public struct SVGAnimation {
  public let count: Int
  let renderer: SVGRenderer
  let frame: (Int) -> Frame
  /// The largest canvas's columns and rows.
  let columns: Int
  let rows: Int
  let styles: [StyleID]
  let looks: [SVGCanvas.Look]
  /// The canvases of a short animation, kept from measuring.
  private let kept: [Canvas]

  /// Animations up to this many frames keep their canvases between measuring and drawing.
  static let keptFrames = 64

  /// The animation of every step of `steps`, laid out with `steps`' ``LayoutReserve`` unless
  /// the renderer has one.
  public init(steps: SceneSteps, renderer: SVGRenderer) {
    var renderer = renderer
    if renderer.reserve == nil { renderer.reserve = LayoutReserve(steps) }
    self.init(count: steps.stepCount, renderer: renderer) { steps.frame(at: $0) }
  }

  init(count: Int, renderer: SVGRenderer, frame: @escaping (Int) -> Frame) {
    self.count = count
    self.renderer = renderer
    self.frame = frame
    var columns = 0
    var rows = 0
    var used: Set<StyleID> = []
    var kept: [Canvas] = []
    for index in 0..<count {
      let canvas = renderer.canvas(frame(index))
      columns = max(columns, canvas.width)
      rows = max(rows, canvas.height)
      SVGCanvas.collectStyles(canvas, into: &used)
      if count <= Self.keptFrames { kept.append(canvas) }
    }
    self.columns = columns
    self.rows = rows
    self.styles = used.sorted()
    self.looks = SVGCanvas.looks(renderer.theme)
    self.kept = kept
  }

  /// The XML declaration, the root element sized for the largest frame, the style sheet and the page.
  public func appendHeader(to out: inout [UInt8]) {
    let size = renderer.pageSize(columns: columns, rows: rows)
    out += SVGDocument.header(
      width: size.width, height: size.height, styles: styles, theme: renderer.theme,
      metrics: renderer.metrics)
  }

  /// Step `step`'s group, with the animation that shows it in its turn.
  public func append(step: Int, to out: inout [UInt8]) {
    let canvas = step < kept.count ? kept[step] : renderer.canvas(frame(step))
    let visible = step == 0 ? "visible" : "hidden"
    let margin = SVGMarkup.number(renderer.margin)
    SVGMarkup.append(
      "<g id=\"frame-\(step + 1)\" visibility=\"\(visible)\" transform=\"translate(\(margin),\(margin))\">\n",
      to: &out)
    if count > 1 { SVGMarkup.append(animate(step), to: &out) }
    SVGCanvas.append(
      canvas, left: 0, top: 0, metrics: renderer.metrics, looks: looks, to: &out)
    SVGMarkup.append("</g>\n", to: &out)
  }

  public func appendFooter(to out: inout [UInt8]) {
    out += SVGDocument.footer
  }

  /// The `<animate>` that makes step `step` visible from `step/count` to `(step+1)/count`
  /// of each cycle, and hidden otherwise.
  func animate(_ step: Int) -> String {
    func time(_ k: Int) -> String {
      k == 0 ? "0" : k == count ? "1" : String(Double(k) / Double(count))
    }
    var values: [String] = []
    var times: [String] = []
    if step > 0 {
      values.append("hidden")
      times.append("0")
    }
    values.append("visible")
    times.append(time(step))
    if step < count - 1 {
      values.append("hidden")
      times.append(time(step + 1))
    }
    let duration = SVGMarkup.number(Double(count) * renderer.interval)
    return
      "<animate attributeName=\"visibility\" values=\"\(values.joined(separator: ";"))\""
      + " keyTimes=\"\(times.joined(separator: ";"))\" dur=\"\(duration)s\""
      + " calcMode=\"discrete\" repeatCount=\"indefinite\"/>\n"
  }
}
