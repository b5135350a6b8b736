/// One layer's place in a stack: sizes, channels, and its cost.
public struct LayerShape: Hashable, Sendable {
  public var layer: Layer
  public var input: Pair
  public var output: Pair
  public var inChannels: Int
  public var outChannels: Int
  /// Weights only, no biases: `k_h·k_w·(C_in/g)·C_out`; zero for pools.
  public var parameters: Int
  /// One per weight per output cell it is used at; zero for pools, as torchinfo counts them.
  public var multiplyAdds: Int
}

/// The receptive field of one layer's output cells, per axis, in the stack's input coordinates.
///
/// Output cell `u` sees input cells `first + u·jump … first + u·jump + size − 1`.
/// After a transposed convolution the jump is a fraction, `jump / jumpDivisor`,
/// and cells differ: `size` is then the widest field of any cell, and `first`
/// where the field of the first cell that sees any input starts.
public struct LayerField: Hashable, Sendable {
  public var outputSize: Pair
  /// The product of the strides so far (the numerator, when a deconv divided it).
  public var jump: Pair
  /// 1 unless a transposed convolution came before; the jump is `jump / jumpDivisor`, in lowest terms.
  public var jumpDivisor: Pair
  /// The receptive-field size: how many input cells, padding included, one output cell spans.
  public var size: Pair
  /// The input index where output cell 0's field starts; negative when it reaches into padding.
  public var first: Pair

  public init(outputSize: Pair, jump: Pair, jumpDivisor: Pair = Pair(1), size: Pair, first: Pair) {
    self.outputSize = outputSize
    self.jump = jump
    self.jumpDivisor = jumpDivisor
    self.size = size
    self.first = first
  }
}

/// A stack of layers applied one after another, as in a real network.
///
///     let stack = LayerStack([Layer(.conv, kernel: Pair(3)), Layer(.maxPool, kernel: Pair(2))])
///     try stack.receptiveField(input: Pair(8)).last?.size  // 4x4
public struct LayerStack: Hashable, Sendable {
  public var layers: [Layer]

  public init(_ layers: [Layer]) {
    self.layers = layers
  }

  /// Every layer's output size, checking each layer as PyTorch would.
  ///
  /// Channels are not checked here: receptive fields and overlaps do not depend on them.
  public func outputSizes(input: Pair) throws(StackError) -> [Pair] {
    if layers.isEmpty { throw .emptyStack }
    if layers.count > Limits.maxLayers {
      throw .tooManyLayers(count: layers.count, limit: Limits.maxLayers)
    }
    if input.h < 1 || input.w < 1 {
      throw .badInput(reason: .notPositive(.inputSize, value: input))
    }
    do {
      try Limits.checkGrid(.input, input)
    } catch {
      throw .badInput(reason: error)
    }
    var size = input
    var sizes: [Pair] = []
    sizes.reserveCapacity(layers.count)
    for (index, layer) in layers.enumerated() {
      try Self.validate(layer, index)
      let output = layer.outputSize(input: size)
      if output.h < 1 || output.w < 1 {
        throw .shrinksBelowOneCell(layer: index, kind: layer.kind, input: size, output: output)
      }
      do {
        try Limits.checkGrid(.output, output)
      } catch {
        throw .layer(index: index, kind: layer.kind, reason: error)
      }
      sizes.append(output)
      size = output
    }
    return sizes
  }

  /// Checks one layer's own settings, before any size is known.
  static func validate(_ layer: Layer, _ index: Int) throws(StackError) {
    let kind = layer.kind
    if layer.stride.h == 0 || layer.stride.w == 0 {
      throw .zeroStride(layer: index, kind: kind, stride: layer.stride)
    }
    do {
      try layer.parameters(input: Pair(1)).validateRanges()
    } catch {
      throw .layer(index: index, kind: kind, reason: error)
    }
    if kind != .deconv && layer.outputPadding != Pair(0) {
      throw .settingNotAllowed(layer: index, kind: kind, setting: .outputPadding)
    }
    if kind == .avgPool && layer.dilation != Pair(1) {
      throw .settingNotAllowed(layer: index, kind: kind, setting: .dilation)
    }
    if kind.isPool {
      if layer.channels != nil {
        throw .settingNotAllowed(layer: index, kind: kind, setting: .channels)
      }
      if layer.groups != 1 { throw .settingNotAllowed(layer: index, kind: kind, setting: .groups) }
      let k = layer.kernel
      if layer.padding.h > k.h / 2 || layer.padding.w > k.w / 2 {
        throw .poolPaddingOverHalfKernel(
          layer: index, kind: kind, padding: layer.padding, kernel: k)
      }
    }
    if kind == .deconv {
      let op = layer.outputPadding
      let s = layer.stride
      let d = layer.dilation
      if op.h >= max(s.h, d.h) || op.w >= max(s.w, d.w) {
        throw .layer(
          index: index, kind: kind,
          reason: .outputPaddingTooLarge(outputPadding: op, stride: s, dilation: d))
      }
    }
    if let channels = layer.channels, channels < 1 || channels > Limits.maxChannels {
      throw .countOutOfRange(layer: index, kind: kind, setting: .channels, value: channels)
    }
    if layer.groups < 1 || layer.groups > Limits.maxChannels {
      throw .countOutOfRange(layer: index, kind: kind, setting: .groups, value: layer.groups)
    }
  }

  /// Every layer's sizes, channels, weights and multiply-adds, for an input with `inChannels` channels.
  public func shapes(input: Pair, inChannels: Int) throws(StackError) -> [LayerShape] {
    let sizes = try outputSizes(input: input)
    if inChannels < 1 || inChannels > Limits.maxChannels {
      throw .countOutOfRange(layer: nil, kind: nil, setting: .channels, value: inChannels)
    }
    var shapes: [LayerShape] = []
    var size = input
    var channels = inChannels
    for (index, layer) in layers.enumerated() {
      let out = layer.outChannels(inChannels: channels)
      if !layer.kind.isPool && (channels % layer.groups != 0 || out % layer.groups != 0) {
        throw .groupsDoNotDivide(
          layer: index, kind: layer.kind, inChannels: channels, outChannels: out,
          groups: layer.groups)
      }
      var parameters = 0
      var multiplyAdds = 0
      if !layer.kind.isPool {
        // Per group, each of C_out/g filters reads C_in/g channels; a deconv stamps each input cell.
        let weights = [layer.kernel.h, layer.kernel.w, channels / layer.groups, out]
        parameters = try Self.product(weights, index, layer.kind)
        let cells = layer.kind == .deconv ? size.area : sizes[index].area
        multiplyAdds = try Self.product([parameters, cells], index, layer.kind)
      }
      shapes.append(
        LayerShape(
          layer: layer, input: size, output: sizes[index], inChannels: channels,
          outChannels: out, parameters: parameters, multiplyAdds: multiplyAdds))
      size = sizes[index]
      channels = out
    }
    return shapes
  }

  /// The product of `factors`, or an error naming the layer when it passes ``Limits/maxStackValue``.
  static func product(_ factors: [Int], _ index: Int, _ kind: LayerKind) throws(StackError) -> Int {
    var result = 1
    for factor in factors {
      let (value, overflow) = result.multipliedReportingOverflow(by: factor)
      if overflow || value > Limits.maxStackValue {
        throw .beyondLimit(layer: index, kind: kind, limit: Limits.maxStackValue)
      }
      result = value
    }
    return result
  }
}
