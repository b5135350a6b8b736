import ConvArithmetic
import Testing

@testable import ConvScenes

/// Heat maps: shading glyphs in plain text, background colour (and no glyphs) in colour.
@Suite("Heat shading")
struct HeatShadingTests {
  static func heatFrame() throws -> Frame {
    var p = SceneParameters.defaults(for: .bilinear)
    p.kernel = Pair(3)
    let steps = try Scenes.build(p)
    return steps.frame(at: steps.stepCount - 1)
  }

  @Test("plain text keeps the shading glyphs; the colour canvas blanks them in heat cells only")
  func blanking() throws {
    let canvas = FrameLayout.lay(try Self.heatFrame(), width: 100, ascii: false).canvas
    let heatGlyphs = canvas.chars.filter {
      if case .cell(.heat, _, _) = $0.style { return Canvas.heatShading.contains($0.text) }
      return false
    }
    #expect(!heatGlyphs.isEmpty)
    let coloured = canvas.shadingHeatByColour()
    for (before, after) in zip(canvas.chars, coloured.chars) {
      if case .cell(.heat, _, _) = before.style, Canvas.heatShading.contains(before.text) {
        #expect(after.text == " ")
      } else {
        #expect(after == before)
      }
    }
    #expect(canvas.plainText.contains("heat ' ░▒▓█' low to high"))
  }

  @Test("ANSI with colour draws no shading glyph inside heat cells; without colour it does")
  func ansi() throws {
    let frame = try Self.heatFrame()
    let coloured = ANSIRenderer(width: 100, depth: .full).render(frame)
    let plain = ANSIRenderer(width: 100, depth: .monochrome).render(frame)
    let body = { (text: String) in text.components(separatedBy: "legend:")[0] }
    #expect(!body(coloured).contains("▓") && !body(coloured).contains("█"))
    #expect(body(plain).contains("█"))
  }
}
