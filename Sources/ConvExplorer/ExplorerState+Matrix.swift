import ConvArithmetic
import ConvMessages
import ConvScenes

/// The keys of the matrix and interp scenes and of the transposed scene's comparison:
/// `t` multiplies by Cᵀ in matrix, `f`/`F` lower and raise interp's factor, `a` toggles
/// align_corners, `b` sets the transposed scene beside dilation.
extension ExplorerState {
  /// Handles `f`, `F`, `a` and `b`; false for any other key.
  mutating func matrixKey(_ character: Character) -> Bool {
    switch character {
    case "f", "F":
      guard scene == .interp else { return refuse(String(character), needs: .interp) }
      let old = current.interp.factor
      let new = old + (character == "F" ? 1 : -1)
      let allowed = Limits.Scenes.interpFactors
      guard allowed.contains(new) else {
        status = Message.explorer(.matrix(.factorLimit(allowed: allowed))).text(in: language)
        return true
      }
      var candidate = current
      candidate.interp.factor = new
      change(to: candidate, saying: .factor(from: old, to: new))
    case "a":
      guard scene == .interp else { return refuse("a", needs: .interp) }
      var candidate = current
      candidate.interp.alignCorners.toggle()
      change(to: candidate, saying: .alignCorners(on: candidate.interp.alignCorners))
    case "b":
      guard scene == .transposed else { return refuse("b", needs: .transposed) }
      var candidate = current
      candidate.matrix.compareDilated.toggle()
      change(to: candidate, saying: .compareDilated(on: candidate.matrix.compareDilated))
    default:
      return false
    }
    return true
  }

  /// `t` in the matrix scene: C or Cᵀ, at the same step where the other has one.
  mutating func toggleTranspose() {
    var candidate = current
    candidate.matrix.transpose.toggle()
    change(to: candidate, saying: .transpose(on: candidate.matrix.transpose))
  }

  /// Why the matrix or interp scene would be too large for the explorer to draw; nil when it fits.
  static func matrixTooLargeToShow(_ candidate: SceneParameters) -> String? {
    let limit = Limits.Explorer.grid
    switch candidate.scene {
    case .matrix:
      let sizes = candidate.convParameters
      let (rows, cols) = (sizes.convOutput.area, sizes.input.area)
      guard max(rows, cols) > limit else { return nil }
      let transposed = candidate.matrix.transpose
      return Message.explorer(
        .matrix(
          .matrixTooLarge(
            rows: transposed ? cols : rows, cols: transposed ? rows : cols, limit: limit))
      ).text(in: candidate.language)
    case .interp:
      let f = candidate.interp.factor
      let output = Pair(candidate.input.h * f, candidate.input.w * f)
      guard max(output.h, output.w) > limit else { return nil }
      return Message.explorer(.gridTooLarge(paddedInput: false, size: output, limit: limit)).text(
        in: candidate.language)
    default:
      return nil
    }
  }

  private mutating func change(to candidate: SceneParameters, saying said: MatrixStatus) {
    if let tooLarge = Self.matrixTooLargeToShow(candidate) {
      status = tooLarge
    } else if let refusal = apply(candidate) {
      status = refusal.message.text(in: language)
    } else {
      status = Message.explorer(.matrix(said)).text(in: language)
    }
  }

  private mutating func refuse(_ key: String, needs scene: SceneKind) -> Bool {
    status = Message.explorer(.matrix(.keyNeedsScene(key: key, scene: scene.rawValue))).text(
      in: language)
    return true
  }
}

extension ExplorerView {
  /// The title bar's settings of the matrix and interp scenes and the transposed comparison.
  static func matrixExtras(_ p: SceneParameters) -> [String] {
    switch p.scene {
    case .matrix: return p.matrix.transpose ? ["Cᵀ"] : ["C"]
    case .interp: return ["f \(p.interp.factor)"] + (p.interp.alignCorners ? ["align_corners"] : [])
    case .transposed where p.matrix.compareDilated: return ["vs dilated"]
    default: return []
    }
  }
}
