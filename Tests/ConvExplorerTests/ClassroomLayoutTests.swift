import ConvArithmetic
import Testing

@testable import ConvExplorer
@testable import ConvScenes

/// At every window size a classroom uses, the caption block stays on screen and the panels
/// give way instead; hints and messages are never cut.
@Suite("Classroom layout")
struct ClassroomLayoutTests {
  /// Every scene at its defaults, every preset, and the cases that once lost their captions.
  static let cases: [(String, SceneParameters)] = {
    var cases = SceneKind.allCases.map { ($0.rawValue, SceneParameters.defaults(for: $0)) }
    cases += Presets.all.map { ($0.name, $0.parameters) }
    var scatter = SceneParameters.defaults(for: .transposed)
    scatter.view = .scatter
    var bilinear8 = SceneParameters.defaults(for: .bilinear)
    bilinear8.kernel = Pair(8)
    var rectangular = SceneParameters.defaults(for: .conv)
    rectangular.input = Pair(5, 7)
    var big = SceneParameters.defaults(for: .conv)
    big.input = Pair(32)
    big.stride = Pair(1)
    cases += [
      ("scatter", scatter), ("bilinear-8", bilinear8), ("conv-5x7", rectangular),
      ("conv-32", big),
    ]
    return cases
  }()

  static let sizes = [
    ScreenSize(width: 80, height: 24), ScreenSize(width: 100, height: 30),
    ScreenSize(width: 120, height: 40), ScreenSize(width: 200, height: 60),
  ]

  static func screen(_ parameters: SceneParameters, step: Int, size: ScreenSize) throws
    -> (ExplorerState, [String])
  {
    var state = try ExplorerState(
      scene: parameters.scene, parameters: parameters, screenSize: size)
    state.go(to: step)
    let canvas = ExplorerView.render(state).canvas
    return (state, (0..<canvas.height).map(canvas.line))
  }

  @Test(
    "every caption line is on screen at 80×24, 100×30, 120×40 and 200×60", arguments: cases.map(\.0)
  )
  func captionsStayOnScreen(_ name: String) throws {
    let parameters = try #require(Self.cases.first { $0.0 == name }?.1)
    let steps = try Scenes.build(parameters)
    let count = steps.stepCount
    for size in Self.sizes {
      for step in Set([0, 1, count / 2, count - 1]) where step < count {
        let (state, lines) = try Self.screen(parameters, step: step, size: size)
        for caption in state.frame.captions {
          for line in FrameLayout.wrap(caption, width: size.width) {
            #expect(
              lines.contains(line), "\(name) step \(step + 1) at \(size): missing '\(line)'")
          }
        }
        let hint = lines[size.height - 2]
        #expect(hint.hasPrefix(" ? help"), "\(name) at \(size): the hint is '\(hint)'")
        #expect(
          !lines.contains { $0.hasSuffix("…") }, "\(name) at \(size): a line is cut")
      }
    }
  }

  @Test("scrolled panels keep their titles on the top row, so every grid says what it is")
  func titlesStay() throws {
    let parameters = SceneParameters.defaults(for: .transposed)
    let count = try Scenes.build(parameters).stepCount
    var scrolled = 0
    for step in 0..<count {
      let (state, lines) = try Self.screen(
        parameters, step: step, size: ScreenSize(width: 80, height: 24))
      let screen = ExplorerView.render(state)
      if screen.top > 0 { scrolled += 1 }
      // Every panel with a cell on screen has its title on screen.
      for panel in state.frame.panels where screen.hits.contains(where: { $0.panel == panel.name })
      {
        #expect(
          lines.contains { $0.contains(panel.title) },
          "step \(step + 1): \(panel.name) has cells on screen but no title")
      }
    }
    #expect(scrolled > 0, "the transposed scene fits 80×24 now; this test checks nothing")
  }

  @Test("the key hint shows whole items only: everything that fits, at least ? help")
  func hintFits() {
    for width in [20, 40, 80, 100, 120, 160] {
      let hint = ExplorerView.hint(width: width, ascii: false)
      #expect(hint.hasPrefix(" ? help"))
      #expect(DisplayWidth.of(hint) < width || width < 8)
      let items = hint.dropFirst().split(separator: " · ").map(String.init)
      #expect(items == Array(ExplorerView.hintItems().prefix(items.count)), "at \(width)")
    }
    #expect(ExplorerView.hint(width: 40, ascii: false).contains("q quit"))
    #expect(ExplorerView.hint(width: 160, ascii: false).contains("e/E export"))
  }

  @Test("help fits 80×24 uncut and tells how playback ends and how t maps the step")
  func helpFits() {
    var state = ExplorerState.opening(screenSize: ScreenSize(width: 80, height: 24))
    state = type(state, "?")
    let canvas = ExplorerView.render(state).canvas
    let text = canvas.plainText
    // Below the title bar (whose tabs may be elided), no line is cut.
    #expect(!(1..<canvas.height).map(canvas.line).contains { $0.contains("…") })
    // Every key's line is in the box, the last one included.
    for entry in HelpOverlay.entries() { #expect(text.contains(entry.keys), "\(entry.keys)") }
    #expect(text.contains("stops at the last step, space replays"))
    #expect(text.contains("same progress"))
    #expect(text.contains("q / Esc"))
  }

  @Test("a long status message wraps at spaces and is never cut")
  func statusWraps() throws {
    var state = try ExplorerState(
      scene: .transposed, parameters: .defaults(for: .transposed),
      screenSize: ScreenSize(width: 80, height: 24))
    let status =
      "could not write convscope-transposed-animation.txt: the folder /home/student/lessons/convolution-arithmetic is not writable, so nothing was written"
    _ = state.handle(.message(status))
    let canvas = ExplorerView.render(state).canvas
    let lines = (0..<canvas.height).map(canvas.line)
    let words = status.split(separator: " ").map(String.init)
    // The hint, then the status on as many rows as it needs, to the bottom of the screen.
    let hintRow = try #require(lines.lastIndex { $0.hasPrefix(" ? help") })
    let statusLines = lines[(hintRow + 1)...]
    #expect(statusLines.count > 1)
    #expect(statusLines.allSatisfy { DisplayWidth.of($0) <= 80 })
    let shown = statusLines.joined(separator: " ").split(separator: " ").map(String.init)
    #expect(shown == words, "\(statusLines)")
    // The title bar (line 0) may elide scene tabs with …; nothing below it is cut.
    #expect(!lines.dropFirst().contains { $0.contains("…") })
    // The caption block is still there above it.
    for caption in state.frame.captions {
      for line in FrameLayout.wrap(caption, width: 80) { #expect(lines.contains(line)) }
    }
  }

  @Test("a large window grows the grids: wider cells and more decimals")
  func largeWindowsGrow() throws {
    var bilinear8 = SceneParameters.defaults(for: .bilinear)
    bilinear8.kernel = Pair(8)
    let last = try Scenes.build(bilinear8).stepCount - 1
    let small = try Self.screen(bilinear8, step: last, size: ScreenSize(width: 80, height: 24)).1
    let large = try Self.screen(bilinear8, step: last, size: ScreenSize(width: 200, height: 60)).1
    // The corner weight 1/64 in full at 200×60; shaded by value at 80×24.
    #expect(large.contains { $0.contains("0.015625") })
    #expect(!small.contains { $0.contains("0.015625") })
    #expect(small.contains { $0.contains("░") || $0.contains("█") })
    // Conv's cells are wider on a large window than on a small one.
    let conv = SceneParameters.defaults(for: .conv)
    func cellWidth(_ size: ScreenSize) throws -> Int {
      let state = try ExplorerState(scene: .conv, parameters: conv, screenSize: size)
      let hits = ExplorerView.render(state).hits.filter { $0.panel == "input" && $0.row == 0 }
      return hits[1].x - hits[0].x
    }
    #expect(
      try cellWidth(ScreenSize(width: 200, height: 60))
        > cellWidth(ScreenSize(width: 80, height: 24)))
  }

  @Test("the output grid keeps its place and width from the first step to the last")
  func outputDoesNotJump() throws {
    let parameters = Presets.named("full_padding_no_strides")!.parameters
    let steps = try Scenes.build(parameters)
    var state = try ExplorerState(
      scene: .conv, parameters: parameters, screenSize: ScreenSize(width: 120, height: 40))
    func outputCells(_ state: ExplorerState) -> [CellHit] {
      ExplorerView.render(state).hits.filter { $0.panel == "output" }
    }
    let first = outputCells(state)
    state.go(to: steps.stepCount - 1)
    #expect(outputCells(state) == first)
    // Without the reserve the first frame's output would be narrower: the test can fail.
    let alone = FrameLayout.lay(steps.frame(at: 0), width: 120, ascii: false).hits
    let reserved = FrameLayout.lay(
      steps.frame(at: 0), width: 120, ascii: false, hits: true, reserve: LayoutReserve(steps)
    ).hits
    let widths = { (hits: [CellHit]) in hits.filter { $0.panel == "output" }.map(\.width) }
    #expect(widths(alone) != widths(reserved))
  }
}
