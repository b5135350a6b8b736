import Testing

@testable import ConvArithmetic

/// True convolution: the kernel flipped by 180°, against scipy's definition and by properties.
@Suite("True convolution (the flipped kernel)")
struct KernelFlipTests {
  static let count = 500

  @Test("flipping twice gives the kernel back, and the mirror of a cell is its own inverse")
  func flipTwiceIsIdentity() {
    for seed in 0..<UInt64(Self.count) {
      var rng = SplitMix64(seed: seed)
      let size = Pair(Int(rng.next() % 6) + 1, Int(rng.next() % 6) + 1)
      let w = Matrix.random(size, using: &rng)
      #expect(KernelFlip.flipped(KernelFlip.flipped(w)) == w, "seed \(seed)")
      let flipped = KernelFlip.flipped(w)
      for r in 0..<size.h {
        for c in 0..<size.w {
          let source = KernelFlip.source(of: Pair(r, c), kernel: size)
          #expect(flipped[r, c] == w[source.h, source.w])
          #expect(KernelFlip.source(of: source, kernel: size) == Pair(r, c))
        }
      }
    }
  }

  @Test("a hand-worked convolve2d: [[1,2],[3,4]] ∗ [[0,1],[2,3]] = [[0,1,2],[2,10,10],[6,17,12]]")
  func handWorked() throws {
    let x = Matrix(rows: 2, cols: 2, storage: [1, 2, 3, 4])
    let w = Matrix(rows: 2, cols: 2, storage: [0, 1, 2, 3])
    // y[1,1] = x00·w11 + x01·w10 + x10·w01 + x11·w00 = 3 + 4 + 3 + 0.
    let expected: [Double] = [0, 1, 2, 2, 10, 10, 6, 17, 12]
    #expect(Convolution.convolve2dFull(x, w).storage == expected)
    let sliding = try Convolution.trueForward(
      input: x, kernel: w,
      parameters: ConvParameters(input: x.size, kernel: w.size, padding: Pair(1)))
    #expect(sliding.output.storage == expected)
    // Cross-correlation, PyTorch's conv2d, is not the same: its y[1,1] is 1·0 + 2·1 + 3·2 + 4·3.
    let correlation = try Convolution.conv2d(x, w, padding: Pair(1))
    #expect(correlation[1, 1] == 20)
    #expect(correlation.storage != expected)
  }

  @Test("the flipped sliding window with full padding is convolve2d, which commutes")
  func slidingEqualsDefinition() throws {
    for seed in 0..<UInt64(Self.count) {
      var rng = SplitMix64(seed: seed ^ 0xF11F)
      let x = Matrix.random(Pair(Int(rng.next() % 7) + 1, Int(rng.next() % 7) + 1), using: &rng)
      let w = Matrix.random(Pair(Int(rng.next() % 4) + 1, Int(rng.next() % 4) + 1), using: &rng)
      let full = Pair(w.rows - 1, w.cols - 1)
      let sliding = try Convolution.trueForward(
        input: x, kernel: w,
        parameters: ConvParameters(input: x.size, kernel: w.size, padding: full))
      let reference = Convolution.convolve2dFull(x, w)
      #expect(sliding.output.size == reference.size, "seed \(seed)")
      #expect(
        zip(sliding.output.storage, reference.storage).allSatisfy { abs($0 - $1) <= 1e-9 },
        "seed \(seed)")
      // x ∗ w = w ∗ x holds for true convolution only; it checks the reference itself.
      let swapped = Convolution.convolve2dFull(w, x)
      #expect(zip(swapped.storage, reference.storage).allSatisfy { abs($0 - $1) <= 1e-9 })
    }
  }

  @Test("each term names the weight as given: Σ value · w[source] is the output cell")
  func termsNameTheGivenWeight() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let (p, x, w) = PropertyTests.randomCase(seed) else { continue }
      let result = try Convolution.trueForward(input: x, kernel: w, parameters: p)
      #expect(result.flipped)
      #expect(result.kernel == KernelFlip.flipped(w))
      for r in 0..<result.output.rows {
        for c in 0..<result.output.cols {
          let sum = result.terms(row: r, col: c).reduce(0.0) {
            $0 + $1.value * w[$1.source.h, $1.source.w]
          }
          #expect(abs(sum - result.output[r, c]) <= 1e-9, "seed \(seed)")
        }
      }
      let plain = try Convolution.forward(input: x, kernel: w, parameters: p)
      #expect(plain.terms(row: 0, col: 0).allSatisfy { $0.source == $0.kernel })
      checked += 1
    }
  }

  @Test("zero insertion's terms name the given weight and the input cell each tap reads")
  func zeroInsertionSources() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < 200 {
      guard let (p, x, w) = PropertyTests.randomCase(seed) else { continue }
      guard let zeros = try? TransposedConvolution.zeroInsertion(input: x, kernel: w, parameters: p)
      else { continue }
      for r in 0..<zeros.output.rows {
        for c in 0..<zeros.output.cols {
          var sum = 0.0
          for term in zeros.convolution.terms(row: r, col: c) {
            guard case .input(let cell) = zeros.kinds[term.padded.h, term.padded.w] else {
              continue
            }
            sum += x[cell.h, cell.w] * w[term.source.h, term.source.w]
          }
          #expect(abs(sum - zeros.output[r, c]) <= 1e-9, "seed \(seed)")
        }
      }
      checked += 1
    }
    #expect(checked > 50)
  }

  @Test("C's taps say which weight each entry holds, and nothing else is non-zero")
  func matrixTaps() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < 200 {
      guard let (p, _, w) = PropertyTests.randomCase(seed) else { continue }
      guard let c = try? ConvMatrix.make(parameters: p, kernel: w) else { continue }
      let taps = try ConvMatrix.taps(parameters: p)
      #expect(taps.rows == c.rows && taps.cols == c.cols)
      for index in c.storage.indices {
        let expected = taps.storage[index].map { w[$0.h, $0.w] } ?? 0
        #expect(c.storage[index] == expected, "seed \(seed)")
      }
      checked += 1
    }
  }
}
