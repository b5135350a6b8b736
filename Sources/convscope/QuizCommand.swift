import ArgumentParser
import ConvExplorer
import ConvMessages
import ConvScenes
import ConvTerminal

/// Opens the explorer as a quiz: predict, then watch the scene reveal the answer.
///
///     convscope quiz                # every kind of question
///     convscope quiz conv --seed 7  # output sizes, windows and values of a convolution
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Predict, then reveal: questions in the explorer, with a score.",
    discussion: """
      Each question hides the scene until you answer: type the answer and press Enter. The
      explorer then shows the scene that answers it (the animation, the window, the table or
      the stack), says whether you were right and why, and keeps the score; Enter asks the
      next question. Every answer is computed by the engine. Scenes with questions: conv
      (output size, window, value), transposed (output size), shapes (colliding input sizes)
      and receptive (receptive field); without a scene, all of them take turns.
      """)

  @Argument(help: "The scene to ask about (conv, transposed, shapes, receptive); all when omitted.")
  var scene: String?

  @Option(help: "The round's seed: the same seed asks the same questions.") var seed: UInt64 = 1
  @Option(help: "How many questions a round asks (1 to 20).") var count = 5
  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?

  func run() throws {
    let language = try languageOption.language()
    var kind: SceneKind? = nil
    if let scene {
      guard let known = SceneKind(rawValue: scene) else {
        throw CommandFailure(SceneError.unknownScene(scene).message)
      }
      kind = known
    }
    let quiz: Quiz
    do {
      quiz = try Quiz(seed: seed, scene: kind, count: count)
    } catch {
      throw CommandFailure(error.message)
    }
    guard TerminalDriver.isInteractive else {
      throw CommandFailure(TerminalError.notATerminal.message, status: .failure)
    }
    var driver = TerminalDriver(state: .quizzing(quiz, language: language))
    do {
      try driver.run()
    } catch {
      throw CommandFailure(error.message, status: .failure)
    }
  }
}

extension QuizCommand: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
