import Testing

@testable import ConvArithmetic

/// Bilinear interpolation against the transposed convolution with FCN's bilinear kernel:
/// the claim the interp scene teaches, checked rather than asserted.
@Suite("Interpolation against a bilinear transposed convolution")
struct InterpComparisonTests {
  @Test(
    "for f = 2…8 the output is f·i with output_padding 0, and the two differ exactly on a border ring ⌊f/2⌋ wide",
    arguments: 2...8)
  func ringIsHalfTheFactor(_ f: Int) throws {
    var rng = SplitMix64(seed: UInt64(f) * 7919)
    for size in [Pair(1), Pair(2), Pair(3), Pair(4, 2), Pair(5), Pair(2, 7)] {
      let x = Matrix(rows: size.h, cols: size.w) { _, _ in Double(rng.next() % 9 + 1) }
      let c = try InterpComparison(input: x, factor: f, alignCorners: false)
      let out = Pair(f * size.h, f * size.w)
      #expect(c.parameters.outputPadding == Pair(0), "f \(f) size \(size)")
      #expect(c.transposed.size == out && c.interpolated.size == out)
      #expect(c.ringWidth == f / 2, "f \(f) size \(size): ring \(c.ringWidth)")
      // Every cell of the ring differs, every cell inside it agrees.
      for r in 0..<out.h {
        for col in 0..<out.w {
          let onRing = InterpComparison.depth(row: r, col: col, in: out) < f / 2
          let differs = abs(c.interpolated[r, col] - c.transposed[r, col]) > 1e-9
          #expect(differs == onRing, "f \(f) size \(size) cell \(r),\(col)")
        }
      }
    }
  }

  @Test("the transposed convolution equals PyTorch's interpolate in the interior, cell by cell")
  func interiorMatchesInterpolation() throws {
    let x = grid([[1, 2, 3, 4], [5, 6, 7, 8], [9, 1, 2, 3], [4, 5, 6, 7]])
    let c = try InterpComparison(input: x, factor: 2, alignCorners: false)
    // Output cell (3, 3): src = 1.25 on both axes, so 0.75·0.75·6 + 0.75·0.25·7 + 0.25·0.75·1 + 0.25·0.25·2.
    let expected = 0.5625 * 6 + 0.1875 * 7 + 0.1875 * 1 + 0.0625 * 2
    #expect(abs(c.interpolated[3, 3] - expected) < 1e-12)
    #expect(abs(c.transposed[3, 3] - expected) < 1e-12)
    #expect(c.difference[3, 3] == 0)
    // The corner: interpolation clamps to x[0,0]; the transposed convolution has 0.75·0.75 of it.
    #expect(c.interpolated[0, 0] == 1)
    #expect(c.transposed[0, 0] == 0.5625)
  }

  @Test("with align_corners the two differ in most cells, not only on a ring", arguments: 2...8)
  func alignCornersDiffersWidely(_ f: Int) throws {
    let x = Matrix(rows: 4, cols: 4) { r, c in Double(r * 4 + c + 1) }
    let c = try InterpComparison(input: x, factor: f, alignCorners: true)
    let cells = 16 * f * f
    #expect(c.differing * 2 > cells, "f \(f): \(c.differing) of \(cells)")
  }

  @Test("stamps name the input cells and kernel taps that reach an output cell")
  func stamps() throws {
    let x = Matrix(rows: 3, cols: 3) { r, c in Double(r * 3 + c + 1) }
    let c = try InterpComparison(input: x, factor: 2, alignCorners: false)
    for r in 0..<6 {
      for col in 0..<6 {
        let sum = c.stamps(row: r, col: col).reduce(0.0) {
          $0 + x[$1.input.h, $1.input.w] * c.kernel[$1.kernel.h, $1.kernel.w]
        }
        #expect(abs(sum - c.transposed[r, col]) < 1e-12, "cell \(r),\(col)")
      }
    }
  }

  @Test("a dilated kernel holds its weights d apart, with zeros between")
  func dilatedKernel() throws {
    let w = grid([[1, 2], [3, 4]])
    let spread = try DilatedKernel.spread(w, dilation: Pair(2, 3))
    #expect(spread.rowArrays == [[1, 0, 0, 2], [0, 0, 0, 0], [3, 0, 0, 4]])
    #expect(throws: ConvError.notPositive(.dilation, value: Pair(0, 1))) {
      try DilatedKernel.spread(w, dilation: Pair(0, 1))
    }
  }
}
