import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

/// A frame taller than the screen scrolls itself to keep the sliding window in view.
@Suite("Following the window")
struct FollowWindowTests {
  /// A 32×32 conv on a 120×40 screen: the padded input alone is 34 rows tall.
  static func tall() throws -> ExplorerState {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(32)
    p.stride = Pair(1)
    p.padding = Pair(1)
    return try ExplorerState(
      scene: .conv, parameters: p, screenSize: ScreenSize(width: 120, height: 40))
  }

  static func showsWindow(_ screen: ExplorerScreen) -> Bool {
    screen.canvas.chars.contains {
      if case .cell(.windowTap, _, _) = $0.style { return true }
      return false
    }
  }

  @Test("the last step scrolls down to the window at the bottom of the input")
  func lastStep() throws {
    var explorer = HeadlessExplorer(state: try Self.tall())
    explorer.draw()
    #expect(explorer.state.scroll == 0)
    _ = explorer.send(.key(.end))
    #expect(explorer.state.scroll > 0)
    #expect(Self.showsWindow(ExplorerView.render(explorer.state)))
    // Every step keeps the window on screen.
    for _ in 0..<40 {
      _ = explorer.send(.key(.character(",")))
      #expect(Self.showsWindow(ExplorerView.render(explorer.state)))
    }
  }

  @Test("scrolling by hand is not undone until the step changes")
  func handScroll() throws {
    var explorer = HeadlessExplorer(state: try Self.tall())
    explorer.draw()
    _ = explorer.send(.key(.pageDown))
    let scrolled = explorer.state.scroll
    #expect(scrolled > 0)
    #expect(!explorer.state.followWindow)
    // Redrawing keeps the hand-picked rows, even though the window is now off screen.
    _ = explorer.send(.resize(ScreenSize(width: 120, height: 40)))
    #expect(explorer.state.scroll == scrolled)
    _ = explorer.send(.key(.character(".")))
    #expect(explorer.state.followWindow)
    #expect(Self.showsWindow(ExplorerView.render(explorer.state)))
  }
}
