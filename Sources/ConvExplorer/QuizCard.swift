import ConvMessages
import ConvScenes

/// The quiz's card: the question and the answer being typed, drawn in place of the scene
/// so that the animation cannot give the answer away; the round's score when it is over.
enum QuizCard {
  static func draw(_ progress: QuizProgress, state: ExplorerState, on canvas: inout Canvas) {
    let language = state.current.language
    func say(_ text: QuizText) -> String { Message.quiz(text).text(in: language) }
    let width = canvas.width
    for y in 0..<min(2, canvas.height) {
      for x in 0..<width { canvas[x, y] = StyledChar(" ", .title) }
    }
    canvas.put(" convscope  " + say(.title(seed: progress.quiz.seed)), x: 0, y: 0, style: .title)

    let count = progress.quiz.questions.count
    var lines: [(String, Style)] = []
    let room = max(8, width - 4)
    func add(_ text: String, _ style: Style) {
      for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        // Grid rows keep their columns; sentences wrap.
        let wrapped =
          paragraph.hasPrefix("  ")
          ? [String(paragraph)] : FrameLayout.wrap(String(paragraph), width: room)
        lines += wrapped.map { ($0, style) }
      }
    }
    let hint: String
    switch progress.phase {
    case .finished:
      add(
        say(.finished(right: progress.right, count: count, nextSeed: progress.quiz.seed &+ 1)),
        .caption)
      hint = ""
    case .asking, .revealed:
      add(
        say(
          .heading(
            number: progress.index + 1, count: count, right: progress.right,
            answered: progress.answered)), .title)
      lines.append(("", .plain))
      add(Message.worksheet(progress.question.exercise.question).text(in: language), .caption)
      lines.append(("", .plain))
      lines.append(("> " + progress.typed + "▏", .status))
      lines.append(("", .plain))
      add(say(.howToAnswer(progress.answerForm)), .hint)
      hint = say(.typingKeys)
    }
    // The status line (an unreadable answer's reason) and the keys sit at the bottom.
    let status = state.status.map { FrameLayout.wrap($0, width: room) } ?? []
    let bottom = canvas.height - 1 - status.count
    for (row, line) in lines.enumerated() where 3 + row < bottom {
      canvas.put(line.0, x: 2, y: 3 + row, style: line.1)
    }
    for (row, line) in status.enumerated() {
      canvas.put(" " + line, x: 0, y: bottom + row, style: .status)
    }
    canvas.put(" " + hint, x: 0, y: canvas.height - 1, style: .hint)
  }
}
