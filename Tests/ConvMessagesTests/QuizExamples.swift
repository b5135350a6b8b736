import ConvArithmetic
import Testing

@testable import ConvMessages

/// An example of every quiz message.
enum QuizExamples {
  static let problems: [QuizProblem] = [
    .count(count: 0, allowed: 1...20),
    .noQuestions(scene: "unpool", asked: ["conv", "transposed", "shapes", "receptive"]),
  ]

  static let texts: [QuizText] =
    [
      .heading(number: 2, count: 5, right: 1, answered: 1), .typingKeys,
      .right(
        why: .receptiveFieldAnswer(size: 7, recurrence: "1 + 2·1 + 2·2"), right: 2, answered: 3),
      .wrong(
        typed: "4x4", why: .transposedSizeAnswer(output: Pair(5), formula: "(3−1)·2 − 2·1 + 3"),
        right: 1, answered: 3),
      .nextKeys, .finished(right: 4, count: 5, nextSeed: 8), .title(seed: 7),
    ] + QuizAnswerForm.allCases.map(QuizText.howToAnswer)
    + QuizAnswerForm.allCases.map(QuizText.unreadable) + problems.map(QuizText.problem)
}

/// The quiz's words: every case has an example, and reads in both languages.
@Suite struct QuizWordsTests {
  @Test func everyCaseHasAnExample() throws {
    for (name, examples) in [
      ("QuizText", QuizExamples.texts as [Any]), ("QuizProblem", QuizExamples.problems),
    ] {
      let declared = try ExampleCoverageTests.declaredCases(
        name, in: "Sources/ConvMessages/QuizText.swift")
      #expect(declared.count > 1)
      #expect(declared.subtracting(ExampleCoverageTests.names(examples)).isEmpty, "\(name)")
    }
  }

  @Test(arguments: Language.allCases)
  func distinctLinesInEveryLanguage(language: Language) {
    let texts = QuizExamples.texts.map { Message.quiz($0).text(in: language) }
    #expect(texts.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
    #expect(Set(texts).count == texts.count)
  }

  /// The Chinese lines are Chinese: each differs from the English and holds a CJK character.
  @Test func chineseLinesAreChinese() {
    for text in QuizExamples.texts {
      let english = Message.quiz(text).text(in: .english)
      let chinese = Message.quiz(text).text(in: .chinese)
      #expect(chinese != english)
      #expect(
        chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(chinese)")
    }
  }

  @Test func problemsAreOneSentence() {
    #expect(
      Message.quiz(.problem(QuizExamples.problems[1])).text()
        == "The quiz has no questions about unpool; it asks about conv, transposed, shapes and"
        + " receptive.")
  }
}
