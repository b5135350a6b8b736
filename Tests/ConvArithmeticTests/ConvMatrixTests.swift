import Testing

@testable import ConvArithmetic

/// Convolution as the matrix C, and the transposed convolution as Cᵀ, over random parameters.
@Suite("Convolution matrix")
struct ConvMatrixTests {
  static let count = 1_000

  @Test("seed 003's example: i = 4, k = 3, s = 1, p = 0 gives a 4 × 16 matrix with 9 taps a row")
  func paperExample() throws {
    let w = ramp(Pair(3))
    let c = try ConvMatrix.make(
      parameters: ConvParameters(input: Pair(4), kernel: Pair(3)), kernel: w)
    #expect(c.size == Pair(4, 16))
    #expect(c.rowArrays[0] == [1, 2, 3, 0, 4, 5, 6, 0, 7, 8, 9, 0, 0, 0, 0, 0])
    #expect(c.rowArrays[3] == [0, 0, 0, 0, 0, 1, 2, 3, 0, 4, 5, 6, 0, 7, 8, 9])
  }

  @Test(
    "C·vec(x) = vec(conv(x)) and Cᵀ·vec(y) = vec(conv_transpose(y)) with the matching output_padding"
  )
  func matrixProducts() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let (p, x, w) = PropertyTests.randomCase(seed) else { continue }
      var rng = SplitMix64(seed: seed ^ 0xC0DE)
      let c = try ConvMatrix.make(parameters: p, kernel: w)
      let y = try Convolution.conv2d(
        x, w, stride: p.stride, padding: p.padding, dilation: p.dilation)
      #expect(c.size == Pair(y.size.area, x.size.area), "seed \(seed)")
      let cx = ConvMatrix.multiply(c, x.storage)
      #expect(zip(cx, y.storage).allSatisfy { abs($0 - $1) <= 1e-9 }, "seed \(seed)")

      let g = Matrix.random(y.size, using: &rng)
      let op = Pair(
        AxisShape.outputPaddingToRestore(
          i: p.input.h, k: p.kernel.h, s: p.stride.h, p: p.padding.h, d: p.dilation.h),
        AxisShape.outputPaddingToRestore(
          i: p.input.w, k: p.kernel.w, s: p.stride.w, p: p.padding.w, d: p.dilation.w))
      let back = try TransposedConvolution.convTranspose2d(
        g, w, stride: p.stride, padding: p.padding, dilation: p.dilation, outputPadding: op)
      let ctg = ConvMatrix.multiply(c.transposed, g.storage)
      #expect(back.size == x.size, "seed \(seed)")
      #expect(zip(ctg, back.storage).allSatisfy { abs($0 - $1) <= 1e-9 }, "seed \(seed)")
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("every row of C holds exactly the kernel taps that land inside the input")
  func rowsHoldTheTapsInside() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let (p, _, _) = PropertyTests.randomCase(seed) else { continue }
      // Distinct non-zero weights, so every entry names its tap.
      let w = ramp(p.kernel)
      let c = try ConvMatrix.make(parameters: p, kernel: w)
      let out = p.convOutput
      for r in 0..<out.h {
        for col in 0..<out.w {
          var expected = [Double](repeating: 0, count: p.input.area)
          for ky in 0..<p.kernel.h {
            for kx in 0..<p.kernel.w {
              let (ir, ic) = (
                r * p.stride.h + ky * p.dilation.h - p.padding.h,
                col * p.stride.w + kx * p.dilation.w - p.padding.w
              )
              if ir >= 0 && ir < p.input.h && ic >= 0 && ic < p.input.w {
                expected[ir * p.input.w + ic] = w[ky, kx]
              }
            }
          }
          let row = Array(
            c.storage[((r * out.w + col) * p.input.area)..<((r * out.w + col + 1) * p.input.area)])
          #expect(row == expected, "seed \(seed), output cell \(r),\(col)")
        }
      }
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("a matrix beyond Limits.maxMatrixCells is refused with its size")
  func limit() throws {
    // 33 × 33 input, 1 × 1 kernel: 1089 × 1089 = 1,185,921 entries, just past 2^20.
    let p = ConvParameters(input: Pair(33), kernel: Pair(1))
    #expect(
      throws: ConvError.beyondLimit(
        .matrixEntries, value: 1089 * 1089, limit: Limits.maxMatrixCells)
    ) { try ConvMatrix.make(parameters: p, kernel: grid([[1]])) }
    let fits = try ConvMatrix.make(
      parameters: ConvParameters(input: Pair(32), kernel: Pair(1)), kernel: grid([[1]]))
    #expect(fits.size == Pair(1024, 1024))
  }
}
