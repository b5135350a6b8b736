import ConvArithmetic
import ConvMessages
import Foundation
import Testing

@testable import ConvScenes

/// Every scene in Chinese at its defaults, on the classroom's 80 columns: golden frames,
/// and checks over every frame that nothing falls off and that the captions are Chinese.
@Suite struct ChineseGoldenTests {
  static func chinese(_ scene: SceneKind) -> SceneParameters {
    var parameters = SceneParameters.defaults(for: scene)
    parameters.language = .chinese
    return parameters
  }

  /// The first two frames and the last, where the captions say the most.
  @Test(arguments: SceneKind.allCases)
  func golden(_ scene: SceneKind) throws {
    let steps = try Scenes.build(Self.chinese(scene))
    let picks = Array(Set([0, 1, steps.stepCount - 1].filter { $0 < steps.stepCount })).sorted()
    let text = picks.map { TextRenderer(width: 80).render(steps.frame(at: $0)) }
    try GoldenFile.check("zh-\(scene.rawValue)", text.joined(separator: "\n"))
  }

  /// Every scene at its defaults, every preset, and the views and options the defaults do
  /// not show (scatter, beside dilation, Cᵀ, align_corners, dilation, an asymmetric legacy
  /// kernel, unpooling with padding), in Chinese.
  static let variants: [(String, SceneParameters)] = {
    var cases = SceneKind.allCases.map { ($0.rawValue, chinese($0)) }
    cases += Presets.all.map { preset in
      var parameters = preset.parameters
      parameters.language = .chinese
      return ("preset-\(preset.name)", parameters)
    }
    var scatter = chinese(.transposed)
    scatter.view = .scatter
    scatter.outputPadding = Pair(1)
    var beside = chinese(.transposed)
    beside.matrix.compareDilated = true
    var transpose = chinese(.matrix)
    transpose.matrix.transpose = true
    var align = chinese(.interp)
    align.interp = InterpSettings(factor: 3, alignCorners: true)
    var dilated = chinese(.conv)
    dilated.input = Pair(6)
    dilated.padding = Pair(2)
    dilated.dilation = Pair(2)
    dilated.stride = Pair(3)
    var legacy = chinese(.bilinear)
    legacy.kernel = Pair(3)
    var pooled = chinese(.unpool)
    pooled.input = Pair(5)
    pooled.kernel = Pair(3)
    pooled.padding = Pair(1)
    cases += [
      ("scatter", scatter), ("beside-dilated", beside), ("matrix-transpose", transpose),
      ("interp-align", align), ("conv-dilated", dilated), ("bilinear-3", legacy),
      ("unpool-padding", pooled),
    ]
    return cases
  }()

  /// Every line of every frame fits 80 columns, measured in display columns.
  @Test(arguments: variants.map(\.0))
  func fitsEightyColumns(_ name: String) throws {
    let parameters = try #require(Self.variants.first { $0.0 == name }?.1)
    let steps = try Scenes.build(parameters)
    let text = TextRenderer(width: 80).render(steps)
    for line in text.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "\(name): \(line)")
    }
  }

  /// The Chinese screenshots: what `convscope export SCENE --lang zh --frame N --width 100`
  /// prints (one frame laid out as within its whole animation), kept in screenshots/ beside
  /// the English captures and re-recorded with `CONVSCOPE_RECORD=1` like the goldens.
  static let screenshots: [(name: String, scene: SceneKind, frame: Int)] = [
    ("zh-conv", .conv, 3), ("zh-transposed-frame3", .transposed, 3),
  ]

  @Test(arguments: screenshots.map(\.name))
  func screenshot(_ name: String) throws {
    let entry = try #require(Self.screenshots.first { $0.name == name })
    let steps = try Scenes.build(Self.chinese(entry.scene))
    let text = TextRenderer(width: 100, reserve: LayoutReserve(steps))
      .render(steps.frame(at: entry.frame - 1))
    let url = ExecutableRunner.repositoryRoot.appendingPathComponent("screenshots/\(name).txt")
    if GoldenFile.recording {
      try Data(text.utf8).write(to: url)
      return
    }
    let committed = try #require(
      try? String(contentsOf: url, encoding: .utf8), "missing screenshots/\(name).txt")
    #expect(committed == text, "\(GoldenFile.firstDifference(committed, text))")
  }

  /// The README's Chinese lines are lines of the Chinese screenshot, so they stay current.
  @Test func readmeShowsTheScreenshot() throws {
    let shown = try ReadmeTests.block(
      after: "`convscope export conv --lang zh --frame 3` prints",
      in: try ReadmeTests.read("README.md"))
    let capture = try ReadmeTests.read("screenshots/zh-conv.txt")
    let lines = Set(capture.split(separator: "\n", omittingEmptySubsequences: false))
    let quoted = shown.split(separator: "\n").filter { $0 != "..." }
    #expect(quoted.count >= 5)
    for line in quoted {
      #expect(lines.contains(line), "README shows a line the screenshot lacks: \(line)")
    }
  }

  /// A worksheet and its answer key in Chinese: every line within 80 columns, every
  /// question and heading in Chinese.
  @Test func worksheet() throws {
    let text = try Worksheet(seed: 7, count: 12, language: .chinese).text(width: 80)
    try GoldenFile.check("zh-worksheet-seed7", text)
    for line in text.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
    }
    let numbered = text.split(separator: "\n").filter { $0.first?.isNumber == true }
    #expect(numbered.count == 24)
    for line in numbered where !line.contains("=") {
      #expect(ChineseText.hasCJK(String(line)), "\(line)")
    }
  }

  /// Every caption line of every frame holds a Chinese character, unless it is mathematics.
  @Test(arguments: variants.map(\.0))
  func captionsAreChinese(_ name: String) throws {
    let parameters = try #require(Self.variants.first { $0.0 == name }?.1)
    let steps = try Scenes.build(parameters)
    var seen = Set<String>()
    for step in 0..<steps.stepCount {
      for caption in steps.frame(at: step).captions where seen.insert(caption).inserted {
        #expect(
          ChineseText.hasCJK(caption) || ChineseText.isFormula(caption),
          "\(name) frame \(step + 1) has an English caption: \(caption)")
      }
    }
    #expect(!seen.isEmpty)
  }
}

/// What tells Chinese text from English, for the tests of the Chinese catalogue.
enum ChineseText {
  /// Whether `text` holds a CJK ideograph or CJK punctuation.
  static func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value)
        || (0xFF00...0xFF60).contains($0.value)
    }
  }

  /// Names that formulas use (panel names such as `interpolate[0,1]` and
  /// `conv_transpose2d[0,1]` among them); any other run of two or more Latin letters is a word.
  static let symbols: Set<String> = [
    "conv", "transpose", "interpolate", "difference", "pooled", "unpooled", "div", "mod", "src",
    "dst", "vec", "first", "eps", "var", "mean", "folded", "BN", "dw", "pw",
  ]

  /// Whether `text` is mathematics alone: an equation whose only Latin runs are symbols.
  static func isFormula(_ text: String) -> Bool {
    guard text.contains("=") else { return false }
    var run = ""
    for character in text + " " {
      if character.isASCII && character.isLetter {
        run.append(character)
        continue
      }
      if run.count > 1 && !symbols.contains(run) { return false }
      run = ""
    }
    return true
  }
}
