import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvScopeTUI

/// The bilinear kernels follow from K alone, so `v` is not offered there.
@Suite("v where values mean nothing")
struct ValuesKeyTests {
  @Test("v in the bilinear scene changes nothing, says why, and is not offered")
  func bilinear() {
    let state = type(ConvScopeTUITests.opening(), "4")
    #expect(state.scene == .bilinear)
    let after = type(state, "v")
    #expect(after.current == state.current)
    #expect(after.status?.contains("nothing to change here") == true)
    let screen = ExplorerView.render(after).canvas.plainText
    #expect(!screen.contains("v values"))
    #expect(!screen.contains("values ramp"))
    // Elsewhere the key and the values stay on offer.
    let conv = ExplorerView.render(ConvScopeTUITests.opening()).canvas.plainText
    #expect(conv.contains("v values") && conv.contains("values ramp"))
  }
}
