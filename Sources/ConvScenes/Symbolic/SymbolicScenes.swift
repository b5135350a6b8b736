import ConvArithmetic
import ConvMessages

/// Which scenes take `--values symbolic` and `--flip`, and the sentence when one does not.
public enum SymbolicScenes {
  /// The scenes whose cells can be named instead of numbered: unpooling's maxima, the
  /// bilinear kernels and the stacks' counts are numbers by nature.
  public static let symbolic: [SceneKind] = [.conv, .transposed, .matrix, .channels]
  /// The scenes where a kernel slides, so that flipping it changes the operation.
  public static let flip: [SceneKind] = [.conv, .transposed, .matrix, .channels]

  /// Refuses symbols or the flip where they do not apply.
  static func check(_ p: SceneParameters) throws(SceneError) {
    if p.values.isSymbolic {
      guard symbolic.contains(p.scene) else {
        throw .refused(
          .symbolic(.symbolicScene(scene: p.scene.rawValue, scenes: symbolic.map(\.rawValue))))
      }
    }
    if (p.values.isSymbolic || p.flip) && p.scene == .transposed && p.matrix.compareDilated {
      throw .refused(.symbolic(.compareTakesNeither))
    }
    if p.flip && !flip.contains(p.scene) {
      throw .refused(.symbolic(.flipScene(scene: p.scene.rawValue, scenes: flip.map(\.rawValue))))
    }
  }
}
