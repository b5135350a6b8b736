import ConvArithmetic

/// The words of the explorer's quiz: the question card, the verdict after an answer, the score.
public enum QuizText: Equatable, Sendable {
  /// `Question 2 of 5 · score 1 of 1`.
  case heading(number: Int, count: Int, right: Int, answered: Int)
  /// What to type for this kind of question.
  case howToAnswer(QuizAnswerForm)
  /// The keys while typing: Enter answers, Backspace deletes, Esc quits.
  case typingKeys
  /// The answer matched the engine's; `why` is the worksheet's answer line with its formula.
  case right(why: WorksheetText, right: Int, answered: Int)
  /// The answer did not match; what was typed and the engine's answer with its formula.
  case wrong(typed: String, why: WorksheetText, right: Int, answered: Int)
  /// The text is not an answer of the kind asked; nothing is scored.
  case unreadable(QuizAnswerForm)
  /// After a reveal: Enter asks the next question.
  case nextKeys
  /// The round is over.
  case finished(right: Int, count: Int, nextSeed: UInt64)
  /// The title bar's mark of quiz mode.
  case title(seed: UInt64)
  /// Why a quiz could not start.
  case problem(QuizProblem)
}

/// The shape of an answer, so the card can say what to type.
public enum QuizAnswerForm: CaseIterable, Equatable, Sendable {
  case size, cells, value, inputs, number
}

/// Why a quiz could not start.
public enum QuizProblem: Equatable, Sendable {
  case count(count: Int, allowed: ClosedRange<Int>)
  /// `scene` has no questions; `asked` are the scenes that do.
  case noQuestions(scene: String, asked: [String])
}
