import Testing

@testable import ConvArithmetic

/// A random multi-channel convolution: parameters, channel counts, groups, and values to match.
struct ChannelCase {
  var parameters: ConvParameters
  var inChannels: Int
  var outChannels: Int
  var groups: Int
  var input: Maps
  /// `[C_out][C_in/groups][kh][kw]`.
  var weights: Weights
  var bias: [Double]?

  /// A valid case from `seed`, or nil when the spatial parameters give no output.
  ///
  /// Groups are drawn from the divisors of a random C_in, then C_out is a
  /// multiple of groups, so standard, grouped, depthwise and depthwise with
  /// a channel multiplier all occur.
  static func random(_ seed: UInt64, maxChannels: Int = 6, maxSide: Int = 8) -> ChannelCase? {
    var rng = SplitMix64(seed: seed)
    let kernel = Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng))
    let p = ConvParameters(
      input: Pair(
        Int.random(in: 1...maxSide, using: &rng), Int.random(in: 1...maxSide, using: &rng)),
      kernel: kernel,
      stride: Pair(Int.random(in: 1...3, using: &rng), Int.random(in: 1...3, using: &rng)),
      padding: Pair(Int.random(in: 0...2, using: &rng), Int.random(in: 0...2, using: &rng)),
      dilation: Pair(Int.random(in: 1...2, using: &rng), Int.random(in: 1...2, using: &rng)))
    guard (try? p.validateConvolution()) != nil else { return nil }
    let inChannels = Int.random(in: 1...maxChannels, using: &rng)
    let divisors = (1...inChannels).filter { inChannels % $0 == 0 }
    let groups = divisors.randomElement(using: &rng)!
    let outChannels = groups * Int.random(in: 1...3, using: &rng)
    let input = Maps(
      channels: inChannels, rows: p.input.h, cols: p.input.w,
      storage: (0..<(inChannels * p.input.area)).map { _ in Double.random(in: -2...2, using: &rng) }
    )
    let weights = Weights(outer: outChannels, inner: inChannels / groups, kernel: kernel) {
      _, _, _, _ in Double.random(in: -2...2, using: &rng)
    }
    let bias =
      Bool.random(using: &rng)
      ? (0..<outChannels).map { _ in Double.random(in: -2...2, using: &rng) } : nil
    return ChannelCase(
      parameters: p, inChannels: inChannels, outChannels: outChannels, groups: groups,
      input: input, weights: weights, bias: bias)
  }

  func conv() throws -> Maps {
    try ChannelConvolution.conv2d(
      input, weights, bias: bias, groups: groups, stride: parameters.stride,
      padding: parameters.padding, dilation: parameters.dilation)
  }
}

/// Random statistics for `channels` channels, variances positive.
func randomStatistics(_ channels: Int, using rng: inout SplitMix64) -> BatchNormStatistics {
  func values(_ range: ClosedRange<Double>) -> [Double] {
    (0..<channels).map { _ in Double.random(in: range, using: &rng) }
  }
  return BatchNormStatistics(
    mean: values(-2...2), variance: values(0...3), weight: values(-2...2), bias: values(-2...2),
    eps: [1e-5, 1e-3, 0.1].randomElement(using: &rng)!)
}

/// Whether two stacks have one shape and agree within `tolerance`.
func close(_ a: Maps, _ b: Maps, tolerance: Double = 1e-9) -> Bool {
  a.maxAbsDifference(b) <= tolerance
}

/// Multi-channel convolution, batch norm and folding, over thousands of seeded random cases.
@Suite("Channels: properties over random parameters")
struct ChannelPropertyTests {
  static let count = 2_000

  @Test(
    "multi-channel conv2d = per output channel, the sum of single-channel convs over its group, plus bias"
  )
  func convIsSumOfSingleChannelConvs() throws {
    var checked = 0
    var kinds = Set<String>()
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let c = ChannelCase.random(seed) else { continue }
      let y = try c.conv()
      let p = c.parameters
      #expect(y.channels == c.outChannels && y.size == p.convOutput, "seed \(seed)")
      let perGroupOut = c.outChannels / c.groups
      let perGroupIn = c.inChannels / c.groups
      for o in 0..<c.outChannels {
        var expected = Matrix.zeros(p.convOutput)
        let group = o / perGroupOut
        for j in 0..<perGroupIn {
          let single = try Convolution.conv2d(
            c.input.channel(group * perGroupIn + j), c.weights.slice(o, j), stride: p.stride,
            padding: p.padding, dilation: p.dilation)
          for index in expected.storage.indices { expected.storage[index] += single.storage[index] }
        }
        if let bias = c.bias { expected = expected.map { $0 + bias[o] } }
        #expect(close(y.channel(o), expected), "seed \(seed), output channel \(o)")
      }
      kinds.insert(
        c.groups == 1 ? "standard" : c.groups == c.inChannels ? "depthwise" : "grouped")
      checked += 1
    }
    #expect(checked == Self.count)
    #expect(kinds == ["standard", "depthwise", "grouped"])
  }

  @Test(
    "multi-channel conv_transpose2d = per input channel, single-channel transposed convs scattered to its group"
  )
  func transposedIsSumOfSingleChannelTransposedConvs() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      var rng = SplitMix64(seed: seed ^ 0x5EED)
      // Reuse the conv generator for sizes and channel counts; read its weights as [C_in][C_out/groups][kh][kw].
      guard let c = ChannelCase.random(seed) else { continue }
      let p = c.parameters
      let op = Pair(
        Int.random(in: 0..<max(p.stride.h, p.dilation.h), using: &rng),
        Int.random(in: 0..<max(p.stride.w, p.dilation.w), using: &rng))
      let inChannels = c.weights.outer
      let perGroupIn = inChannels / c.groups
      let input = Maps(
        channels: inChannels, rows: p.input.h, cols: p.input.w,
        storage: (0..<(inChannels * p.input.area)).map { _ in Double.random(in: -2...2, using: &rng)
        })
      let outChannels = c.weights.inner * c.groups
      let bias = c.bias.map { _ in
        (0..<outChannels).map { _ in Double.random(in: -1...1, using: &rng) }
      }
      guard
        let y = try? ChannelConvolution.convTranspose2d(
          input, c.weights, bias: bias, groups: c.groups, stride: p.stride, padding: p.padding,
          dilation: p.dilation, outputPadding: op)
      else {
        // The only refusal left is an output below one cell, which the single-channel op also refuses.
        #expect(
          (try? TransposedConvolution.convTranspose2d(
            input.channel(0), c.weights.slice(0, 0), stride: p.stride, padding: p.padding,
            dilation: p.dilation, outputPadding: op)) == nil, "seed \(seed)")
        continue
      }
      #expect(y.channels == outChannels, "seed \(seed)")
      for o in 0..<outChannels {
        let group = o / c.weights.inner
        var expected = Matrix.zeros(y.size)
        for ci in (group * perGroupIn)..<((group + 1) * perGroupIn) {
          let single = try TransposedConvolution.convTranspose2d(
            input.channel(ci), c.weights.slice(ci, o % c.weights.inner), stride: p.stride,
            padding: p.padding, dilation: p.dilation, outputPadding: op)
          for index in expected.storage.indices { expected.storage[index] += single.storage[index] }
        }
        if let bias { expected = expected.map { $0 + bias[o] } }
        #expect(close(y.channel(o), expected), "seed \(seed), output channel \(o)")
      }
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test("⟨conv(x), y⟩ = ⟨x, conv_transpose(y)⟩ with the same weights and groups")
  func adjoint() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard var c = ChannelCase.random(seed) else { continue }
      c.bias = nil  // a bias is affine, not linear: the adjoint holds for the weights alone
      var rng = SplitMix64(seed: seed ^ 0xAD70)
      let p = c.parameters
      let cx = try c.conv()
      let y = Maps(
        channels: cx.channels, rows: cx.rows, cols: cx.cols,
        storage: cx.storage.map { _ in Double.random(in: -2...2, using: &rng) })
      let op = Pair(
        AxisShape.outputPaddingToRestore(
          i: p.input.h, k: p.kernel.h, s: p.stride.h, p: p.padding.h, d: p.dilation.h),
        AxisShape.outputPaddingToRestore(
          i: p.input.w, k: p.kernel.w, s: p.stride.w, p: p.padding.w, d: p.dilation.w))
      let cty = try ChannelConvolution.convTranspose2d(
        y, c.weights, groups: c.groups, stride: p.stride, padding: p.padding,
        dilation: p.dilation, outputPadding: op)
      #expect(cty.channels == c.inChannels && cty.size == p.input, "seed \(seed)")
      let left = cx.dot(y)
      let right = c.input.dot(cty)
      #expect(abs(left - right) <= 1e-9 * max(1, abs(left)), "seed \(seed): \(left) vs \(right)")
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test(
    "conv with folded weights = batch_norm2d(conv), with or without a conv bias, for any groups")
  func foldedConvEqualsConvThenBatchNorm() throws {
    var checked = 0
    for seed in 0..<UInt64(10 * Self.count) where checked < Self.count {
      guard let c = ChannelCase.random(seed) else { continue }
      var rng = SplitMix64(seed: seed ^ 0xB0B)
      let statistics = randomStatistics(c.outChannels, using: &rng)
      let convBN = try BatchNorm.apply(try c.conv(), statistics)
      let folded = try BatchNorm.fold(kernel: c.weights, bias: c.bias, statistics: statistics)
      let p = c.parameters
      let foldedConv = try ChannelConvolution.conv2d(
        c.input, folded.kernel, bias: folded.bias, groups: c.groups, stride: p.stride,
        padding: p.padding, dilation: p.dilation)
      // Small variances make scales near 1/√eps, so compare relative to the values' size.
      let size = convBN.storage.map(abs).max() ?? 1
      #expect(close(foldedConv, convBN, tolerance: 1e-9 * max(1, size)), "seed \(seed)")
      checked += 1
    }
    #expect(checked == Self.count)
  }

  @Test(
    "batch norm with weight √(var + eps) and bias = mean is the identity; with weight 0 it is the bias"
  )
  func batchNormIdentities() throws {
    for seed in 0..<UInt64(500) {
      var rng = SplitMix64(seed: seed)
      let channels = Int.random(in: 1...6, using: &rng)
      let size = Pair(Int.random(in: 1...5, using: &rng), Int.random(in: 1...5, using: &rng))
      let x = Maps.random(channels: channels, size: size, using: &rng)
      var statistics = randomStatistics(channels, using: &rng)
      statistics.weight = zip(statistics.variance, statistics.mean).map { v, _ in
        (v + statistics.eps).squareRoot()
      }
      statistics.bias = statistics.mean
      #expect(close(try BatchNorm.apply(x, statistics), x, tolerance: 1e-12), "seed \(seed)")
      statistics.weight = Array(repeating: 0, count: channels)
      let constant = try BatchNorm.apply(x, statistics)
      for ch in 0..<channels {
        #expect(
          constant.channel(ch).storage.allSatisfy { $0 == statistics.mean[ch] }, "seed \(seed)")
      }
    }
  }

  @Test(
    "groups = C_in with a channel multiplier m: output channel o reads input channel o / m only")
  func depthwiseReadsOneChannel() throws {
    var rng = SplitMix64(seed: 11)
    let x = Maps.random(channels: 3, size: Pair(5), using: &rng)
    let w = Weights(outer: 6, inner: 1, kernel: Pair(3)) { _, _, _, _ in
      Double.random(in: -1...1, using: &rng)
    }
    let y = try ChannelConvolution.conv2d(x, w, groups: 3, padding: Pair(1))
    for o in 0..<6 {
      var changed = x
      // Disturb every channel but the one output o reads.
      for c in 0..<3 where c != o / 2 {
        for index in (c * 25)..<((c + 1) * 25) { changed.storage[index] += 7 }
      }
      let other = try ChannelConvolution.conv2d(changed, w, groups: 3, padding: Pair(1))
      #expect(other.channel(o) == y.channel(o), "output channel \(o)")
    }
  }

  @Test("channel errors are values with the numbers involved")
  func errors() throws {
    let x = Maps(channels: 4, size: Pair(5), repeating: 1)
    func conv(_ w: Weights, groups: Int = 1, bias: [Double]? = nil) -> ConvError? {
      do {
        _ = try ChannelConvolution.conv2d(x, w, bias: bias, groups: groups)
        return nil
      } catch { return error }
    }
    func weights(_ outer: Int, _ inner: Int) -> Weights {
      Weights(outer: outer, inner: inner, kernel: Pair(3)) { _, _, _, _ in 1 }
    }
    #expect(
      conv(weights(6, 4), groups: 3)
        == .channels(.groupsDoNotDivide(groups: 3, channels: 4, side: .input)))
    #expect(
      conv(weights(3, 2), groups: 2)
        == .channels(.groupsDoNotDivide(groups: 2, channels: 3, side: .output)))
    #expect(
      conv(weights(4, 4), groups: 2)
        == .channels(.kernelInputChannels(found: 4, inputChannels: 4, groups: 2)))
    #expect(conv(weights(4, 4), groups: 0) == .channels(.groupsNotPositive(groups: 0)))
    #expect(
      conv(weights(2, 4), bias: [1])
        == .channels(.vectorLength(name: .bias, found: 1, expected: 2)))
    #expect(conv(weights(2, 4)) == nil)

    var transposedError: ConvError?
    do {
      _ = try ChannelConvolution.convTranspose2d(x, weights(3, 2))
    } catch { transposedError = error }
    #expect(transposedError == .channels(.transposedKernelChannels(found: 3, inputChannels: 4)))

    var statistics = BatchNormStatistics(mean: [0, 0, 0, 0], variance: [1, 1, -0.5, 1])
    #expect(throws: ConvError.channels(.negativeVariance(channel: 2, value: -0.5))) {
      try BatchNorm.apply(x, statistics)
    }
    statistics.variance = [1, 1, 1, 1]
    for eps in [0.0, -1e-5] {
      statistics.eps = eps
      #expect(throws: ConvError.channels(.epsNotPositive(value: eps))) {
        try BatchNorm.apply(x, statistics)
      }
    }
    statistics.eps = 1e-5
    statistics.mean = [0, 0, 0]
    #expect(throws: ConvError.channels(.vectorLength(name: .mean, found: 3, expected: 4))) {
      try BatchNorm.apply(x, statistics)
    }
    #expect(throws: ConvError.channels(.vectorLength(name: .bnMean, found: 3, expected: 2))) {
      try BatchNorm.fold(kernel: weights(2, 4), bias: nil, statistics: statistics)
    }
  }
}

extension Maps {
  /// A stack of random values in −2…2.
  static func random(channels: Int, size: Pair, using rng: inout SplitMix64) -> Maps {
    Maps(
      channels: channels, rows: size.h, cols: size.w,
      storage: (0..<(channels * size.area)).map { _ in Double.random(in: -2...2, using: &rng) })
  }
}
