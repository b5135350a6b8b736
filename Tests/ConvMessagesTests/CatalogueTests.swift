import ConvArithmetic
import Foundation
import Testing

@testable import ConvMessages

/// Every message reads as one sentence in every language, and the English ones say what they did.
@Suite struct CatalogueTests {
  @Test("every example message is one sentence in every language", arguments: Language.allCases)
  func oneSentenceEach(language: Language) {
    for message in MessageExamples.all {
      let text = message.text(in: language)
      #expect(!text.isEmpty, "\(message)")
      #expect(!text.contains("\n"), "\(message)")
      // A family whose Chinese is still to come reads English, and is held to English's rules;
      // ChineseCoverageTests names the families that must already be Chinese.
      if language == .chinese && ChineseCoverageTests.hasCJK(text) {
        // A Chinese sentence ends with the full stop 。 and opens with a word, never a space.
        #expect(text.hasSuffix("。"), "\(message): \(text)")
        #expect(text.first.map { !$0.isWhitespace && $0 != "。" } ?? false, "\(text)")
      } else {
        #expect(text.hasSuffix("."), "\(message): \(text)")
        // A sentence may open with a quoted value, an option, or the program's own name.
        let opening = text.first.map { $0.isUppercase || $0 == "'" || $0 == "-" } ?? false
        #expect(opening || text.hasPrefix("convscope"), "\(text)")
      }
    }
  }

  @Test("every caption and title has words in every language", arguments: Language.allCases)
  func captions(language: Language) {
    let texts = MessageExamples.captions.map { $0.text(in: language) }
    for text in texts {
      #expect(!text.isEmpty && !text.contains("\n"), "\(text)")
    }
    #expect(Set(texts).count == texts.count)
  }

  @Test("captions keep their English words")
  func englishCaptions() {
    #expect(
      Caption.unreached(
        axis: nil, indices: [6], padded: true, reason: .pastLastWindow(end: 5, s: 2), inside: [5]
      ).text()
        == "No tap reads row and column 6 of the padded input (marked <n>): the last window ends at 5, and one more stride of 2 would run past the edge, so input row and column 5 is never used."
    )
    #expect(
      Caption.unreached(
        axis: .width, indices: [1, 3], padded: false, reason: .dilationHole(d: 2, s: 2),
        inside: [1, 3]
      ).text()
        == "No tap reads columns 1, 3 of the input (marked <n>): every window that spans them has a dilation hole there (taps 2 apart, stride 2), so their input values are never used."
    )
    #expect(
      Caption.kernelTitle(size: Pair(3), dilation: Pair(2), spans: Pair(5)).text()
        == "kernel 3×3, dilation 2 (spans 5×5)")
  }

  @Test(
    "every status line, help line and key has words in every language", arguments: Language.allCases
  )
  func statusLines(language: Language) {
    let texts = MessageExamples.status.map { $0.text(in: language) }
    for text in texts {
      #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty && !text.contains("\n"), "\(text)")
    }
    #expect(Set(texts).count == texts.count)
  }

  @Test("no two example messages read the same")
  func distinct() {
    // A stack error that names no layer reads the same in both namings.
    let texts = MessageExamples.all.filter { message in
      if case .stack(_, .protocol) = message { return false }
      return true
    }.map { $0.text() }
    #expect(Set(texts).count == texts.count)
  }

  @Test("the English sentences keep their words")
  func englishSentences() {
    #expect(
      Message.engine(.notPositive(.stride, value: Pair(0, 1))).text()
        == "The stride must be at least 1 on each axis, but it is 0x1.")
    #expect(
      Message.engine(.beyondLimit(.cells(.input), value: 5_000_000, limit: Limits.maxCells)).text()
        == "The number of input cells is 5000000, beyond the limit of 4194304.")
    #expect(
      Message.engine(.channels(.vectorLength(name: .bnMean, found: 3, expected: 2))).text()
        == "The bn mean has 3 values but there are 2 channels; give one value per channel.")
    let groups = Message.engine(.channels(.groupsDoNotDivide(groups: 3, channels: 4, side: .input)))
      .text()
    #expect(groups.contains("3") && groups.contains("4") && groups.hasSuffix("."))
    #expect(
      Message.stack(.zeroStride(layer: 1, kind: .maxPool, stride: Pair(0, 2)), naming: .protocol)
        .text()
        == "Layer 2 (max_pool) has a stride of 0x2; a stride must be at least 1 on each axis.")
    #expect(
      Message.stack(.zeroStride(layer: 1, kind: .maxPool, stride: Pair(0, 2)), naming: .notation)
        .text().hasPrefix("Layer 2 (maxpool)"))
    #expect(
      Message.stack(
        .layer(index: 0, kind: .conv, reason: .outputTooSmall(output: Pair(0))), naming: .notation
      ).text()
        == "In layer 1 (conv): these parameters give an output of 0x0; every output side must be at least 1."
    )
    #expect(
      Message.command(.benchmarkCount(count: 1_000_000, largest: 20_000)).text()
        == "--generate-benchmark takes a count from 0 to 20,000 lines, not 1,000,000.")
  }
}

/// Worksheet lines: words in every language, and grids kept on their own lines.
@Suite struct WorksheetWordsTests {
  @Test(arguments: Language.allCases)
  func everyLineHasWords(language: Language) {
    let texts = MessageExamples.worksheet.map { Message.worksheet($0).text(in: language) }
    #expect(texts.allSatisfy { !$0.isEmpty })
    #expect(Set(texts).count == texts.count)
    let value = Message.worksheet(
      MessageExamples.worksheet.first { "\($0)".hasPrefix("cellValueQuestion") }!
    )
    .text(in: language)
    #expect(value.contains("\n  [1 2]\n  [3 4]\n"))
  }
}

/// The JSON reader's refusals, worded as they always were in English, and in Chinese.
@Suite struct JSONProblemWordingTests {
  static let english: [(JSONProblem, String)] = [
    (.expected(.commaOrBracket, found: .end), "expected ',' or ']' but the line ended"),
    (
      .expected(.commaOrBrace, found: .character("x")),
      "expected ',' or '}' but found character 'x'"
    ),
    (.expected(.value, found: .space), "expected a value but found space"),
    (.expected(.colon, found: .byte(0x0A)), "expected ':' but found byte 0xA"),
    (
      .expected(.fieldName, found: .character("1")),
      "expected a field name in double quotes but found character '1'"
    ),
    (.expected(.digit, found: .end), "expected a digit but the line ended"),
    (
      .expected(.digitAfterPoint, found: .end),
      "expected a digit after the decimal point but the line ended"
    ),
    (
      .expected(.digitInExponent, found: .end),
      "expected a digit in the exponent but the line ended"
    ),
    (
      .unexpectedAfterValue(found: .character("]")), "unexpected character ']' after the JSON value"
    ),
    (.tooManyValues(limit: 12), "more than 12 values in one line"),
    (.tooDeep(limit: 64), "nesting deeper than 64 levels"),
    (.leadingZero, "a number must not have a leading zero"),
    (.numberTooLong(limit: 400), "a number longer than 400 characters"),
    (.unreadableNumber, "an unreadable number"),
    (.numberTooLarge, "a number too large for a 64-bit float"),
    (.controlCharacterInString, "a control character inside a string"),
    (.unterminatedString, "a string that never ends"),
    (.loneSurrogate, #"a lone surrogate in a \u escape"#),
    (.invalidUnicodeEscape, #"an invalid \u escape"#),
    (.shortUnicodeEscape, #"a \u escape needs four hex digits"#),
    (.unknownEscape("q"), #"an unknown escape '\q'"#),
    (.invalidUTF8, "invalid UTF-8"),
  ]

  @Test(arguments: english.indices)
  func englishReadsAsBefore(_ index: Int) {
    let (problem, phrase) = Self.english[index]
    #expect(
      Message.request(.notJSON(line: 2, problem: problem, column: 7)).text(in: .english)
        == "Line 2 is not valid JSON: \(phrase) at column 7.")
  }

  /// Every refusal reads Chinese: no English word of its English phrase is left in it.
  @Test(arguments: english.indices)
  func chineseHasNoEnglishWords(_ index: Int) {
    let (problem, _) = Self.english[index]
    let text = Message.request(.notJSON(line: 2, problem: problem, column: 7)).text(in: .chinese)
    #expect(text.hasPrefix("第 2 行不是合法的 JSON：第 7 列"))
    // Identifiers stay: JSON, UTF-8, the \u escape and hex bytes.
    let words = /[A-Za-z]{3,}/
    let left = text.matches(of: words).map { String($0.output) }.filter {
      $0 != "JSON" && $0 != "UTF"
    }
    #expect(left.isEmpty, "\(text)")
  }
}
