import ConvArithmetic
import ConvJSON
import Foundation
import Testing

@testable import ConvScenes

/// ANSI palettes and NO_COLOR, the JSON shape, the asciicast stream, the text separator.
@Suite struct RendererTests {
  static let steps = try! Scenes.build(.defaults(for: .conv))

  @Test func colourDepthDetection() {
    typealias D = ColourDepth
    #expect(D.detect(noColor: nil, term: "xterm-256color") == .full)
    #expect(D.detect(noColor: nil, term: "xterm", colorTerm: "truecolor") == .full)
    #expect(D.detect(noColor: nil, term: "xterm") == .eight)
    #expect(D.detect(noColor: nil, term: "dumb") == .monochrome)
    #expect(D.detect(noColor: "1", term: "xterm-256color") == .monochrome)
    #expect(D.detect(noColor: "", term: "xterm-256color") == .full)
    // What the terminal reports wins over TERM's name; NO_COLOR wins over both.
    #expect(D.detect(noColor: nil, term: "xterm-256color", terminalColours: 8) == .eight)
    #expect(D.detect(noColor: nil, term: "xterm", terminalColours: 0) == .monochrome)
    #expect(D.detect(noColor: "yes", term: "xterm", terminalColours: 256) == .monochrome)
    #expect(
      D(rawValue: "256") == .full && D(rawValue: "8") == .eight
        && D(rawValue: "none") == .monochrome)
  }

  @Test func ansiWithoutColoursIsTheText() {
    let frame = Self.steps.frame(at: 2)
    let plain = ANSIRenderer(width: 100, depth: .monochrome).render(frame)
    #expect(plain == TextRenderer(width: 100).render(frame))
    #expect(!plain.contains("\u{1B}"))
  }

  @Test func ansiColours() {
    let frame = Self.steps.frame(at: 2)
    let wide = ANSIRenderer(width: 100, depth: .full).render(frame)
    let narrow = ANSIRenderer(width: 100, depth: .eight).render(frame)
    #expect(wide.contains("38;5;"))
    #expect(!narrow.contains("38;5;") && !narrow.contains("48;5;"))
    #expect(narrow.contains("\u{1B}[1;30;42m"))  // the current output cell
    // Stripping the escapes gives back the plain text; spaces with a background are kept
    // at the ends of lines, since they show.
    let stripped = wide.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    let trimmed = stripped.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }.joined(separator: "\n")
    #expect(trimmed == TextRenderer(width: 100).render(frame))
    #expect(stripped != trimmed)
  }

  @Test func jsonShape() throws {
    let json = JSONRenderer().render([Self.steps.frame(at: 0)], parameters: Self.steps.parameters)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["scene"] as? String == "conv")
    let parameters = try #require(object["parameters"] as? [String: Any])
    #expect(parameters["input"] as? [Int] == [5, 5])
    #expect(parameters["stride"] as? [Int] == [2, 2])
    #expect(parameters["output_padding"] == nil)
    let frame = try #require((object["frames"] as? [[String: Any]])?.first)
    #expect(frame["index"] as? Int == 1 && frame["count"] as? Int == 9)
    #expect((frame["captions"] as? [String])?.first == "o = ⌊(5 + 2·1 − 1·(3−1) − 1)/2⌋ + 1 = 3")
    let panels = try #require(frame["panels"] as? [[String: Any]])
    #expect(panels.map { $0["name"] as? String } == ["input", "kernel", "output"])
    let input = panels[0]
    #expect((input["roles"] as? [[String]])?[0][3] == "padding")
    #expect((input["values"] as? [[Any]])?[0][3] as? Int == 0)
    let output = panels[2]
    #expect((output["values"] as? [[Any]])?[0][1] is NSNull)
    #expect((output["roles"] as? [[String]])?[0][1] == "output_pending")
    let roles = Set(CellRole.allCases.map(\.rawValue))
    for panel in panels {
      for row in panel["roles"] as? [[String]] ?? [] { #expect(row.allSatisfy(roles.contains)) }
    }
  }

  @Test func jsonEscapes() {
    #expect(JSONText.string("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
    #expect(JSONText.number(3) == "3")
    #expect(JSONText.number(0.5) == "0.5")
    #expect(JSONText.number(.nan) == "null")
  }

  @Test func asciicast() throws {
    let cast = CastRenderer(width: 100, depth: .full).render(
      Self.steps.frames, title: "convscope conv")
    let lines = cast.split(separator: "\n").map(String.init)
    #expect(lines.count == 1 + Self.steps.stepCount)
    let header = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(header["version"] as? Int == 2)
    #expect(header["width"] as? Int == 100)
    #expect((header["height"] as? Int ?? 0) > 10)
    var last = -1.0
    for line in lines.dropFirst() {
      let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
      let time = try #require((event[0] as? NSNumber)?.doubleValue)
      #expect(time > last)
      last = time
      #expect(event[1] as? String == "o")
      #expect((event[2] as? String)?.hasPrefix("\u{1B}[2J\u{1B}[H") == true)
    }
  }

  @Test func textSeparator() {
    let text = TextRenderer(width: 100).render(Self.steps.frames)
    let separators = text.split(separator: "\n").filter { $0.hasPrefix("----- frame ") }
    #expect(separators.count == 9)
    #expect(separators.first == "----- frame 1 of 9 -----")
    #expect(TextRenderer.separator(index: 9, count: 9) == "----- frame 9 of 9 -----")
  }

  @Test func focusShowsReceptiveFieldAndFeeds() throws {
    let pinned = Self.steps.frame(at: 0, focus: CellFocus(panel: "output", row: 2, col: 2))
    let input = try #require(pinned.panel(named: "input"))
    let highlighted = (0..<input.rows).flatMap { r in (0..<input.cols).map { Pair(r, $0) } }
      .filter { input[$0.h, $0.w].highlighted }
    let taps = ReceptiveField(
      parameters: ConvParameters(
        input: Pair(5), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    ).taps(outputRow: 2, outputCol: 2)
    #expect(Set(highlighted) == Set(taps.map(\.padded)))
    #expect(pinned.captions.contains { $0.hasPrefix("pinned y[2,2] = ") })

    let feeding = Self.steps.frame(at: 0, focus: CellFocus(panel: "input", row: 3, col: 3))
    let output = try #require(feeding.panel(named: "output"))
    let fed = output.cells.enumerated().filter { $0.element.highlighted }.map {
      Pair($0.offset / 3, $0.offset % 3)
    }
    #expect(Set(fed) == Set([Pair(1, 1)]))
  }

  @Test func presetsHaveThePapersSizes() throws {
    let expected: [String: (Int, Int, Int, Int, Int)] = [
      "no_padding_no_strides": (4, 3, 1, 0, 1), "arbitrary_padding_no_strides": (5, 4, 1, 2, 1),
      "same_padding_no_strides": (5, 3, 1, 1, 1), "full_padding_no_strides": (5, 3, 1, 2, 1),
      "no_padding_strides": (5, 3, 2, 0, 1), "padding_strides": (5, 3, 2, 1, 1),
      "padding_strides_odd": (6, 3, 2, 1, 1), "dilation": (7, 3, 1, 0, 2),
    ]
    for (name, (i, k, s, p, d)) in expected {
      let preset = try #require(Presets.named(name))
      #expect(preset.scene == .conv)
      #expect(preset.parameters.input == Pair(i) && preset.parameters.kernel == Pair(k))
      #expect(preset.parameters.stride == Pair(s) && preset.parameters.padding == Pair(p))
      #expect(preset.parameters.dilation == Pair(d))
      guard d == 1 else { continue }
      // The transposed preset restores the direct input size from the direct output.
      let transposed = try Presets.named(name, for: .transposed)
      #expect(transposed.name == name + "_transposed")
      let direct = preset.parameters.convParameters
      #expect(transposed.parameters.input == direct.convOutput)
      #expect(transposed.parameters.convParameters.transposedOutput == Pair(i))
    }
    #expect(Presets.all.filter { $0.scene == .conv || $0.scene == .transposed }.count == 15)
  }

  @Test func randomValuesAreReproducible() {
    var a = SplitMix64(seed: 42)
    #expect(a.next() == 0xBDD7_3226_2FEB_6E95)
    let grid = ValuesSpec.random(seed: 7).inputGrid(size: Pair(3, 4))
    #expect(grid == ValuesSpec.random(seed: 7).inputGrid(size: Pair(3, 4)))
    #expect(grid.storage.allSatisfy { $0 >= 0 && $0 <= 9 && $0 == $0.rounded() })
    #expect(ValuesSpec.ramp.inputGrid(size: Pair(2, 5)).storage == [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])
    #expect(ValuesSpec.ramp.kernelGrid(size: Pair(2)).storage == [1, 2, 3, 1])
  }
}
