import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("Stack scene keys")
struct StackKeyTests {
  static func start(_ scene: SceneKind) throws -> ExplorerState {
    try ExplorerState(scene: scene, parameters: .defaults(for: scene), screenSize: wide)
  }

  @Test("arrows move the traced cell in receptive and stop at the output's edge")
  func arrowsMoveTheCell() throws {
    let start = try Self.start(.receptive)
    let moved = press(start, .up, .left, .left)
    #expect(moved.current.stack.cell == Pair(1, 0))
    #expect(moved.frame.captions.contains { $0.contains("y[1,0]") })
    let edge = press(moved, .left)
    #expect(edge.current.stack.cell == Pair(1, 0))
    #expect(edge.status?.contains("edge") == true)
    // A moved cell keeps the step the viewer was on.
    let stepped = press(type(start, ".."), .down)
    #expect(stepped.step == 2 && stepped.current.stack.cell == Pair(3, 2))
  }

  @Test("lowering the input keeps a traced cell at the edge on the smaller output")
  func lowerInputKeepsCell() throws {
    let start = press(try Self.start(.receptive), .down, .down, .right, .right)
    #expect(start.current.stack.cell == Pair(4, 4))
    let lowered = type(start, "ii")
    #expect(lowered.current.input == Pair(9))
    #expect(lowered.current.stack.cell == Pair(3, 3))
  }

  @Test("elsewhere the arrows keep their meaning: ← lowers the input in overlap")
  func arrowsElsewhere() throws {
    let overlap = press(try Self.start(.overlap), .left)
    #expect(overlap.current.input == Pair(4))
    #expect(overlap.current.stack.cell == nil)
  }

  @Test("l and L cycle the layer presets each scene can draw, starting from its own stack")
  func cyclePresets() throws {
    let start = try Self.start(.receptive)
    let next = type(start, "l")
    let first = StackScenes.presets(for: .receptive)[0]
    #expect(next.current.stack.preset == first.name)
    #expect(next.current.input == first.input)
    #expect(next.status?.contains(first.name) == true)
    #expect(type(next, "L").current == start.current)
    let back = type(start, "L")
    #expect(back.current.stack.preset == StackScenes.presets(for: .receptive).last?.name)
    let overlap = type(try Self.start(.overlap), "l")
    #expect(overlap.current.stack.preset == "fcn32s")
    #expect(overlap.current.stack.layers.allSatisfy { $0.kind == .deconv })
  }

  @Test("l in another scene says what it is for; Tab reaches both stack scenes")
  func elsewhere() throws {
    let conv = type(opening(), "l")
    #expect(conv.status?.contains("receptive") == true)
    var state = opening()
    var seen: Set<SceneKind> = []
    for _ in SceneKind.allCases {
      state = press(state, .tab)
      seen.insert(state.scene)
    }
    #expect(seen.contains(.receptive) && seen.contains(.overlap))
  }
}
