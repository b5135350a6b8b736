import Foundation
import Testing

/// `convscope export receptive|overlap` on the real binary: options routed by scene, refusals.
@Suite("stack scenes, end to end")
struct StackSceneEndToEndTests {
  @Test("--preset names a network for the stack scenes and a paper animation for conv")
  func presetsByScene() throws {
    let receptive = try BinaryRunner.run(arguments: [
      "export", "receptive", "--preset", "resnet_stem", "--input", "32", "--frame", "3",
    ])
    #expect(receptive.status == 0, "\(receptive.stderr)")
    #expect(receptive.stdout.contains("input 32×32: paths to y[4,4]"))
    #expect(receptive.stdout.contains("a 11×11 field"))
    let conv = try BinaryRunner.run(arguments: [
      "export", "conv", "--preset", "padding_strides", "--frame", "1",
    ])
    #expect(conv.status == 0 && conv.stdout.contains("input 5×5, padded to 7×7"))
    let wrong = try BinaryRunner.run(arguments: [
      "export", "receptive", "--preset", "padding_strides",
    ])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("padding_strides") && wrong.stderr.contains("vgg16"))
  }

  @Test("--layers, --cell and the JSON's parameters")
  func layersAndCell() throws {
    let result = try BinaryRunner.run(arguments: [
      "export", "receptive", "--layers", "conv k3 s2; maxpool k2", "--input", "13", "--cell",
      "0,1", "--format", "json", "--frame", "1",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"layers\": \"conv k3 s2; maxpool k2\""))
    #expect(result.stdout.contains("\"cell\": [0, 1]"))
    #expect(
      result.stdout.contains("\"row_labels\": [\"input\", \"1 conv k3 s2\", \"2 maxpool k2\"]"))
  }

  @Test(
    "refusals are one sentence and exit 64",
    arguments: [
      (["receptive", "--layers", "conv k3; deconv k2 s2"], "Layer 2 (deconv) is not allowed here"),
      (["receptive", "--cell", "9,9"], "outside the 5x5 output"),
      (
        ["overlap", "--layers", "deconv k3 s2; maxpool k2"], "Layer 2 (maxpool) is not allowed here"
      ),
      (["overlap", "--layers", "deconv k3 s0"], "stride"),
      (["receptive", "--layers", "conv k3", "--preset", "vgg16"], "--layers"),
      (["receptive", "--layers", "cnv k3"], "cnv"),
      (["receptive", "--layers", "conv k9", "--input", "4"], "Layer 1 (conv)"),
    ])
  func refusals(_ arguments: [String], _ words: String) throws {
    let result = try BinaryRunner.run(arguments: ["export"] + arguments)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains(words), "\(arguments): \(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test("every format exports both scenes", arguments: ["text", "ansi", "json", "cast", "svg"])
  func formats(_ format: String) throws {
    for scene in ["receptive", "overlap"] {
      let result = try BinaryRunner.run(arguments: ["export", scene, "--format", format])
      #expect(result.status == 0, "\(scene) \(format): \(result.stderr)")
      #expect(result.stdout.count > 200, "\(scene) \(format)")
    }
  }
}
