import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// Every number the JSON export shows, at every frame of every scene, equals the engine's.
///
/// The expected grids come straight from the engine here; the scenes must agree
/// with them cell for cell, and show null exactly where a cell is not yet revealed.
@Suite struct JSONCrossCheckTests {
  /// A decoded panel: values (nil for null) and role names.
  struct DecodedPanel: Decodable {
    var name: String
    var values: [[Double?]]
    var roles: [[String]]
  }

  struct DecodedFrame: Decodable {
    var index: Int
    var count: Int
    var captions: [String]
    var panels: [DecodedPanel]
  }

  struct DecodedExport: Decodable {
    var scene: String
    var frames: [DecodedFrame]
  }

  /// JSONDecoder, because Foundation's JSONSerialization on Linux rounds some doubles.
  static func decode(_ json: String) throws -> [[String: DecodedPanel]] {
    let export = try JSONDecoder().decode(DecodedExport.self, from: Data(json.utf8))
    return export.frames.map { frame in
      Dictionary(frame.panels.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
  }

  /// Shown values equal `expected`; a null is allowed only where `mayHide` says so.
  static func expectShown(
    _ panel: DecodedPanel?, _ expected: Matrix, context: String,
    mustShow: (Int, Int) -> Bool = { _, _ in true },
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let panel else {
      Issue.record("missing panel: \(context)", sourceLocation: sourceLocation)
      return
    }
    guard panel.values.count == expected.rows,
      panel.values.allSatisfy({ $0.count == expected.cols })
    else {
      Issue.record(
        "panel size differs from the engine's \(expected.size): \(context)",
        sourceLocation: sourceLocation)
      return
    }
    for r in 0..<expected.rows {
      for c in 0..<expected.cols {
        if let value = panel.values[r][c] {
          if value != expected[r, c] {
            Issue.record(
              "[\(r),\(c)] shows \(value), engine \(expected[r, c]): \(context)",
              sourceLocation: sourceLocation)
            return
          }
        } else if mustShow(r, c) {
          Issue.record(
            "[\(r),\(c)] is null but should show \(expected[r, c]): \(context)",
            sourceLocation: sourceLocation)
          return
        }
      }
    }
  }

  /// Seeded random parameters for `scene`, small enough to draw; some are invalid and skipped.
  static func randomParameters(_ scene: SceneKind, _ generator: inout SplitMix64) -> SceneParameters
  {
    func pick(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(generator.next(below: UInt64(range.count)))
    }
    func pair(_ range: ClosedRange<Int>) -> Pair {
      generator.next(below: 3) == 0 ? Pair(pick(range), pick(range)) : Pair(pick(range))
    }
    var p = SceneParameters.defaults(for: scene)
    p.values = .random(seed: generator.next())
    switch scene {
    case .conv:
      p.input = pair(1...9)
      p.kernel = pair(1...4)
      p.stride = pair(1...3)
      p.padding = pair(0...2)
      p.dilation = pair(1...3)
    case .transposed:
      p.input = pair(1...5)
      p.kernel = pair(1...4)
      p.stride = pair(1...3)
      p.padding = pair(0...3)
      p.dilation = pair(1...2)
      p.outputPadding = pair(0...2)
      p.view = generator.next(below: 2) == 0 ? .zeros : .scatter
    case .unpool:
      p.input = pair(2...9)
      p.kernel = pair(1...3)
      p.stride = pair(1...3)
      p.padding = pair(0...1)
    case .bilinear:
      p.kernel = Pair(pick(1...12))
    case .matrix, .interp:
      MatrixCrossCheck.randomize(&p, pick: pick, pair: pair)
    case .shapes:
      p.input = Pair(pick(1...40))
      p.kernel = Pair(pick(1...5))
      p.stride = Pair(pick(1...4))
      p.padding = Pair(pick(0...3))
      p.dilation = Pair(pick(1...3))
      p.shapes.rows = pick(1...12)
    case .channels, .bnfold: ChannelCrossCheck.randomize(&p, &generator)
    case .receptive, .overlap: return StackCrossCheck.randomParameters(scene, &generator)
    }
    return p
  }

  @Test(arguments: SceneKind.allCases)
  func everyFrameMatchesTheEngine(_ scene: SceneKind) throws {
    var generator = SplitMix64(seed: 2026 + UInt64(SceneKind.allCases.firstIndex(of: scene)!))
    var checked = 0
    for _ in 0..<120 {
      let p = Self.randomParameters(scene, &generator)
      guard let steps = try? Scenes.build(p) else { continue }
      let frames = try Self.decode(JSONRenderer().render(steps.frames, parameters: p))
      #expect(frames.count == steps.stepCount)
      try check(p, frames)
      checked += 1
    }
    #expect(checked >= 40, "too few valid random parameter sets: \(checked)")
  }

  private func check(_ p: SceneParameters, _ frames: [[String: DecodedPanel]]) throws {
    let context = "\(p)"
    let input = p.values.inputGrid(size: p.input)
    let kernel = p.values.kernelGrid(size: p.kernel)
    switch (p.scene, p.view) {
    case (.conv, _):
      let result = try Convolution.forward(
        input: input, kernel: kernel, parameters: p.convParameters)
      let direct = try Convolution.conv2d(
        input, kernel, stride: p.stride, padding: p.padding, dilation: p.dilation)
      for (step, frame) in frames.enumerated() {
        Self.expectShown(frame["input"], result.paddedInput, context: context)
        Self.expectShown(frame["kernel"], kernel, context: context)
        Self.expectShown(
          frame["output"], direct, context: "\(context) step \(step)",
          mustShow: { r, c in r * direct.cols + c <= step })
        let shown = frame["output"]?.values.flatMap { $0 }.filter { $0 != nil }.count
        #expect(shown == step + 1, "output cells shown at step \(step): \(context)")
      }
      Self.expectShown(frames.last?["output"], direct, context: "final output \(context)")
    case (.transposed, .zeros):
      let zeros = try TransposedConvolution.zeroInsertion(
        input: input, kernel: kernel, parameters: p.convParameters)
      let reference = try TransposedConvolution.convTranspose2d(
        input, kernel, stride: p.stride, padding: p.padding, dilation: p.dilation,
        outputPadding: p.outputPadding)
      for frame in frames {
        Self.expectShown(frame["input"], input, context: context)
        Self.expectShown(frame["kernel"], kernel, context: context)
        Self.expectShown(
          frame["inserted"], zeros.inserted, context: context, mustShow: { _, _ in false })
        Self.expectShown(
          frame["rotated"], kernel.rotated180, context: context, mustShow: { _, _ in false })
        Self.expectShown(frame["output"], reference, context: context, mustShow: { _, _ in false })
      }
      Self.expectShown(
        frames.last?["inserted"], zeros.inserted, context: "final inserted \(context)")
      Self.expectShown(
        frames.last?["rotated"], kernel.rotated180, context: "final rotated \(context)")
      Self.expectShown(frames.last?["output"], reference, context: "final output \(context)")
    case (.transposed, .scatter):
      let reference = try TransposedConvolution.convTranspose2d(
        input, kernel, stride: p.stride, padding: p.padding, dilation: p.dilation,
        outputPadding: p.outputPadding)
      for (step, frame) in frames.enumerated() {
        let partial = try TransposedConvolution.scatterPartial(
          input: input, kernel: kernel, parameters: p.convParameters, stamps: step + 1)
        Self.expectShown(
          frame["output"], partial.output, context: "\(context) stamp \(step)",
          mustShow: { r, c in partial.counts[r, c] > 0 })
        // The stamps panel counts over the full stamped grid, cropped ring included.
        let whole = try TransposedConvolution.scatterPartialUncropped(
          input: input, kernel: kernel, parameters: p.convParameters, stamps: step + 1)
        Self.expectShown(
          frame["stamps"], whole.counts.map(Double.init), context: "\(context) stamp \(step)")
      }
      // Cells no stamp reaches stay null; every other final cell equals PyTorch's conv_transpose2d.
      Self.expectShown(
        frames.last?["output"], reference, context: "final output \(context)",
        mustShow: { _, _ in false })
    case (.unpool, _):
      let pool = try Pooling.maxPool2d(
        input, kernel: p.kernel, stride: p.stride, padding: p.padding)
      // The scene unpools back to the input's size, so the switches keep their rows and columns.
      let unpooled = try Pooling.maxUnpool2d(
        pool.output, indices: pool.indices, kernel: p.kernel, stride: p.stride, padding: p.padding,
        outputSize: input.size)
      let unsampled = try Upsampling.nearest(
        pool.output, .scale(h: Double(p.stride.h), w: Double(p.stride.w)))
      for frame in frames {
        Self.expectShown(frame["input"], input, context: context)
        Self.expectShown(
          frame["pooled"], pool.output, context: context, mustShow: { _, _ in false })
        Self.expectShown(frame["unpooled"], unpooled, context: context, mustShow: { _, _ in false })
        Self.expectShown(
          frame["unsampled"], unsampled, context: context, mustShow: { _, _ in false })
      }
      Self.expectShown(frames.last?["pooled"], pool.output, context: "final pooled \(context)")
      Self.expectShown(frames.last?["unpooled"], unpooled, context: "final unpooled \(context)")
      Self.expectShown(frames.last?["unsampled"], unsampled, context: "final unsampled \(context)")
    case (.channels, _), (.bnfold, _): try ChannelCrossCheck.check(p, frames)
    case (.matrix, _), (.interp, _):
      try MatrixCrossCheck.check(p, frames)
    case (.bilinear, _):
      for style in BilinearStyle.allCases {
        let expected = try BilinearKernel.make(size: p.kernel.h, style: style)
        for (step, frame) in frames.enumerated() {
          Self.expectShown(
            frame[style.rawValue], expected, context: "\(style) \(context)",
            mustShow: { r, _ in r <= step })
        }
      }
    case (.shapes, _):
      let first = p.input.h
      let table = try SizeTable(
        inputs: first...(first + p.shapes.rows - 1), k: p.kernel.h, s: p.stride.h,
        p: p.padding.h, d: p.dilation.h)
      let expected = table.rows.map { row in
        [
          row.i, row.pytorch, row.tfValid, row.tfSame, row.samePadBefore, row.samePadAfter,
          row.transposed, row.outputPadding,
        ].map { $0.map(Double.init) }
      }
      #expect(frames.count == table.rows.count)
      for frame in frames {
        #expect(frame["sizes"]?.values == expected, "\(context)")
      }
    case (.receptive, _), (.overlap, _): try StackCrossCheck.check(p, frames)
    }
  }
}
