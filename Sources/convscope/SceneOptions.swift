import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes
import ConvTerminal

/// The scene parameters shared by `convscope export` and `convscope tui`.
///
/// Each option left out keeps the preset's value, or the scene's default:
///
///     convscope export conv --preset padding_strides_odd --dilation 2
struct SceneOptions: ParsableArguments {
  @Option(parsing: .unconditional, help: "Input size: N or HxW.") var input: PairArgument?
  @Option(
    parsing: .unconditional,
    help: "Kernel size: N or HxW (the pool size in the unpool scene, K in the bilinear scene).")
  var kernel: PairArgument?
  @Option(parsing: .unconditional, help: "Stride: N or HxW (unpool: the pool size unless given).")
  var stride: PairArgument?
  @Option(parsing: .unconditional, help: "Padding: N, HxW, or valid, same, half, full.")
  var padding: PaddingArgument?
  @Option(parsing: .unconditional, help: "Dilation: N or HxW.") var dilation: PairArgument?
  @Option(
    name: .customLong("output-padding"), parsing: .unconditional,
    help: "Output padding of the transposed scene: N or HxW.")
  var outputPadding: PairArgument?
  @Option(
    help:
      "Values: ramp, ones, random:SEED, @FILE.json ({\"input\": [[...]], \"kernel\": [[...]]}), or symbolic (x₀₀, w₀₀, y₀₀ instead of numbers; conv, transposed, matrix, channels)."
  )
  var values: String?
  @Flag(
    help:
      "True convolution: flip the kernel by 180° before it slides (conv, transposed, matrix, channels); PyTorch's conv2d is cross-correlation."
  )
  var flip = false
  @Option(help: "Start from a preset (see `convscope scenes`); other options override it.")
  var preset: String?
  @Option(help: "Transposed scene view: zeros (zero insertion) or scatter (stamps).")
  var view: String?
  @OptionGroup var matrixOptions: MatrixOptions
  @OptionGroup var shapesOptions: ShapesOptions
  @OptionGroup var channelOptions: ChannelOptions
  @OptionGroup var stackOptions: StackOptions

  /// The parameters for `scene`: preset or defaults, then each option given.
  func parameters(for scene: SceneKind) throws(SceneError) -> SceneParameters {
    var p =
      if let preset, !StackScenes.handles(scene) {
        try Presets.named(preset, for: scene).parameters
      } else {
        SceneParameters.defaults(for: scene)
      }
    try stackOptions.apply(to: &p, scene: scene, preset: preset)
    if let input { p.input = input.pair }
    if let kernel { p.kernel = kernel.pair }
    if let dilation { p.dilation = dilation.pair }
    if let stride {
      p.stride = stride.pair
    } else if scene == .unpool && kernel != nil {
      p.stride = p.kernel
    }
    if let padding { p.padding = padding.resolve(kernel: p.kernel, dilation: p.dilation) }
    if let outputPadding { p.outputPadding = outputPadding.pair }
    if let values {
      p.values = try ValuesSpec.parse(values) {
        try? FileDescriptor.readAll($0)
      }
    }
    p.flip = flip
    if let view {
      guard let chosen = TransposedView(rawValue: view) else {
        throw .refused(.unknownView(name: view))
      }
      p.view = chosen
    }
    try matrixOptions.apply(to: &p, scene: scene)
    shapesOptions.apply(to: &p, scene: scene)
    try channelOptions.apply(to: &p, scene: scene)
    return p
  }
}
