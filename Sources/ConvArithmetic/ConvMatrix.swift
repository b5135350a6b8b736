/// Convolution as a matrix: `vec(y) = C · vec(x)`, and the transposed convolution as `Cᵀ`.
///
/// For i = 4, k = 3, s = 1, p = 0 (o = 2), C is 4 × 16; row `r·o_w + c` holds the
/// kernel weights at the columns of the input cells that output cell `(r, c)` reads.
public enum ConvMatrix {
  /// The `(o_h·o_w) × (i_h·i_w)` matrix C of the convolution with these parameters and kernel.
  public static func make(parameters: ConvParameters, kernel: Matrix) throws(ConvError) -> Matrix {
    var p = parameters
    p.kernel = kernel.size
    try p.validateConvolution()
    let out = p.convOutput
    if out.area * p.input.area > Limits.maxMatrixCells {
      throw .beyondLimit(
        .matrixEntries, value: out.area * p.input.area, limit: Limits.maxMatrixCells)
    }
    var c = Matrix.zeros(Pair(out.area, p.input.area))
    let field = ReceptiveField(parameters: p)
    for r in 0..<out.h {
      for col in 0..<out.w {
        for tap in field.taps(outputRow: r, outputCol: col) {
          guard let cell = tap.input else { continue }
          c[r * out.w + col, cell.h * p.input.w + cell.w] += kernel[tap.kernel.h, tap.kernel.w]
        }
      }
    }
    return c
  }

  /// `C · v` for a matrix and a vector given as a flat array.
  public static func multiply(_ m: Matrix, _ v: [Double]) -> [Double] {
    precondition(m.cols == v.count, "matrix and vector sizes differ")
    return (0..<m.rows).map { r in
      var sum = 0.0
      for c in 0..<m.cols { sum += m[r, c] * v[c] }
      return sum
    }
  }
}
