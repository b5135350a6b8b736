import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// Large grids still show their values: every number without a width, shading by value
/// (with the window on top) within one.
@Suite struct LargeGridTests {
  static func conv32() throws -> SceneSteps {
    var p = SceneParameters.defaults(for: .conv)
    p.input = Pair(32)
    p.stride = Pair(1)
    return try Scenes.build(p)
  }

  /// The numbers of each row of a panel, as the text shows them after its row label.
  static func rows(_ text: String, panelTitle: String, rows: Int) -> [[String]] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let title = lines.firstIndex(where: { $0.hasPrefix(panelTitle) }) else { return [] }
    return lines[(title + 2)..<(title + 2 + rows)].map { line in
      Array(
        line.split(whereSeparator: { " []<>*{}".contains($0) }).dropFirst().map(String.init))
    }
  }

  @Test("a 32×32 text export without a width shows every number of every panel")
  func everyNumber() throws {
    let steps = try Self.conv32()
    let frame = steps.frame(at: 40)
    let text = TextRenderer().render(frame)
    for glyph in ["░", "▒", "▓", "█"] { #expect(!text.contains(glyph)) }
    let input = try #require(frame.panel(named: "input"))
    let shown = Self.rows(text, panelTitle: input.title, rows: input.rows)
    #expect(shown.count == input.rows)
    for r in 0..<input.rows {
      let expected = (0..<input.cols).map { c in
        Glyphs(ascii: false).placeholder(input[r, c]) ?? NumberText.format(input[r, c].value!)
      }
      #expect(shown[r] == expected, "input row \(r)")
    }
  }

  @Test("within a width, shading follows the values and the window stays marked")
  func shadingByValue() throws {
    let steps = try Self.conv32()
    let frame = steps.frame(at: 40)
    let laid = FrameLayout.lay(frame, width: 80, ascii: false)
    let text = laid.canvas.plainText
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    // The ramp 1…9 uses every step of the value ramp, not one glyph for every cell.
    for glyph in ["░", "▒", "▓", "█"] { #expect(text.contains(glyph), "no \(glyph)") }
    // The nine taps of the window are marked, in the panel's shaded cells.
    let marks = laid.canvas.chars.filter {
      if case .cell(.windowTap, _, _) = $0.style { return $0.text == "[" }
      return false
    }
    #expect(marks.count == 9)
    #expect(text.contains("value, lowest to highest"))
    // Lower values take lower steps of the ramp.
    let glyphs = Glyphs(ascii: false)
    #expect(glyphs.valueGlyph(0) == "░" && glyphs.valueGlyph(1) == "█")
  }

  @Test("in an animation a computed cell keeps its shade while the others fill in")
  func stableShading() throws {
    let steps = try Self.conv32()
    let reserve = LayoutReserve(steps)
    func shade(_ step: Int, reserve: LayoutReserve?) throws -> String {
      let laid = FrameLayout.lay(
        steps.frame(at: step), width: 80, ascii: false, hits: true, reserve: reserve)
      let hit = try #require(laid.hits.first { $0.panel == "output" && $0.row == 0 && $0.col == 0 })
      return (hit.x..<(hit.x + hit.width)).map { laid.canvas[$0, hit.y - laid.top].text }.joined()
    }
    #expect(try shade(3, reserve: reserve) == shade(1000, reserve: reserve))
    // Each frame alone spreads the ramp over what is computed so far, so the shade moves.
    #expect(try shade(3, reserve: nil) != shade(1000, reserve: nil))
  }

  @Test("a panel too wide for the width rounds its numbers before it shades")
  func fewerDecimalsFirst() throws {
    var p = SceneParameters.defaults(for: .bilinear)
    p.kernel = Pair(8)
    let steps = try Scenes.build(p)
    let frame = steps.frame(at: steps.stepCount - 1)
    // 8 columns of 0.0156-wide numbers need 66 columns; at 60 they round to two decimals.
    let text = TextRenderer(width: 60).render(frame)
    let fcn = try #require(frame.panel(named: "fcn"))
    let corner = Self.rows(text, panelTitle: fcn.title, rows: fcn.rows).first?.first
    #expect(corner == "0.02", "the corner weight 0.015625 reads \(corner ?? "nothing")")
    #expect(!TextRenderer(width: 60).render(frame).contains("░░"))
    #expect(TextRenderer(width: 30).render(frame).contains("legend"))
  }

  @Test("convscope export has no width limit unless --width is given")
  func exportWidth() throws {
    let base = ["export", "conv", "--input", "32", "--stride", "1", "--frame", "40"]
    let unlimited = try ExecutableRunner.run(base)
    #expect(unlimited.status == 0, "\(unlimited.stderr)")
    let widest = unlimited.stdout.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max()
    #expect((widest ?? 0) > 100)
    #expect(!unlimited.stdout.contains("▓"))
    let limited = try ExecutableRunner.run(base + ["--width", "80"])
    #expect(limited.status == 0, "\(limited.stderr)")
    #expect(limited.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    #expect(limited.stdout.contains("▓") && limited.stdout.contains("["))
    let refused = try ExecutableRunner.run(base + ["--width", "10"])
    #expect(refused.status != 0)
  }

  @Test("a word longer than a line is cut so that no line passes the width")
  func longWords() {
    let lines = FrameLayout.wrap(
      "see /a/very/long/path/to/a/file/that/never/ends.txt now", width: 20)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    #expect(lines.joined().replacingOccurrences(of: " ", with: "").contains("ends.txtnow"))
  }
}
