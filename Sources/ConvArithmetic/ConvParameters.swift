/// The full set of per-axis parameters of a (transposed) convolution or pooling.
///
///     let p = ConvParameters(input: Pair(5), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
///     p.convOutput  // 3x3
public struct ConvParameters: Hashable, Sendable {
  public var input: Pair
  public var kernel: Pair
  public var stride: Pair
  public var padding: Pair
  public var dilation: Pair
  public var outputPadding: Pair

  public init(
    input: Pair, kernel: Pair, stride: Pair = Pair(1), padding: Pair = Pair(0),
    dilation: Pair = Pair(1), outputPadding: Pair = Pair(0)
  ) {
    self.input = input
    self.kernel = kernel
    self.stride = stride
    self.padding = padding
    self.dilation = dilation
    self.outputPadding = outputPadding
  }

  /// The extent of the dilated kernel on each axis, `d(k − 1) + 1`.
  public var effectiveKernel: Pair {
    Pair.zip(kernel, dilation) { AxisShape.effectiveKernel(k: $0, d: $1) }
  }

  /// The input with padding on both sides, `i + 2p`.
  public var paddedInput: Pair {
    Pair.zip(input, padding) { $0 + 2 * $1 }
  }

  /// The size of the direct convolution's output.
  public var convOutput: Pair {
    Pair(
      AxisShape.convOutput(i: input.h, k: kernel.h, s: stride.h, p: padding.h, d: dilation.h),
      AxisShape.convOutput(i: input.w, k: kernel.w, s: stride.w, p: padding.w, d: dilation.w))
  }

  /// The size of the transposed convolution's output, taking `input` as its input.
  public var transposedOutput: Pair {
    Pair(
      AxisShape.transposedOutput(
        i: input.h, k: kernel.h, s: stride.h, p: padding.h, d: dilation.h,
        outputPadding: outputPadding.h),
      AxisShape.transposedOutput(
        i: input.w, k: kernel.w, s: stride.w, p: padding.w, d: dilation.w,
        outputPadding: outputPadding.w))
  }

  /// The parameters along one axis.
  public func along(_ axis: Axis) -> AxisParameters {
    AxisParameters(
      i: input[axis], k: kernel[axis], s: stride[axis], p: padding[axis], d: dilation[axis],
      outputPadding: outputPadding[axis])
  }

  /// Checks the ranges every operation shares: positive sizes, strides and
  /// dilations, non-negative paddings, and the limits.
  public func validateRanges() throws(ConvError) {
    if input.h < 1 || input.w < 1 { throw .notPositive(.inputSize, value: input) }
    if kernel.h < 1 || kernel.w < 1 { throw .notPositive(.kernelSize, value: kernel) }
    if stride.h < 1 || stride.w < 1 { throw .notPositive(.stride, value: stride) }
    if dilation.h < 1 || dilation.w < 1 { throw .notPositive(.dilation, value: dilation) }
    if padding.h < 0 || padding.w < 0 { throw .negative(.padding, value: padding) }
    if outputPadding.h < 0 || outputPadding.w < 0 {
      throw .negative(.outputPadding, value: outputPadding)
    }
    try Limits.checkGrid(.input, input)
    try Limits.checkGrid(.kernel, kernel)
    try Limits.check(.stride, stride)
    try Limits.check(.padding, padding)
    try Limits.check(.dilation, dilation)
    try Limits.check(.outputPadding, outputPadding)
  }

  /// Checks that a direct convolution with these parameters is defined, as PyTorch does.
  public func validateConvolution() throws(ConvError) {
    try validateRanges()
    let extent = effectiveKernel
    let padded = paddedInput
    if extent.h > padded.h || extent.w > padded.w {
      throw .kernelLargerThanPaddedInput(kernel: extent, padded: padded)
    }
    let out = convOutput
    if out.h < 1 || out.w < 1 { throw .outputTooSmall(output: out) }
    try Limits.checkGrid(.output, out)
    try Limits.checkWork(out.area * kernel.area)
  }

  /// Checks that a transposed convolution with these parameters is defined, as PyTorch does.
  public func validateTransposed() throws(ConvError) {
    try validateRanges()
    let op = outputPadding
    if op.h >= max(stride.h, dilation.h) || op.w >= max(stride.w, dilation.w) {
      throw .outputPaddingTooLarge(outputPadding: op, stride: stride, dilation: dilation)
    }
    let out = transposedOutput
    if out.h < 1 || out.w < 1 { throw .outputTooSmall(output: out) }
    try Limits.checkGrid(.output, out)
    // The zero-inserted grid the stride-1 window slides over.
    let stretched = Pair.zip(input, stride) { ($0 - 1) * $1 + 1 }
    try Limits.checkGrid(.zeroInsertedInput, stretched)
    try Limits.checkWork(input.area * kernel.area)
  }

  /// The direct convolution that this transposed convolution transposes:
  /// its input is our output size, and its output is our input size.
  public var transposedCounterpart: ConvParameters {
    ConvParameters(
      input: transposedOutput, kernel: kernel, stride: stride, padding: padding, dilation: dilation)
  }
}

/// The parameters along one axis, with the paper's symbols.
public struct AxisParameters: Hashable, Sendable {
  public var i: Int
  public var k: Int
  public var s: Int
  public var p: Int
  public var d: Int
  public var outputPadding: Int

  public init(i: Int, k: Int, s: Int = 1, p: Int = 0, d: Int = 1, outputPadding: Int = 0) {
    self.i = i
    self.k = k
    self.s = s
    self.p = p
    self.d = d
    self.outputPadding = outputPadding
  }

  public var convOutput: Int { AxisShape.convOutput(i: i, k: k, s: s, p: p, d: d) }

  public var transposedOutput: Int {
    AxisShape.transposedOutput(i: i, k: k, s: s, p: p, d: d, outputPadding: outputPadding)
  }

  /// The padding of the stride-1 convolution that a transposed one equals: `d(k − 1) − p`.
  /// Negative means the zero-inserted input is cropped instead.
  public var transposedPadding: Int { d * (k - 1) - p }
}
