import ConvArithmetic
import ConvMessages

/// A predict-then-reveal quiz: the worksheet's exercises, each with the scene that shows its answer.
///
///     let quiz = try Quiz(seed: 7, scene: .conv)
///     quiz.questions[0].exercise.question    // asked before anything is drawn
///     quiz.questions[0].reveal.scene         // .conv, at the parameters the question names
///
/// The same seed gives the same questions, as a worksheet does.
public struct Quiz: Sendable {
  public let seed: UInt64
  /// The scene the questions are about; nil asks about every scene that has questions.
  public let scene: SceneKind?
  public let questions: [QuizQuestion]

  public init(seed: UInt64, scene: SceneKind? = nil, count: Int = 5) throws(QuizError) {
    guard Limits.quizQuestions.contains(count) else {
      throw QuizError(problem: .count(count: count, allowed: Limits.quizQuestions))
    }
    guard let kinds = Self.kinds(about: scene) else {
      throw QuizError(
        problem: .noQuestions(
          scene: scene?.rawValue ?? "", asked: Self.scenesWithQuestions.map(\.rawValue)))
    }
    self.seed = seed
    self.scene = scene
    questions = ExerciseMaker.draw(seed: seed, count: count, kinds: kinds).map(QuizQuestion.init)
  }

  /// The scenes whose questions a quiz can ask, in the order `convscope scenes` lists them.
  public static let scenesWithQuestions: [SceneKind] = SceneKind.allCases.filter {
    kinds(about: $0) != nil
  }

  /// What a quiz about `scene` asks; every kind when `scene` is nil, nil when it asks nothing.
  static func kinds(about scene: SceneKind?) -> [ExerciseKind]? {
    guard let scene else { return ExerciseKind.allCases }
    let kinds = ExerciseKind.allCases.filter { QuizQuestion.scene(for: $0) == scene }
    return kinds.isEmpty ? nil : kinds
  }
}

/// One question of a quiz: the exercise, and where in which scene its answer is seen.
public struct QuizQuestion: Equatable, Sendable {
  public let exercise: Exercise
  /// The scene and parameters that show the answer.
  public let reveal: SceneParameters
  /// The step the reveal opens on: the cell asked about, or the last step for a size.
  public let revealStep: Int
  /// Whether the reveal plays the animation from the start (a size grows as the window
  /// slides) rather than stopping at the step asked about.
  public let playsFromStart: Bool

  init(_ exercise: Exercise) {
    self.exercise = exercise
    let scene = Self.scene(for: exercise.kind)
    var p = SceneParameters.defaults(for: scene)
    var step = 0
    var plays = false
    switch exercise.solution {
    case .size(_, let parameters):
      p.sizes = parameters
      plays = true
    case .cells(_, _, let parameters, let cell):
      p.sizes = parameters
      step = cell.h * parameters.convOutput.w + cell.w
    case .value(_, let input, let kernel, let parameters, let cell):
      p.sizes = parameters
      p.values = .custom(input: Self.rows(input), kernel: Self.rows(kernel))
      step = cell.h * parameters.convOutput.w + cell.w
    case .inputs(let inputs, _, let a, _):
      // A row either side of the colliding sizes, so the table shows where the group ends.
      let first = max(1, (inputs.first ?? 1) - 1)
      p.sizes = ConvParameters(
        input: Pair(first), kernel: Pair(a.k), stride: Pair(a.s), padding: Pair(a.p))
      p.shapes.rows = inputs.count + 2
      step = (inputs.first ?? first) - first
    case .field(_, let layers, let input):
      p.input = Pair(input)
      p.stack = StackSettings(layers: layers)
      step = layers.count
    }
    reveal = p
    revealStep = step
    playsFromStart = plays
  }

  /// The scene that shows an exercise kind's answer.
  static func scene(for kind: ExerciseKind) -> SceneKind {
    switch kind {
    case .outputSize, .cellsRead, .cellValue: return .conv
    case .transposedSize: return .transposed
    case .collisions: return .shapes
    case .receptiveField: return .receptive
    }
  }

  private static func rows(_ grid: Matrix) -> [[Double]] {
    (0..<grid.rows).map { r in (0..<grid.cols).map { grid[r, $0] } }
  }
}

/// Why a quiz could not start: a value the catalogue words.
public struct QuizError: Error, Equatable, Sendable, CustomStringConvertible {
  public var problem: QuizProblem
  public var message: Message { .quiz(.problem(problem)) }
  public var description: String { message.text(in: .english) }
}
