import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvScenes

/// The quiz: reproducible rounds, answers read the way students type them, and reveals that
/// show the very answer the question asks for, read back from the revealed scene's frame.
@Suite struct QuizTests {
  @Test func sameSeedSameRound() throws {
    let a = try Quiz(seed: 7, count: 8).questions.map(\.exercise)
    #expect(a == (try Quiz(seed: 7, count: 8).questions.map(\.exercise)))
    #expect(a != (try Quiz(seed: 8, count: 8).questions.map(\.exercise)))
  }

  @Test func aSceneAsksOnlyWhatItShows() throws {
    for scene in Quiz.scenesWithQuestions {
      for question in try Quiz(seed: 3, scene: scene, count: 12).questions {
        #expect(question.reveal.scene == scene)
      }
    }
    #expect(Quiz.scenesWithQuestions == [.conv, .transposed, .shapes, .receptive])
  }

  @Test func scenesWithoutQuestionsAndBadCountsAreRefused() {
    #expect(
      throws: QuizError(
        problem: .noQuestions(
          scene: "unpool", asked: ["conv", "transposed", "shapes", "receptive"]))
    ) { try Quiz(seed: 1, scene: .unpool) }
    #expect(throws: QuizError(problem: .count(count: 0, allowed: Limits.quizQuestions))) {
      try Quiz(seed: 1, count: 0)
    }
    #expect(throws: QuizError.self) {
      try Quiz(seed: 1, count: Limits.quizQuestions.upperBound + 1)
    }
  }

  /// Every reveal builds, and its frame at the reveal step shows the engine's answer.
  @Test func revealsShowTheAnswer() throws {
    for seed in UInt64(1)...25 {
      for question in try Quiz(seed: seed, count: 12).questions {
        let steps = try Scenes.build(question.reveal)
        #expect(question.revealStep < steps.stepCount)
        let frame = steps.frame(at: question.revealStep)
        try Self.expectShown(
          question.exercise.solution, in: frame, last: steps.frame(at: steps.stepCount - 1))
      }
    }
  }

  private static func expectShown(_ solution: Solution, in frame: Frame, last: Frame) throws {
    switch solution {
    case .size(let size, _):
      let output = try #require(last.panel(named: "output"))
      #expect(Pair(output.rows, output.cols) == size)
    case .cells(let rows, let cols, _, _):
      let input = try #require(frame.panel(named: "input"))
      let taps = input.cells.indices.filter { input.cells[$0].role.isWindowTap }
      #expect(Array(Set(taps.map { $0 / input.cols })).sorted() == rows)
      #expect(Array(Set(taps.map { $0 % input.cols })).sorted() == cols)
    case .value(let value, _, _, _, let cell):
      let output = try #require(frame.panel(named: "output"))
      #expect(output.cells[cell.h * output.cols + cell.w].value == value)
    case .inputs(let inputs, _, _, let o):
      let sizes = try #require(frame.panel(named: "sizes"))
      let labels = try #require(sizes.columnLabels)
      let i = try #require(labels.firstIndex(of: "i"))
      let pytorch = try #require(labels.firstIndex(of: "pytorch"))
      let rows = (0..<sizes.rows).map { r in
        (sizes.cells[r * sizes.cols + i].value, sizes.cells[r * sizes.cols + pytorch].value)
      }
      #expect(rows.filter { $0.1 == Double(o) }.map { $0.0 } == inputs.map { Double($0) })
      // The table shows a size either side of the group (none below 1), giving another output.
      #expect(rows.last?.1 != Double(o))
      if inputs[0] > 1 { #expect(rows.first?.1 != Double(o)) }
    case .field(let size, let layers, _):
      let table = try #require(last.panel(named: "table"))
      let labels = try #require(table.columnLabels)
      let column = try #require(labels.firstIndex(of: "size_h"))
      #expect(table.rows >= layers.count)
      #expect(table.cells[(table.rows - 1) * table.cols + column].value == Double(size))
    }
  }

  /// The engine's answer, typed in each accepted form, is right; one off is wrong; junk unreadable.
  @Test func typedAnswersAreRead() throws {
    for seed in UInt64(1)...25 {
      for question in try Quiz(seed: seed, count: 12).questions {
        let exercise = question.exercise
        for typed in Self.rightForms(exercise.solution) {
          #expect(exercise.check(typed) == .right, "\(typed) for \(exercise.question)")
        }
        #expect(exercise.check(Self.wrongForm(exercise.solution)) == .wrong)
        for junk in ["", "abc", "3;4;5", "--", "1e999"] {
          #expect(exercise.check(junk) != .right)
        }
      }
    }
  }

  @Test func unreadableAnswersAreToldApart() throws {
    let conv = try Quiz(seed: 1, scene: .conv, count: 3).questions.map(\.exercise)
    let size = try #require(conv.first { $0.kind == .outputSize })
    #expect(size.check("") == .unreadable)
    #expect(size.check("three") == .unreadable)
    #expect(size.check("1x2x3") == .unreadable)
    let cells = try #require(conv.first { $0.kind == .cellsRead })
    #expect(cells.check("1;2;3") == .unreadable)
    #expect(cells.check("4-2; 1") == .unreadable)
  }

  private static func rightForms(_ solution: Solution) -> [String] {
    switch solution {
    case .size(let size, _):
      let (h, w) = (String(size.h), String(size.w))
      var forms: [String] = [h + "x" + w, h + "×" + w, " " + h + " X " + w + " "]
      if size.h == size.w { forms.append(h) }
      return forms
    case .cells(let rows, let cols, _, _):
      let r = rows.map(String.init)
      let c = cols.map(String.init)
      let plain: String = r.joined(separator: ",") + ";" + c.joined(separator: ",")
      let spaced: String = r.reversed().joined(separator: " ") + " ; " + c.joined(separator: ", ")
      var forms = [plain, spaced]
      if rows == cols { forms.append(r.joined(separator: " ")) }
      return forms
    case .value(let value, _, _, _, _):
      return [NumberText.format(value), String(value)]
    case .inputs(let inputs, _, _, _):
      return [inputs.map(String.init).joined(separator: " "), "\(inputs[0])-\(inputs.last!)"]
    case .field(let size, _, _):
      return ["\(size)", " \(size) "]
    }
  }

  private static func wrongForm(_ solution: Solution) -> String {
    switch solution {
    case .size(let size, _): return "\(size.h + 1)x\(size.w)"
    case .cells(let rows, let cols, _, _):
      return rows.map(String.init).joined(separator: ",") + ";"
        + (cols + [cols.last! + 1]).map(String.init).joined(separator: ",")
    case .value(let value, _, _, _, _): return NumberText.format(value + 1)
    case .inputs(let inputs, _, _, _): return "\(inputs[0])"
    case .field(let size, _, _): return "\(size + 1)"
    }
  }
}
