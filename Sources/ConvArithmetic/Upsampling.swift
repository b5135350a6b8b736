/// How big an upsampled grid should be: a scale factor per axis, or an exact size.
public enum UpsampleTarget: Hashable, Sendable {
  case scale(h: Double, w: Double)
  case size(Pair)

  /// The output size for an input of size `input`: `⌊i · scale⌋`, or the size itself.
  public func outputSize(for input: Pair) -> Pair {
    switch self {
    case .scale(let h, let w):
      return Pair(
        Int((Double(input.h) * h).rounded(.down)), Int((Double(input.w) * w).rounded(.down)))
    case .size(let size):
      return size
    }
  }

  /// The scale factor along `axis`, when one was given.
  func scale(_ axis: Axis) -> Double? {
    if case .scale(let h, let w) = self { return axis == .height ? h : w }
    return nil
  }
}

/// Nearest ("unsampling") and bilinear upsampling, as `torch.nn.functional.interpolate` does them.
public enum Upsampling {
  /// PyTorch's 'nearest' mode: output cell `(y, x)` copies input cell `(src(y), src(x))`.
  public static func nearest(_ input: Matrix, _ target: UpsampleTarget) throws(ConvError) -> Matrix
  {
    let out = try validate(input, target)
    let rows = (0..<out.h).map {
      nearestSource(
        outputIndex: $0, inputSize: input.rows, outputSize: out.h, scale: target.scale(.height))
    }
    let cols = (0..<out.w).map {
      nearestSource(
        outputIndex: $0, inputSize: input.cols, outputSize: out.w, scale: target.scale(.width))
    }
    return Matrix(rows: out.h, cols: out.w) { r, c in input[rows[r], cols[c]] }
  }

  /// The input index that nearest upsampling copies into `outputIndex`:
  /// `min(⌊dst · in / out⌋, in − 1)`, or `⌊dst / scale⌋` when a scale was given.
  ///
  /// PyTorch does this sum in single precision; so does this function, so that
  /// sizes such as 3 → 7 pick the same cells.
  public static func nearestSource(
    outputIndex: Int, inputSize: Int, outputSize: Int, scale: Double?
  ) -> Int {
    if outputSize == inputSize { return outputIndex }
    if outputSize == 2 * inputSize { return outputIndex >> 1 }
    let ratio: Float = scale.map { Float(1.0 / $0) } ?? Float(inputSize) / Float(outputSize)
    return min(Int((Float(outputIndex) * ratio).rounded(.down)), inputSize - 1)
  }

  /// PyTorch's 'bilinear' mode, with `align_corners` true or false.
  ///
  /// With align_corners false, pixel centres sit at +0.5: `src = (dst + 0.5)·in/out − 0.5`,
  /// clamped at 0; with true, the corner pixels line up: `src = dst·(in − 1)/(out − 1)`.
  public static func bilinear(_ input: Matrix, _ target: UpsampleTarget, alignCorners: Bool)
    throws(ConvError)
    -> Matrix
  {
    let out = try validate(input, target)
    let rows = (0..<out.h).map {
      bilinearSource(
        outputIndex: $0, inputSize: input.rows, outputSize: out.h, scale: target.scale(.height),
        alignCorners: alignCorners)
    }
    let cols = (0..<out.w).map {
      bilinearSource(
        outputIndex: $0, inputSize: input.cols, outputSize: out.w, scale: target.scale(.width),
        alignCorners: alignCorners)
    }
    return Matrix(rows: out.h, cols: out.w) { r, c in
      let (y, x) = (rows[r], cols[c])
      let top = input[y.low, x.low] * x.lowWeight + input[y.low, x.high] * x.highWeight
      let bottom = input[y.high, x.low] * x.lowWeight + input[y.high, x.high] * x.highWeight
      return top * y.lowWeight + bottom * y.highWeight
    }
  }

  /// Two neighbouring input indices along one axis and their weights.
  public struct LinearSource: Hashable, Sendable {
    public var low: Int
    public var high: Int
    public var lowWeight: Double
    public var highWeight: Double
  }

  /// The two input indices (and weights) that bilinear upsampling blends into `outputIndex`.
  public static func bilinearSource(
    outputIndex: Int, inputSize: Int, outputSize: Int, scale: Double?, alignCorners: Bool
  ) -> LinearSource {
    let ratio: Double
    if alignCorners {
      ratio = outputSize > 1 ? Double(inputSize - 1) / Double(outputSize - 1) : 0
    } else if let scale, scale > 0 {
      ratio = 1 / scale
    } else {
      ratio = Double(inputSize) / Double(outputSize)
    }
    var source =
      alignCorners ? ratio * Double(outputIndex) : ratio * (Double(outputIndex) + 0.5) - 0.5
    if source < 0 { source = 0 }
    let low = min(Int(source), inputSize - 1)
    let high = low + (low < inputSize - 1 ? 1 : 0)
    let highWeight = source - Double(low)
    return LinearSource(low: low, high: high, lowWeight: 1 - highWeight, highWeight: highWeight)
  }

  private static func validate(_ input: Matrix, _ target: UpsampleTarget) throws(ConvError) -> Pair
  {
    if input.isEmpty { throw .emptyGrid(.input) }
    try Limits.checkGrid(.input, input.size)
    if case .scale(let h, let w) = target {
      if !(h.isFinite && h > 0) || !(w.isFinite && w > 0) { throw .badScale(.scale) }
      if h > Double(Limits.maxSide) || w > Double(Limits.maxSide) {
        throw .beyondLimit(.whole(.scale), value: Int(max(h, w)), limit: Limits.maxSide)
      }
    }
    let out = target.outputSize(for: input.size)
    if out.h < 1 || out.w < 1 { throw .outputTooSmall(output: out) }
    try Limits.checkGrid(.output, out)
    return out
  }
}
