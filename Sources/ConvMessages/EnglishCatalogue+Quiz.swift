import ConvArithmetic

extension EnglishCatalogue {
  func quiz(_ text: QuizText) -> String {
    switch text {
    case .heading(let number, let count, let right, let answered):
      return "Question \(number) of \(count) · score \(right) of \(answered)"
    case .howToAnswer(let form): return answerForm(form)
    case .typingKeys: return "Enter answers · Backspace deletes · Esc quits"
    case .right(let why, let right, let answered):
      return "✓ Right (\(right) of \(answered)). \(worksheet(why))"
    case .wrong(let typed, let why, let right, let answered):
      return "✗ Not \(typed) (\(right) of \(answered)). \(worksheet(why))"
    case .unreadable(let form): return "That is not an answer yet: \(answerForm(form))"
    case .nextKeys: return "Enter: next question · space plays · any key explores"
    case .finished(let right, let count, let nextSeed):
      return
        "Round over: \(right) of \(count) right. Enter starts a new round (seed \(nextSeed));"
        + " q quits."
    case .title(let seed): return "quiz, seed \(seed)"
    case .problem(let problem): return quizProblem(problem)
    }
  }

  private func answerForm(_ form: QuizAnswerForm) -> String {
    switch form {
    case .size: return "type the size as H×W (3x4), or one number for a square."
    case .cells: return "type the rows, a semicolon, then the columns: 2-4; 1-3 (or 2,3,4; 1,2,3)."
    case .value: return "type one number, such as 7 or -2.5."
    case .inputs: return "type the input sizes, such as 5 6 (or 5-6)."
    case .number: return "type one whole number."
    }
  }

  private func quizProblem(_ problem: QuizProblem) -> String {
    switch problem {
    case .count(let count, let allowed):
      return
        "A quiz asks \(allowed.lowerBound) to \(allowed.upperBound) questions, but --count is"
        + " \(count)."
    case .noQuestions(let scene, let asked):
      return "The quiz has no questions about \(scene); it asks about \(list(asked))."
    }
  }
}
