import Testing

@testable import ConvArithmetic

/// Average pooling's divisor, with and without padding counted, against a direct count of cells.
@Suite("Average pooling")
struct AvgPoolTests {
  @Test("a worked example: 3 × 3 input, k 2, s 2, p 1, ceil mode")
  func workedExample() throws {
    let x = ramp(Pair(3))  // 1…9
    // Windows cover rows/cols {−1, 0}, {1, 2}: corners see 1 real cell of 4, edges 2, the centre 4.
    let counted = try Pooling.avgPool2d(x, kernel: Pair(2), stride: Pair(2), padding: Pair(1))
    #expect(counted.rowArrays == [[0.25, 1.25], [2.75, 7]])
    let real = try Pooling.avgPool2d(
      x, kernel: Pair(2), stride: Pair(2), padding: Pair(1), countIncludePad: false)
    #expect(real.rowArrays == [[1, 2.5], [5.5, 7]])
  }

  @Test(
    "count_include_pad false divides by the real cells; true by the window clipped to the padded input"
  )
  func divisors() throws {
    var checked = 0
    for seed in 0..<UInt64(20_000) where checked < 2_000 {
      var rng = SplitMix64(seed: seed)
      let kernel = Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng))
      let stride = Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng))
      let padding = Pair(
        Int.random(in: 0...(kernel.h / 2), using: &rng),
        Int.random(in: 0...(kernel.w / 2), using: &rng))
      let x = Matrix.random(
        Pair(Int.random(in: 1...8, using: &rng), Int.random(in: 1...8, using: &rng)), using: &rng)
      let ceilMode = Bool.random(using: &rng)
      guard
        let counted = try? Pooling.avgPool2d(
          x, kernel: kernel, stride: stride, padding: padding, ceilMode: ceilMode)
      else { continue }
      let real = try Pooling.avgPool2d(
        x, kernel: kernel, stride: stride, padding: padding, ceilMode: ceilMode,
        countIncludePad: false)
      for r in 0..<counted.rows {
        for c in 0..<counted.cols {
          var sum = 0.0
          var cells = 0
          var padded = 0
          for ky in 0..<kernel.h {
            for kx in 0..<kernel.w {
              let (ir, ic) = (r * stride.h - padding.h + ky, c * stride.w - padding.w + kx)
              if x.contains(ir, ic) {
                sum += x[ir, ic]
                cells += 1
              }
              // Cells past the padding (a ceil-mode overhang) count in neither divisor.
              if ir < x.rows + padding.h && ic < x.cols + padding.w { padded += 1 }
            }
          }
          #expect(cells > 0, "seed \(seed): a window with no input cell")
          #expect(abs(real[r, c] - sum / Double(cells)) <= 1e-12, "seed \(seed)")
          #expect(abs(counted[r, c] - sum / Double(padded)) <= 1e-12, "seed \(seed)")
        }
      }
      checked += 1
    }
    #expect(checked == 2_000)
  }
}
