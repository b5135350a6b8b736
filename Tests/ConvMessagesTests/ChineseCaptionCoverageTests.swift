import ConvArithmetic
import Testing

@testable import ConvMessages

/// Every caption, title, legend, channel, matrix, stack and worksheet message has Chinese words:
/// not the English ones, and with a CJK character in them unless it is mathematics.
@Suite struct ChineseCaptionCoverageTests {
  let chinese = ChineseCatalogue()
  let english = EnglishCatalogue()

  /// Lines that are the same in both languages on purpose: titles made of a symbol and a
  /// size (`C 4×16`, `vec(x) 1×16`, a channel's `x[1] 4×4`) and a worksheet's product line.
  static let formulas: Set<String> = [
    "x[1] 4×4", "y[1] 4×4", "C 4×16", "vec(x) 1×16", "y[0,0] = 1·1 = 1",
  ]

  /// Every example of the families this catalogue part words, each as (English, Chinese).
  var pairs: [(String, String)] {
    var pairs: [(String, String)] = []
    func add(_ english: String, _ chinese: String) { pairs.append((english, chinese)) }
    for caption in MessageExamples.captions {
      add(english.captionText(caption), chinese.captionText(caption))
    }
    for problem in MessageExamples.channelProblems {
      add(english.channels(problem), chinese.channels(problem))
    }
    for text in MessageExamples.channelExplorer {
      add(english.channelExplorer(text), chinese.channelExplorer(text))
    }
    for note in ChannelPresetNote.allCases {
      add(english.channelPresetNote(note), chinese.channelPresetNote(note))
    }
    for problem in MatrixExamples.problems {
      add(english.matrix(problem), chinese.matrix(problem))
    }
    for status in MatrixExamples.status {
      add(english.matrixStatus(status), chinese.matrixStatus(status))
    }
    for topic in [SceneTopic.matrix, .interp] {
      add(english.matrixListing(topic), chinese.matrixListing(topic))
    }
    for topic in [SceneTopic.receptive, .overlap] {
      add(english.stackSceneSummary(topic), chinese.stackSceneSummary(topic))
    }
    for text in MessageExamples.stackExplorer {
      add(english.stackExplorer(text), chinese.stackExplorer(text))
    }
    for text in MessageExamples.worksheet {
      add(english.worksheet(text), chinese.worksheet(text))
    }
    for problem in MessageExamples.worksheetProblems {
      add(english.worksheetProblem(problem), chinese.worksheetProblem(problem))
    }
    return pairs
  }

  static func hasCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value)
        || (0xFF00...0xFF60).contains($0.value)
    }
  }

  @Test("every caption-family message has Chinese words of its own")
  func everyMessageIsChinese() {
    let pairs = self.pairs
    #expect(pairs.count > 200, "\(pairs.count) examples")
    for (englishText, chineseText) in pairs where !Self.formulas.contains(chineseText) {
      #expect(chineseText != englishText, "no Chinese for: \(englishText)")
      #expect(Self.hasCJK(chineseText), "no CJK character in: \(chineseText)")
    }
  }

  @Test("the allow-list holds only lines that are still examples")
  func allowListIsCurrent() {
    let texts = Set(pairs.map(\.1))
    for formula in Self.formulas {
      #expect(texts.contains(formula), "no example reads \(formula)")
    }
  }

  @Test("a message left in English is caught")
  func englishIsCaught() {
    let text = english.captionText(.outputTitle(size: Pair(3)))
    #expect(!Self.hasCJK(text))
    #expect(Self.hasCJK(chinese.captionText(.outputTitle(size: Pair(3)))))
  }

  @Test("the Chinese keeps the numbers and identifiers the English has")
  func keepsMathematics() {
    let caption = Caption.bilinearFactor(size: 4, factor: 2, kernel: 4, stride: 2, padding: 1)
    let text = chinese.captionText(caption)
    for token in ["K = 4", "f = 2", "K = 2f − f%2 = 4", "⌈(f−1)/2⌉ = 1"] {
      #expect(text.contains(token), "\(text) lacks \(token)")
    }
    let zeros = chinese.captionText(
      .zerosPad(padding: Pair(1), outputPadding: Pair(1), total: Pair(6)))
    #expect(zeros.contains("p′ = 1") && zeros.contains("output_padding 1") && zeros.contains("6×6"))
  }
}
