import ConvArithmetic
import ConvMessages
import ConvScenes

/// The options of the matrix and interp scenes and of the transposed scene's comparison, as
/// given (SceneOptions declares them).
///
///     convscope export matrix --input 5 --transpose
///     convscope export interp --factor 3 --align-corners
///     convscope export transposed --compare dilated
struct MatrixOptions {
  var transpose = false
  var factor: Int?
  var alignCorners = false
  var compare: String?

  /// What `convscope scenes` lists after a scene's defaults.
  static func listedDefaults(_ scene: SceneKind, _ d: SceneParameters) -> [String] {
    switch scene {
    case .matrix: return ["[--transpose]"]
    case .interp: return ["--factor \(d.interp.factor)", "[--align-corners]"]
    case .transposed: return ["[--compare dilated]"]
    default: return []
    }
  }

  /// Writes the options given into `p`, refusing those that belong to another scene.
  func apply(to p: inout SceneParameters, scene: SceneKind) throws(SceneError) {
    func belongs(_ option: String, to owner: SceneKind) throws(SceneError) {
      guard scene == owner else {
        throw .refused(
          .matrix(.optionNeedsScene(option: option, scene: owner.rawValue, given: scene.rawValue)))
      }
    }
    if transpose {
      try belongs("--transpose", to: .matrix)
      p.matrix.transpose = true
    }
    if let factor {
      try belongs("--factor", to: .interp)
      p.interp.factor = factor
    }
    if alignCorners {
      try belongs("--align-corners", to: .interp)
      p.interp.alignCorners = true
    }
    if let compare {
      guard scene == .transposed else {
        throw .refused(.matrix(.compareNeedsTransposed(scene: scene.rawValue)))
      }
      guard compare == "dilated" else { throw .refused(.matrix(.unknownComparison(name: compare))) }
      p.matrix.compareDilated = true
    }
  }
}
