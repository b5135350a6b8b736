import ConvArithmetic
import ConvScenes
import Foundation

/// What the explorer puts on the screen: a canvas, and where each grid cell landed.
public struct ExplorerScreen: Sendable {
  public var canvas: Canvas
  /// Cells of the frame in screen coordinates, for mouse clicks.
  public var hits: [CellHit]
  /// The first frame row on screen; the driver stores it as the state's scroll, so that
  /// PgUp and PgDn move on from what the user sees.
  public var top: Int = 0

  /// The grid cell drawn at a screen position, if any.
  public func hit(x: Int, y: Int) -> CellHit? {
    hits.first { $0.y == y && x >= $0.x && x < $0.x + $0.width }
  }
}

/// The pure view: `(state) -> screen`, sharing the frame layout with `convscope export`.
///
/// The screen is, top to bottom: two title rows (the scenes, the step and
/// playback; every parameter with its value), the frame as FrameLayout lays
/// it out (panels, then captions), a key hint, and the status line.
public enum ExplorerView {
  /// Rows above the frame: two title rows and a gap.
  static let headerRows = 3
  /// Rows below the frame: the key hint and the status line.
  static let footerRows = 2
  /// The smallest frame area worth drawing; below it the window is "too small".
  static let minimumBodyRows = 6
  static let minimumWidth = 40

  /// Lays out the state for its screen size.
  public static func render(_ state: ExplorerState, ascii: Bool = false) -> ExplorerScreen {
    let size = state.screenSize
    var canvas = Canvas(width: size.width, height: size.height)
    let frame = state.frame
    let bodyTop = headerRows
    let bodyRows = size.height - headerRows - footerRows
    // Only the rows the window shows are laid out: a 32×32 frame is far taller than the screen.
    let laid = FrameLayout.lay(
      frame, width: size.width, ascii: ascii, scroll: state.scroll, rows: bodyRows,
      follow: state.followWindow)
    let needed = ScreenSize(
      width: max(laid.minimumWidth, minimumWidth),
      height: headerRows + footerRows + min(laid.fullHeight, minimumBodyRows))
    guard size.width >= needed.width && size.height >= needed.height else {
      drawTooSmall(&canvas, state: state, needed: needed, ascii: ascii)
      return ExplorerScreen(canvas: canvas, hits: [])
    }

    drawTitle(&canvas, state: state, ascii: ascii)
    let maxScroll = max(0, laid.fullHeight - bodyRows)
    let scroll = laid.top
    canvas.paste(laid.canvas, atRow: bodyTop)
    let hits = laid.hits.compactMap { hit -> CellHit? in
      let y = hit.y - scroll
      guard y >= 0 && y < bodyRows else { return nil }
      var moved = hit
      moved.y = bodyTop + y
      return moved
    }
    drawFooter(&canvas, state: state, scroll: scroll, maxScroll: maxScroll, ascii: ascii)
    if state.helpShown { HelpOverlay.draw(on: &canvas, ascii: ascii) }
    return ExplorerScreen(canvas: canvas, hits: state.helpShown ? [] : hits, top: scroll)
  }

  // MARK: - Parts

  private static func drawTitle(_ canvas: inout Canvas, state: ExplorerState, ascii: Bool) {
    let width = canvas.width
    for x in 0..<width {
      canvas[x, 0] = StyledChar(" ", .title)
      canvas[x, 1] = StyledChar(" ", .title)
    }
    let play = state.playing ? (ascii ? ">" : "▶") : (ascii ? "||" : "⏸")
    let speed = ExplorerState.speeds[state.speedIndex]
    let speedText = speed == speed.rounded() ? String(Int(speed)) : String(speed)
    let axes = state.axisMode == .both ? "" : "axes: \(state.axisMode.rawValue) only  "
    let right = "\(axes)step \(state.step + 1)/\(state.stepCount)  \(play) \(speedText)/s "
    // The scene tabs shrink to fit: all four named, then only the current one.
    let tabs = SceneKind.allCases.enumerated().map { index, kind in
      kind == state.scene ? "[\(index + 1) \(kind.rawValue)]" : " \(index + 1) \(kind.rawValue) "
    }.joined(separator: " ")
    let current = "[\(state.scene.rawValue)]"
    let left =
      [" convscope  " + tabs, " " + tabs, " " + current].first {
        DisplayWidth.of($0) + 1 + DisplayWidth.of(right) <= width
      } ?? " " + current
    canvas.put(left, x: 0, y: 0, style: .title)
    canvas.put(
      right, x: max(DisplayWidth.of(left) + 1, width - DisplayWidth.of(right)), y: 0, style: .title)

    // Every parameter with its value; short labels when the full ones do not fit.
    let p = state.current
    var extras = SceneParameters.usesValues(in: state.scene) ? ["values \(p.values.name)"] : []
    if state.scene == .transposed { extras.append("view \(p.view.rawValue)") }
    func line(short: Bool) -> String {
      var items: [String] = []
      for parameter in SceneParameter.allCases
      where SceneParameters.uses(parameter, in: state.scene) {
        let text =
          "\(short ? parameter.shortLabel : parameter.label) \(format(p[parameter], ascii: ascii))"
        items.append(parameter == state.selected ? "[\(text)]" : " \(text) ")
      }
      return " " + items.joined(separator: " ") + "   " + extras.joined(separator: "  ")
    }
    let full = line(short: false)
    canvas.put(DisplayWidth.of(full) <= width ? full : line(short: true), x: 0, y: 1, style: .title)
  }

  private static func drawFooter(
    _ canvas: inout Canvas, state: ExplorerState, scroll: Int, maxScroll: Int, ascii: Bool
  ) {
    let hintRow = canvas.height - 2
    let statusRow = canvas.height - 1
    var hint =
      " ? help · q quit · space play · ,/. step · iksdpo lower IKSDPO raise · x axes · 1-4 scene · v values · t view · e/E export"
    if !SceneParameters.usesValues(in: state.scene) {
      hint = hint.replacingOccurrences(of: " · v values", with: "")
    }
    if ascii { hint = hint.replacingOccurrences(of: "·", with: "|") }
    // When the frame is taller than the window, the hint gives way to where the view is.
    var more = ""
    if maxScroll > 0 {
      let last = scroll + canvas.height - headerRows - footerRows
      more = " rows \(scroll + 1)-\(last) · PgUp/PgDn "
      if ascii { more = more.replacingOccurrences(of: "·", with: "|") }
      canvas.put(more, x: max(0, canvas.width - DisplayWidth.of(more)), y: hintRow, style: .status)
    }
    canvas.put(
      fit(hint, max(0, canvas.width - DisplayWidth.of(more)), ascii: ascii), x: 0, y: hintRow,
      style: .hint)
    if let status = state.status {
      canvas.put(fit(" " + status, canvas.width, ascii: ascii), x: 0, y: statusRow, style: .status)
    }
    if state.showStats {
      let time = state.lastFrameTime.map { "key→frame \(milliseconds($0)) ms" } ?? "key→frame –"
      let text =
        (ascii
          ? time.replacingOccurrences(of: "→", with: "->").replacingOccurrences(of: "–", with: "-")
          : time) + " "
      canvas.put(text, x: max(0, canvas.width - DisplayWidth.of(text)), y: statusRow, style: .hint)
    }
  }

  private static func drawTooSmall(
    _ canvas: inout Canvas, state: ExplorerState, needed: ScreenSize, ascii: Bool
  ) {
    let x = ascii ? "x" : "×"
    let need = "need \(needed.width)\(x)\(needed.height)"
    let have = "have \(state.screenSize.width)\(x)\(state.screenSize.height)"
    let sentence = "window too small: \(need), \(have)"
    // One line when it fits, otherwise the sizes on lines of their own.
    let lines =
      DisplayWidth.of(sentence) <= canvas.width
      ? [sentence, "enlarge it, or press q to quit"]
      : ["too small", need, have]
    let top = max(0, (canvas.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let text = fit(line, canvas.width, ascii: ascii)
      canvas.put(
        text, x: max(0, (canvas.width - DisplayWidth.of(text)) / 2), y: top + index, style: .status)
    }
  }

  /// Cuts text to `width` columns, marking the cut with an ellipsis.
  static func fit(_ text: String, _ width: Int, ascii: Bool = false) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    return out + (width > 0 ? (ascii ? "~" : "…") : "")
  }

  static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return ms < 10 ? String(format2: ms) : String(Int(ms.rounded()))
  }
}

extension String {
  /// Two decimals without Foundation's formatter.
  init(format2 value: Double) {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
