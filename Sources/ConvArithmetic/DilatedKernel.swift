/// A kernel spread out by dilation: `d − 1` holes (zeros) between neighbouring taps.
///
///     DilatedKernel.spread(kernel3x3, dilation: Pair(2))  // 5×5, taps on even rows and columns
public enum DilatedKernel {
  /// The `d(k − 1) + 1` grid a dilated kernel covers, holding each weight at `(ky·d, kx·d)`
  /// and 0 in the holes.
  public static func spread(_ kernel: Matrix, dilation d: Pair) throws(ConvError) -> Matrix {
    if kernel.isEmpty { throw .emptyGrid(.kernel) }
    if d.h < 1 || d.w < 1 { throw .notPositive(.dilation, value: d) }
    let size = Pair(d.h * (kernel.rows - 1) + 1, d.w * (kernel.cols - 1) + 1)
    try Limits.checkGrid(.kernel, size)
    return Matrix(rows: size.h, cols: size.w) { r, c in
      r % d.h == 0 && c % d.w == 0 ? kernel[r / d.h, c / d.w] : 0
    }
  }

  /// Whether cell `(r, c)` of the spread kernel is a tap rather than a hole.
  public static func isTap(row r: Int, col c: Int, dilation d: Pair) -> Bool {
    r % d.h == 0 && c % d.w == 0
  }
}
