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

  // The options of single scenes follow, declared here rather than as nested option groups:
  // ArgumentParser reflects every group again each time it builds a command's arguments (four
  // times for `export`, and twice for `tui`, the default subcommand, whatever the command), and
  // each group type costs the runtime scans of every protocol conformance in the binary; four
  // groups were about a tenth of the start-up of every command. The help lists the options in
  // this order, as it did the groups'.

  // MatrixOptions: the matrix and interp scenes, and the transposed scene's comparison.
  @Flag(help: "Matrix scene: multiply by Cᵀ (the transposed convolution) instead of C.")
  var transpose = false
  @Option(help: "Interp scene: the upsampling factor f, 2 to 8.") var factor: Int?
  @Flag(name: .customLong("align-corners"), help: "Interp scene: interpolate with align_corners.")
  var alignCorners = false
  @Option(help: "Transposed scene: set it beside another operation (dilated).")
  var compare: String?

  // ShapesOptions: the shapes scene's table.
  @Option(
    help: "Shapes scene: the input sizes to list, LOW-HIGH (e.g. 4-9); one row and one step each."
  )
  var inputs: SizeRange?

  // ChannelOptions: the channels and bnfold scenes.
  @Option(name: .customLong("in-channels"), help: "Input channels (channels, bnfold).")
  var inChannels: Int?
  @Option(
    name: .customLong("out-channels"),
    help: "Output channels (depthwise: multiplier times the input channels).")
  var outChannels: Int?
  @Option(help: "Groups: must divide both channel counts (depthwise and separable use C_in).")
  var groups: Int?
  @Option(help: "Channels scene mode: standard, pointwise, depthwise or separable.")
  var mode: String?
  @Option(help: "Depthwise filters per input channel (depthwise, separable).")
  var multiplier: Int?
  @Option(
    name: .customLong("bn-values"),
    help:
      "Batch-norm statistics: readable, random:SEED, or @FILE.json ({\"mean\": [...], \"var\": [...], \"weight\", \"bias\", \"conv_bias\"})."
  )
  var bnValues: String?
  @Option(parsing: .unconditional, help: "Batch norm's eps (default 1e-5).")
  var eps: String?

  // StackOptions: the receptive and overlap scenes.
  @Option(
    help: ArgumentHelp(
      "receptive, overlap: a stack, 'conv k3 s2 p1; maxpool k2' (kN sN pN dN opN), a network preset name, or @FILE.json.",
      valueName: "spec"))
  var layers: String?
  @Option(
    help: ArgumentHelp(
      "receptive: the last layer's output cell to trace back, 'row,col' (default: the centre).",
      valueName: "r,c"))
  var cell: CellArgument?

  /// The matrix, interp and comparison options given.
  var matrixOptions: MatrixOptions {
    MatrixOptions(
      transpose: transpose, factor: factor, alignCorners: alignCorners, compare: compare)
  }
  /// The shapes scene's option given.
  var shapesOptions: ShapesOptions { ShapesOptions(inputs: inputs) }
  /// The channels and bnfold options given.
  var channelOptions: ChannelOptions {
    ChannelOptions(
      inChannels: inChannels, outChannels: outChannels, groups: groups, mode: mode,
      multiplier: multiplier, bnValues: bnValues, eps: eps)
  }
  /// The stack scenes' options given.
  var stackOptions: StackOptions { StackOptions(layers: layers, cell: cell) }

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
