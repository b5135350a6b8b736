import ConvArithmetic

/// Why a scene could not be built. Each case reads as one clear sentence.
public enum SceneError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The engine refused the parameters.
  case engine(ConvError)
  case unknownScene(String)
  case unknownPreset(String)
  /// A preset exists but belongs to another scene.
  case presetScene(preset: String, scene: SceneKind, wanted: SceneKind)
  case badValues(String)
  case unreadableValues(path: String, reason: String)
  case invalid(String)

  public var description: String {
    switch self {
    case .engine(let error):
      return error.description
    case .unknownScene(let name):
      let names = SceneKind.allCases.map(\.rawValue).joined(separator: ", ")
      return "There is no scene named '\(name)'; the scenes are \(names)."
    case .unknownPreset(let name):
      return "There is no preset named '\(name)'; run `convscope scenes` to list the presets."
    case .presetScene(let preset, let scene, let wanted):
      return
        "The preset '\(preset)' belongs to the \(scene.rawValue) scene, not the \(wanted.rawValue) scene."
    case .badValues(let text):
      return "The values '\(text)' are not understood; use ramp, ones, random:SEED or @FILE.json."
    case .unreadableValues(let path, let reason):
      return "The values file '\(path)' could not be read: \(reason)."
    case .invalid(let sentence):
      return sentence
    }
  }
}
