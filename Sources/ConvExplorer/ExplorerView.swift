import ConvArithmetic
import ConvMessages
import ConvScenes

/// What the explorer puts on the screen: a canvas, and where each grid cell landed.
public struct ExplorerScreen: Sendable {
  public var canvas: Canvas
  /// Cells of the frame in panel-area coordinates (`y` counts from `panelRow`).
  var panelHits: [CellHit]
  /// The screen row where the panel area starts.
  var panelRow: Int
  /// The first frame row on screen; the driver reports it back as a ``ExplorerEvent/shown(scroll:)``
  /// event, so that PgUp and PgDn move on from what the user sees.
  public var top: Int = 0

  init(canvas: Canvas, layout: ExplorerLayout?) {
    self.canvas = canvas
    panelHits = layout?.panelHits ?? []
    panelRow = layout?.panelRow ?? 0
    top = layout?.top ?? 0
  }

  /// Cells of the frame in screen coordinates, for mouse clicks.
  public var hits: [CellHit] {
    panelHits.map { hit in
      var moved = hit
      moved.y += panelRow
      return moved
    }
  }

  /// The grid cell drawn at a screen position, if any.
  public func hit(x: Int, y: Int) -> CellHit? {
    ExplorerLayout.hit(x: x, y: y, in: panelHits, below: panelRow)
  }
}

/// The pure view: `(state) -> screen`, sharing the frame layout with `convscope export`.
///
/// The screen is, top to bottom: two title rows (the scenes, the step and
/// playback; every parameter with its value), the panels (as dense as the window
/// needs, scrolled to follow the window when even that is not enough), the
/// caption block pinned below them, the legend when it fits, a key hint that
/// fits the width, and the status line (wrapped, never cut).
public enum ExplorerView {
  /// Lays out the state for its screen size and draws it.
  public static func render(_ state: ExplorerState, ascii: Bool = false) -> ExplorerScreen {
    render(state, layout: ExplorerLayout(state, ascii: ascii), ascii: ascii)
  }

  /// Lays out and draws the state, reusing a fit `memo` remembers (the drivers keep one).
  public static func render(_ state: ExplorerState, ascii: Bool = false, memo: inout FitMemo)
    -> ExplorerScreen
  {
    render(state, layout: ExplorerLayout(state, ascii: ascii, memo: &memo), ascii: ascii)
  }

  /// Draws the state as `layout` places it.
  public static func render(_ state: ExplorerState, layout: ExplorerLayout, ascii: Bool = false)
    -> ExplorerScreen
  {
    var canvas = Canvas(width: layout.size.width, height: layout.size.height)
    if let quiz = state.quiz, quiz.hidesScene {
      QuizCard.draw(quiz, state: state, on: &canvas)
      return ExplorerScreen(canvas: canvas, layout: nil)
    }
    guard let fitted = layout.fitted else {
      drawTooSmall(&canvas, state: state, needed: layout.needed, ascii: ascii)
      return ExplorerScreen(canvas: canvas, layout: nil)
    }
    drawTitle(&canvas, state: state, ascii: ascii)
    canvas.paste(fitted.canvas, atRow: ExplorerLayout.headerRows)
    drawFooter(&canvas, state: state, status: layout.status, fitted: fitted, ascii: ascii)
    if state.helpShown { HelpOverlay.draw(on: &canvas, ascii: ascii) }
    return ExplorerScreen(canvas: canvas, layout: layout)
  }

  /// The key hint's items, most needed first; as many as fit are shown, never a cut one.
  static let hintItems = HintItem.allCases.map { Message.explorer(.hint($0)).text() }

  /// The key hint for `width` columns: whole items only, `? help` always.
  static func hint(width: Int, ascii: Bool, values: Bool = true) -> String {
    let separator = ascii ? " | " : " · "
    var text = " " + hintItems[0]
    // A scene without values (bilinear) does not offer `v`.
    let valuesItem = Message.explorer(.hint(.values)).text()
    for item in hintItems.dropFirst() where values || item != valuesItem {
      let longer = text + separator + item
      if DisplayWidth.of(longer) + 1 > width { break }
      text = longer
    }
    return text
  }

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
    let room = width - 1 - DisplayWidth.of(right)
    let left = tabBar(current: state.scene, room: room, ascii: ascii)
    canvas.put(left, x: 0, y: 0, style: .title)
    canvas.put(
      right, x: max(DisplayWidth.of(left) + 1, width - DisplayWidth.of(right)), y: 0, style: .title)

    // Every parameter with its value; short labels when the full ones do not fit.
    let p = state.current
    var extras = SceneParameters.usesValues(in: state.scene) ? ["values \(p.values.name)"] : []
    if state.scene == .transposed && !p.matrix.compareDilated {
      extras.append("view \(p.view.rawValue)")
    }
    if state.scene == .channels { extras.append("mode \(p.channels.mode.rawValue)") }
    extras += matrixExtras(p).map { FrameLayout.transliterate($0, ascii) }
    func line(short: Bool) -> String {
      var items: [String] = []
      for parameter in SceneParameter.allCases
      where SceneParameters.uses(parameter, in: state.scene) {
        let text =
          "\(short ? parameter.shortLabel : parameter.label) "
          + (parameter.isScalar ? "\(p[parameter].h)" : format(p[parameter], ascii: ascii))
        items.append(parameter == state.selected ? "[\(text)]" : " \(text) ")
      }
      return " " + items.joined(separator: " ") + "   " + extras.joined(separator: "  ")
    }
    let full = line(short: false)
    canvas.put(DisplayWidth.of(full) <= width ? full : line(short: true), x: 0, y: 1, style: .title)
  }

  /// The scene tabs: all of them after the program's name when they fit, else the widest run
  /// of neighbouring tabs around the current scene, with `…` where tabs are left out.
  static func tabBar(current scene: SceneKind, room: Int, ascii: Bool) -> String {
    let all = SceneKind.allCases
    let tabs = all.enumerated().map { index, kind in
      // Keys 1–9 reach the first nine; the rest only by Tab.
      let key = index < 9 ? "\(index + 1) " : ""
      return kind == scene ? "[\(key)\(kind.rawValue)]" : " \(key)\(kind.rawValue) "
    }
    let whole = tabs.joined(separator: " ")
    if DisplayWidth.of(" convscope  " + whole) <= room { return " convscope  " + whole }
    let more = ascii ? "..." : "…"
    let at = all.firstIndex(of: scene) ?? 0
    var low = at
    var high = at
    func text(_ low: Int, _ high: Int) -> String {
      (low > 0 ? " " + more : "") + " " + tabs[low...high].joined(separator: " ")
        + (high < tabs.count - 1 ? " " + more : "")
    }
    // Grow the window one tab at a time, after the current one first, while it fits.
    var grew = true
    while grew {
      grew = false
      if high + 1 < tabs.count, DisplayWidth.of(text(low, high + 1)) <= room {
        high += 1
        grew = true
      }
      if low > 0, DisplayWidth.of(text(low - 1, high)) <= room {
        low -= 1
        grew = true
      }
    }
    return text(low, high)
  }

  private static func drawFooter(
    _ canvas: inout Canvas, state: ExplorerState, status: [String], fitted: FittedFrame,
    ascii: Bool
  ) {
    let statusRows = max(1, status.count)
    let hintRow = canvas.height - 1 - statusRows
    // When the panels are taller than their area, the hint gives way to where the view is.
    var more = ""
    if fitted.panelHeight > fitted.panelRows {
      let first = fitted.panelTop + 1
      let last = fitted.panelTop + fitted.panelRows
      more = " panel rows \(first)-\(last) of \(fitted.panelHeight) · PgUp/PgDn "
      if ascii { more = more.replacing("·", with: "|") }
      if DisplayWidth.of(more) > canvas.width - 8 {
        more = " \(first)-\(last)/\(fitted.panelHeight) "
      }
      canvas.put(more, x: max(0, canvas.width - DisplayWidth.of(more)), y: hintRow, style: .status)
    }
    // After a quiz's reveal, the hint says how to go on.
    let keys =
      state.quiz?.phase == .revealed
      ? fit(
        " " + Message.quiz(.nextKeys).text(in: state.current.language),
        max(0, canvas.width - DisplayWidth.of(more)), ascii: ascii)
      : hint(
        width: max(0, canvas.width - DisplayWidth.of(more)), ascii: ascii,
        values: SceneParameters.usesValues(in: state.scene))
    canvas.put(keys, x: 0, y: hintRow, style: .hint)
    for (index, line) in status.enumerated() {
      canvas.put(" " + line, x: 0, y: hintRow + 1 + index, style: .status)
    }
    if state.showStats {
      var time = state.lastFrameTime.map { "key→frame \(milliseconds($0)) ms" } ?? "key→frame –"
      // CPU time too: on a shared machine the wall time also counts waiting for a core.
      if let cpu = state.lastFrameCPUTime { time += ", cpu \(milliseconds(cpu)) ms" }
      let text =
        (ascii
          ? time.replacing("→", with: "->").replacing("–", with: "-")
          : time) + " "
      canvas.put(
        text, x: max(0, canvas.width - DisplayWidth.of(text)), y: canvas.height - 1, style: .hint)
    }
  }

  private static func drawTooSmall(
    _ canvas: inout Canvas, state: ExplorerState, needed: ScreenSize, ascii: Bool
  ) {
    let x = ascii ? "x" : "×"
    let need = "\(needed.width)\(x)\(needed.height)"
    let have = "\(state.screenSize.width)\(x)\(state.screenSize.height)"
    let sentence = Message.explorer(.tooSmall(need: need, have: have)).text()
    // One line when it fits, otherwise the sizes on lines of their own.
    let lines =
      DisplayWidth.of(sentence) <= canvas.width
      ? [sentence, Message.explorer(.enlarge).text()]
      : [.tooSmallShort, .need(need), .have(have)].map { Message.explorer($0).text() }
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
