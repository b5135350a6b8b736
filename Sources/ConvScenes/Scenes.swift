import ConvArithmetic
import ConvMessages

/// What every scene's prepared steps provide.
protocol SceneProgram: Sendable {
  var stepCount: Int { get }
  func frame(at step: Int, focus: CellFocus?) -> Frame
  /// Turns `frame`, this program's frame of `step - 1` without a focus, into the frame of
  /// `step` in place, and says which cells it touched; nil, with `frame` untouched, when the
  /// program cannot (the default).
  func advance(_ frame: inout Frame, to step: Int) -> TouchedCells?
}

extension SceneProgram {
  func advance(_ frame: inout Frame, to step: Int) -> TouchedCells? { nil }
}

/// The steps of one scene, built once from engine results; each step renders to a Frame.
///
///     let steps = try Scenes.build(.defaults(for: .conv))
///     let frame = steps.frame(at: 0)      // the first output cell
public struct SceneSteps: Sendable {
  public let parameters: SceneParameters
  let program: any SceneProgram

  /// How many steps (frames) the scene has; at least 1.
  public var stepCount: Int { program.stepCount }

  /// The frame of `step` (0-based, clamped to the valid range), with an optional pinned cell.
  public func frame(at step: Int, focus: CellFocus? = nil) -> Frame {
    var frame = program.frame(at: min(max(step, 0), stepCount - 1), focus: focus)
    frame.language = parameters.language
    return frame
  }

  /// Turns `frame`, the frame of `step - 1` as ``frame(at:focus:)`` made it without a focus,
  /// into the frame of `step` in place, changing only the cells that differ; nil, with
  /// `frame` untouched, when the scene cannot (then ask for ``frame(at:focus:)``).
  ///
  /// A 32×32 convolution's step moves a window of nine cells and fills one output cell:
  /// changed in place, the other thousands of cells are neither copied nor compared.
  func advance(_ frame: inout Frame, to step: Int) -> TouchedCells? {
    guard step >= 1, step < stepCount, frame.index == step, frame.count == stepCount,
      frame.language == parameters.language
    else { return nil }
    return program.advance(&frame, to: step)
  }

  /// Every frame in order.
  public var frames: [Frame] {
    (0..<stepCount).map { frame(at: $0) }
  }
}

/// Builds scenes from parameters.
public enum Scenes {
  /// Runs the engine once for `parameters` and returns the scene's steps.
  public static func build(_ parameters: SceneParameters) throws(SceneError) -> SceneSteps {
    try parameters.checkSizes()
    // A stack's refusals are the stack's own sentences, not the single layer's.
    if StackScenes.handles(parameters.scene) {
      return SceneSteps(parameters: parameters, program: try StackScenes.build(parameters))
    }
    let program: any SceneProgram
    do {
      switch parameters.scene {
      case .conv: program = try ConvScene(parameters.resolved)
      case .transposed where parameters.matrix.compareDilated,
        .matrix, .interp:
        program = try MatrixScenes.program(parameters.resolved)
      case .transposed:
        switch parameters.view {
        case .zeros: program = try TransposedZerosScene(parameters.resolved)
        case .scatter: program = try TransposedScatterScene(parameters.resolved)
        }
      case .unpool: program = try UnpoolScene(parameters.resolved)
      case .bilinear: program = try BilinearScene(parameters.resolved)
      case .shapes: program = try ShapesScene(parameters.resolved)
      case .channels, .bnfold: program = try ChannelScenes.program(parameters.resolved)
      case .receptive, .overlap: preconditionFailure("stack scenes are built above")
      }
    } catch {
      throw .engine(error)
    }
    return SceneSteps(parameters: parameters, program: program)
  }
}
