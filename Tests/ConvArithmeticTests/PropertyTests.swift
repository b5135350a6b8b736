import Testing

@testable import ConvArithmetic

/// Properties over thousands of seeded random parameter sets; a failure names its seed.
@Suite("Properties over random parameters")
struct PropertyTests {
  /// How many parameter sets each property must check; seeds run until it is reached.
  static let count = 2_000

  /// Random valid convolution parameters with small sizes, and grids to match.
  static func randomCase(_ seed: UInt64) -> (ConvParameters, Matrix, Matrix)? {
    var rng = SplitMix64(seed: seed)
    let kernel = Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng))
    let p = ConvParameters(
      input: Pair(Int.random(in: 1...9, using: &rng), Int.random(in: 1...9, using: &rng)),
      kernel: kernel,
      stride: Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng)),
      padding: Pair(Int.random(in: 0...3, using: &rng), Int.random(in: 0...3, using: &rng)),
      dilation: Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng)))
    guard (try? p.validateConvolution()) != nil else { return nil }
    return (p, Matrix.random(p.input, using: &rng), Matrix.random(kernel, using: &rng))
  }

  @Test("the shape formula equals the actual output size, for conv and transposed conv")
  func shapes() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let (p, x, w) = Self.randomCase(seed) else { continue }
      let y = try Convolution.conv2d(
        x, w, stride: p.stride, padding: p.padding, dilation: p.dilation)
      #expect(y.size == p.convOutput, "seed \(seed)")
      // A direct count of window positions agrees with the formula.
      let positions = Pair.zip(p.paddedInput, p.effectiveKernel) { padded, extent in
        (0...(padded - extent)).count
      }
      #expect(Pair.zip(positions, p.stride) { ($0 - 1) / $1 + 1 } == y.size, "seed \(seed)")
      // Fed back without output padding the transposed size may not be positive; PyTorch refuses those too.
      if let back = try? TransposedConvolution.convTranspose2d(
        y, w, stride: p.stride, padding: p.padding, dilation: p.dilation)
      {
        #expect(back.size == p.transposedCounterpartSize(of: y.size), "seed \(seed)")
        #expect(back.size.h <= x.rows && back.size.h > x.rows - p.stride.h, "seed \(seed)")
      }
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("⟨C x, y⟩ = ⟨x, Cᵀ y⟩: the transposed convolution is the adjoint of the convolution")
  func adjoint() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let (p, x, w) = Self.randomCase(seed) else { continue }
      var rng = SplitMix64(seed: seed ^ 0xA5A5)
      let cx = try Convolution.conv2d(
        x, w, stride: p.stride, padding: p.padding, dilation: p.dilation)
      let y = Matrix.random(cx.size, using: &rng)
      // output_padding makes the transposed output exactly the direct input size.
      let op = Pair(
        AxisShape.outputPaddingToRestore(
          i: p.input.h, k: p.kernel.h, s: p.stride.h, p: p.padding.h, d: p.dilation.h),
        AxisShape.outputPaddingToRestore(
          i: p.input.w, k: p.kernel.w, s: p.stride.w, p: p.padding.w, d: p.dilation.w))
      let ty = try TransposedConvolution.convTranspose2d(
        y, w, stride: p.stride, padding: p.padding, dilation: p.dilation, outputPadding: op)
      #expect(ty.size == x.size, "seed \(seed)")
      #expect(abs(cx.dot(y) - x.dot(ty)) < 1e-9, "seed \(seed)")
      // And Cᵀ as a matrix gives the same transposed convolution.
      let c = try ConvMatrix.make(parameters: p, kernel: w)
      #expect(
        zip(ConvMatrix.multiply(c.transposed, y.storage), ty.storage).allSatisfy {
          abs($0 - $1) < 1e-9
        }, "seed \(seed)")
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("the scatter view equals the zero-insertion view")
  func scatterEqualsZeroInsertion() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      var rng = SplitMix64(seed: seed &* 7919)
      let stride = Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng))
      let dilation = Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng))
      let p = ConvParameters(
        input: Pair(Int.random(in: 1...6, using: &rng), Int.random(in: 1...6, using: &rng)),
        kernel: Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng)),
        stride: stride,
        padding: Pair(Int.random(in: 0...4, using: &rng), Int.random(in: 0...4, using: &rng)),
        dilation: dilation,
        outputPadding: Pair(
          Int.random(in: 0..<max(stride.h, dilation.h), using: &rng),
          Int.random(in: 0..<max(stride.w, dilation.w), using: &rng)))
      guard (try? p.validateTransposed()) != nil else { continue }
      let x = Matrix.random(p.input, using: &rng)
      let w = Matrix.random(p.kernel, using: &rng)
      let scattered = try TransposedConvolution.scatter(input: x, kernel: w, parameters: p)
      let inserted = try TransposedConvolution.zeroInsertion(input: x, kernel: w, parameters: p)
      #expect(scattered.size == p.transposedOutput, "seed \(seed)")
      #expect(close(scattered, inserted.output), "seed \(seed)")
      // The fast scatter adds each cell's terms in the stamp-by-stamp order: equal bits.
      let stamped = try TransposedConvolution.scatterPartial(
        input: x, kernel: w, parameters: p, stamps: x.storage.count)
      #expect(
        scattered.storage.map(\.bitPattern) == stamped.output.storage.map(\.bitPattern),
        "seed \(seed)")
      // Every input value appears in the inserted grid exactly where its kind says.
      for r in 0..<inserted.kinds.rows {
        for c in 0..<inserted.kinds.cols {
          if case .input(let cell) = inserted.kinds[r, c] {
            #expect(inserted.inserted[r, c] == x[cell.h, cell.w], "seed \(seed)")
          } else {
            #expect(inserted.inserted[r, c] == 0, "seed \(seed)")
          }
        }
      }
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("the matrix form equals the direct form, and each cell's terms sum to it")
  func matrixEqualsDirect() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let (p, x, w) = Self.randomCase(seed &+ 1_000_003) else { continue }
      let direct = try Convolution.forward(input: x, kernel: w, parameters: p)
      let c = try ConvMatrix.make(parameters: p, kernel: w)
      let viaMatrix = ConvMatrix.multiply(c, x.storage)
      #expect(
        zip(viaMatrix, direct.output.storage).allSatisfy { abs($0 - $1) < 1e-9 }, "seed \(seed)")
      let r = Int(seed) % direct.output.rows
      let col = Int(seed / 7) % direct.output.cols
      let sum = direct.terms(row: r, col: col).reduce(0) { $0 + $1.product }
      #expect(abs(sum - direct.output[r, col]) < 1e-9, "seed \(seed)")
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("unpooling the pooled map restores every maximum at its place and leaves zeros elsewhere")
  func unpoolRestoresMaxima() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      var rng = SplitMix64(seed: seed &* 104_729)
      let kernel = Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng))
      let stride = Pair(
        Int.random(in: 1...kernel.h, using: &rng), Int.random(in: 1...kernel.w, using: &rng))
      let padding = Pair(
        Int.random(in: 0...(kernel.h / 2), using: &rng),
        Int.random(in: 0...(kernel.w / 2), using: &rng))
      let input = Pair(Int.random(in: 1...10, using: &rng), Int.random(in: 1...10, using: &rng))
      let x = Matrix.random(input, using: &rng, integers: seed % 3 == 0)
      guard let pooled = try? Pooling.maxPool2d(x, kernel: kernel, stride: stride, padding: padding)
      else { continue }
      let back = try Pooling.maxUnpool2d(
        pooled.output, indices: pooled.indices, kernel: kernel, stride: stride, padding: padding,
        outputSize: input)
      var kept = Set<Int>()
      for (value, index) in zip(pooled.output.storage, pooled.indices.storage) {
        #expect(back.storage[index] == value, "seed \(seed)")
        #expect(x.storage[index] == value, "seed \(seed)")
        kept.insert(index)
      }
      for index in back.storage.indices where !kept.contains(index) {
        #expect(back.storage[index] == 0, "seed \(seed)")
      }
      // Each maximum really is the largest value of its window, and the first such.
      for r in 0..<pooled.output.rows {
        for c in 0..<pooled.output.cols {
          let cells = pooled.windowCells(row: r, col: c)
          let values = cells.map { x[$0.h, $0.w] }
          #expect(values.max() == pooled.output[r, c], "seed \(seed)")
          let first = cells.first { x[$0.h, $0.w] == pooled.output[r, c] }!
          #expect(pooled.switchCell(row: r, col: c) == first, "seed \(seed)")
        }
      }
      checked += 1
    }
    #expect(checked == Self.count)
  }
}

extension ConvParameters {
  /// The transposed output size when `size` is fed back with these stride, padding and dilation.
  fileprivate func transposedCounterpartSize(of size: Pair) -> Pair {
    var q = self
    q.input = size
    return q.transposedOutput
  }
}
