import ConvArithmetic
import Testing

@testable import ConvScenes

/// The channels and bnfold scenes' JSON numbers against the engine, called from
/// ``JSONCrossCheckTests`` for every frame of random parameter sets.
enum ChannelCrossCheck {
  typealias Panels = [String: JSONCrossCheckTests.DecodedPanel]

  /// Random channel counts, groups, modes and spatial parameters; some are invalid and skipped.
  static func randomize(_ p: inout SceneParameters, _ generator: inout SplitMix64) {
    func pick(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(generator.next(below: UInt64(range.count)))
    }
    p.input = Pair(pick(1...6), pick(1...6))
    p.kernel = Pair(pick(1...3))
    p.stride = Pair(pick(1...2))
    p.padding = Pair(pick(0...1))
    p.dilation = Pair(pick(1...2))
    let inChannels = pick(1...10)
    let divisors = (1...inChannels).filter { inChannels % $0 == 0 }
    p.channels.inChannels = inChannels
    p.channels.groups = divisors[pick(0...(divisors.count - 1))]
    p.channels.outChannels = p.channels.groups * pick(1...3)
    p.channels.mode = ChannelMode.allCases[pick(0...3)]
    p.channels.multiplier = pick(1...2)
    if generator.next(below: 3) == 0 { p.channels.page = pick(0...1) }
    p.channels.bnValues = .random(seed: generator.next())
  }

  /// Channel `c` of `maps`, padded by `padding` with zeros.
  static func padded(_ maps: Maps, _ c: Int, _ padding: Pair) -> Matrix {
    let grid = maps.channel(c)
    return Matrix(rows: grid.rows + 2 * padding.h, cols: grid.cols + 2 * padding.w) { r, col in
      grid.contains(r - padding.h, col - padding.w) ? grid[r - padding.h, col - padding.w] : 0
    }
  }

  static func check(_ p: SceneParameters, _ frames: [Panels]) throws {
    p.scene == .bnfold ? try checkFold(p, frames) : try checkChannels(p, frames)
  }

  private static func checkChannels(_ p: SceneParameters, _ frames: [Panels]) throws {
    let plan = ChannelPlan(p)
    let s = plan.spatial
    let context = "\(p.channels) \(s)"
    let input = ChannelValues.input(p.values, channels: plan.inChannels, size: s.input)
    let first = ChannelValues.weights(
      p.values, outer: plan.middle, inner: plan.inChannels / plan.groups, kernel: s.kernel)
    let stage1 = try ChannelConvolution.conv2d(
      input, first, groups: plan.groups, stride: s.stride, padding: s.padding,
      dilation: s.dilation)
    var expected: [String: Matrix] = [:]
    for c in 0..<input.channels { expected["input[\(c)]"] = padded(input, c, s.padding) }
    let firstKernel = plan.mode == .separable ? "depthwise_kernel" : "kernel"
    let firstMaps = plan.mode == .separable ? "depthwise" : "output"
    for o in 0..<first.outer {
      for j in 0..<first.inner { expected["\(firstKernel)[\(o)][\(j)]"] = first.slice(o, j) }
      expected["\(firstMaps)[\(o)]"] = stage1.channel(o)
    }
    var connections = [
      try ChannelGroups(
        inChannels: plan.inChannels, outChannels: plan.middle, groups: plan.groups
      ).connections
    ]
    if plan.mode == .separable {
      let second = ChannelValues.weights(
        p.values, outer: plan.outChannels, inner: plan.middle, kernel: Pair(1), salt: 1)
      let output = try ChannelConvolution.conv2d(stage1, second)
      for o in 0..<plan.outChannels {
        for j in 0..<plan.middle { expected["kernel[\(o)][\(j)]"] = second.slice(o, j) }
        expected["output[\(o)]"] = output.channel(o)
      }
      connections.append(
        try ChannelGroups(inChannels: plan.middle, outChannels: plan.outChannels, groups: 1)
          .connections)
    }
    let costs = plan.costs
    let table = Matrix(rows: 4, cols: 2) { r, c in
      let cost = [costs.standard, costs.depthwise, costs.pointwise, costs.separable][r]
      return Double(c == 0 ? cost.parameters : cost.multiplyAdds)
    }
    for (step, frame) in frames.enumerated() {
      for (name, panel) in frame {
        switch name {
        case "connections":
          let values = panel.values.map { $0.map { $0 == 1 } }
          #expect(connections.contains(values), "connections at \(step): \(context)")
        case "costs":
          JSONCrossCheckTests.expectShown(panel, table, context: context)
        default:
          guard let grid = expected[name] else {
            Issue.record("unexpected panel \(name): \(context)")
            continue
          }
          let isMap = name.hasPrefix("output") || name.hasPrefix("depthwise[")
          JSONCrossCheckTests.expectShown(
            panel, grid, context: "\(name) step \(step) \(context)",
            mustShow: { _, _ in !isMap || step == frames.count - 1 })
        }
      }
    }
    // The first step reveals exactly one cell: the first output channel's first cell.
    let shown = frames.first.map { frame in
      frame.filter { $0.key.hasPrefix("output[") || $0.key.hasPrefix("depthwise[") }
        .values.flatMap { $0.values.flatMap { $0 } }.filter { $0 != nil }.count
    }
    #expect(shown == 1, "cells revealed at the first step: \(context)")
  }

  private static func checkFold(_ p: SceneParameters, _ frames: [Panels]) throws {
    let plan = ChannelPlan(p)
    let s = plan.spatial
    let context = "\(p.channels) \(s)"
    let input = ChannelValues.input(p.values, channels: plan.inChannels, size: s.input)
    let weights = ChannelValues.weights(
      p.values, outer: plan.outChannels, inner: plan.inChannels / plan.groups, kernel: s.kernel)
    let (stats, bias) = p.channels.bnValues.statistics(
      channels: plan.outChannels, eps: p.channels.eps)
    func conv(_ w: Weights, _ b: [Double]?) throws -> Maps {
      try ChannelConvolution.conv2d(
        input, w, bias: b, groups: plan.groups, stride: s.stride, padding: s.padding,
        dilation: s.dilation)
    }
    let y = try conv(weights, bias)
    let normalised = try BatchNorm.apply(y, stats)
    let fold = try BatchNorm.fold(kernel: weights, bias: bias, statistics: stats)
    let folded = try conv(fold.kernel, fold.bias)
    var expected: [String: Matrix] = [:]
    for c in 0..<input.channels { expected["input[\(c)]"] = padded(input, c, s.padding) }
    for o in 0..<plan.outChannels {
      for j in 0..<weights.inner {
        expected["kernel[\(o)][\(j)]"] = weights.slice(o, j)
        expected["folded_kernel[\(o)][\(j)]"] = fold.kernel.slice(o, j)
      }
      expected["conv[\(o)]"] = y.channel(o)
      expected["conv_bn[\(o)]"] = normalised.channel(o)
      expected["folded[\(o)]"] = folded.channel(o)
    }
    let scale = stats.scale
    expected["bn"] = Matrix(rows: plan.outChannels, cols: 7) { o, c in
      [
        stats.mean[o], stats.variance[o], stats.weight?[o] ?? 1, stats.shift[o], scale[o],
        bias?[o] ?? 0, fold.bias[o],
      ][c]
    }
    for (step, frame) in frames.enumerated() {
      for (name, panel) in frame {
        guard let grid = expected[name] else {
          Issue.record("unexpected panel \(name): \(context)")
          continue
        }
        JSONCrossCheckTests.expectShown(
          panel, grid, context: "\(name) step \(step) \(context)",
          mustShow: { _, _ in step == frames.count - 1 })
      }
    }
  }
}
