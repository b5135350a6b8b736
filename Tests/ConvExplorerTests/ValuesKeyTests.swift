import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

/// The bilinear kernels follow from K alone, so `v` is not offered there.
@Suite("v where values mean nothing")
struct ValuesKeyTests {
  @Test("v in the bilinear scene changes nothing, says why, and is not offered")
  func bilinear() {
    let state = type(ConvExplorerTests.opening(), "4")
    #expect(state.scene == .bilinear)
    let after = type(state, "v")
    #expect(after.current == state.current)
    #expect(after.status?.contains("nothing to change here") == true)
    let screen = ExplorerView.render(after).canvas.plainText
    #expect(!screen.contains("v values"))
    #expect(!screen.contains("values ramp"))
    // Elsewhere the key and the values stay on offer.
    let conv = ExplorerView.render(ConvExplorerTests.opening()).canvas.plainText
    #expect(conv.contains("v values") && conv.contains("values ramp"))
  }
}

/// The explorer names a pinned cell as its grid labels do, so the status and the caption agree.
@Suite("Pinned cells in labelled coordinates")
struct PinnedCoordinateTests {
  @Test("pinning padded input cell 2,2 says [2,2] in the status and the caption")
  func labelledCoordinates() throws {
    var state = ConvExplorerTests.opening()
    let hit = try #require(
      ExplorerView.render(state).hits.first { $0.panel == "input" && $0.row == 2 && $0.col == 2 })
    _ = state.handle(.click(x: hit.x, y: hit.y))
    #expect(state.status == "pinned input [2,2]; click it again to unpin")
    #expect(state.frame.captions.contains { $0.hasPrefix("pinned padded input [2,2] = ") })
  }
}
