import ConvArithmetic

extension Matrix {
  /// A grid of random values in −2…2, or small integers when `integers` is set.
  static func random(_ size: Pair, using rng: inout SplitMix64, integers: Bool = false) -> Matrix {
    Matrix(rows: size.h, cols: size.w) { _, _ in
      integers
        ? Double(Int.random(in: -3...3, using: &rng)) : Double.random(in: -2...2, using: &rng)
    }
  }
}

func grid(_ rows: [[Double]]) -> Matrix {
  try! Matrix(rows)
}

func ramp(_ size: Pair) -> Matrix {
  Matrix(rows: size.h, cols: size.w) { r, c in Double(r * size.w + c + 1) }
}

/// Whether two grids have one size and agree within `tolerance`.
func close(_ a: Matrix, _ b: Matrix, tolerance: Double = 1e-9) -> Bool {
  a.size == b.size && a.maxAbsDifference(b) <= tolerance
}
