import ConvArithmetic
import ConvScenes
import Testing

/// The explorer lays out only the rows it shows; those must be exactly the full layout's rows.
@Suite("Windowed layout")
struct WindowedLayoutTests {
  static func frames() throws -> [Frame] {
    var big = SceneParameters.defaults(for: .conv)
    big.input = Pair(32)
    big.stride = Pair(1)
    var frames: [Frame] = []
    for parameters in SceneKind.allCases.map(SceneParameters.defaults(for:)) + [big] {
      let steps = try Scenes.build(parameters)
      frames.append(steps.frame(at: 0))
      frames.append(steps.frame(at: steps.stepCount - 1))
    }
    return frames
  }

  @Test func windowRowsMatchTheFullLayout() throws {
    for frame in try Self.frames() {
      for width in [40, 80, 120] {
        let full = FrameLayout.lay(frame, width: width, ascii: false)
        for (scroll, rows) in [(0, 5), (0, 35), (3, 10), (40, 20), (1000, 7), (0, 0), (0, 500)] {
          let window = FrameLayout.lay(
            frame, width: width, ascii: false, scroll: scroll, rows: rows)
          let top = min(scroll, max(0, full.canvas.height - rows))
          #expect(window.top == top)
          #expect(window.fullHeight == full.canvas.height)
          #expect(window.minimumWidth == full.minimumWidth)
          #expect(window.canvas.height == min(rows, full.canvas.height - top))
          let shown = window.canvas.chars
          let expected = full.canvas.chars[(top * width)..<((top + window.canvas.height) * width)]
          #expect(shown == Array(expected), "width \(width), scroll \(scroll), rows \(rows)")
          let visible = full.hits.filter { $0.y >= top && $0.y < top + window.canvas.height }
          #expect(window.hits == visible)
        }
      }
    }
  }
}
