import Testing

@testable import ConvArithmetic

/// Transposed padding crops the full stamped grid: the output is its inside.
@Suite("The stamped grid and its crop")
struct StampedCropTests {
  @Test("i = 3, k = 3, s = 2, p = 1: padding 1 crops the outer ring, 7×7 → 5×5")
  func outerRing() {
    let p = ConvParameters(input: Pair(3), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    let crop = TransposedConvolution.stampedCrop(parameters: p)
    #expect(crop.stamped == Pair(7) && crop.full == Pair(7) && crop.output == Pair(5))
    #expect(crop.offset == Pair(1) && crop.croppedAfter == Pair(1))
    #expect(crop.croppedAtEnd == Pair(1) && crop.givenBack == Pair(0))
    #expect(crop.addedPastStamps == Pair(0))
    #expect(crop.isCropped(row: 0, col: 3) && crop.isCropped(row: 6, col: 6))
    #expect(!crop.isCropped(row: 1, col: 1) && !crop.isCropped(row: 5, col: 5))
  }

  @Test("output_padding beyond the padding reaches past the stamps")
  func outputPaddingPastTheStamps() {
    let p = ConvParameters(
      input: Pair(3), kernel: Pair(3), stride: Pair(2), padding: Pair(0), outputPadding: Pair(1))
    let crop = TransposedConvolution.stampedCrop(parameters: p)
    #expect(crop.stamped == Pair(7) && crop.full == Pair(8) && crop.output == Pair(8))
    #expect(crop.croppedAfter == Pair(-1))
    #expect(crop.croppedAtEnd == Pair(0) && crop.addedPastStamps == Pair(1))
    #expect(crop.givenBack == Pair(0))
  }

  @Test("output_padding within the padding gives part of the crop back, per axis")
  func outputPaddingGivesBack() {
    let p = ConvParameters(
      input: Pair(3), kernel: Pair(3), stride: Pair(2), padding: Pair(2, 1),
      outputPadding: Pair(1, 0))
    let crop = TransposedConvolution.stampedCrop(parameters: p)
    // Height: 7 stamped, 2 cropped at the top, 1 at the bottom (output_padding gives 1 back).
    #expect(crop.output == Pair(4, 5))
    #expect(crop.croppedAtEnd == Pair(1, 1) && crop.givenBack == Pair(1, 0))
    #expect(crop.addedPastStamps == Pair(0))
    #expect(Pair.zip(crop.offset, crop.croppedAtEnd, +) == Pair.zip(crop.stamped, crop.output, -))
  }

  @Test("over random parameters the inside of the uncropped scatter is the output, stamp by stamp")
  func insideIsTheOutput() throws {
    var checked = 0
    for seed in UInt64(0)..<20_000 where checked < 1_000 {
      var rng = SplitMix64(seed: seed)
      let p = ConvParameters(
        input: Pair(Int.random(in: 1...5, using: &rng), Int.random(in: 1...5, using: &rng)),
        kernel: Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng)),
        stride: Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng)),
        padding: Pair(Int.random(in: 0...3, using: &rng), Int.random(in: 0...3, using: &rng)),
        dilation: Pair(Int.random(in: 1...2, using: &rng), Int.random(in: 1...2, using: &rng)),
        outputPadding: Pair(Int.random(in: 0...2, using: &rng), Int.random(in: 0...2, using: &rng)))
      guard (try? p.validateTransposed()) != nil else { continue }
      let x = Matrix.random(p.input, using: &rng)
      let w = Matrix.random(p.kernel, using: &rng)
      let crop = TransposedConvolution.stampedCrop(parameters: p)
      let stamps = Int.random(in: 1...p.input.area, using: &rng)
      let whole = try TransposedConvolution.scatterPartialUncropped(
        input: x, kernel: w, parameters: p, stamps: stamps)
      let cropped = try TransposedConvolution.scatterPartial(
        input: x, kernel: w, parameters: p, stamps: stamps)
      #expect(whole.output.size == crop.full, "seed \(seed)")
      // Every stamp lands whole: k·k taps per input cell stamped so far.
      #expect(whole.counts.storage.reduce(0, +) == stamps * p.kernel.area, "seed \(seed)")
      for r in 0..<crop.full.h {
        for c in 0..<crop.full.w where !crop.isCropped(row: r, col: c) {
          let (orow, ocol) = (r - crop.offset.h, c - crop.offset.w)
          #expect(whole.output[r, c] == cropped.output[orow, ocol], "seed \(seed)")
          #expect(whole.counts[r, c] == cropped.counts[orow, ocol], "seed \(seed)")
        }
      }
      checked += 1
    }
    #expect(checked == 1_000)
  }
}
