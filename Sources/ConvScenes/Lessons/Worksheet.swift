import ConvArithmetic
import ConvMessages

/// A printable sheet of exercises with its answer key, the same for the same seed.
///
///     let sheet = try Worksheet(seed: 7, count: 10)
///     print(sheet.text(width: 80))   // questions, a form feed, then the answer key
///
/// The kinds take turns, so a sheet of six or more asks every kind; no question repeats.
public struct Worksheet: Sendable {
  public let seed: UInt64
  public let exercises: [Exercise]
  public let language: Language

  public init(seed: UInt64, count: Int, language: Language = .english) throws(WorksheetError) {
    guard Limits.worksheetQuestions.contains(count) else {
      throw WorksheetError(
        problem: .count(count: count, allowed: Limits.worksheetQuestions))
    }
    self.seed = seed
    self.language = language
    self.exercises = ExerciseMaker.draw(
      seed: seed, count: count, kinds: ExerciseKind.allCases)
  }

  /// The questions, each with a line to answer on, then a form feed and the answer key.
  public func text(width: Int = 80) -> String {
    var lines = [say(.heading(seed: seed, count: exercises.count)), say(.nameLine), ""]
    for (n, exercise) in exercises.enumerated() {
      lines += numbered(n, say(exercise.question), width: width)
      lines.append("   " + say(.answerLine))
      lines.append("")
    }
    // A form feed: printers start the answer key on a new page.
    lines.append("\u{0C}" + say(.keyHeading(seed: seed)))
    lines.append("")
    for (n, exercise) in exercises.enumerated() {
      lines += numbered(n, say(exercise.answer), width: width)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `3. …` with the text wrapped and its continuation lines indented under the first word.
  private func numbered(_ n: Int, _ text: String, width: Int) -> [String] {
    let prefix = "\(n + 1). "
    let indent = String(repeating: " ", count: prefix.count)
    var lines: [String] = []
    for (k, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      // Grid rows are kept as they are; sentences wrap.
      let wrapped =
        paragraph.hasPrefix("  ")
        ? [String(paragraph)] : FrameLayout.wrap(String(paragraph), width: width - prefix.count)
      for (j, line) in wrapped.enumerated() {
        // `wrap` indents its continuation lines by two; the number's indent replaces that.
        let text = j > 0 && line.hasPrefix("  ") ? String(line.dropFirst(2)) : line
        lines.append((k == 0 && j == 0 ? prefix : indent) + text)
      }
    }
    return lines
  }

  private func say(_ text: WorksheetText) -> String { Message.worksheet(text).text(in: language) }
}

/// Why a worksheet could not be made: a value the catalogue words.
public struct WorksheetError: Error, Equatable, Sendable, CustomStringConvertible {
  public var problem: WorksheetProblem
  public var message: Message { .worksheetProblem(problem) }
  public var description: String { message.text(in: .english) }
}
