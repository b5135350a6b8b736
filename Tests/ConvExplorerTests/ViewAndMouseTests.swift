import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("View, mouse and resize")
struct ViewAndMouseTests {
  @Test("the title shows the scene and every parameter with its value")
  func title() {
    let text = ExplorerView.render(ConvExplorerTests.opening()).canvas.plainText
    for expected in [
      "[1 conv]", "input 5×5", "kernel 3×3", "stride 2×2", "padding 1×1", "dilation 1×1",
      "step 1/9",
    ] {
      #expect(text.contains(expected), "missing \(expected)")
    }
    #expect(!text.contains("output padding"))
    let transposed = ExplorerView.render(type(ConvExplorerTests.opening(), "2")).canvas.plainText
    #expect(transposed.contains("[2 transposed]"))
    #expect(transposed.contains("output padding 0×0"))
  }

  @Test("ASCII mode draws no characters outside ASCII")
  func ascii() {
    for state in [
      ConvExplorerTests.opening(), type(ConvExplorerTests.opening(), "?"),
      type(ConvExplorerTests.opening(), "2"),
    ] {
      let text = ExplorerView.render(state, ascii: true).canvas.plainText
      #expect(
        text.unicodeScalars.allSatisfy { $0.isASCII },
        "\(text.unicodeScalars.filter { !$0.isASCII })")
    }
  }

  @Test("the frame on screen follows the stride: output 3×3 at stride 2, 2×2 at stride 3")
  func strideChangesOutput() {
    let state = ConvExplorerTests.opening()
    #expect(state.frame.panel(named: "output")?.rows == 3)
    let faster = type(state, "S")
    #expect(faster.frame.panel(named: "output")?.rows == 2)
    #expect(faster.frame.panel(named: "output")?.cols == 2)
    #expect(ExplorerView.render(faster).canvas.plainText.contains("stride 3×3"))
  }

  @Test("clicking an output cell pins it, clicking it again unpins it")
  func pinOutput() throws {
    var state = ConvExplorerTests.opening()
    let screen = ExplorerView.render(state)
    let hit = try #require(screen.hits.first { $0.panel == "output" && $0.row == 1 && $0.col == 2 })
    _ = state.handle(.click(x: hit.x, y: hit.y))
    #expect(state.focus == CellFocus(panel: "output", row: 1, col: 2))
    #expect(state.frame != ConvExplorerTests.opening().frame)
    _ = state.handle(.click(x: hit.x + hit.width - 1, y: hit.y))
    #expect(state.focus == nil)
  }

  @Test("clicking an input cell pins it; clicking off the grids unpins")
  func pinInput() throws {
    var state = ConvExplorerTests.opening()
    let hit = try #require(ExplorerView.render(state).hits.first { $0.panel == "input" })
    _ = state.handle(.click(x: hit.x, y: hit.y))
    #expect(state.focus?.panel == "input")
    _ = state.handle(.click(x: 0, y: state.screenSize.height - 1))
    #expect(state.focus == nil)
  }

  @Test("hits land where the cell's text is drawn")
  func hitsMatchCanvas() {
    let screen = ExplorerView.render(ConvExplorerTests.opening())
    #expect(!screen.hits.isEmpty)
    for hit in screen.hits {
      if case .cell = screen.canvas[hit.x, hit.y].style {
      } else {
        Issue.record("hit \(hit) is drawn in \(screen.canvas[hit.x, hit.y].style)")
      }
    }
  }

  @Test("a tiny window shows a centred message with the size needed and the size it has")
  func tooSmall() {
    var state = ConvExplorerTests.opening()
    _ = state.handle(.resize(ScreenSize(width: 20, height: 6)))
    let screen = ExplorerView.render(state)
    let text = screen.canvas.plainText
    #expect(text.contains("too small"))
    #expect(text.contains("have 20×6"))
    #expect(screen.hits.isEmpty)
    _ = state.handle(.resize(wide))
    #expect(ExplorerView.render(state).canvas.plainText.contains("stride 2×2"))
  }

  @Test("the --stats corner shows the last keypress-to-frame time")
  func stats() {
    var state = ExplorerState.opening(screenSize: wide, showStats: true)
    state.lastFrameTime = .microseconds(420)
    #expect(ExplorerView.render(state).canvas.plainText.contains("key→frame 0.42 ms"))
  }
}
