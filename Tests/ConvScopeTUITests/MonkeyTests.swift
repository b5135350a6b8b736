import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvScopeTUI

@Suite("Monkey")
struct MonkeyTests {
  static let keys: [Key] =
    "iIkKsSpPdDoOxxx .,gG[]1234vteE?q".map { Key.character($0) }
    + [.up, .down, .left, .right, .home, .end, .tab, .backTab, .escape, .pageUp, .pageDown, .enter]

  static func randomEvent(_ rng: inout SplitMix64, size: ScreenSize) -> ExplorerEvent {
    switch Int.random(in: 0..<100, using: &rng) {
    case 0..<80: return .key(keys.randomElement(using: &rng)!)
    case 80..<91: return .tick
    case 91..<92:
      return .click(
        x: Int.random(in: 0..<size.width, using: &rng),
        y: Int.random(in: 0..<size.height, using: &rng))
    case 92..<95: return .wheel(up: Bool.random(using: &rng))
    case 95..<97:
      return .resize(
        ScreenSize(
          width: Int.random(in: 1...200, using: &rng), height: Int.random(in: 1...70, using: &rng)))
    default:
      return .key(.character(Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &rng)))))
    }
  }

  @Test("100,000 random events: no crash, parameters always valid, step always in range")
  func monkey() throws {
    let clock = ContinuousClock()
    let start = clock.now
    defer { print("monkey: 100,000 events in \(clock.now - start)") }
    var rng = SplitMix64(seed: 20_240_601)
    var state = ExplorerState.opening(screenSize: ScreenSize(width: 120, height: 40))
    var scenesSeen = Set<SceneKind>()
    var refusals = 0
    for index in 0..<100_000 {
      let event = Self.randomEvent(&rng, size: state.screenSize)
      _ = state.handle(event)
      if state.quit { state.quit = false }
      if let status = state.status, status.hasSuffix(".") { refusals += 1 }
      scenesSeen.insert(state.scene)
      // Invariants: every scene's parameters validate; the step is in range; the built scene matches.
      try #require(
        state.step >= 0 && state.step < state.stepCount,
        "step \(state.step) of \(state.stepCount) at event \(index)")
      try #require(
        state.built.parameters == state.current, "built scene is stale at event \(index)")
      try #require(state.scroll >= 0)
      if index % 1000 == 0 {
        for kind in SceneKind.allCases { try state.parameters[kind]!.validate() }
        _ = ExplorerView.render(state)
        _ = ExplorerView.render(state, ascii: true)
      }
    }
    #expect(scenesSeen.count == SceneKind.allCases.count)
    #expect(refusals > 0, "the monkey never hit an invalid change, so refusals went untested")
  }
}
