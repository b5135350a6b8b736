import ConvArithmetic

/// The output-size formulas with one axis's numbers filled in, written in one place for
/// `convscope shape` and the scenes' captions alike.
///
/// Mathematics needs no translation, so these are the same in every language; only the
/// words around them come from a catalogue.
public enum Formula {
  /// The convolution's output size, `⌊(i + 2p − d(k−1) − 1)/s⌋ + 1`:
  ///
  ///     Formula.convOutput(AxisParameters(i: 5, k: 3, s: 2, p: 1))
  ///     // "⌊(5 + 2·1 − 1·(3−1) − 1)/2⌋ + 1"
  public static func convOutput(_ a: AxisParameters) -> String {
    "⌊(\(a.i) + 2·\(a.p) − \(a.d)·(\(a.k)−1) − 1)/\(a.s)⌋ + 1"
  }

  /// The transposed convolution's output size, `(i−1)·s − 2p + d(k−1) + op + 1`:
  ///
  ///     Formula.transposedOutput(AxisParameters(i: 3, k: 3, s: 2, p: 1))
  ///     // "(3−1)·2 − 2·1 + 1·(3−1) + 0 + 1"
  public static func transposedOutput(_ a: AxisParameters) -> String {
    "(\(a.i)−1)·\(a.s) − 2·\(a.p) + \(a.d)·(\(a.k)−1) + \(a.outputPadding) + 1"
  }

  /// The padding of the equivalent direct convolution, `d(k−1) − p`, with numbers: `1·(3−1) − 1`.
  public static func transposedPadding(_ a: AxisParameters) -> String {
    "\(a.d)·(\(a.k)−1) − \(a.p)"
  }

  /// A stack's receptive field by the closed form, `1 + Σ d_l(k_l − 1)·j_{l−1}`, one term per
  /// layer as (`d(k−1)`, `j`):
  ///
  ///     Formula.receptiveField([(2, 1), (2, 1), (2, 2)])  // "1 + 2·1 + 2·1 + 2·2"
  public static func receptiveField(_ terms: [(grow: Int, jump: Int)]) -> String {
    (["1"] + terms.map { "\($0.grow)·\($0.jump)" }).joined(separator: " + ")
  }

  /// TensorFlow SAME's output size, `⌈i/s⌉`.
  public static func tensorFlowSame(_ a: AxisParameters) -> String {
    "⌈\(a.i)/\(a.s)⌉"
  }

  /// TensorFlow VALID's output size, `⌈(i − (d(k−1)+1) + 1)/s⌉`, with the dilated kernel worked out.
  public static func tensorFlowValid(_ a: AxisParameters) -> String {
    "⌈(\(a.i) − \(AxisShape.effectiveKernel(k: a.k, d: a.d)) + 1)/\(a.s)⌉"
  }

  /// The size max unpooling gives by default, `(o−1)·s − 2p + k`, from the pooled size `pooled`.
  public static func defaultUnpoolSize(pooled: Int, _ a: AxisParameters) -> String {
    "(\(pooled)−1)·\(a.s) − 2·\(a.p) + \(a.k)"
  }
}
