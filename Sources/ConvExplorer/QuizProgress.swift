import ConvMessages
import ConvScenes

/// Where a quiz round stands: which question, what has been typed, and the score.
public struct QuizProgress: Sendable {
  /// Asking hides the scene, so that the animation cannot give the answer away.
  public enum Phase: Equatable, Sendable {
    case asking
    case revealed
    case finished
  }

  public internal(set) var quiz: Quiz
  public internal(set) var index = 0
  public internal(set) var typed = ""
  public internal(set) var phase = Phase.asking
  public internal(set) var right = 0
  public internal(set) var answered = 0

  /// The longest answer the card takes: long enough for any list of rows and columns.
  static let typedLimit = 40

  public init(_ quiz: Quiz) {
    self.quiz = quiz
  }

  /// The question being asked or revealed.
  public var question: QuizQuestion { quiz.questions[min(index, quiz.questions.count - 1)] }

  /// Whether the quiz card covers the scene.
  public var hidesScene: Bool { phase != .revealed }

  /// The shape of the answer the current question wants.
  public var answerForm: QuizAnswerForm {
    switch question.exercise.kind {
    case .outputSize, .transposedSize: return .size
    case .cellsRead: return .cells
    case .cellValue: return .value
    case .collisions: return .inputs
    case .receptiveField: return .number
    }
  }

  /// Characters an answer can hold: digits, and what separates sizes, lists, ranges and decimals.
  static func isAnswerCharacter(_ character: Character) -> Bool {
    (character.isASCII && character.isNumber) || "xX×,;- .*".contains(character)
  }
}

extension ExplorerState {
  /// The explorer in quiz mode: the first question's card, over the conv scene in `language`.
  public static func quizzing(
    _ quiz: Quiz, language: Language = .english,
    screenSize: ScreenSize = ScreenSize(width: 80, height: 24)
  ) -> ExplorerState {
    var parameters = SceneParameters.defaults(for: .conv)
    parameters.language = language
    var state: ExplorerState
    do {
      state = try ExplorerState(scene: .conv, parameters: parameters, screenSize: screenSize)
    } catch {
      preconditionFailure("the conv scene's defaults do not validate: \(error)")
    }
    state.quiz = QuizProgress(quiz)
    return state
  }

  /// Handles a key in quiz mode; false when the key is the explorer's to handle.
  mutating func quizKey(_ key: Key) -> Bool {
    guard var progress = quiz else { return false }
    defer { quiz = progress }
    switch progress.phase {
    case .asking:
      switch key {
      case .character("q"), .escape: return false
      case .character(let character) where QuizProgress.isAnswerCharacter(character):
        if progress.typed.count < QuizProgress.typedLimit { progress.typed.append(character) }
      case .backspace: if !progress.typed.isEmpty { progress.typed.removeLast() }
      case .enter: submit(&progress)
      default: break
      }
      return true
    case .revealed:
      guard key == .enter else { return false }
      progress.index += 1
      progress.typed = ""
      progress.phase = progress.index < progress.quiz.questions.count ? .asking : .finished
      playing = false
      status = nil
      return true
    case .finished:
      switch key {
      case .character("q"), .escape: return false
      case .enter:
        let next = progress.quiz.seed &+ 1
        if let round = try? Quiz(
          seed: next, scene: progress.quiz.scene, count: progress.quiz.questions.count)
        {
          progress = QuizProgress(round)
        }
      default: break
      }
      return true
    }
  }

  /// Scores the typed answer and shows the scene that explains it; an unreadable answer
  /// only says what to type.
  private mutating func submit(_ progress: inout QuizProgress) {
    let question = progress.question
    let verdict = question.exercise.check(progress.typed)
    let language = current.language
    guard verdict != .unreadable else {
      status = Message.quiz(.unreadable(progress.answerForm)).text(in: language)
      return
    }
    progress.answered += 1
    if verdict == .right { progress.right += 1 }
    progress.phase = .revealed
    var reveal = question.reveal
    reveal.language = language
    switchScene(to: reveal.scene)
    if let refusal = apply(reveal) {
      status = refusal.description
      return
    }
    scroll = 0
    followWindow = true
    if question.playsFromStart {
      go(to: 0)
      playing = true
    } else {
      go(to: question.revealStep)
    }
    let why = question.exercise.answer
    let text: QuizText =
      verdict == .right
      ? .right(why: why, right: progress.right, answered: progress.answered)
      : .wrong(
        typed: progress.typed, why: why, right: progress.right, answered: progress.answered)
    status = Message.quiz(text).text(in: language)
  }
}
