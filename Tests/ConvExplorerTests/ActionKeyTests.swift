import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("Values, view, export, help and quit keys")
struct ActionKeyTests {
  @Test("v cycles the values ramp, ones, random and back")
  func values() {
    var state = ConvExplorerTests.opening()
    #expect(state.current.values == .ramp)
    state = type(state, "v")
    #expect(state.current.values == .ones)
    state = type(state, "v")
    guard case .random = state.current.values else {
      Issue.record("expected random values, got \(state.current.values)")
      return
    }
    state = type(state, "v")
    #expect(state.current.values == .ramp)
    // A second visit to random shows new numbers.
    let first = type(ConvExplorerTests.opening(), "vv").current.values
    let second = type(ConvExplorerTests.opening(), "vvvvv").current.values
    #expect(first != second)
  }

  @Test("t toggles the transposed view and explains itself elsewhere")
  func view() {
    var state = type(ConvExplorerTests.opening(), "2")
    #expect(state.current.view == .zeros)
    state = type(state, "t")
    #expect(state.current.view == .scatter)
    #expect(state.step < state.stepCount)
    state = type(state, "t")
    #expect(state.current.view == .zeros)
    let conv = type(ConvExplorerTests.opening(), "t")
    #expect(conv.status?.contains("transposed") == true)
    #expect(conv.current == ConvExplorerTests.opening().current)
  }

  @Test(
    "t keeps the progress: the other view's step has the same output cells complete",
    arguments: [
      SceneParameters.defaults(for: .transposed),
      SceneParameters(
        scene: .transposed, input: Pair(2, 3), kernel: Pair(3, 2), stride: Pair(2, 3),
        padding: Pair(1, 0), outputPadding: Pair(1, 2)),
    ])
  func viewKeepsProgress(_ parameters: SceneParameters) throws {
    var scatterParameters = parameters
    scatterParameters.view = .scatter
    let scatter = try Scenes.build(scatterParameters)
    // An output cell is complete once it has all its stamps, its value is final (every stamp adds a nonzero product with the default values).
    func counts(_ step: Int) -> [Double?] {
      scatter.frame(at: step).panel(named: "output")!.cells.map(\.value)
    }
    let final = counts(scatter.stepCount - 1)
    func completeUpTo(_ step: Int, _ cell: Int) -> Bool {
      let now = counts(step)
      return (0...cell).allSatisfy { now[$0] == final[$0] }
    }
    let start = try ExplorerState(scene: .transposed, parameters: parameters, screenSize: wide)
    let setup = start.stepCount - final.count
    for zeros in setup..<start.stepCount {
      var state = start
      state.go(to: zeros)
      state = type(state, "t")
      #expect(state.current.view == .scatter)
      let cell = zeros - setup
      #expect(completeUpTo(state.step, cell), "zeros step \(zeros) -> scatter \(state.step)")
      if state.step > 0 {
        #expect(
          !completeUpTo(state.step - 1, cell), "zeros step \(zeros): an earlier stamp would do")
      }
    }
    var scatterStart = start
    scatterStart = type(scatterStart, "t")
    for stamp in 0..<scatter.stepCount {
      var state = scatterStart
      state.go(to: stamp)
      state = type(state, "t")
      #expect(state.current.view == .zeros)
      let cell = state.step - setup
      #expect(cell >= 0)
      #expect(cell == 0 || completeUpTo(stamp, cell), "scatter \(stamp) -> zeros \(state.step)")
      if cell + 1 < final.count && (cell > 0 || completeUpTo(stamp, 0)) {
        #expect(!completeUpTo(stamp, cell + 1), "scatter \(stamp): a later zeros step is complete")
      }
    }
  }

  @Test("e and E ask the driver to export the frame or the animation")
  func exportEffects() {
    var state = type(ConvExplorerTests.opening(), "...")
    guard case .exportFrame(let p, let step, _)? = state.handle(.key(.character("e"))) else {
      Issue.record("e did not export a frame")
      return
    }
    #expect(p == state.current && step == 3)
    guard case .exportAnimation(let all)? = state.handle(.key(.character("E"))) else {
      Issue.record("E did not export the animation")
      return
    }
    #expect(all == state.current)
  }

  @Test("? opens help; ? or Esc closes it; other keys close it and act")
  func help() {
    var state = type(ConvExplorerTests.opening(), "?")
    #expect(state.helpShown)
    let screen = ExplorerView.render(state)
    #expect(screen.canvas.plainText.contains("keys"))
    #expect(screen.canvas.plainText.contains("export this frame"))
    #expect(!type(state, "?").helpShown)
    state = press(state, .escape)
    #expect(!state.helpShown && !state.quit)
    state = type(state, "?S")
    #expect(!state.helpShown)
    #expect(state.current.stride == Pair(3))
  }

  @Test("q and Esc quit")
  func quit() {
    #expect(type(ConvExplorerTests.opening(), "q").quit)
    #expect(press(ConvExplorerTests.opening(), .escape).quit)
    #expect(!type(ConvExplorerTests.opening(), "w").quit)
  }

  @Test("a message event shows on the status line")
  func message() {
    var state = ConvExplorerTests.opening()
    _ = state.handle(.message("exported convscope-conv-frame-1.txt"))
    #expect(
      ExplorerView.render(state).canvas.plainText.contains("exported convscope-conv-frame-1.txt"))
  }
}
