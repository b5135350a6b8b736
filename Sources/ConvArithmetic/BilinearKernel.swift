/// The three bilinear kernel formulas that FCN and Caffe have used.
public enum BilinearStyle: String, CaseIterable, Sendable {
  /// FCN's `surgery.upsample_filt`: always symmetric.
  case fcn
  /// Caffe's `BilinearFiller` after its 2017 fix, `c = (K − 1) / (2f)`: equals FCN's.
  case caffe
  /// Caffe's original `BilinearFiller`, `c = (2f − 1 − f % 2) / (2f)`: asymmetric for K = 2, 3, 6, 7, 10, 11, ….
  case caffeLegacy = "caffe_legacy"
}

/// Bilinear upsampling kernels, as FCN and Caffe initialise deconvolution layers.
///
///     BilinearKernel.profile(size: 4, style: .fcn)  // [0.25, 0.75, 0.75, 0.25]
public enum BilinearKernel {
  /// The 1-D profile; the 2-D kernel is its outer product with itself.
  public static func profile(size k: Int, style: BilinearStyle) -> [Double] {
    switch style {
    case .fcn:
      let factor = Double((k + 1) / 2)
      let center = k % 2 == 1 ? factor - 1 : factor - 0.5
      return (0..<k).map { 1 - abs(Double($0) - center) / factor }
    case .caffe, .caffeLegacy:
      let f = Double(ceilDiv(k, 2))
      let c =
        style == .caffe
        ? Double(k - 1) / (2 * f)
        : (2 * f - 1 - Double(ceilDiv(k, 2) % 2)) / (2 * f)
      return (0..<k).map { 1 - abs(Double($0) / f - c) }
    }
  }

  /// The `size × size` kernel: `w(y, x) = profile[y] · profile[x]`.
  public static func make(size: Int, style: BilinearStyle) throws(ConvError) -> Matrix {
    if size < 1 { throw .notPositive(.kernelSize, value: Pair(size)) }
    try Limits.checkGrid(.kernel, Pair(size))
    let p = profile(size: size, style: style)
    return Matrix(rows: size, cols: size) { r, c in p[r] * p[c] }
  }

  /// Whether the profile reads the same backwards.
  public static func isSymmetric(size: Int, style: BilinearStyle) -> Bool {
    let p = profile(size: size, style: style)
    return zip(p, p.reversed()).allSatisfy { abs($0 - $1) < 1e-12 }
  }

  /// The deconvolution that upsamples by `factor` with a fixed bilinear kernel:
  /// kernel `2f − f % 2`, stride `f`, padding `⌈(f − 1) / 2⌉`.
  public static func upsamplingSetting(factor f: Int) -> (kernel: Int, stride: Int, padding: Int) {
    (2 * f - f % 2, f, ceilDiv(f - 1, 2))
  }

  /// The factor whose upsampling setting uses kernel size `k`, if one does (K = 2f − f % 2).
  public static func factor(forKernel k: Int) -> Int? {
    (1...max(1, k)).first { 2 * $0 - $0 % 2 == k }
  }
}
