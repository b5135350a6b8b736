import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

/// A short run of random events; `swift run -c release convscope-fuzz` runs a million.
@Suite("Monkey")
struct MonkeyTests {
  @Test("5,000 random events: no crash, parameters always valid, step always in range")
  func monkey() throws {
    var rng = SplitMix64(seed: 20_240_601)
    var state = ExplorerState.opening(screenSize: ScreenSize(width: 120, height: 40))
    var scenesSeen = Set<SceneKind>()
    var refusals = 0
    for index in 0..<5_000 {
      _ = state.handle(RandomEvents.next(&rng, size: state.screenSize))
      if state.quit { state.quit = false }
      if let status = state.status, status.hasSuffix(".") { refusals += 1 }
      scenesSeen.insert(state.scene)
      let thorough = index % 250 == 0
      if let broken = state.invariantViolation(thorough: thorough) {
        Issue.record("event \(index): \(broken)")
        return
      }
      if thorough {
        _ = ExplorerView.render(state)
        _ = ExplorerView.render(state, ascii: true)
      }
    }
    #expect(scenesSeen.count == SceneKind.allCases.count)
    #expect(refusals > 0, "the monkey never hit an invalid change, so refusals went untested")
  }

  @Test("the invariant check notices a broken state")
  func invariantCheckCanFail() throws {
    var state = ExplorerState.opening()
    #expect(state.invariantViolation(thorough: true) == nil)
    state.scroll = -1
    #expect(state.invariantViolation() == "scroll -1")
  }
}
