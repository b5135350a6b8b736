import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvScenes

/// The shapes scene: golden frames, its captions' claims, and its refusals.
@Suite struct ShapesSceneTests {
  static func shapes(
    from first: Int, rows: Int, k: Int, s: Int, p: Int = 0, d: Int = 1
  ) -> SceneParameters {
    var parameters = SceneParameters(
      scene: .shapes, input: Pair(first), kernel: Pair(k), stride: Pair(s), padding: Pair(p),
      dilation: Pair(d))
    parameters.shapes.rows = rows
    return parameters
  }

  static let cases: [(String, SceneParameters)] = [
    ("shapes-default", .defaults(for: .shapes)),
    ("shapes-stride1-half", shapes(from: 3, rows: 4, k: 3, s: 1, p: 1)),
    ("shapes-dilation2-stride3", shapes(from: 2, rows: 8, k: 3, s: 3, p: 1, d: 2)),
  ]

  @Test(arguments: cases.map(\.0))
  func golden(_ name: String) throws {
    let parameters = try #require(Self.cases.first { $0.0 == name }?.1)
    try GoldenFile.check(name, TextRenderer(width: 80).render(try Scenes.build(parameters).frames))
  }

  /// Seed 003's sentence, word for word, at i = 6.
  @Test func seedSentence() throws {
    let frame = try Scenes.build(.defaults(for: .shapes)).frame(at: 2)
    #expect(
      frame.captions.contains(
        "i = 5 and i = 6 both give o = 3 (k 3, s 2, p 1): output_padding 0 restores 5,"
          + " output_padding 1 restores 6"))
  }

  /// The TensorFlow preset says why conv2d_transpose asks for output_shape.
  @Test func tensorFlowPreset() throws {
    let preset = try Presets.named("tf_conv2d_transpose", for: .shapes)
    let frame = try Scenes.build(preset.parameters).frame(at: 2)
    #expect(frame.captions.contains { $0.hasPrefix("SAME: i = 77 and 78 both give 39") })
  }

  /// The brackets tie together exactly the rows the engine says collide.
  @Test func bracketsFollowTheEnginesCollisions() throws {
    let p = Self.shapes(from: 1, rows: 12, k: 3, s: 3, p: 1)
    let frame = try Scenes.build(p).frame(at: 0)
    let panel = try #require(frame.panel(named: "sizes"))
    let table = try SizeTable(inputs: 1...12, k: 3, s: 3, p: 1)
    let bracketed = zip(table.rows, panel.rowLabels ?? []).filter { $0.1 != " " }.map(\.0.i)
    #expect(bracketed == table.pytorchCollisions.flatMap { $0 })
    #expect(panel.columnLabels?.count == 8 && panel.rowLabels?.count == 12)
  }

  @Test func refusals() {
    var p = SceneParameters.defaults(for: .shapes)
    p.kernel = Pair(3, 5)
    #expect(throws: SceneError.self) { try Scenes.build(p) }
    p = Self.shapes(from: 1, rows: Limits.Scenes.sizeRows + 1, k: 3, s: 1)
    #expect(throws: SceneError.refused(.shapesRows(first: 1, last: 33, limit: 32))) {
      try Scenes.build(p)
    }
    // Input sizes beyond what a grid scene draws are fine: a table row is just numbers.
    p = Self.shapes(from: 500, rows: 3, k: 3, s: 2)
    #expect((try? Scenes.build(p))?.stepCount == 3)
  }
}

/// `convscope shape --table` and `export shapes --inputs`, run as a user runs them.
@Suite struct ShapesCommandTests {
  @Test func tablePrintsTheScenesRows() throws {
    let result = try ExecutableRunner.run([
      "shape", "--table", "--inputs", "9-11", "--kernel", "3", "--stride", "2", "--padding", "1",
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
         i  pytorch  tf_valid  tf_same  same_pad_before  same_pad_after  transposed  output_padding
         9        5         4        5                1               1           9               0
        10        5         4        5                0               1           9               1
        11        6         5        6                1               1          11               0

        """)
  }

  @Test func tableJSONHasNullWhereNoSizeExists() throws {
    let result = try ExecutableRunner.run([
      "shape", "--table", "--inputs", "1-2", "--kernel", "3", "--format", "json",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains(#"{"i": 1, "pytorch": null, "tf_valid": null, "tf_same": 1"#))
  }

  @Test func badRangesGetOneSentence() throws {
    let reversed = try ExecutableRunner.run(["export", "shapes", "--inputs", "9-4"])
    #expect(reversed.status != 0 && reversed.stderr.contains("--inputs"))
    let long = try ExecutableRunner.run(["export", "shapes", "--inputs", "1-99"])
    #expect(long.status != 0)
    #expect(
      long.stderr.contains("The shapes scene lists 1 to 32 input sizes, but 1-99 asks for 99."))
  }
}
