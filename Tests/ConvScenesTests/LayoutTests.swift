import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// Panels side by side or stacked, numbers or shading, ASCII, display width, hit-testing.
@Suite struct LayoutTests {
  static let conv = try! Scenes.build(.defaults(for: .conv))

  @Test func panelsSitSideBySideWhenWide() {
    let laid = FrameLayout.lay(Self.conv.frame(at: 0), width: 100, ascii: false)
    let titles = laid.canvas.line(2)
    #expect(
      titles.contains("input 5×5, padded to 7×7") && titles.contains("kernel 3×3")
        && titles.contains("output 3×3"))
  }

  @Test func panelsStackWhenNarrow() {
    let laid = FrameLayout.lay(Self.conv.frame(at: 0), width: 30, ascii: false)
    let lines = (0..<laid.canvas.height).map(laid.canvas.line)
    let inputRow = lines.firstIndex { $0.hasPrefix("input") }
    let outputRow = lines.firstIndex { $0.contains("output 3×3") }
    #expect(inputRow != nil && outputRow != nil && inputRow! < outputRow!)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
  }

  @Test func numbersWhenWideShadingWhenNot() throws {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(20)
    let frame = try Scenes.build(p).frame(at: 0)
    let wide = FrameLayout.lay(frame, width: 120, ascii: false).canvas.plainText
    let narrow = FrameLayout.lay(frame, width: 50, ascii: false).canvas.plainText
    #expect(!wide.contains("▓▓"))
    #expect(narrow.contains("▓▓"))
    #expect(FrameLayout.lay(frame, width: 50, ascii: false).minimumWidth == 44)
  }

  @Test func asciiDrawsOnlyASCII() throws {
    for scene in SceneKind.allCases {
      var p = SceneParameters.defaults(for: scene)
      if scene == .conv { p.input = Pair(24) }
      let steps = try Scenes.build(p)
      for width in [40, 100] {
        let text = TextRenderer(width: width, ascii: true).render(steps.frames)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(scene) at width \(width)")
      }
    }
  }

  @Test func wideCharactersTakeTwoColumns() {
    var frame = Self.conv.frame(at: 0)
    frame.captions = ["卷积输出大小 o = 3 " + String(repeating: "宽", count: 40)]
    let laid = FrameLayout.lay(frame, width: 40, ascii: false)
    for y in 0..<laid.canvas.height {
      #expect(DisplayWidth.of(laid.canvas.line(y)) <= 40)
    }
    #expect(DisplayWidth.of("卷积") == 4)
    #expect(laid.canvas.plainText.contains("卷积输出大小"))
  }

  @Test func hitsFindEveryCell() throws {
    let frame = Self.conv.frame(at: 4)
    let laid = FrameLayout.lay(frame, width: 100, ascii: false)
    for panel in frame.panels {
      #expect(laid.hits.filter { $0.panel == panel.name }.count == panel.rows * panel.cols)
    }
    let hit = try #require(laid.hits.first { $0.panel == "output" && $0.row == 1 && $0.col == 1 })
    #expect(laid.hit(x: hit.x + hit.width - 1, y: hit.y) == hit)
    // The current output cell y[1,1] is drawn with its value in brackets where the hit says.
    let text = (hit.x..<hit.x + hit.width).map { laid.canvas[$0, hit.y].text }.joined()
    #expect(
      text.trimmingCharacters(in: .whitespaces)
        == "[\(NumberText.format(frame.panel(named: "output")![1, 1].value!))]")
  }

  @Test func captionsWrapAtSpaces() {
    let lines = FrameLayout.wrap("one two three four five six", width: 10)
    #expect(lines == ["one two", "  three", "  four", "  five six"])
  }

  @Test func numberText() {
    #expect(NumberText.format(3) == "3")
    #expect(NumberText.format(-2) == "-2")
    #expect(NumberText.format(0.5625) == "0.5625")
    #expect(NumberText.format(0.015625) == "0.0156")
    #expect(NumberText.format(0.00001) == "1.0e-05")
  }
}
