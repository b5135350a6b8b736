/// Multi-channel convolution and transposed convolution with groups and bias, as PyTorch computes them.
///
/// Output channel `o` of a convolution reads only its group's input channels:
/// `y[o] = Σ_c x[g·C_in/G + c] ⋆ w[o][c] + b[o]` with `g = o / (C_out/G)`.
/// Standard convolution is `groups = 1`; depthwise is `groups = C_in`, where a
/// channel multiplier `m` gives `C_out = m·C_in`.
///
///     let y = try ChannelConvolution.conv2d(x, w, bias: [0, 1], groups: 2, stride: Pair(2))
public enum ChannelConvolution {
  /// `torch.nn.functional.conv2d` on one stack; weights are `[C_out][C_in/groups][kh][kw]`.
  public static func conv2d(
    _ input: Maps, _ weights: Weights, bias: [Double]? = nil, groups: Int = 1,
    stride: Pair = Pair(1), padding: Pair = Pair(0), dilation: Pair = Pair(1)
  ) throws(ConvError) -> Maps {
    let outChannels = weights.outer
    try checkGroups(groups, inputChannels: input.channels, outputChannels: outChannels)
    if weights.inner * groups != input.channels {
      throw .channels(
        .kernelInputChannels(
          found: weights.inner, inputChannels: input.channels, groups: groups))
    }
    try checkVector(.bias, bias, channels: outChannels)
    let p = ConvParameters(
      input: input.size, kernel: weights.kernel, stride: stride, padding: padding,
      dilation: dilation)
    try p.validateConvolution()
    let out = p.convOutput
    try Limits.checkStack(.output, channels: outChannels, size: out)
    try Limits.checkWork(outChannels * weights.inner * out.area * weights.kernel.area)

    // The output rows and columns whose window tap lands inside the input, found once
    // rather than once per pair of channels.
    let reaches = TapReach.all(p, size: input.size, count: out)
    var y = [Double](repeating: 0, count: outChannels * out.area)
    let outPerGroup = outChannels / groups
    let (inArea, outArea, kArea) = (input.size.area, out.area, weights.kernel.area)
    input.storage.withUnsafeBufferPointer { xs in
      weights.storage.withUnsafeBufferPointer { ws in
        y.withUnsafeMutableBufferPointer { ys in
          for o in 0..<outChannels {
            let plane = ys.baseAddress! + o * outArea
            let firstInput = (o / outPerGroup) * weights.inner
            for c in 0..<weights.inner {
              let source = xs.baseAddress! + (firstInput + c) * inArea
              let taps = ws.baseAddress! + (o * weights.inner + c) * kArea
              for reach in reaches {
                let weight = taps[reach.tap]
                for r in reach.rows {
                  let sourceRow =
                    source + (r * p.stride.h + reach.offset.h) * input.cols + reach.offset.w
                  let target = plane + r * out.w
                  for col in reach.cols { target[col] += weight * sourceRow[col * p.stride.w] }
                }
              }
            }
            // Added last, as PyTorch does, so a bias-free sum matches the single-channel one bit for bit.
            if let bias { for index in 0..<outArea { plane[index] += bias[o] } }
          }
        }
      }
    }
    return Maps(channels: outChannels, rows: out.h, cols: out.w, storage: y)
  }

  /// `torch.nn.functional.conv_transpose2d` on one stack; weights are `[C_in][C_out/groups][kh][kw]`.
  ///
  /// It is the adjoint of ``conv2d(_:_:bias:groups:stride:padding:dilation:)``
  /// with the same weights and groups: `⟨conv(x), y⟩ = ⟨x, convTranspose(y)⟩`.
  public static func convTranspose2d(
    _ input: Maps, _ weights: Weights, bias: [Double]? = nil, groups: Int = 1,
    stride: Pair = Pair(1), padding: Pair = Pair(0), dilation: Pair = Pair(1),
    outputPadding: Pair = Pair(0)
  ) throws(ConvError) -> Maps {
    if groups < 1 { throw .channels(.groupsNotPositive(groups: groups)) }
    if input.channels % groups != 0 {
      throw .channels(.groupsDoNotDivide(groups: groups, channels: input.channels, side: .input))
    }
    if weights.outer != input.channels {
      throw .channels(
        .transposedKernelChannels(found: weights.outer, inputChannels: input.channels))
    }
    let outChannels = weights.inner * groups
    try checkVector(.bias, bias, channels: outChannels)
    let p = ConvParameters(
      input: input.size, kernel: weights.kernel, stride: stride, padding: padding,
      dilation: dilation, outputPadding: outputPadding)
    try p.validateTransposed()
    let out = p.transposedOutput
    try Limits.checkStack(.output, channels: outChannels, size: out)
    try Limits.checkWork(input.channels * weights.inner * input.size.area * weights.kernel.area)

    // The input rows and columns whose stamp tap lands inside the output, found once.
    let reaches = TapReach.all(p, size: out, count: input.size)
    var y = [Double](repeating: 0, count: outChannels * out.area)
    let inPerGroup = input.channels / groups
    let (inArea, outArea, kArea) = (input.size.area, out.area, weights.kernel.area)
    input.storage.withUnsafeBufferPointer { xs in
      weights.storage.withUnsafeBufferPointer { ws in
        y.withUnsafeMutableBufferPointer { ys in
          for c in 0..<input.channels {
            let source = xs.baseAddress! + c * inArea
            let firstOutput = (c / inPerGroup) * weights.inner
            for j in 0..<weights.inner {
              let plane = ys.baseAddress! + (firstOutput + j) * outArea
              let taps = ws.baseAddress! + (c * weights.inner + j) * kArea
              for reach in reaches {
                let weight = taps[reach.tap]
                for r in reach.rows {
                  let sourceRow = source + r * input.cols
                  let target = plane + (r * p.stride.h + reach.offset.h) * out.w + reach.offset.w
                  for col in reach.cols { target[col * p.stride.w] += weight * sourceRow[col] }
                }
              }
            }
          }
          if let bias {
            for o in 0..<outChannels {
              for index in 0..<outArea { ys[o * outArea + index] += bias[o] }
            }
          }
        }
      }
    }
    return Maps(channels: outChannels, rows: out.h, cols: out.w, storage: y)
  }

  static func checkGroups(_ groups: Int, inputChannels: Int, outputChannels: Int)
    throws(ConvError)
  {
    if groups < 1 { throw .channels(.groupsNotPositive(groups: groups)) }
    if inputChannels % groups != 0 {
      throw .channels(.groupsDoNotDivide(groups: groups, channels: inputChannels, side: .input))
    }
    if outputChannels % groups != 0 {
      throw .channels(.groupsDoNotDivide(groups: groups, channels: outputChannels, side: .output))
    }
  }

  static func checkVector(_ name: ChannelVector, _ vector: [Double]?, channels: Int)
    throws(ConvError)
  {
    if let vector, vector.count != channels {
      throw .channels(.vectorLength(name: name, found: vector.count, expected: channels))
    }
  }
}

extension Limits {
  /// Checks a stack's channel count and total cells against `maxCells` and its sides against `maxSide`.
  static func checkStack(_ quantity: Quantity, channels: Int, size: Pair) throws(ConvError) {
    try checkGrid(quantity, size)
    if channels * size.area > maxCells {
      throw .beyondLimit(.cells(quantity), value: channels * size.area, limit: maxCells)
    }
  }
}
