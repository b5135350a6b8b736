import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("The driver reports; the reducer decides")
struct PureDriverTests {
  @Test("the layout the reducer resolves clicks against is the one the view draws")
  func clicksMatchTheDrawnScreen() {
    for state in [
      ConvExplorerTests.opening(), type(ConvExplorerTests.opening(), "2"),
      type(ConvExplorerTests.opening(), "IIIIIIIII"),
    ] {
      let screen = ExplorerView.render(state)
      let layout = ExplorerLayout(state)
      #expect(!screen.hits.isEmpty)
      #expect(layout.hits == screen.hits)
      for hit in screen.hits.prefix(200) {
        #expect(layout.hit(x: hit.x, y: hit.y) == hit)
        #expect(screen.hit(x: hit.x + hit.width - 1, y: hit.y) == hit)
      }
      #expect(layout.hit(x: 0, y: 0) == nil)
    }
  }

  @Test("drawing changes no state; the scroll the view settled on comes back as an event")
  func scrollIsAnEvent() {
    // A 40×40 input on a short screen: the panels scroll to follow the window.
    var state = type(
      .opening(screenSize: ScreenSize(width: 100, height: 24)), "IIIIIIIIIIIIIIIIIIII")
    state = type(state, "GG")
    let before = state.scroll
    let screen = ExplorerView.render(state)
    #expect(state.scroll == before)
    #expect(screen.top > 0)
    _ = state.handle(.shown(scroll: screen.top))
    #expect(state.scroll == screen.top)
    // PgUp moves on from what the user saw, not from a stale scroll.
    let up = press(state, .pageUp)
    #expect(up.scroll == max(0, screen.top - 12))
    var headless = HeadlessExplorer(
      state: type(ConvExplorerTests.opening(), "IIIIIIIIIIIIIIIIIIII"))
    headless.draw()
    headless.send(.key(.character("G")))
    #expect(headless.state.scroll == ExplorerLayout(headless.state).top)
  }

  @Test("the stats corner shows the wall and CPU times the driver reports")
  func timedEvent() {
    var state = ExplorerState.opening(screenSize: ConvExplorerTests.wide, showStats: true)
    _ = state.handle(.timed(.microseconds(1_250), cpu: .microseconds(980)))
    let text = ExplorerView.render(state).canvas.plainText
    #expect(text.contains("key→frame 1.25 ms, cpu 0.98 ms"))
    #expect(ExplorerView.render(state, ascii: true).canvas.plainText.contains("key->frame 1.25 ms"))
  }

  @Test("a scene shown again from the recent builds is the scene a fresh build makes")
  func recentBuilds() throws {
    let opening = ConvExplorerTests.opening()
    let back = type(opening, "PpSsPpIi")
    #expect(back.current == opening.current)
    #expect(back.frame == opening.frame)
    #expect(ExplorerLayout(back).fitted?.canvas == ExplorerLayout(opening).fitted?.canvas)
    // Many different parameters later, the oldest builds are gone and the state still holds.
    let far = type(opening, "IIIIKKKKPPPPiiiikkkkpppp")
    #expect(far.current == opening.current)
    #expect(far.frame == opening.frame)
    #expect(far.invariantViolation(thorough: true) == nil)
    let fresh = try ExplorerState(
      scene: .conv, parameters: type(opening, "IIK").current, screenSize: ConvExplorerTests.wide)
    #expect(type(far, "IIK").frame == fresh.frame)
  }
}
