import ConvArithmetic

/// A small seeded generator, so that every random test reproduces from its seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

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
