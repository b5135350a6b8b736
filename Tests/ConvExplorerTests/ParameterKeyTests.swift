import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("Parameter keys")
struct ParameterKeyTests {
  @Test("the explorer opens on conv with 5×5 input, 3×3 kernel, stride 2, padding 1")
  func opening() {
    let state = ConvExplorerTests.opening()
    #expect(state.scene == .conv)
    #expect(state.current.input == Pair(5))
    #expect(state.current.kernel == Pair(3))
    #expect(state.current.stride == Pair(2))
    #expect(state.current.padding == Pair(1))
    #expect(state.step == 0)
    #expect(!state.playing && !state.helpShown && !state.quit)
  }

  @Test(
    "lower case lowers and upper case raises each parameter",
    arguments: [
      (Character("i"), Character("I"), SceneParameter.input),
      ("k", "K", .kernel),
      ("s", "S", .stride),
      ("p", "P", .padding),
      ("d", "D", .dilation),
    ])
  func lowerAndRaise(lower: Character, raise: Character, parameter: SceneParameter) {
    // Start where both directions are valid on conv: 7×7 input, kernel 2, stride 2, padding 1, dilation 2.
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(7)
    p.kernel = Pair(2)
    p.dilation = Pair(2)
    let start = try! ExplorerState(scene: .conv, parameters: p, screenSize: wide)
    let before = start.current[parameter]
    let raised = type(start, String(raise))
    #expect(raised.current[parameter] == Pair(before.h + 1, before.w + 1))
    #expect(raised.status?.contains(parameter.label()) == true)
    let lowered = type(raised, String(lower) + String(lower))
    #expect(lowered.current[parameter] == Pair(before.h - 1, before.w - 1))
    #expect(lowered.selected == parameter)
  }

  @Test("o and O change the output padding of the transposed scene")
  func outputPadding() {
    let transposed = type(ConvExplorerTests.opening(), "2")
    #expect(transposed.scene == .transposed)
    let raised = type(transposed, "O")
    #expect(raised.current.outputPadding == Pair(1))
    #expect(type(raised, "o").current.outputPadding == Pair(0))
    // Output padding must stay below the stride (2): a second raise is refused.
    let refused = type(raised, "O")
    #expect(refused.current.outputPadding == Pair(1))
    #expect(refused.status != nil)
  }

  @Test("a parameter the scene lacks gives a short status message and changes nothing")
  func missingParameter() {
    let state = type(ConvExplorerTests.opening(), "O")
    #expect(state.current == ConvExplorerTests.opening().current)
    #expect(state.status == "the conv scene has no output padding")
    let bilinear = type(ConvExplorerTests.opening(), "4S")
    #expect(bilinear.status == "the bilinear scene has no stride")
  }

  @Test("an invalid change is refused with the scene's one-sentence reason")
  func refusal() throws {
    // 5×5 input padded by 1 is 7 wide: a kernel of 8 no longer fits.
    let seven = type(ConvExplorerTests.opening(), "KKKK")
    #expect(seven.current.kernel == Pair(7))
    let refused = type(seven, "K")
    #expect(refused.current.kernel == Pair(7))
    var candidate = seven.current
    candidate.kernel = Pair(8)
    let expected = try #require(throws: SceneError.self) { try candidate.validate() }
    #expect(refused.status == expected.description)
    // Stride cannot go below 1, padding cannot go below 0.
    #expect(type(ConvExplorerTests.opening(), "sss").current.stride == Pair(1))
    #expect(type(ConvExplorerTests.opening(), "ppp").current.padding == Pair(0))
  }

  @Test("x cycles both axes, height only, width only, and changes respect it")
  func axisMode() {
    var state = ConvExplorerTests.opening()
    #expect(state.axisMode == .both)
    state = type(state, "x")
    #expect(state.axisMode == .height)
    state = type(state, "S")
    #expect(state.current.stride == Pair(3, 2))
    state = type(state, "x")
    #expect(state.axisMode == .width)
    state = type(state, "I")
    #expect(state.current.input == Pair(5, 6))
    state = type(state, "x")
    #expect(state.axisMode == .both)
    state = type(state, "k")
    #expect(state.current.kernel == Pair(2))
  }

  @Test("↑/↓ select a parameter the scene uses and ←/→ change it")
  func arrows() {
    var state = ConvExplorerTests.opening()
    #expect(state.selected == .stride)
    state = press(state, .down)
    #expect(state.selected == .padding)
    state = press(state, .right)
    #expect(state.current.padding == Pair(2))
    state = press(state, .left, .left)
    #expect(state.current.padding == Pair(0))
    state = press(state, .up, .up, .up)
    #expect(state.selected == .input)
    // conv has no output padding: ↑ from input wraps to dilation.
    state = press(state, .up)
    #expect(state.selected == .dilation)
    state = press(state, .down)
    #expect(state.selected == .input)
  }

  @Test("the explorer caps sizes it cannot show and says to use export")
  func cap() {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(32)
    let state = try! ExplorerState(scene: .conv, parameters: p, screenSize: wide)
    let refused = type(state, "I")
    #expect(refused.current.input == Pair(32))
    #expect(refused.status?.contains("convscope export") == true)
    // A preset beyond the cap can still be lowered.
    p.input = Pair(40)
    let big = try! ExplorerState(scene: .conv, parameters: p, screenSize: wide)
    #expect(type(big, "i").current.input == Pair(39))
  }
}
