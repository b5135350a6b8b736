import ConvArithmetic
import Testing

@testable import ConvScenes

/// The matrix and interp scenes and the transposed scene beside dilation: golden frames,
/// and what their captions claim checked against the engine.
@Suite struct MatrixSceneTests {
  static func matrix(_ input: Int, stride: Int = 1, padding: Int = 0, transpose: Bool = false)
    -> SceneParameters
  {
    var p = SceneParameters.defaults(for: .matrix)
    p.input = Pair(input)
    p.stride = Pair(stride)
    p.padding = Pair(padding)
    p.matrix.transpose = transpose
    return p
  }

  static func interp(_ input: Int, factor: Int, alignCorners: Bool = false) -> SceneParameters {
    var p = SceneParameters.defaults(for: .interp)
    p.input = Pair(input)
    p.interp = InterpSettings(factor: factor, alignCorners: alignCorners)
    return p
  }

  static var compare: SceneParameters {
    var p = SceneParameters.defaults(for: .transposed)
    p.matrix.compareDilated = true
    return p
  }

  /// Golden files: every frame of the small scenes, a few frames of the long ones.
  static let cases: [(String, SceneParameters, [Int]?)] = [
    ("matrix-default", .defaults(for: .matrix), nil),
    ("matrix-transpose", matrix(4, transpose: true), nil),
    ("matrix-5-stride2-padding1", matrix(5, stride: 2, padding: 1), nil),
    ("interp-default", .defaults(for: .interp), [0, 1, 7, 35]),
    ("interp-f3-align-corners", interp(2, factor: 3, alignCorners: true), [0, 4, 35]),
    ("transposed-compare-dilated", compare, nil),
  ]

  @Test(arguments: cases.map(\.0))
  func golden(_ name: String) throws {
    let (_, parameters, picks) = try #require(Self.cases.first { $0.0 == name })
    let steps = try Scenes.build(parameters)
    let frames = picks.map { $0.map { steps.frame(at: $0) } } ?? steps.frames
    try GoldenFile.check(name, TextRenderer(width: 100).render(frames))
  }

  @Test("a 5×5 input with k = 3 (C is 9 × 25) shows every number of C at 80 columns")
  func nineByTwentyFiveFitsWithNumbers() throws {
    let steps = try Scenes.build(Self.matrix(5))
    let frame = steps.frame(at: 4)
    let laid = FrameLayout.lay(frame, width: 80, ascii: false)
    let text = laid.canvas.plainText
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
    // Row 4 of C, bracketed, with its three runs of 1 2 3 written out.
    let row = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("4 ") && $0.contains("[1][2][3]") })
    #expect(row.components(separatedBy: "[1][2][3]").count == 4, "\(row)")
    try GoldenFile.check("matrix-5-width80-frame5", TextRenderer(width: 80).render(frame))
  }

  @Test("Cᵀ·vec(y) equals the transposed scene's zero-insertion output, as the caption says")
  func transposeEqualsZeroInsertion() throws {
    for (input, stride, padding) in [(4, 1, 0), (5, 2, 1), (6, 2, 0), (3, 1, 1)] {
      let p = Self.matrix(input, stride: stride, padding: padding, transpose: true)
      let steps = try Scenes.build(p)
      let last = steps.frame(at: steps.stepCount - 1)
      let shown = try #require(last.panel(named: "output")).cells.compactMap(\.value)
      // The transposed scene itself, at the parameters the caption names.
      let o = p.convParameters.convOutput
      var t = SceneParameters.defaults(for: .transposed)
      t.input = o
      t.kernel = p.kernel
      t.stride = p.stride
      t.padding = p.padding
      t.outputPadding = Pair(
        AxisShape.outputPaddingToRestore(i: input, k: 3, s: stride, p: padding))
      let transposed = try Scenes.build(t)
      let zeros = try #require(
        transposed.frame(at: transposed.stepCount - 1).panel(named: "output")
      ).cells.compactMap(\.value)
      #expect(shown == zeros, "i \(input) s \(stride) p \(padding)")
      #expect(last.captions.contains { $0.hasSuffix("largest difference 0.") })
    }
  }

  @Test("the sparsity caption counts the engine's non-zeros, fewer where windows cover padding")
  func sparsity() throws {
    let steps = try Scenes.build(Self.matrix(5, stride: 2, padding: 1))
    let c = try #require(steps.frame(at: 0).panel(named: "matrix"))
    let nonZeros = c.cells.filter { ($0.value ?? 0) != 0 }.count
    let caption = try #require(
      steps.frame(at: 0).captions.first { $0.contains("entries are not zero") })
    #expect(caption.hasPrefix("\(nonZeros) of \(c.rows * c.cols) entries"))
    #expect(caption.contains("(here 4 to 9)"))
  }

  @Test("interp's ring caption states the width the engine measured", arguments: 2...8)
  func ringCaption(_ f: Int) throws {
    let steps = try Scenes.build(Self.interp(2, factor: f))
    let caption = try #require(steps.frame(at: 0).captions.first { $0.contains("border ring") })
    #expect(caption.contains("ring \(f / 2) cell\(f / 2 == 1 ? "" : "s") wide"), "\(caption)")
  }

  @Test("bad factors, sizes and option mixes are refused with one sentence")
  func refusals() throws {
    #expect(throws: SceneError.refused(.matrix(.factorRange(factor: 9, allowed: 2...8)))) {
      try Scenes.build(Self.interp(2, factor: 9))
    }
    var big = Self.matrix(13)
    big.kernel = Pair(1)
    #expect(
      throws: SceneError.refused(.matrix(.matrixTooLarge(rows: 169, cols: 169, limit: 16_384)))
    ) {
      try Scenes.build(big)
    }
    var custom = Self.matrix(4, transpose: true)
    custom.values = .custom(input: [[1, 2], [3, 4]], kernel: nil)
    #expect(throws: SceneError.refused(.matrix(.transposeWithValuesFile))) {
      try Scenes.build(custom)
    }
  }
}
