/// Output-size arithmetic along one axis, as PyTorch, TensorFlow and the paper define it.
///
/// Symbols follow Dumoulin & Visin: `i` input size, `k` kernel size, `s` stride,
/// `p` padding (each side), `d` dilation, `o` output size.
public enum AxisShape {
  /// The extent the dilated kernel covers: `d·(k − 1) + 1`.
  ///
  ///     effectiveKernel(k: 3, d: 2)  // 5
  public static func effectiveKernel(k: Int, d: Int) -> Int {
    d * (k - 1) + 1
  }

  /// Convolution output size: `⌊(i + 2p − d(k − 1) − 1) / s⌋ + 1`.
  ///
  /// The result may be zero or negative when the kernel overhangs the padded
  /// input; callers decide whether that is an error.
  ///
  ///     convOutput(i: 5, k: 3, s: 2, p: 1)  // 3
  public static func convOutput(i: Int, k: Int, s: Int = 1, p: Int = 0, d: Int = 1) -> Int {
    floorDiv(i + 2 * p - d * (k - 1) - 1, s) + 1
  }

  /// Pooling output size, with PyTorch's ceil mode.
  ///
  /// In ceil mode the last window may hang over the end, but it must start
  /// inside the input or the left padding.
  public static func poolOutput(
    i: Int, k: Int, s: Int, p: Int = 0, d: Int = 1, ceilMode: Bool = false
  ) -> Int {
    let span = i + 2 * p - d * (k - 1) - 1
    var o = (ceilMode ? ceilDiv(span, s) : floorDiv(span, s)) + 1
    if ceilMode && (o - 1) * s >= i + p { o -= 1 }
    return o
  }

  /// Transposed-convolution output size: `(i − 1)s − 2p + d(k − 1) + output_padding + 1`.
  ///
  ///     transposedOutput(i: 3, k: 3, s: 2, p: 1)  // 5
  public static func transposedOutput(
    i: Int, k: Int, s: Int = 1, p: Int = 0, d: Int = 1, outputPadding: Int = 0
  ) -> Int {
    (i - 1) * s - 2 * p + d * (k - 1) + outputPadding + 1
  }

  /// The extent a transposed convolution's stamps cover before padding crops them:
  /// `(i − 1)s + d(k − 1) + 1`, the transposed output size with no padding.
  ///
  ///     stampedExtent(i: 3, k: 3, s: 2)  // 7
  public static func stampedExtent(i: Int, k: Int, s: Int, d: Int = 1) -> Int {
    transposedOutput(i: i, k: k, s: s, d: d)
  }

  /// The output padding a transposed convolution needs to restore the input size `i`
  /// of the direct convolution it transposes: `(i + 2p − d(k − 1) − 1) mod s`.
  public static func outputPaddingToRestore(i: Int, k: Int, s: Int, p: Int, d: Int = 1) -> Int {
    floorMod(i + 2 * p - d * (k - 1) - 1, s)
  }

  /// The padding that keeps the size at stride 1, as PyTorch's `padding='same'` and
  /// TensorFlow's SAME split it: `d(k − 1)` in total, the odd cell after (bottom or right).
  ///
  /// When `d(k − 1)` is odd no symmetric padding keeps the size:
  ///
  ///     samePadding(k: 2, d: 3)  // (before: 1, after: 2), total 3
  ///     samePadding(k: 3)        // (before: 1, after: 1)
  public static func samePadding(k: Int, d: Int = 1) -> (before: Int, after: Int) {
    let total = d * (k - 1)
    return (total / 2, total - total / 2)
  }

  /// Convolution output size with different padding before and after:
  /// `⌊(i + before + after − d(k − 1) − 1) / s⌋ + 1`.
  ///
  ///     convOutput(i: 7, k: 2, before: 1, after: 2, d: 3)  // 7
  public static func convOutput(i: Int, k: Int, s: Int = 1, before: Int, after: Int, d: Int = 1)
    -> Int
  {
    floorDiv(i + before + after - d * (k - 1) - 1, s) + 1
  }

  /// Every input size that a strided convolution maps to output size `o`.
  ///
  /// For `s > 1` several input sizes share one output size; this is the
  /// ambiguity that a transposed convolution's output_padding resolves.
  ///
  ///     inputSizes(producing: 3, k: 3, s: 2, p: 1)  // 5...6
  public static func inputSizes(producing o: Int, k: Int, s: Int, p: Int, d: Int = 1)
    -> ClosedRange<Int>?
  {
    guard o >= 1 else { return nil }
    // o − 1 = ⌊(i + 2p − d(k−1) − 1)/s⌋ holds for s consecutive values of i.
    let low = (o - 1) * s - 2 * p + d * (k - 1) + 1
    let high = low + s - 1
    let first = max(low, 1)
    return first <= high ? first...high : nil
  }
}

/// TensorFlow's two padding modes, along one axis.
public enum TensorFlowPadding {
  /// SAME: `o = ⌈i / s⌉`, padded by `max(0, (o − 1)s + k_eff − i)` in total,
  /// the odd cell going after (bottom or right).
  public static func same(i: Int, k: Int, s: Int, d: Int = 1) -> (
    output: Int, before: Int, after: Int
  ) {
    let o = ceilDiv(i, s)
    let total = max(0, (o - 1) * s + AxisShape.effectiveKernel(k: k, d: d) - i)
    return (o, total / 2, total - total / 2)
  }

  /// Every input size that SAME maps to output size `o`: `(o − 1)s + 1 … o·s`.
  ///
  ///     sameInputs(producing: 39, s: 2)  // 77...78
  public static func sameInputs(producing o: Int, s: Int) -> ClosedRange<Int>? {
    o >= 1 && s >= 1 ? ((o - 1) * s + 1)...(o * s) : nil
  }

  /// VALID: no padding, `o = ⌈(i − k_eff + 1) / s⌉`.
  public static func valid(i: Int, k: Int, s: Int, d: Int = 1) -> Int {
    ceilDiv(i - AxisShape.effectiveKernel(k: k, d: d) + 1, s)
  }
}

/// The named padding presets of the paper.
public enum PaddingPreset: String, CaseIterable, Sendable {
  /// No padding.
  case valid
  /// Half (same) padding, `⌊k_eff / 2⌋`: keeps the size at stride 1 for odd kernels.
  case same
  /// Full padding, `k_eff − 1`: every partial overlap becomes an output.
  case full

  /// Accepts `half` as another name for `same`.
  public init?(name: String) {
    if name == "half" {
      self = .same
    } else {
      self.init(rawValue: name)
    }
  }

  /// The padding this preset gives for kernel size `k` and dilation `d`.
  public func padding(k: Int, d: Int = 1) -> Int {
    let extent = AxisShape.effectiveKernel(k: k, d: d)
    switch self {
    case .valid: return 0
    case .same: return extent / 2
    case .full: return extent - 1
    }
  }
}
