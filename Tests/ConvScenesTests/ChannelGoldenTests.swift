import ConvArithmetic
import Testing

@testable import ConvScenes

/// Chosen frames of every channels preset (each mode, both separable phases, paging through
/// MobileNet's 64 channels) and all seven bnfold steps, against reviewed golden files.
@Suite struct ChannelGoldenTests {
  /// Preset name and the 1-based frames kept: the first, an output channel's start, the last.
  static let frames: [(String, [Int])] = [
    ("standard", [1, 2, 17, 32]),
    ("pointwise", [1, 32]),
    ("depthwise", [1, 20, 48]),
    ("separable", [1, 48, 49, 112]),
    ("grouped", [1, 33, 64]),
    ("depthwise_multiplier", [1, 20, 64]),
    ("mobilenet_v1", [1, 100, 300, 864]),
    ("conv_bn", [1, 2, 3, 4, 5, 6, 7]),
  ]

  @Test(arguments: frames.map(\.0))
  func preset(_ name: String) throws {
    let preset = try #require(Presets.named(name))
    let chosen = try #require(Self.frames.first { $0.0 == name }?.1)
    let steps = try Scenes.build(preset.parameters)
    #expect(chosen.last == steps.stepCount, "the last frame kept is the last step")
    let text = chosen.map { TextRenderer(width: 100).render(steps.frame(at: $0 - 1)) }
    try GoldenFile.check(
      "\(preset.scene.rawValue)-\(name)", text.joined(separator: "\n"))
  }
}
