import ConvArithmetic
import Testing

@testable import ConvScenes

/// Values files may hold numbers whose sums overflow to infinity or turn NaN (1e308 beside
/// −1e308): every layout still draws them, shaded or not, and never stops the program.
@Suite struct NonFiniteShadingTests {
  @Test func rampStepsStayOnTheRamp() {
    for ascii in [false, true] {
      let glyphs = Glyphs(ascii: ascii)
      let heat = glyphs.heatRamp.indices
      let value = glyphs.valueRamp.indices
      for level in [Double.nan, .infinity, -.infinity, -1e300, 1e300] {
        #expect(heat.contains(glyphs.heatIndex(level)), "heat \(level)")
        #expect(value.contains(glyphs.valueIndex(level)), "value \(level)")
      }
      #expect(glyphs.valueIndex(.nan) == value.lowerBound)
      #expect(glyphs.valueIndex(.infinity) == value.upperBound - 1)
      // Finite levels keep the nearest step, clamped to the ends, as before.
      for k in -40...60 {
        let level = Double(k) / 20
        let count = glyphs.valueRamp.count
        let nearest = min(count - 1, max(0, Int((level * Double(count - 1)).rounded())))
        #expect(glyphs.valueIndex(level) == value.lowerBound + nearest, "\(level)")
      }
    }
  }

  @Test(arguments: [SceneKind.conv, .transposed, .unpool])
  func overflowingValuesAreDrawnAtEverySize(_ scene: SceneKind) throws {
    var parameters = SceneParameters.defaults(for: scene)
    parameters.input = Pair(3)
    parameters.kernel = Pair(2)
    parameters.values = .custom(
      input: [[1e308, -1e308, 1e308], [1e308, 1e308, -1e308], [1, 2, 3]],
      kernel: [[10, 10], [10, 10]])
    let steps = try Scenes.build(parameters)
    let reserve = LayoutReserve(steps)
    for step in 0..<steps.stepCount {
      let frame = steps.frame(at: step)
      for (width, rows) in [(80, 19), (40, 12), (24, 8)] {
        for ascii in [false, true] {
          let fitted = FrameLayout.fit(
            frame, width: width, rows: rows, ascii: ascii, scroll: 0, reserve: reserve)
          #expect(!fitted.canvas.plainText.isEmpty)
        }
      }
    }
    #expect(!TextRenderer(width: 30).render(steps.frames).isEmpty)
  }
}
