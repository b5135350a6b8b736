import ConvArithmetic
import ConvMessages
import ConvScenes

/// Which axes the next parameter change applies to (`x` cycles it).
public enum AxisMode: String, CaseIterable, Sendable {
  case both
  case height
  case width

  /// The mode after this one: both, then height only, then width only.
  public var next: AxisMode {
    switch self {
    case .both: return .height
    case .height: return .width
    case .width: return .both
    }
  }
}

/// Everything the explorer shows, as a plain value: the pure state machine's state.
///
/// The state holds the parameters of every scene (so switching scenes and
/// back keeps each one's settings), the step, the pinned cell and the
/// playback settings. It also keeps the built scene for the current
/// parameters, so that a key press only rebuilds when parameters change.
public struct ExplorerState {
  /// The scene on screen.
  public private(set) var scene: SceneKind
  /// The parameters of every scene; each one always validates.
  public private(set) var parameters: [SceneKind: SceneParameters]
  /// The current 0-based step of every scene.
  public private(set) var steps: [SceneKind: Int]
  /// The scene built from the current parameters.
  public var built: SceneSteps { shown.steps }
  /// The built scene on screen and its layout reserve.
  private var shown: BuiltScene
  /// The last few scenes built, most recent last: raising a parameter and lowering it
  /// again (or switching scenes and back) shows a scene already built and measured.
  private var recent: [BuiltScene] = []
  /// How many built scenes `recent` keeps.
  static let recentLimit = 4
  /// Column widths and caption rows that stay the same across the built scene's steps.
  public var reserve: LayoutReserve { shown.reserve.value }
  /// The parameter ←/→ change.
  public var selected: SceneParameter
  /// Which axes the next change applies to.
  public var axisMode: AxisMode
  /// Whether the animation advances on each tick.
  public var playing: Bool
  /// Index into `ExplorerState.speeds`.
  public var speedIndex: Int
  /// Whether the help overlay covers the screen.
  public var helpShown: Bool
  /// The pinned cell, whose receptive field (or fed outputs) the frame highlights.
  public var focus: CellFocus?
  /// A one-line message: a refusal's reason, an export's path, …
  public var status: String?
  /// Set by `q` or Esc; the driver then restores the terminal and exits.
  public internal(set) var quit: Bool
  /// The terminal's size, which the view lays the frame out for.
  public internal(set) var screenSize: ScreenSize
  /// Rows the frame is scrolled down when it is taller than the screen.
  public internal(set) var scroll: Int
  /// Whether the view scrolls to keep the current window on screen: on after a step or
  /// parameter change, off once the user scrolls by hand.
  public internal(set) var followWindow = true
  /// Seed of the next `random` values, so each visit to random shows new numbers.
  public internal(set) var nextSeed: UInt64
  /// Whether to show the keypress-to-frame time in a corner (`--stats`).
  public internal(set) var showStats: Bool
  /// The quiz round, when the explorer was opened as `convscope quiz`.
  public internal(set) var quiz: QuizProgress? = nil
  /// The last measured keypress-to-drawn-frame time, shown when `showStats` is on.
  public internal(set) var lastFrameTime: Duration?
  /// The CPU time the same keypress-to-frame took on the driver's thread.
  public internal(set) var lastFrameCPUTime: Duration?

  /// Animation speeds, in steps per second.
  public static let speeds: [Double] = [0.5, 1, 2, 4, 8, 16, 30]
  static let defaultSpeedIndex = 2

  /// Starts on `scene` with its parameters (other scenes start at their defaults).
  public init(
    scene: SceneKind, parameters: SceneParameters,
    screenSize: ScreenSize = ScreenSize(width: 80, height: 24),
    showStats: Bool = false
  ) throws(SceneError) {
    var all: [SceneKind: SceneParameters] = [:]
    for kind in SceneKind.allCases { all[kind] = SceneParameters.defaults(for: kind) }
    var start = parameters
    start.scene = scene
    all[scene] = start
    // Building is the validation: it throws the same sentence `validate()` would.
    self.shown = try BuiltScene(start)
    self.recent = [shown]
    self.scene = scene
    self.parameters = all
    self.steps = Dictionary(uniqueKeysWithValues: SceneKind.allCases.map { ($0, 0) })
    self.selected = .stride
    self.axisMode = .both
    self.playing = false
    self.speedIndex = Self.defaultSpeedIndex
    self.helpShown = false
    self.focus = nil
    self.status = nil
    self.quit = false
    self.screenSize = screenSize
    self.scroll = 0
    self.nextSeed = 1
    self.showStats = showStats
    self.lastFrameTime = nil
    self.lastFrameCPUTime = nil
    if !SceneParameters.uses(selected, in: scene) {
      selected = selectableParameters.first ?? .input
    }
  }

  /// The explorer's opening: the conv scene with a 5×5 input, 3×3 kernel, stride 2, padding 1.
  public static func opening(
    screenSize: ScreenSize = ScreenSize(width: 80, height: 24), showStats: Bool = false
  ) -> ExplorerState {
    do {
      return try ExplorerState(
        scene: .conv, parameters: SceneParameters.defaults(for: .conv), screenSize: screenSize,
        showStats: showStats)
    } catch {
      preconditionFailure("the conv scene's defaults do not validate: \(error)")
    }
  }

  /// The current scene's parameters.
  public var current: SceneParameters { parameters[scene]! }

  /// The current 0-based step, always within `0 ..< stepCount`.
  public var step: Int { steps[scene] ?? 0 }

  /// How many steps the current scene has.
  public var stepCount: Int { built.stepCount }

  /// Steps per second while playing.
  public var speed: Double { Self.speeds[speedIndex] }

  /// The parameters the current scene uses, in the order ↑/↓ walks them.
  public var selectableParameters: [SceneParameter] {
    SceneParameter.allCases.filter { SceneParameters.uses($0, in: scene) }
  }

  /// The frame on screen now.
  public var frame: Frame { built.frame(at: step, focus: focus) }

  // MARK: - Changes that keep the invariants

  /// Moves to `step`, clamped to the scene's steps.
  mutating func go(to newStep: Int) {
    steps[scene] = min(max(newStep, 0), max(stepCount - 1, 0))
  }

  /// The scene built from `candidate`: one built recently, or a new build (which validates).
  private mutating func build(_ candidate: SceneParameters) throws(SceneError) -> BuiltScene {
    if let index = recent.lastIndex(where: { $0.steps.parameters == candidate }) {
      let found = recent.remove(at: index)
      recent.append(found)
      return found
    }
    let made = try BuiltScene(candidate)
    recent.append(made)
    if recent.count > Self.recentLimit { recent.removeFirst(recent.count - Self.recentLimit) }
    return made
  }

  /// Replaces the current scene's parameters if they validate and build; otherwise returns the reason.
  mutating func apply(_ candidate: SceneParameters) -> SceneError? {
    do throws(SceneError) {
      // Building is the validation; validating first would build the scene twice.
      let scene = try build(candidate)
      parameters[self.scene] = candidate
      shown = scene
      focus = nil
      go(to: step)
      return nil
    } catch {
      return error
    }
  }

  /// Shows another scene, rebuilding it from its remembered parameters.
  mutating func switchScene(to kind: SceneKind) {
    guard kind != scene else { return }
    guard let candidate = parameters[kind], let scene = try? build(candidate) else {
      status = Message.explorer(.cannotShow(scene: kind.rawValue)).text()
      return
    }
    self.scene = kind
    shown = scene
    focus = nil
    scroll = 0
    go(to: step)
    if !SceneParameters.uses(selected, in: kind) {
      selected = selectableParameters.first ?? selected
    }
  }
}

/// A built scene and its layout reserve, made together and kept together.
struct BuiltScene: Sendable {
  let steps: SceneSteps
  let reserve: LazyReserve

  init(_ parameters: SceneParameters) throws(SceneError) {
    steps = try Scenes.build(parameters)
    reserve = LazyReserve(steps)
  }
}

/// A scene's layout reserve, made the first time it is drawn: a key that changes parameters
/// twice before the next frame, or a monkey test that rarely draws, never pays for it.
///
/// Written at most once, from whichever thread first draws; the state is used by one thread.
final class LazyReserve: @unchecked Sendable {
  private let steps: SceneSteps
  private var made: LayoutReserve?

  init(_ steps: SceneSteps) { self.steps = steps }

  var value: LayoutReserve {
    if let made { return made }
    let reserve = LayoutReserve(steps)
    made = reserve
    return reserve
  }
}
