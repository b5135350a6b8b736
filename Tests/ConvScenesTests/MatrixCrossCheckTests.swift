import ConvArithmetic
import Testing

@testable import ConvScenes

/// The matrix and interp scenes' JSON numbers against the engine, frame by frame; the
/// generic cross-check (JSONCrossCheckTests) delegates to these.
enum MatrixCrossCheck {
  static func randomize(
    _ p: inout SceneParameters, pick: (ClosedRange<Int>) -> Int, pair: (ClosedRange<Int>) -> Pair
  ) {
    switch p.scene {
    case .interp:
      // Every frame carries three f·i grids; keep the animations short enough to decode.
      p.interp.factor = pick(2...8)
      p.input = pair(1...(p.interp.factor > 3 ? 2 : 3))
      p.interp.alignCorners = pick(0...1) == 1
    default:
      p.input = pair(1...5)
      p.kernel = pair(1...3)
      p.stride = pair(1...2)
      p.padding = pair(0...1)
      p.dilation = pair(1...2)
      p.matrix.transpose = pick(0...1) == 1
    }
  }

  static func check(_ p: SceneParameters, _ frames: [[String: JSONCrossCheckTests.DecodedPanel]])
    throws
  {
    let context = "\(p)"
    let show = JSONCrossCheckTests.expectShown
    switch p.scene {
    case .interp:
      let input = p.values.inputGrid(size: p.input)
      let f = p.interp.factor
      let kernel = try BilinearKernel.make(size: 2 * f - f % 2, style: .fcn)
      let interpolated = try Upsampling.bilinear(
        input, .scale(h: Double(f), w: Double(f)), alignCorners: p.interp.alignCorners)
      let transposed = try TransposedConvolution.convTranspose2d(
        input, kernel, stride: Pair(f), padding: Pair((f - 1 + 1) / 2))
      #expect(transposed.size == Pair(f * input.rows, f * input.cols), "\(context)")
      for (step, frame) in frames.enumerated() {
        let upTo: (Int, Int) -> Bool = { r, c in r * transposed.cols + c <= step }
        show(frame["input"], input, context, { _, _ in true }, #_sourceLocation)
        show(frame["kernel"], kernel, context, { _, _ in true }, #_sourceLocation)
        show(frame["interpolated"], interpolated, "\(context) \(step)", upTo, #_sourceLocation)
        show(frame["transposed"], transposed, "\(context) \(step)", upTo, #_sourceLocation)
        let difference = Matrix(rows: transposed.rows, cols: transposed.cols) { r, c in
          let d = interpolated[r, c] - transposed[r, c]
          return abs(d) > 1e-9 ? d : 0
        }
        show(frame["difference"], difference, "\(context) \(step)", upTo, #_sourceLocation)
      }
    default:
      let kernel = p.values.kernelGrid(size: p.kernel)
      let sizes = p.convParameters
      let c = try ConvMatrix.make(parameters: sizes, kernel: kernel)
      let out = sizes.convOutput
      let grid: Matrix
      let output: Matrix
      if p.matrix.transpose {
        grid = p.values.inputGrid(size: out)
        let op = sizes.transposedCounterpartOutputPadding()
        output = try TransposedConvolution.convTranspose2d(
          grid, kernel, stride: p.stride, padding: p.padding, dilation: p.dilation,
          outputPadding: op)
        #expect(output.size == sizes.input, "\(context)")
      } else {
        grid = p.values.inputGrid(size: p.input)
        output = try Convolution.conv2d(
          grid, kernel, stride: p.stride, padding: p.padding, dilation: p.dilation)
      }
      let matrix = p.matrix.transpose ? c.transposed : c
      #expect(frames.count == matrix.rows, "\(context)")
      let vector = Matrix(rows: 1, cols: grid.storage.count, storage: grid.storage)
      for (step, frame) in frames.enumerated() {
        show(frame["input"], grid, context, { _, _ in true }, #_sourceLocation)
        show(frame["kernel"], kernel, context, { _, _ in true }, #_sourceLocation)
        show(frame["matrix"], matrix, context, { _, _ in true }, #_sourceLocation)
        show(frame["vector"], vector, context, { _, _ in true }, #_sourceLocation)
        show(
          frame["output"], output, "\(context) \(step)", { r, c in r * output.cols + c <= step },
          #_sourceLocation)
        // The highlighted row is the step's: its taps (random weights are never 0) and no other.
        let roles = frame["matrix"]?.roles ?? []
        for r in 0..<matrix.rows {
          let lit = roles[r].indices.filter { roles[r][$0] == "window_tap" }
          let taps = (0..<matrix.cols).filter { matrix[r, $0] != 0 }
          #expect(lit == (r == step ? taps : []), "\(context) step \(step) row \(r)")
        }
      }
    }
  }
}

extension ConvParameters {
  /// output_padding per axis that makes the transposed convolution of the output-sized grid
  /// restore this input size (the convolution's own arithmetic, read from the engine).
  fileprivate func transposedCounterpartOutputPadding() -> Pair {
    Pair(
      AxisShape.outputPaddingToRestore(
        i: input.h, k: kernel.h, s: stride.h, p: padding.h, d: dilation.h),
      AxisShape.outputPaddingToRestore(
        i: input.w, k: kernel.w, s: stride.w, p: padding.w, d: dilation.w))
  }
}

/// The transposed scene beside dilation: every number of its JSON export equals the engine's.
@Suite struct DilatedComparisonCrossCheckTests {
  @Test func everyPanelMatchesTheEngine() throws {
    var generator = SplitMix64(seed: 1603_07285)
    var checked = 0
    for _ in 0..<80 {
      var p = SceneParameters.defaults(for: .transposed)
      func pick(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(generator.next(below: UInt64(range.count)))
      }
      p.input = Pair(pick(1...5), pick(1...5))
      p.kernel = Pair(pick(1...3))
      p.stride = Pair(pick(1...3))
      p.padding = Pair(pick(0...2))
      p.dilation = Pair(pick(1...2))
      p.values = .random(seed: generator.next())
      p.matrix.compareDilated = true
      guard let steps = try? Scenes.build(p) else { continue }
      let json = JSONRenderer().render(steps.frames, parameters: p)
      #expect(json.contains("\"compare\": \"dilated\""))
      let frame = try #require(JSONCrossCheckTests.decode(json).first)
      let input = p.values.inputGrid(size: p.input)
      let kernel = p.values.kernelGrid(size: p.kernel)
      let zeros = try TransposedConvolution.zeroInsertion(
        input: input, kernel: kernel, parameters: p.convParameters)
      let d = p.dilation == Pair(1) ? p.stride : p.dilation
      let dilated = try? Convolution.conv2d(input, kernel, padding: p.padding, dilation: d)
      let reference = try TransposedConvolution.convTranspose2d(
        input, kernel, stride: p.stride, padding: p.padding, dilation: p.dilation,
        outputPadding: p.outputPadding)
      let show = JSONCrossCheckTests.expectShown
      let context = "\(p)"
      show(frame["input"], input, context, { _, _ in true }, #_sourceLocation)
      show(frame["kernel"], kernel, context, { _, _ in true }, #_sourceLocation)
      show(frame["stretched"], zeros.stretched, context, { _, _ in true }, #_sourceLocation)
      show(
        frame["dilated"], try DilatedKernel.spread(kernel, dilation: d), context, { _, _ in true },
        #_sourceLocation)
      show(frame["output"], reference, context, { _, _ in true }, #_sourceLocation)
      if let dilated {
        show(frame["dilated_output"], dilated, context, { _, _ in true }, #_sourceLocation)
      } else {
        // Where the dilated kernel outgrows the padded input, there is no such panel.
        #expect(frame["dilated_output"] == nil, "\(context)")
      }
      checked += 1
    }
    #expect(checked >= 30, "too few valid parameter sets: \(checked)")
  }
}
