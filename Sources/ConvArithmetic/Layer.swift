/// The kinds of layer a stack can hold.
public enum LayerKind: String, CaseIterable, Sendable {
  case conv
  case maxPool = "maxpool"
  case avgPool = "avgpool"
  case deconv

  /// Reads a layer type as the `--layers` notation writes it (`maxpool`) or as the
  /// protocol does (`max_pool`); `conv_transpose` is another name for `deconv`.
  public init?(name: String) {
    switch name {
    case "max_pool": self = .maxPool
    case "avg_pool": self = .avgPool
    case "conv_transpose", "conv_transpose2d": self = .deconv
    default: self.init(rawValue: name)
    }
  }

  /// The name the compute protocol uses: `conv`, `max_pool`, `avg_pool`, `deconv`.
  public var protocolName: String {
    switch self {
    case .conv: return "conv"
    case .maxPool: return "max_pool"
    case .avgPool: return "avg_pool"
    case .deconv: return "deconv"
    }
  }

  /// Pools have no weights, keep their input's channels, and default their stride to their kernel.
  public var isPool: Bool { self == .maxPool || self == .avgPool }
}

/// One layer of a stack, with per-axis parameters as PyTorch names them.
///
///     let layer = Layer(.conv, kernel: Pair(3), stride: Pair(2), padding: Pair(1))
///     layer.outputSize(input: Pair(224))  // 112x112
public struct Layer: Hashable, Sendable {
  public var kind: LayerKind
  public var kernel: Pair
  public var stride: Pair
  public var padding: Pair
  public var dilation: Pair
  /// A transposed convolution's output_padding; zero for every other kind.
  public var outputPadding: Pair
  /// Output channels of a conv or deconv; nil keeps the input's channels (and pools always do).
  public var channels: Int?
  /// Channel groups of a conv or deconv: 1 is a standard convolution, the input's channels a depthwise one.
  public var groups: Int

  /// A layer; `stride` nil means the kernel for a pool (as in PyTorch) and 1 otherwise.
  public init(
    _ kind: LayerKind, kernel: Pair, stride: Pair? = nil, padding: Pair = Pair(0),
    dilation: Pair = Pair(1), outputPadding: Pair = Pair(0), channels: Int? = nil, groups: Int = 1
  ) {
    self.kind = kind
    self.kernel = kernel
    self.stride = stride ?? (kind.isPool ? kernel : Pair(1))
    self.padding = padding
    self.dilation = dilation
    self.outputPadding = outputPadding
    self.channels = channels
    self.groups = groups
  }

  /// This layer's parameters for an input of `input` cells.
  public func parameters(input: Pair) -> ConvParameters {
    ConvParameters(
      input: input, kernel: kernel, stride: stride, padding: padding, dilation: dilation,
      outputPadding: outputPadding)
  }

  /// The output size for an input of `input` cells, by PyTorch's formulas (floor mode for pools).
  ///
  /// It may be zero or negative; ``LayerStack`` turns that into an error.
  public func outputSize(input: Pair) -> Pair {
    let p = parameters(input: input)
    return kind == .deconv ? p.transposedOutput : p.convOutput
  }

  /// The output channels for `inChannels` input channels.
  public func outChannels(inChannels: Int) -> Int {
    kind.isPool ? inChannels : (channels ?? inChannels)
  }
}
