import Testing

@testable import ConvArithmetic

@Suite("Worked examples of every operation")
struct OperationTests {
  @Test("convolution is cross-correlation, and its terms explain each cell")
  func convolutionTerms() throws {
    let x = ramp(Pair(4))  // 1…16
    let w = grid([[1, 0, -1], [0, 1, 0], [2, 0, 0]])
    let result = try Convolution.forward(
      input: x, kernel: w, parameters: ConvParameters(input: x.size, kernel: w.size))
    // y[0,0] = 1·1 + 3·(−1) + 6·1 + 9·2 = 22
    #expect(result.output[0, 0] == 22)
    #expect(result.output.size == Pair(2))
    for r in 0..<2 {
      for c in 0..<2 {
        let terms = result.terms(row: r, col: c)
        #expect(terms.count == 9)
        #expect(abs(terms.reduce(0) { $0 + $1.product } - result.output[r, c]) < 1e-12)
      }
    }
  }

  @Test("padding taps read zero and name no input cell")
  func paddingTerms() throws {
    let x = ramp(Pair(5))
    let w = Matrix(rows: 3, cols: 3, repeating: 1)
    let result = try Convolution.forward(
      input: x, kernel: w,
      parameters: ConvParameters(input: x.size, kernel: w.size, stride: Pair(2), padding: Pair(1)))
    #expect(result.output.size == Pair(3))
    let corner = result.terms(row: 0, col: 0)
    #expect(corner.filter { $0.input == nil }.count == 5)
    #expect(corner.first?.padded == Pair(0, 0))
    // 1 + 2 + 6 + 7
    #expect(result.output[0, 0] == 16)
    #expect(result.paddedInput.size == Pair(7))
    #expect(result.paddedInput[1, 1] == 1 && result.paddedInput[0, 3] == 0)
  }

  @Test("padding_strides_odd: the last row and column are never reached")
  func unreached() {
    let odd = ReceptiveField(
      parameters: ConvParameters(input: Pair(6), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    )
    // Padded coordinates: the bottom and right padding are never reached.
    #expect(odd.unreachedRows == [7])
    #expect(odd.unreachedCols == [7])
    let even = ReceptiveField(
      parameters: ConvParameters(input: Pair(5), kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    )
    #expect(even.unreachedRows.isEmpty)
    #expect(even.outputs(feedingInputRow: 0, col: 0) == [Pair(0, 0)])
    #expect(even.outputs(feedingInputRow: 1, col: 1).count == 4)
    // Dilation 2 with stride 2 skips every other row.
    let dilated = ReceptiveField(
      parameters: ConvParameters(
        input: Pair(7, 5), kernel: Pair(2), stride: Pair(2), dilation: Pair(2)))
    #expect(dilated.unreachedRows == [1, 3, 5])
  }

  @Test("seed 003: the transpose of a 4×4, k = 3 conv maps 2×2 back to 4×4 with p′ = 2")
  func transposedSeedExample() throws {
    let y = grid([[1, 2], [3, 4]])
    let w = ramp(Pair(3))
    let p = ConvParameters(input: y.size, kernel: w.size)
    let zi = try TransposedConvolution.zeroInsertion(input: y, kernel: w, parameters: p)
    #expect(zi.directPadding == Pair(2))
    #expect(zi.inserted.size == Pair(6))
    #expect(zi.output.size == Pair(4))
    #expect(zi.rotatedKernel[0, 0] == 9)
    #expect(close(zi.output, try TransposedConvolution.scatter(input: y, kernel: w, parameters: p)))
    // The corner only meets y[0,0] · w[0,0].
    #expect(zi.output[0, 0] == 1)
  }

  @Test("zero insertion puts s − 1 zeros between cells and marks every cell's kind")
  func zeroInsertionKinds() throws {
    // The transpose of padding_strides_odd: i′ = 3, k = 3, s = 2, p = 1, output_padding 1.
    let y = ramp(Pair(3))
    let w = Matrix(rows: 3, cols: 3, repeating: 1)
    let p = ConvParameters(
      input: y.size, kernel: w.size, stride: Pair(2), padding: Pair(1), outputPadding: Pair(1))
    let zi = try TransposedConvolution.zeroInsertion(input: y, kernel: w, parameters: p)
    #expect(zi.stretched.size == Pair(5))
    #expect(zi.stretched.rowArrays[1] == [0, 0, 0, 0, 0])
    #expect(zi.stretched.rowArrays[2] == [4, 0, 5, 0, 6])
    #expect(zi.directPadding == Pair(1))
    #expect(zi.inserted.size == Pair(8))
    #expect(zi.kinds[0, 0] == .padding)
    #expect(zi.kinds[1, 1] == .input(Pair(0, 0)))
    #expect(zi.kinds[1, 2] == .insertedZero)
    #expect(zi.kinds[6, 6] == .padding)
    #expect(zi.kinds[7, 3] == .outputPadding)
    #expect(zi.kinds[3, 7] == .outputPadding)
    #expect(zi.output.size == Pair(6))
  }

  @Test("p > d(k − 1) crops the stretched input instead of padding it")
  func cropping() throws {
    let y = ramp(Pair(4))
    let w = ramp(Pair(2))
    let p = ConvParameters(input: y.size, kernel: w.size, stride: Pair(2), padding: Pair(2))
    let zi = try TransposedConvolution.zeroInsertion(input: y, kernel: w, parameters: p)
    #expect(zi.directPadding == Pair(-1))
    #expect(zi.inserted.size == Pair(5))
    #expect(zi.output.size == Pair(4))
    #expect(close(zi.output, try TransposedConvolution.scatter(input: y, kernel: w, parameters: p)))
  }

  @Test("the scatter view counts overlapping stamps (the checkerboard)")
  func stampCounts() throws {
    let y = Matrix(rows: 3, cols: 3, repeating: 1)
    let w = Matrix(rows: 3, cols: 3, repeating: 1)
    let p = ConvParameters(input: y.size, kernel: w.size, stride: Pair(2))
    let partial = try TransposedConvolution.scatterPartial(
      input: y, kernel: w, parameters: p, stamps: 9)
    // k = 3 is not divisible by s = 2: overlap alternates 1, 2, 1, 2, …
    #expect(partial.counts.rowArrays[0] == [1, 1, 2, 1, 2, 1, 1])
    #expect(partial.counts[2, 2] == 4)
    #expect(partial.output == partial.counts.map(Double.init))
    let first = try TransposedConvolution.scatterPartial(
      input: y, kernel: w, parameters: p, stamps: 1)
    #expect(first.counts.storage.reduce(0, +) == 9)
    #expect(
      TransposedConvolution.footprint(inputRow: 1, col: 1, parameters: p).first?.output
        == Pair(2, 2))
  }

  @Test("max pooling: PyTorch's indices, first maximum on a tie, padding as −∞")
  func maxPooling() throws {
    let x = grid([[1, 3, 3, 0], [2, 3, 1, 1], [-5, -6, 0, 0], [-7, -8, 0, 2]])
    let pooled = try Pooling.maxPool2d(x, kernel: Pair(2), stride: Pair(2))
    #expect(pooled.output.rowArrays == [[3, 3], [-5, 2]])
    // Ties go to the first in row-major window order: index 1, not 5; index 2, not 6.
    #expect(pooled.indices.rowArrays == [[1, 2], [8, 15]])
    #expect(pooled.switchCell(row: 1, col: 0) == Pair(2, 0))
    let padded = try Pooling.maxPool2d(
      grid([[-1, -2], [-3, -4]]), kernel: Pair(2), stride: Pair(1), padding: Pair(1))
    // Padding never wins, even against negatives.
    #expect(padded.output.rowArrays == [[-1, -1, -2], [-1, -1, -2], [-3, -3, -4]])
    #expect(padded.indices[0, 0] == 0)
    #expect(padded.windowCells(row: 0, col: 0) == [Pair(0, 0)])
    #expect(throws: ConvError.self) {
      try Pooling.maxPool2d(x, kernel: Pair(2), stride: Pair(2), padding: Pair(2))
    }
  }

  @Test("average pooling counts padding in the divisor")
  func averagePooling() throws {
    let x = grid([[1, 2], [3, 4]])
    #expect(try Pooling.avgPool2d(x, kernel: Pair(2), stride: Pair(2)).rowArrays == [[2.5]])
    let padded = try Pooling.avgPool2d(x, kernel: Pair(2), stride: Pair(2), padding: Pair(1))
    #expect(padded.rowArrays == [[0.25, 0.5], [0.75, 1]])
  }

  @Test("max unpooling puts values back at their switches, zeros elsewhere")
  func unpooling() throws {
    let x = grid([[1, 3, 3, 0], [2, 3, 1, 1], [-5, -6, 0, 0], [-7, -8, 0, 2]])
    let pooled = try Pooling.maxPool2d(x, kernel: Pair(2), stride: Pair(2))
    let back = try Pooling.maxUnpool2d(
      pooled.output, indices: pooled.indices, kernel: Pair(2), stride: Pair(2))
    #expect(back.rowArrays == [[0, 3, 3, 0], [0, 0, 0, 0], [-5, 0, 0, 0], [0, 0, 0, 2]])
    let wider = try Pooling.maxUnpool2d(
      pooled.output, indices: pooled.indices, kernel: Pair(2), stride: Pair(2), outputSize: Pair(5))
    #expect(wider.size == Pair(5))
    #expect(throws: ConvError.self) {
      try Pooling.maxUnpool2d(
        pooled.output, indices: pooled.indices, kernel: Pair(2), stride: Pair(2),
        outputSize: Pair(6))
    }
    let bad = Grid<Int>(rows: 2, cols: 2, storage: [0, 1, 2, 99])
    #expect(throws: ConvError.indexOutOfRange(index: 99, count: 16)) {
      try Pooling.maxUnpool2d(pooled.output, indices: bad, kernel: Pair(2), stride: Pair(2))
    }
  }

  @Test("nearest upsampling ('unsampling') copies each value over its block")
  func nearest() throws {
    let x = grid([[1, 2], [3, 4]])
    let up = try Upsampling.nearest(x, .scale(h: 2, w: 3))
    #expect(
      up.rowArrays == [
        [1, 1, 1, 2, 2, 2], [1, 1, 1, 2, 2, 2], [3, 3, 3, 4, 4, 4], [3, 3, 3, 4, 4, 4],
      ])
    // 3 → 7 picks ⌊dst · 3/7⌋ in single precision.
    let odd = try Upsampling.nearest(grid([[1, 2, 3]]), .size(Pair(1, 7)))
    #expect(odd.rowArrays == [[1, 1, 1, 2, 2, 3, 3]])
    #expect(throws: ConvError.self) { try Upsampling.nearest(x, .scale(h: 0, w: 1)) }
  }

  @Test("bilinear upsampling with align_corners false and true")
  func bilinear() throws {
    let x = grid([[0, 1]])
    let loose = try Upsampling.bilinear(x, .size(Pair(1, 4)), alignCorners: false)
    // Sources −0.25→0, 0.25, 0.75, 1.25→clamped high.
    #expect(loose.rowArrays == [[0, 0.25, 0.75, 1]])
    let tight = try Upsampling.bilinear(x, .size(Pair(1, 3)), alignCorners: true)
    #expect(tight.rowArrays == [[0, 0.5, 1]])
  }

  @Test("seed 000: legacy Caffe K = 3 is asymmetric; FCN K = 3 and K = 4 are not")
  func bilinearKernels() throws {
    let legacy = try BilinearKernel.make(size: 3, style: .caffeLegacy)
    #expect(
      legacy.rowArrays == [
        [0.0625, 0.1875, 0.1875], [0.1875, 0.5625, 0.5625], [0.1875, 0.5625, 0.5625],
      ])
    #expect(
      try BilinearKernel.make(size: 3, style: .fcn).rowArrays == [
        [0.25, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 0.25],
      ])
    #expect(BilinearKernel.profile(size: 4, style: .fcn) == [0.25, 0.75, 0.75, 0.25])
    #expect(BilinearKernel.profile(size: 2, style: .caffeLegacy) == [1, 0])
    #expect(BilinearKernel.profile(size: 2, style: .fcn) == [0.5, 0.5])
    let fcn8 = BilinearKernel.profile(size: 8, style: .fcn)
    #expect(fcn8[3] == fcn8[4] && fcn8[3] == fcn8.max())
    #expect(BilinearKernel.profile(size: 9, style: .fcn)[4] == 1)
    #expect(BilinearKernel.upsamplingSetting(factor: 2) == (4, 2, 1))
    #expect(BilinearKernel.upsamplingSetting(factor: 3) == (5, 3, 1))
    #expect(BilinearKernel.upsamplingSetting(factor: 32) == (64, 32, 16))
    #expect(BilinearKernel.factor(forKernel: 64) == 32)
    #expect(BilinearKernel.factor(forKernel: 3) == nil)
  }

  @Test("legacy Caffe agrees with FCN exactly when K = 2f − f % 2", arguments: 1...24)
  func legacyAgreement(k: Int) throws {
    let agree =
      try BilinearKernel.make(size: k, style: .caffeLegacy).maxAbsDifference(
        BilinearKernel.make(size: k, style: .fcn)) < 1e-12
    #expect(agree == (BilinearKernel.factor(forKernel: k) != nil))
    #expect(agree == BilinearKernel.isSymmetric(size: k, style: .caffeLegacy))
    // The 2017 fix makes Caffe equal FCN for every K.
    #expect(
      try close(
        BilinearKernel.make(size: k, style: .caffe), BilinearKernel.make(size: k, style: .fcn),
        tolerance: 1e-12))
  }

  @Test("seed 003: for i = 4, k = 3 the conv matrix C is 4 × 16")
  func convMatrix() throws {
    let w = ramp(Pair(3))
    let c = try ConvMatrix.make(
      parameters: ConvParameters(input: Pair(4), kernel: Pair(3)), kernel: w)
    #expect(c.size == Pair(4, 16))
    #expect(c.rowArrays[0] == [1, 2, 3, 0, 4, 5, 6, 0, 7, 8, 9, 0, 0, 0, 0, 0])
    #expect(c.storage.filter { $0 != 0 }.count == 36)
  }

  @Test("FCN's upscore layer: 16×16 → 544×544 with kernel 64, stride 32")
  func fcnUpscore() throws {
    let x = Matrix(rows: 16, cols: 16, repeating: 1)
    let w = try BilinearKernel.make(size: 64, style: .fcn)
    let y = try TransposedConvolution.convTranspose2d(x, w, stride: Pair(32))
    #expect(y.size == Pair(544))
    // A constant map upsampled bilinearly stays constant away from the border.
    #expect(abs(y[272, 272] - 1) < 1e-12)
  }
}

@Suite("Max pooling ties")
struct PoolingTieTests {
  @Test("a tie lists every maximum in row-major window order, and the first is the switch")
  func tie() throws {
    let input = grid([[1, 9, 2, 2], [9, 3, 2, 2]])
    let pool = try Pooling.maxPool2d(input, kernel: Pair(2), stride: Pair(2))
    #expect(pool.maxima(row: 0, col: 0, of: input) == [Pair(0, 1), Pair(1, 0)])
    #expect(pool.switchCell(row: 0, col: 0) == Pair(0, 1))
    #expect(pool.maxima(row: 0, col: 1, of: input).count == 4)
    #expect(pool.switchCell(row: 0, col: 1) == Pair(0, 2))
  }
}
