import Testing

@testable import ConvArithmetic

@Suite("Shape arithmetic")
struct ShapeTests {
  @Test("floor division rounds toward −∞, unlike Swift's /")
  func floorDivision() {
    #expect(floorDiv(-1, 2) == -1)
    #expect(-1 / 2 == 0)
    #expect(floorDiv(7, 2) == 3)
    #expect(floorDiv(-7, 2) == -4)
    #expect(floorDiv(7, -2) == -4)
    #expect(ceilDiv(5, 2) == 3)
    #expect(ceilDiv(-5, 2) == -2)
    #expect(floorMod(-1, 3) == 2)
  }

  @Test("seed 003: i = 5 and i = 6 both give o = 3 for k = 3, s = 2, p = 1")
  func seedWorkedExample() {
    #expect(AxisShape.convOutput(i: 5, k: 3, s: 2, p: 1) == 3)
    #expect(AxisShape.convOutput(i: 6, k: 3, s: 2, p: 1) == 3)
    #expect(AxisShape.inputSizes(producing: 3, k: 3, s: 2, p: 1) == 5...6)
  }

  @Test("a kernel that overhangs gives a non-positive size, computed with floor")
  func overhang() {
    // (2 + 0 − 4 − 1)/2 = −1.5 → floor −2, +1 = −1 (truncation would give 0).
    #expect(AxisShape.convOutput(i: 2, k: 5, s: 2) == -1)
  }

  @Test("dilation widens the kernel to d(k − 1) + 1")
  func dilation() {
    #expect(AxisShape.effectiveKernel(k: 3, d: 2) == 5)
    #expect(AxisShape.convOutput(i: 7, k: 3, d: 2) == 3)
  }

  @Test("pooling output, with ceil mode's overhang rule")
  func pooling() {
    #expect(AxisShape.poolOutput(i: 5, k: 2, s: 2) == 2)
    #expect(AxisShape.poolOutput(i: 5, k: 2, s: 2, ceilMode: true) == 3)
    // The last window would start at 6 ≥ i + p = 6, so ceil mode drops it.
    #expect(AxisShape.poolOutput(i: 6, k: 2, s: 2, p: 0, ceilMode: true) == 3)
    #expect(AxisShape.poolOutput(i: 5, k: 3, s: 2, p: 1, ceilMode: true) == 3)
  }

  @Test("transposed output size, with output padding and dilation")
  func transposed() {
    #expect(AxisShape.transposedOutput(i: 3, k: 3, s: 2, p: 1) == 5)
    #expect(AxisShape.transposedOutput(i: 3, k: 3, s: 2, p: 1, outputPadding: 1) == 6)
    #expect(AxisShape.transposedOutput(i: 2, k: 3, s: 1, p: 0) == 4)
    #expect(AxisShape.transposedOutput(i: 16, k: 64, s: 32, p: 0) == 544)
    #expect(AxisShape.transposedOutput(i: 3, k: 3, s: 1, p: 0, d: 2) == 7)
    #expect(AxisShape.outputPaddingToRestore(i: 6, k: 3, s: 2, p: 1) == 1)
    #expect(AxisShape.outputPaddingToRestore(i: 5, k: 3, s: 2, p: 1) == 0)
  }

  @Test("TensorFlow SAME puts the odd padding cell at the bottom/right")
  func tensorFlowSame() {
    let same = TensorFlowPadding.same(i: 6, k: 4, s: 2)
    // o = 3, total = (3−1)·2 + 4 − 6 = 2 → 1 and 1.
    #expect(same.output == 3 && same.before == 1 && same.after == 1)
    let odd = TensorFlowPadding.same(i: 5, k: 4, s: 1)
    // o = 5, total = 4 + 4 − 5 = 3 → 1 before, 2 after.
    #expect(odd.output == 5 && odd.before == 1 && odd.after == 2)
    #expect(TensorFlowPadding.same(i: 7, k: 3, s: 3).output == 3)
    #expect(TensorFlowPadding.valid(i: 7, k: 3, s: 2) == 3)
    #expect(TensorFlowPadding.valid(i: 5, k: 3, s: 2, d: 2) == 1)
  }

  @Test("padding presets valid, same (half) and full")
  func presets() {
    #expect(PaddingPreset.valid.padding(k: 3) == 0)
    #expect(PaddingPreset.same.padding(k: 3) == 1)
    #expect(PaddingPreset.same.padding(k: 3, d: 2) == 2)
    #expect(PaddingPreset.full.padding(k: 3) == 2)
    #expect(PaddingPreset(name: "half") == .same)
    #expect(PaddingPreset(name: "nonsense") == nil)
    for k in stride(from: 1, through: 9, by: 2) {
      #expect(AxisShape.convOutput(i: 10, k: k, p: PaddingPreset.same.padding(k: k)) == 10)
      #expect(AxisShape.convOutput(i: 10, k: k, p: PaddingPreset.full.padding(k: k)) == 10 + k - 1)
    }
  }

  @Test("the inverse question lists exactly the inputs that give o", arguments: 1...4)
  func inverse(stride s: Int) {
    for k in 1...4 {
      for p in 0...2 {
        for o in 1...6 {
          let expected = (1...40).filter {
            AxisShape.convOutput(i: $0, k: k, s: s, p: p) == o && $0 + 2 * p >= k
          }
          let range = AxisShape.inputSizes(producing: o, k: k, s: s, p: p)
          #expect((range.map { Array($0) } ?? []) == expected, "k \(k) s \(s) p \(p) o \(o)")
        }
      }
    }
  }

  @Test("validation names what is wrong")
  func validation() {
    let tooBig = ConvParameters(input: Pair(3), kernel: Pair(5))
    #expect(throws: ConvError.kernelLargerThanPaddedInput(kernel: Pair(5), padded: Pair(3))) {
      try tooBig.validateConvolution()
    }
    let zeroStride = ConvParameters(input: Pair(5), kernel: Pair(3), stride: Pair(0, 1))
    #expect(throws: ConvError.notPositive(.stride, value: Pair(0, 1))) {
      try zeroStride.validateConvolution()
    }
    let op = ConvParameters(
      input: Pair(3), kernel: Pair(3), stride: Pair(2), outputPadding: Pair(2))
    #expect(throws: ConvError.self) { try op.validateTransposed() }
    // output_padding below the dilation is allowed even at stride 1 (PyTorch's max(s, d) rule).
    let dil = ConvParameters(
      input: Pair(3), kernel: Pair(3), dilation: Pair(2), outputPadding: Pair(1))
    #expect(throws: Never.self) { try dil.validateTransposed() }
  }
}

@Suite("Same padding")
struct SamePaddingTests {
  @Test(
    "d(k−1) odd: no symmetric padding keeps the size; PyTorch and TensorFlow put 1 before, 2 after")
  func oddTotal() {
    let split = AxisShape.samePadding(k: 2, d: 3)
    #expect(split.before == 1 && split.after == 2)
    // Either symmetric choice misses the input size 7.
    #expect(AxisShape.convOutput(i: 7, k: 2, p: 1, d: 3) == 6)
    #expect(AxisShape.convOutput(i: 7, k: 2, p: 2, d: 3) == 8)
    // The split keeps it: 7 + 1 + 2 − 3 = 7, and TensorFlow's SAME at stride 1 agrees.
    #expect(7 + split.before + split.after - 3 == 7)
    let tf = TensorFlowPadding.same(i: 7, k: 2, s: 1, d: 3)
    #expect(tf.before == split.before && tf.after == split.after)
  }

  @Test(
    "over many kernels and dilations the split keeps the size and matches TensorFlow at stride 1")
  func everySplit() {
    for k in 1...9 {
      for d in 1...5 {
        let split = AxisShape.samePadding(k: k, d: d)
        let tf = TensorFlowPadding.same(i: 40, k: k, s: 1, d: d)
        #expect(tf.before == split.before && tf.after == split.after, "k \(k) d \(d)")
        #expect(split.after - split.before == (d * (k - 1)) % 2, "k \(k) d \(d)")
      }
    }
  }
}
