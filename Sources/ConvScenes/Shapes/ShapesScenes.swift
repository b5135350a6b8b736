import ConvArithmetic
import ConvMessages

/// What the `shapes` scene contributes to the shared seams: defaults, parameters, checks and presets.
enum ShapesScenes {
  /// Seed 003's worked numbers: k 3, s 2, p 1 over input sizes 4–9, where 5 and 6 collide.
  static func defaults() -> SceneParameters {
    SceneParameters(
      scene: .shapes, input: Pair(4), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
  }

  /// Every sliding-window parameter shapes the table; output_padding is what it computes.
  static func uses(_ parameter: SceneParameter) -> Bool {
    parameter != .outputPadding
  }

  /// The input sizes the table lists: from the input's height on.
  static func inputs(_ p: SceneParameters) -> ClosedRange<Int> {
    p.input.h...(p.input.h + max(1, p.shapes.rows) - 1)
  }

  /// One axis, and a screenful of rows; the engine judges the rest.
  static func check(_ p: SceneParameters) throws(SceneError) {
    // A zero stride or negative padding first: that sentence says more than "one axis".
    do {
      try p.convParameters.validateRanges()
    } catch {
      throw .engine(error)
    }
    if !(p.kernel.isSquare && p.stride.isSquare && p.padding.isSquare && p.dilation.isSquare) {
      throw .refused(
        .shapesOneAxis(
          kernel: p.kernel, stride: p.stride, padding: p.padding, dilation: p.dilation))
    }
    let rows = p.shapes.rows
    if rows < 1 || rows > Limits.Scenes.sizeRows {
      throw .refused(
        .shapesRows(first: p.input.h, last: p.input.h + rows - 1, limit: Limits.Scenes.sizeRows))
    }
  }

  /// The scene's own presets: seed 003's TensorFlow example.
  static let presets: [Preset] = [
    Preset(
      name: "tf_conv2d_transpose", scene: .shapes,
      parameters: {
        var p = SceneParameters(
          scene: .shapes, input: Pair(76), kernel: Pair(4), stride: Pair(2), padding: Pair(1))
        p.shapes.rows = 4
        return p
      }(),
      summary: Message.listing(.tensorFlowTransposePreset))
  ]

  /// A direct convolution preset of the paper as a shapes table: its k, s, p, d, over
  /// input sizes around its own.
  static func table(from preset: Preset) -> SceneParameters {
    var p = preset.parameters
    p.scene = .shapes
    p.values = .ramp
    let s = p.stride.h
    p.input = Pair(max(1, p.input.h - s))
    p.shapes.rows = max(4, 2 * s + 2)
    return p
  }

  /// The JSON export's parameters beyond the shared ones: how many input sizes are listed.
  static func jsonParameters(_ p: SceneParameters) -> [(String, SceneParameterValue)] {
    [("rows", .integer(p.shapes.rows))]
  }
}
