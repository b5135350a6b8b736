import ConvArithmetic
import ConvMessages

/// Why a scene could not be built: a value the catalogue words as one clear sentence.
public enum SceneError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The engine refused the parameters.
  case engine(ConvError)
  case unknownScene(String)
  case unknownPreset(String)
  /// A preset exists but belongs to another scene.
  case presetScene(preset: String, scene: SceneKind, wanted: SceneKind)
  case badValues(String)
  case unreadableValues(path: String, reason: ValuesFileProblem)
  /// Parameters a scene cannot draw (a kernel too large to show, a view it does not have).
  case refused(SceneProblem)
  /// The engine refused a stack of layers (the `receptive` and `overlap` scenes).
  case stack(StackError)
  /// A stack scene's `--layers` or `--preset` could not be read; the message says why.
  case layers(Message)

  /// The error as a message value, for any language's catalogue.
  public var message: Message {
    switch self {
    case .engine(let error):
      return .engine(error)
    case .unknownScene(let name):
      return .scene(.unknownScene(name: name, scenes: SceneKind.allCases.map(\.rawValue)))
    case .unknownPreset(let name):
      return .scene(.unknownPreset(name: name))
    case .presetScene(let preset, let scene, let wanted):
      return .scene(.presetScene(preset: preset, scene: scene.rawValue, wanted: wanted.rawValue))
    case .badValues(let text):
      return .scene(.badValues(text: text))
    case .unreadableValues(let path, let reason):
      return .scene(.unreadableValues(path: path, reason: reason))
    case .refused(let problem):
      return .scene(problem)
    case .stack(let error):
      return .stack(error, naming: .notation)
    case .layers(let message):
      return message
    }
  }

  /// The English sentence.
  public var description: String { message.text(in: .english) }
}
