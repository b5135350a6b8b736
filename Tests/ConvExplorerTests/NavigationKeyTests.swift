import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("Step, playback and scene keys")
struct NavigationKeyTests {
  @Test(". and , step forward and back, clamped at both ends")
  func stepping() {
    var state = ConvExplorerTests.opening()
    let count = state.stepCount
    #expect(count == 9)  // a 3×3 output, one step per output cell
    state = type(state, ",")
    #expect(state.step == 0)
    state = type(state, "...")
    #expect(state.step == 3)
    state = type(state, ",")
    #expect(state.step == 2)
    state = type(state, String(repeating: ".", count: 20))
    #expect(state.step == count - 1)
  }

  @Test("g, G, Home and End go to the first and last step")
  func ends() {
    let state = ConvExplorerTests.opening()
    #expect(type(state, "G").step == state.stepCount - 1)
    #expect(type(state, "Gg").step == 0)
    #expect(press(state, .end).step == state.stepCount - 1)
    #expect(press(state, .end, .home).step == 0)
  }

  @Test("space plays and pauses; playback stops at the last step and says so; space replays")
  func playback() {
    var state = ConvExplorerTests.opening()
    _ = state.handle(.tick)
    #expect(state.step == 0)
    state = type(state, " ")
    #expect(state.playing)
    _ = state.handle(.tick)
    _ = state.handle(.tick)
    #expect(state.step == 2)
    state = type(state, " ")
    #expect(!state.playing)
    _ = state.handle(.tick)
    #expect(state.step == 2)
    state = type(state, " ")
    // The tick that reaches the last step stops playback and says so on the status line.
    for _ in 0..<(state.stepCount - 4) { _ = state.handle(.tick) }
    #expect(state.playing && state.step == state.stepCount - 2 && state.status == nil)
    _ = state.handle(.tick)
    #expect(!state.playing && state.step == state.stepCount - 1)
    #expect(state.status == state.endOfAnimation)
    #expect(ExplorerView.render(state).canvas.plainText.contains("space plays it again"))
    _ = state.handle(.tick)
    #expect(state.step == state.stepCount - 1)
    // Space at the last step replays from the first.
    state = type(state, " ")
    #expect(state.playing && state.step == 0)
  }

  @Test("[ and ] change the speed within its range")
  func speed() {
    var state = ConvExplorerTests.opening()
    let start = state.speed
    state = type(state, "]")
    #expect(state.speed > start)
    #expect(state.status?.contains("steps/s") == true)
    state = type(state, "[[")
    #expect(state.speed < start)
    state = type(state, String(repeating: "[", count: 20))
    #expect(state.speedIndex == 0)
    state = type(state, String(repeating: "]", count: 20))
    #expect(state.speedIndex == ExplorerState.speeds.count - 1)
  }

  @Test("1–9 switch scenes and each scene keeps its own parameters and step")
  func numbers() {
    var state = ConvExplorerTests.opening()
    state = type(state, "S..")
    #expect(state.current.stride == Pair(3))
    for (index, kind) in SceneKind.allCases.prefix(9).enumerated() {
      state = type(state, String(index + 1))
      #expect(state.scene == kind)
      #expect(state.step < state.stepCount)
    }
    state = type(state, "1")
    #expect(state.current.stride == Pair(3))
    #expect(state.step == 2)
  }

  @Test("Tab and Shift-Tab cycle the scenes both ways")
  func tabs() {
    let all = SceneKind.allCases
    var state = ConvExplorerTests.opening()
    for index in 1...all.count {
      state = press(state, .tab)
      #expect(state.scene == all[index % all.count])
    }
    state = press(state, .backTab)
    #expect(state.scene == all[all.count - 1])
  }

  @Test("PgDn and PgUp scroll, never above the top")
  func scroll() {
    var state = ConvExplorerTests.opening()
    state = press(state, .pageDown)
    #expect(state.scroll > 0)
    state = press(state, .pageUp, .pageUp)
    #expect(state.scroll == 0)
    _ = state.handle(.wheel(up: true))
    #expect(state.scroll == 0)
  }
}
