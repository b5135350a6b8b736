/// Which input channels each output channel of a grouped convolution reads.
///
/// Output channel `o` belongs to group `g = o / (C_out/G)` and reads input channels
/// `g·C_in/G ..< (g+1)·C_in/G`: all of them when `G = 1`, one when `G = C_in` (depthwise).
///
///     ChannelGroups(inChannels: 4, outChannels: 4, groups: 2).inputs(of: 3)  // 2..<4
public struct ChannelGroups: Sendable, Equatable {
  public let inChannels: Int
  public let outChannels: Int
  public let groups: Int

  /// The grouping; `groups` must divide both channel counts (the convolution checks that).
  public init(inChannels: Int, outChannels: Int, groups: Int) throws(ConvError) {
    try ChannelConvolution.checkGroups(
      groups, inputChannels: inChannels, outputChannels: outChannels)
    self.inChannels = inChannels
    self.outChannels = outChannels
    self.groups = groups
  }

  /// Input channels per group: the kernel's second dimension.
  public var inPerGroup: Int { inChannels / groups }

  /// The input channels output channel `o` reads, in kernel order.
  public func inputs(of o: Int) -> Range<Int> {
    let first = (o / (outChannels / groups)) * inPerGroup
    return first..<(first + inPerGroup)
  }

  /// `C_out × C_in`: true where output `o` reads input `c`.
  public var connections: [[Bool]] {
    (0..<outChannels).map { o in
      let read = inputs(of: o)
      return (0..<inChannels).map(read.contains)
    }
  }
}

/// Weights and multiply-adds of standard, depthwise, pointwise and depthwise-separable
/// convolution for one set of channel counts, kernel and output size (weights only, no bias).
///
/// Depthwise has `m` filters per input channel (the channel multiplier); separable is depthwise
/// then pointwise from its `m·C_in` maps to `C_out`, so with `m = 1` the ratio
/// separable / standard is `1/C_out + 1/(kh·kw)`.
///
///     let costs = ChannelCosts(inChannels: 32, outChannels: 64, kernel: Pair(3), output: Pair(1))
///     costs.standard.parameters   // 18,432
///     costs.separable.parameters  // 2,336
public struct ChannelCosts: Sendable, Equatable {
  /// One kind of convolution's price.
  public struct Cost: Sendable, Equatable {
    public let parameters: Int
    /// Parameters times output cells: each weight is used once per output position.
    public let multiplyAdds: Int

    public init(parameters: Int, output: Pair) {
      self.parameters = parameters
      self.multiplyAdds = parameters * output.area
    }
  }

  public let inChannels: Int
  public let outChannels: Int
  public let kernel: Pair
  public let output: Pair
  public let multiplier: Int
  public let standard: Cost
  public let depthwise: Cost
  public let pointwise: Cost
  public let separable: Cost

  public init(inChannels: Int, outChannels: Int, kernel: Pair, output: Pair, multiplier: Int = 1) {
    self.inChannels = inChannels
    self.outChannels = outChannels
    self.kernel = kernel
    self.output = output
    self.multiplier = multiplier
    let middle = inChannels * multiplier
    standard = Cost(parameters: Self.weights(inChannels, outChannels, 1, kernel), output: output)
    depthwise = Cost(
      parameters: Self.weights(inChannels, middle, inChannels, kernel), output: output)
    pointwise = Cost(parameters: Self.weights(middle, outChannels, 1, Pair(1)), output: output)
    separable = Cost(
      parameters: depthwise.parameters + pointwise.parameters, output: output)
  }

  /// The weights of a convolution: `C_out · C_in/groups · kh · kw`.
  public static func weights(_ inChannels: Int, _ outChannels: Int, _ groups: Int, _ kernel: Pair)
    -> Int
  {
    outChannels * (inChannels / max(groups, 1)) * kernel.area
  }

  /// Separable's weights over standard's (0 when standard has none).
  public var ratio: Double {
    standard.parameters == 0 ? 0 : Double(separable.parameters) / Double(standard.parameters)
  }

  /// How many times fewer weights separable needs (standard / separable).
  public var fewer: Double {
    separable.parameters == 0 ? 0 : Double(standard.parameters) / Double(separable.parameters)
  }

  /// The closed form of ``ratio`` with a multiplier: `m/C_out + m/(kh·kw)`.
  public var ratioFormula: Double {
    Double(multiplier) / Double(outChannels) + Double(multiplier) / Double(kernel.area)
  }
}
