/// The running statistics and affine parameters of an inference-mode batch norm, one value per channel.
///
///     let bn = BatchNormStatistics(mean: [0.5], variance: [4], weight: [2], bias: [1])
///     bn.scale  // [0.99999875…] = 2 / √(4 + 1e-5)
public struct BatchNormStatistics: Sendable, Equatable {
  public var mean: [Double]
  public var variance: [Double]
  /// γ; nil means all ones, as PyTorch's `weight=None`.
  public var weight: [Double]?
  /// β; nil means all zeros.
  public var bias: [Double]?
  public var eps: Double

  public init(
    mean: [Double], variance: [Double], weight: [Double]? = nil, bias: [Double]? = nil,
    eps: Double = 1e-5
  ) {
    self.mean = mean
    self.variance = variance
    self.weight = weight
    self.bias = bias
    self.eps = eps
  }

  /// How many channels the statistics describe.
  public var channels: Int { mean.count }

  /// Checks every vector against `channels`, the variances' signs and eps.
  ///
  /// `inFold` names the vectors as the statistics of a fold (`bn bias`), to tell them
  /// from a convolution's own bias.
  public func validate(channels: Int, inFold: Bool = false) throws(ConvError) {
    try ChannelConvolution.checkVector(inFold ? .bnMean : .mean, mean, channels: channels)
    try ChannelConvolution.checkVector(
      inFold ? .bnVariance : .variance, variance, channels: channels)
    try ChannelConvolution.checkVector(inFold ? .bnWeight : .weight, weight, channels: channels)
    try ChannelConvolution.checkVector(inFold ? .bnBias : .bias, bias, channels: channels)
    if !(eps > 0) || !eps.isFinite { throw .channels(.epsNotPositive(value: eps)) }
    for (channel, value) in variance.enumerated() where value < 0 {
      throw .channels(.negativeVariance(channel: channel, value: value))
    }
  }

  /// Per channel, `weight / √(var + eps)`: what batch norm multiplies a centred value by.
  public var scale: [Double] {
    (0..<mean.count).map { c in (weight?[c] ?? 1) / (variance[c] + eps).squareRoot() }
  }

  /// Per channel, β; zeros when no bias was given.
  public var shift: [Double] { bias ?? Array(repeating: 0, count: mean.count) }
}

/// Batch normalisation in inference mode, and folding it into the convolution before it.
public enum BatchNorm {
  /// `torch.nn.functional.batch_norm(x, mean, var, weight, bias, training=False, eps=eps)` on one stack.
  ///
  /// Each channel becomes `(x − mean) / √(var + eps) · weight + bias`.
  public static func apply(_ input: Maps, _ statistics: BatchNormStatistics) throws(ConvError)
    -> Maps
  {
    try statistics.validate(channels: input.channels)
    let scale = statistics.scale
    let shift = statistics.shift
    var output = input
    let area = input.size.area
    output.storage.withUnsafeMutableBufferPointer { cells in
      for c in 0..<input.channels {
        let (mean, factor, beta) = (statistics.mean[c], scale[c], shift[c])
        for index in (c * area)..<((c + 1) * area) {
          cells[index] = (cells[index] - mean) * factor + beta
        }
      }
    }
    return output
  }

  /// Folds batch norm into the convolution before it, as PyTorch's `fuse_conv_bn_weights` does.
  ///
  /// Per output channel o: scale = weight / √(var + eps); the folded kernel is
  /// `kernel[o] · scale`, and the folded bias is `bias_bn + (conv_bias − mean) · scale`
  /// (a missing conv bias counts as 0, which is why a conv before BN needs none).
  /// Convolving with the result equals `batch_norm2d(conv2d(x))`, for any groups.
  public static func fold(
    kernel: Weights, bias: [Double]?, statistics: BatchNormStatistics
  ) throws(ConvError) -> (kernel: Weights, bias: [Double]) {
    try statistics.validate(channels: kernel.outer, inFold: true)
    try ChannelConvolution.checkVector(.convBias, bias, channels: kernel.outer)
    let scale = statistics.scale
    let shift = statistics.shift
    var folded = kernel
    let perFilter = kernel.inner * kernel.kernel.area
    for o in 0..<kernel.outer {
      for index in (o * perFilter)..<((o + 1) * perFilter) { folded.storage[index] *= scale[o] }
    }
    let foldedBias = (0..<kernel.outer).map { o in
      shift[o] + ((bias?[o] ?? 0) - statistics.mean[o]) * scale[o]
    }
    return (folded, foldedBias)
  }
}
