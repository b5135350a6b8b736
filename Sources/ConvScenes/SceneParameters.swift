import ConvArithmetic
import ConvMessages

/// Everything a scene needs: its kind, the per-axis sizes, the values and the view.
///
///     var p = SceneParameters.defaults(for: .conv)   // 5×5 input, 3×3 kernel, stride 2, padding 1
///     p.dilation = Pair(2)
///     try p.validate()
public struct SceneParameters: Hashable, Sendable {
  public var scene: SceneKind
  /// The per-axis sizes, in the engine's own type (so the two can never drift apart).
  public var sizes: ConvParameters
  public var values: ValuesSpec
  public var view: TransposedView
  /// The language of captions and titles.
  public var language: Language = .english
  /// The matrix scene's `--transpose`, and the transposed scene's comparison with dilation.
  public var matrix = MatrixSettings()
  /// The interp scene's factor and `--align-corners`.
  public var interp = InterpSettings()
  /// The `shapes` scene's row count.
  public var shapes = ShapesSettings()
  /// Channel counts, groups, mode and batch-norm statistics of the channels and bnfold scenes.
  public var channels = ChannelSettings()
  /// The layers, traced cell and preset of the `receptive` and `overlap` scenes.
  public var stack = StackSettings()
  /// `--flip`: true convolution, the kernel turned by 180° before it slides.
  public var flip = false

  public var input: Pair {
    get { sizes.input }
    set { sizes.input = newValue }
  }
  public var kernel: Pair {
    get { sizes.kernel }
    set { sizes.kernel = newValue }
  }
  public var stride: Pair {
    get { sizes.stride }
    set { sizes.stride = newValue }
  }
  public var padding: Pair {
    get { sizes.padding }
    set { sizes.padding = newValue }
  }
  public var dilation: Pair {
    get { sizes.dilation }
    set { sizes.dilation = newValue }
  }
  public var outputPadding: Pair {
    get { sizes.outputPadding }
    set { sizes.outputPadding = newValue }
  }

  public init(
    scene: SceneKind, input: Pair, kernel: Pair, stride: Pair = Pair(1), padding: Pair = Pair(0),
    dilation: Pair = Pair(1), outputPadding: Pair = Pair(0), values: ValuesSpec = .ramp,
    view: TransposedView = .zeros
  ) {
    self.scene = scene
    self.sizes = ConvParameters(
      input: input, kernel: kernel, stride: stride, padding: padding, dilation: dilation,
      outputPadding: outputPadding)
    self.values = values
    self.view = view
  }

  /// The starting parameters of each scene.
  ///
  /// - conv: 5×5 input, 3×3 kernel, stride 2, padding 1 (output 3×3).
  /// - transposed: its counterpart, 3×3 input, 3×3 kernel, stride 2, padding 1 (output 5×5).
  /// - unpool: 4×4 input, 2×2 pool, stride 2, seeded random values so the maxima move around.
  /// - bilinear: K = 4, the kernel of upsampling by 2.
  public static func defaults(for scene: SceneKind) -> SceneParameters {
    switch scene {
    case .conv:
      return SceneParameters(
        scene: .conv, input: Pair(5), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    case .transposed:
      return SceneParameters(
        scene: .transposed, input: Pair(3), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    case .unpool:
      return SceneParameters(
        scene: .unpool, input: Pair(4), kernel: Pair(2), stride: Pair(2), values: .random(seed: 3))
    case .bilinear:
      return SceneParameters(scene: .bilinear, input: Pair(1), kernel: Pair(4))
    case .matrix, .interp: return MatrixScenes.defaults(for: scene)
    case .shapes: return ShapesScenes.defaults()
    case .channels, .bnfold: return ChannelScenes.defaults(for: scene)
    case .receptive, .overlap: return StackScenes.defaults(for: scene)
    }
  }

  /// Whether `scene` reads `parameter` (the others are ignored and not shown).
  public static func uses(_ parameter: SceneParameter, in scene: SceneKind) -> Bool {
    switch (scene, parameter) {
    case (.channels, _), (.bnfold, _), (_, .inChannels), (_, .outChannels), (_, .groups):
      return ChannelScenes.uses(parameter, in: scene)
    case (.conv, .outputPadding): return false
    case (.conv, _), (.transposed, _): return true
    case (.unpool, .input), (.unpool, .kernel), (.unpool, .stride), (.unpool, .padding): return true
    case (.unpool, _): return false
    case (.bilinear, .kernel): return true
    case (.bilinear, _): return false
    case (.matrix, _), (.interp, _): return MatrixScenes.uses(parameter, in: scene)
    case (.shapes, _): return ShapesScenes.uses(parameter)
    case (.receptive, _), (.overlap, _): return StackScenes.uses(parameter)
    }
  }

  /// Whether `scene` reads `values`: the bilinear kernels follow from K alone.
  public static func usesValues(in scene: SceneKind) -> Bool {
    scene != .bilinear && scene != .shapes && !StackScenes.handles(scene)
  }

  /// The input and kernel sizes after custom values, which bring their own sizes.
  public var resolved: SceneParameters {
    var p = self
    if case .custom(let input, let kernel) = values {
      p.input = Pair(input.count, input.first?.count ?? 0)
      if let kernel { p.kernel = Pair(kernel.count, kernel.first?.count ?? 0) }
    }
    return p
  }

  /// The engine's view of these parameters.
  public var convParameters: ConvParameters { resolved.sizes }

  /// Checks that the scene can be built, with one clear sentence when it cannot.
  public func validate() throws(SceneError) {
    // The engine is the judge of everything else; building is cheap at these sizes.
    _ = try Scenes.build(self)
  }

  /// The checks every scene shares, before the engine sees the parameters.
  func checkSizes() throws(SceneError) {
    let p = resolved
    try SymbolicScenes.check(p)
    if scene == .channels || scene == .bnfold { try ChannelScenes.checkSizes(p) }
    if StackScenes.handles(scene) { return try StackScenes.checkSizes(p) }
    if scene == .bilinear {
      if p.kernel.h != p.kernel.w {
        throw .refused(.bilinearKernelNotSquare(kernel: p.kernel))
      }
      if p.kernel.h < 1 || p.kernel.h > Limits.Scenes.kernel {
        throw .refused(.bilinearKernelSize(size: p.kernel.h, limit: Limits.Scenes.kernel))
      }
      return
    }
    // A table of sizes draws no grid, so only the engine's limits apply (in SizeTable).
    if scene == .shapes { return try ShapesScenes.check(p) }
    do {
      try p.convParameters.validateRanges()
    } catch {
      throw .engine(error)
    }
    if max(p.input.h, p.input.w) > Limits.Scenes.input {
      throw .refused(.inputTooLarge(input: p.input, limit: Limits.Scenes.input))
    }
    if max(p.kernel.h, p.kernel.w) > Limits.Scenes.kernel {
      throw .refused(.kernelTooLarge(kernel: p.kernel, limit: Limits.Scenes.kernel))
    }
    try MatrixScenes.checkSizes(p)
  }
}
