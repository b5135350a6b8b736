import Testing

@testable import ConvArithmetic

/// Channel groupings and the costs of the four kinds of convolution across channels.
@Suite struct ChannelCostsTests {
  @Test("MobileNet v1's 3×3 block, 32 → 64: 18,432 against 2,336 weights, 7.9× fewer")
  func mobileNet() {
    let costs = ChannelCosts(inChannels: 32, outChannels: 64, kernel: Pair(3), output: Pair(112))
    #expect(costs.standard.parameters == 18_432)
    #expect(costs.depthwise.parameters == 288)
    #expect(costs.pointwise.parameters == 2_048)
    #expect(costs.separable.parameters == 2_336)
    #expect(costs.standard.multiplyAdds == 18_432 * 112 * 112)
    #expect((costs.fewer * 10).rounded() == 79)
    #expect(abs(costs.ratio - (1.0 / 64 + 1.0 / 9)) < 1e-15)
  }

  @Test("separable / standard = m/C_out + m/(kh·kw) for random channel counts")
  func ratioClosedForm() {
    var rng = SplitMix64(seed: 11)
    for _ in 0..<2_000 {
      let costs = ChannelCosts(
        inChannels: Int.random(in: 1...64, using: &rng),
        outChannels: Int.random(in: 1...64, using: &rng),
        kernel: Pair(Int.random(in: 1...7, using: &rng), Int.random(in: 1...7, using: &rng)),
        output: Pair(Int.random(in: 1...9, using: &rng)),
        multiplier: Int.random(in: 1...3, using: &rng))
      #expect(abs(costs.ratio - costs.ratioFormula) < 1e-12, "\(costs)")
    }
  }

  @Test("a cost's weights are the engine's weight count, and each is used once per output cell")
  func costsMatchTheEngine() throws {
    for seed in 0..<300 as Range<UInt64> {
      guard let c = ChannelCase.random(seed) else { continue }
      let output = try ChannelConvolution.conv2d(
        c.input, c.weights, groups: c.groups, stride: c.parameters.stride,
        padding: c.parameters.padding, dilation: c.parameters.dilation)
      let cost = ChannelCosts.Cost(
        parameters: ChannelCosts.weights(c.inChannels, c.outChannels, c.groups, c.weights.kernel),
        output: output.size)
      #expect(cost.parameters == c.weights.storage.count)
      #expect(cost.multiplyAdds == c.weights.storage.count * output.size.area)
    }
  }

  @Test("the connections are what the convolution reads: changing input c moves only its outputs")
  func connectionsMatchTheConvolution() throws {
    var checked = 0
    for seed in 0..<200 as Range<UInt64> {
      guard let c = ChannelCase.random(seed + 1_000) else { continue }
      let groups = try ChannelGroups(
        inChannels: c.inChannels, outChannels: c.outChannels, groups: c.groups)
      let run = { (x: Maps) throws -> Maps in
        try ChannelConvolution.conv2d(
          x, c.weights, groups: c.groups, stride: c.parameters.stride,
          padding: c.parameters.padding, dilation: c.parameters.dilation)
      }
      let before = try run(c.input)
      for channel in 0..<c.inChannels {
        var changed = c.input
        for r in 0..<changed.rows {
          for col in 0..<changed.cols { changed[channel, r, col] += 1000 }
        }
        let after = try run(changed)
        for o in 0..<c.outChannels {
          let moved = (0..<after.size.area).contains { index in
            after.storage[o * after.size.area + index]
              != before.storage[o * before.size.area + index]
          }
          // A read channel can still leave an output unmoved if every tap it feeds is zero weight
          // or padding; random weights and a +1000 shift make that vanishingly rare, so only the
          // other direction is strict.
          if !groups.connections[o][channel] { #expect(!moved, "seed \(seed) o \(o) c \(channel)") }
          if groups.connections[o][channel] { checked += moved ? 1 : 0 }
        }
      }
    }
    #expect(checked > 100)
  }

  @Test("depthwise lights the diagonal; groups light diagonal blocks")
  func patterns() throws {
    let depthwise = try ChannelGroups(inChannels: 4, outChannels: 4, groups: 4).connections
    #expect(depthwise == (0..<4).map { o in (0..<4).map { $0 == o } })
    let grouped = try ChannelGroups(inChannels: 4, outChannels: 6, groups: 2)
    #expect(grouped.inputs(of: 2) == 0..<2)
    #expect(grouped.inputs(of: 3) == 2..<4)
    #expect(throws: ConvError.self) {
      try ChannelGroups(inChannels: 4, outChannels: 6, groups: 4)
    }
  }

  @Test("std in place of var: the scale grows by var^¼ / …, e.g. 2× for a variance of 16")
  func standardDeviationMistake() {
    let right = BatchNormStatistics(mean: [0], variance: [16], weight: [0.5], eps: 1e-5)
    let wrong = right.standardDeviationAsVariance
    #expect(wrong.variance == [4])
    #expect(abs(wrong.scale[0] / right.scale[0] - 2) < 1e-5)
  }
}
