import ConvArithmetic
import ConvMessages
import ConvScenes
import Foundation
import Testing

@testable import ConvExplorer

/// The quiz in the explorer, key by key: the card hides the scene, Enter reveals and scores.
@Suite struct QuizKeyTests {
  static let classroom = ScreenSize(width: 80, height: 24)

  static func start(_ scene: SceneKind? = .conv, seed: UInt64 = 7) throws -> ExplorerState {
    .quizzing(try Quiz(seed: seed, scene: scene, count: 3), screenSize: classroom)
  }

  static func screen(_ state: ExplorerState) -> String {
    ExplorerView.render(state).canvas.plainText
  }

  /// The engine's answer, typed as a student would.
  static func answer(_ state: ExplorerState) -> String {
    switch state.quiz!.question.exercise.solution {
    case .size(let size, _): return "\(size.h)x\(size.w)"
    case .cells(let rows, let cols, _, _):
      return rows.map(String.init).joined(separator: ",") + ";"
        + cols.map(String.init).joined(separator: ",")
    case .value(let value, _, _, _, _): return NumberText.format(value)
    case .inputs(let inputs, _, _, _): return inputs.map(String.init).joined(separator: " ")
    case .field(let size, _, _): return "\(size)"
    }
  }

  @Test func theCardHidesTheSceneUntilTheAnswer() throws {
    let state = try Self.start()
    let question = Message.worksheet(state.quiz!.question.exercise.question).text()
    let text = Self.screen(state)
    #expect(text.contains(String(question.prefix(30))))
    #expect(!text.contains("legend") && !text.contains("step 1/"))
    // Parameter keys type nothing and change nothing while the card asks.
    let after = type(state, "SkK")
    #expect(after.quiz!.typed == "")
    #expect(after.current == state.current)
  }

  @Test func typingAndBackspace() throws {
    var state = type(try Self.start(), "3x4")
    #expect(state.quiz!.typed == "3x4")
    state = press(state, .backspace)
    #expect(state.quiz!.typed == "3x")
    #expect(Self.screen(state).contains("> 3x"))
    state = press(state, .backspace, .backspace, .backspace)
    #expect(state.quiz!.typed == "")
  }

  @Test func aRightAnswerRevealsTheSceneAndScores() throws {
    let start = try Self.start()
    let question = start.quiz!.question
    var state = type(start, Self.answer(start))
    state = press(state, .enter)
    #expect(state.quiz!.phase == .revealed)
    #expect(state.quiz!.right == 1 && state.quiz!.answered == 1)
    #expect(state.scene == question.reveal.scene)
    #expect(state.current.sizes == question.reveal.sizes)
    #expect(state.status!.hasPrefix("✓"))
    let why = Message.worksheet(question.exercise.answer).text()
    #expect(state.status!.contains(why))
    // The scene is on screen now, and other keys explore it.
    #expect(Self.screen(state).contains("legend"))
    let stepped = type(state, "g.")
    #expect(stepped.step == 1)
  }

  @Test func aWrongAnswerSaysWhatWasTypedAndTheAnswer() throws {
    let state = press(type(try Self.start(), "999"), .enter)
    #expect(state.quiz!.right == 0 && state.quiz!.answered == 1)
    #expect(state.status!.hasPrefix("✗ Not 999"))
  }

  @Test func anUnreadableAnswerKeepsAskingAndScoresNothing() throws {
    let state = press(type(try Self.start(), ";;"), .enter)
    #expect(state.quiz!.phase == .asking)
    #expect(state.quiz!.answered == 0)
    #expect(Self.screen(state).contains("That is not an answer yet"))
  }

  @Test func enterAsksTheNextQuestionThenEndsTheRound() throws {
    var state = try Self.start(nil)
    for n in 1...3 {
      #expect(state.quiz!.index == n - 1)
      #expect(Self.screen(state).contains("Question \(n) of 3"))
      state = press(type(state, Self.answer(state)), .enter)
      #expect(state.quiz!.right == n)
      state = press(state, .enter)
    }
    #expect(state.quiz!.phase == .finished)
    #expect(Self.screen(state).contains("Round over: 3 of 3 right"))
    state = press(state, .enter)
    #expect(state.quiz!.quiz.seed == 8)
    #expect(state.quiz!.phase == .asking && state.quiz!.answered == 0)
  }

  @Test func qAndEscQuitEvenWhileAsking() throws {
    #expect(type(try Self.start(), "q").quit)
    #expect(press(try Self.start(), .escape).quit)
  }

  /// Every card of many rounds fits 80×24: the question, the answer line and the keys.
  @Test func cardsFitTheClassroomScreen() throws {
    for seed in UInt64(1)...15 {
      var state = try Self.start(nil, seed: seed)
      for _ in 0..<3 {
        let rows = Self.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.contains { $0.hasPrefix("  > ") })
        #expect(rows.contains { $0.contains("Enter answers") })
        state = press(press(type(state, Self.answer(state)), .enter), .enter)
      }
    }
  }
}

/// The README's pictures of the quiz: screenshots/quiz-*.txt are the explorer's own screens at
/// 80×24, compared here and re-recorded only with `CONVSCOPE_RECORD=1`.
@Suite struct QuizScreenshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("screenshots")

  static func text(_ state: ExplorerState) -> String {
    ExplorerView.render(state).canvas.plainText.split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map { $0.replacing(/\s+$/, with: "") }.joined(separator: "\n")
  }

  @Test(arguments: ["card", "reveal"])
  func screenshot(_ name: String) throws {
    var state = try QuizKeyTests.start(.conv, seed: 7)
    if name == "reveal" { state = press(type(state, "3x3"), .enter) }
    let url = Self.folder.appendingPathComponent("quiz-\(name).txt")
    let text = Self.text(state)
    if ProcessInfo.processInfo.environment["CONVSCOPE_RECORD"] == "1" {
      try Data(text.utf8).write(to: url)
      return
    }
    let stored = try String(contentsOf: url, encoding: .utf8)
    #expect(
      stored == text, "screenshots/quiz-\(name).txt differs; re-record with CONVSCOPE_RECORD=1")
  }
}
