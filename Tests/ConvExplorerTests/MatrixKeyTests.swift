import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

/// The keys of the matrix and interp scenes and the transposed scene's comparison:
/// t (C or Cᵀ), f/F (factor), a (align_corners), b (beside dilated).
@Suite("Matrix and interp keys")
struct MatrixKeyTests {
  static func at(_ scene: SceneKind) throws -> ExplorerState {
    try ExplorerState(
      scene: scene, parameters: .defaults(for: scene), screenSize: ScreenSize(width: 80, height: 24)
    )
  }

  @Test("Tab reaches matrix and interp")
  func tabReaches() {
    var state = ExplorerState.opening()
    var seen: Set<SceneKind> = []
    for _ in SceneKind.allCases {
      seen.insert(state.scene)
      state = press(state, .tab)
    }
    #expect(seen.contains(.matrix) && seen.contains(.interp))
  }

  @Test("t in matrix switches C (4×16) to Cᵀ (16×4) and back; the title bar says which")
  func transposeKey() throws {
    let state = try Self.at(.matrix)
    #expect(state.frame.panel(named: "matrix").map { ($0.rows, $0.cols) } ?? (0, 0) == (4, 16))
    let transposed = type(state, "t")
    #expect(transposed.current.matrix.transpose)
    #expect(transposed.frame.panel(named: "matrix").map { ($0.rows, $0.cols) } ?? (0, 0) == (16, 4))
    #expect(transposed.status == "multiplying by Cᵀ: the transposed convolution")
    #expect(ExplorerView.render(transposed).canvas.line(1).contains("Cᵀ"))
    let back = type(transposed, "t")
    #expect(!back.current.matrix.transpose && back.stepCount == 4)
  }

  @Test("I in matrix grows C until it would pass the explorer's grid limit, then says why")
  func matrixLimit() throws {
    var state = try Self.at(.matrix)
    for _ in 0..<6 { state = type(state, "I") }
    // 8×8 input, k = 3: C is 36 × 64, the most the explorer draws; 9×9 would be 49 × 81.
    #expect(state.current.input == Pair(8))
    #expect(state.status?.contains("the matrix would be 49×81") == true)
  }

  @Test("f/F step interp's factor within 2…8, a toggles align_corners, both redraw")
  func factorKeys() throws {
    var state = try Self.at(.interp)
    state = type(state, "F")
    #expect(state.current.interp.factor == 3)
    #expect(state.stepCount == 81)
    #expect(state.status == "factor 2 → 3")
    state = type(state, "ff")
    #expect(state.current.interp.factor == 2)
    #expect(state.status == "the factor stays between 2 and 8")
    state = type(state, "a")
    #expect(state.current.interp.alignCorners)
    #expect(state.frame.captions.contains { $0.hasPrefix("With align_corners") })
    // Factor 8 on a 3×3 input is 24×24; a 9×9 input would be 72×72, past the grid limit.
    for _ in 0..<6 { state = type(state, "F") }
    #expect(state.current.interp.factor == 8)
    for _ in 0..<6 { state = type(state, "I") }
    #expect(state.current.input == Pair(8))
    #expect(state.status?.contains("72×72") == true)
  }

  @Test("clicking an entry of C pins it and says which kernel weight it is, or why it is 0")
  func pinEntry() throws {
    var state = try ExplorerState(
      scene: .matrix, parameters: .defaults(for: .matrix), screenSize: wide)
    let screen = ExplorerView.render(state)
    let tap = try #require(screen.hits.first { $0.panel == "matrix" && $0.row == 0 && $0.col == 5 })
    _ = state.handle(.click(x: tap.x, y: tap.y))
    #expect(
      state.frame.captions.last
        == "pinned C[0,5] = 2: kernel weight (1,1), where output cell (0,0)'s window lies on x[1,1]"
    )
    let zero = try #require(
      screen.hits.first { $0.panel == "matrix" && $0.row == 0 && $0.col == 3 })
    _ = state.handle(.click(x: zero.x, y: zero.y))
    #expect(
      state.frame.captions.last
        == "pinned C[0,3] = 0: x[0,3] lies outside output cell (0,0)'s window")
  }

  @Test("b in transposed sets it beside dilation and back; elsewhere it says where it works")
  func besideDilated() throws {
    let state = try Self.at(.transposed)
    let beside = type(state, "b")
    #expect(beside.current.matrix.compareDilated)
    #expect(beside.frame.panel(named: "dilated") != nil && beside.stepCount == 1)
    let back = type(beside, "b")
    #expect(back.frame.panel(named: "dilated") == nil && back.stepCount > 1)
    let conv = type(ExplorerState.opening(), "b")
    #expect(conv.status == "b works in the transposed scene; press Tab to reach it")
    #expect(type(ExplorerState.opening(), "f").status?.hasPrefix("f works in the interp") == true)
  }
}
