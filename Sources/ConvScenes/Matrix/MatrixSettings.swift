import ConvArithmetic
import ConvMessages

/// The matrix scene's switch and the transposed scene's comparison with dilation.
public struct MatrixSettings: Hashable, Sendable {
  /// Multiply by Cᵀ: the input is the o-sized grid, the output conv_transpose2d's.
  public var transpose = false
  /// The transposed scene sets stride's inserted zeros beside dilation's holes.
  public var compareDilated = false

  public init(transpose: Bool = false, compareDilated: Bool = false) {
    self.transpose = transpose
    self.compareDilated = compareDilated
  }
}

/// The interp scene's settings: the upsampling factor and interpolation's corner rule.
public struct InterpSettings: Hashable, Sendable {
  /// The factor f, within `Limits.Scenes.interpFactors`.
  public var factor = 2
  /// PyTorch's `align_corners`.
  public var alignCorners = false

  public init(factor: Int = 2, alignCorners: Bool = false) {
    self.factor = factor
    self.alignCorners = alignCorners
  }
}

/// What the shared switches ask of the matrix and interp scenes, answered in one place.
public enum MatrixScenes {
  /// Seed 003's example for `matrix` (i = 4, k = 3: C is 4 × 16); a 3×3 input upsampled by 2
  /// for `interp` (the kernel size shown is the FCN kernel's, 2f − f%2).
  static func defaults(for scene: SceneKind) -> SceneParameters {
    switch scene {
    case .interp:
      return SceneParameters(scene: .interp, input: Pair(3), kernel: Pair(4))
    default:
      return SceneParameters(scene: .matrix, input: Pair(4), kernel: Pair(3))
    }
  }

  /// matrix reads every direct-convolution parameter; interp only the input (the rest follows from f).
  static func uses(_ parameter: SceneParameter, in scene: SceneKind) -> Bool {
    switch (scene, parameter) {
    case (.matrix, .outputPadding): return false
    case (.matrix, _): return true
    case (.interp, .input): return true
    default: return false
    }
  }

  /// The checks beyond the shared ones: the matrix's size, the factor's range.
  static func checkSizes(_ p: SceneParameters) throws(SceneError) {
    switch p.scene {
    case .matrix:
      if p.matrix.transpose, case .custom = p.values {
        throw .refused(.matrix(.transposeWithValuesFile))
      }
      let sizes = p.convParameters
      let out = sizes.convOutput
      if out.h >= 1 && out.w >= 1 && out.area * sizes.input.area > Limits.Scenes.matrixEntries {
        let (rows, cols) = (out.area, sizes.input.area)
        throw .refused(
          .matrix(
            .matrixTooLarge(
              rows: p.matrix.transpose ? cols : rows, cols: p.matrix.transpose ? rows : cols,
              limit: Limits.Scenes.matrixEntries)))
      }
    case .interp:
      let allowed = Limits.Scenes.interpFactors
      if !allowed.contains(p.interp.factor) {
        throw .refused(.matrix(.factorRange(factor: p.interp.factor, allowed: allowed)))
      }
    default:
      break
    }
  }

  /// The program for the matrix or interp scene, or the transposed scene's comparison.
  static func program(_ p: SceneParameters) throws(ConvError) -> any SceneProgram {
    switch p.scene {
    case .interp: return try InterpScene(p)
    case .transposed: return try TransposedDilatedScene(p)
    default: return try MatrixScene(p)
    }
  }

  /// The JSON export's extra parameter fields.
  static func jsonParameters(_ p: SceneParameters) -> [(String, SceneParameterValue)] {
    switch p.scene {
    case .matrix: return [("transpose", .flag(p.matrix.transpose))]
    case .interp:
      return [
        ("factor", .integer(p.interp.factor)), ("align_corners", .flag(p.interp.alignCorners)),
      ]
    case .transposed where p.matrix.compareDilated: return [("compare", .text("dilated"))]
    default: return []
    }
  }
}
