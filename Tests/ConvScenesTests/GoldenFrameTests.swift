import ConvArithmetic
import Testing

@testable import ConvScenes

/// Every frame of each scene, as plain text, against reviewed golden files.
@Suite struct GoldenFrameTests {
  // The channel scenes have hundreds of steps per preset: ChannelGoldenTests keeps chosen ones.
  static let presetNames = Presets.all.filter { ![.channels, .bnfold].contains($0.scene) }.map(
    \.name)

  @Test(arguments: presetNames)
  func preset(_ name: String) throws {
    let preset = try #require(Presets.named(name))
    try GoldenFile.check("preset-\(name)", try render(preset.parameters))
  }

  /// Parameter sets beyond the presets: dilation, rectangles, output padding, the other scenes.
  static let cases: [(String, SceneParameters)] = [
    ("conv-default", .defaults(for: .conv)),
    (
      "conv-dilation2-padding2",
      SceneParameters(
        scene: .conv, input: Pair(6), kernel: Pair(3), stride: Pair(1), padding: Pair(2),
        dilation: Pair(2))
    ),
    (
      "conv-rectangular",
      SceneParameters(
        scene: .conv, input: Pair(5, 7), kernel: Pair(3, 2), stride: Pair(2, 1),
        padding: Pair(1, 0),
        values: .random(seed: 11))
    ),
    (
      "transposed-rectangular-output-padding",
      SceneParameters(
        scene: .transposed, input: Pair(2, 3), kernel: Pair(3, 2), stride: Pair(2, 3),
        padding: Pair(1, 0),
        outputPadding: Pair(1, 2))
    ),
    (
      "transposed-dilation2",
      SceneParameters(
        scene: .transposed, input: Pair(2), kernel: Pair(2), stride: Pair(1), dilation: Pair(2))
    ),
    (
      "transposed-scatter-output-padding1",
      SceneParameters(
        scene: .transposed, input: Pair(3), kernel: Pair(3), stride: Pair(2), padding: Pair(1),
        outputPadding: Pair(1), view: .scatter)
    ),
    ("unpool-default", .defaults(for: .unpool)),
    (
      "unpool-rectangular-overlap",
      SceneParameters(
        scene: .unpool, input: Pair(5, 6), kernel: Pair(3, 2), stride: Pair(2, 2),
        values: .random(seed: 5))
    ),
    ("bilinear-3", SceneParameters(scene: .bilinear, input: Pair(1), kernel: Pair(3))),
    ("bilinear-4", SceneParameters(scene: .bilinear, input: Pair(1), kernel: Pair(4))),
    ("bilinear-8", SceneParameters(scene: .bilinear, input: Pair(1), kernel: Pair(8))),
  ]

  @Test(arguments: cases.map(\.0))
  func parameterSet(_ name: String) throws {
    let parameters = try #require(Self.cases.first { $0.0 == name }?.1)
    try GoldenFile.check(name, try render(parameters))
  }

  @Test func asciiAndNarrowWidths() throws {
    let conv = try Scenes.build(.defaults(for: .conv))
    try GoldenFile.check(
      "conv-default-ascii-frame5", TextRenderer(width: 100, ascii: true).render(conv.frame(at: 4)))
    var big = SceneParameters.defaults(for: .conv)
    big.input = Pair(16)
    let steps = try Scenes.build(big)
    try GoldenFile.check(
      "conv-16-width40-frame20", TextRenderer(width: 40).render(steps.frame(at: 19)))
    try GoldenFile.check(
      "conv-16-width40-ascii-frame20",
      TextRenderer(width: 40, ascii: true).render(steps.frame(at: 19)))
  }

  private func render(_ parameters: SceneParameters) throws -> String {
    TextRenderer(width: 100).render(try Scenes.build(parameters).frames)
  }
}
