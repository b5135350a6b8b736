import Foundation
import Testing

/// `convscope shape --layers` on the real binary: the table, its JSON, files, and refusals.
@Suite("convscope shape --layers, end to end")
struct StackShapeEndToEndTests {
  @Test("text: one row per layer, a totals row, exact totals and the field of the last layer")
  func text() throws {
    let result = try BinaryRunner.run(arguments: [
      "shape", "--input", "224", "--in-channels", "3", "--layers", "vgg16",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdoutLines
    #expect(lines.first == "vgg16: 18 layers on a 224×224 input with 3 channels")
    let header = lines[1].split(separator: " ")
    #expect(
      header == [
        "#", "layer", "k", "s", "p", "d", "output", "channels", "params", "mult-adds", "jump",
        "field", "first",
      ])
    // Row 18, pool5: 7×7, 512 channels, no weights, jump 32, field 212 from −90.
    #expect(
      lines[19].split(separator: " ")
        == ["18", "maxpool", "2", "2", "0", "1", "7×7", "512", "0", "0", "32", "212", "-90"])
    #expect(
      lines[21].split(separator: " ")
        == ["total", "7×7", "512", "14.7M", "15.3G", "32", "212", "-90"])
    #expect(
      lines.contains(
        "parameters 14,710,464 (weights only, no biases); multiply-adds 15,346,630,656"))
    #expect(
      lines.contains(
        "output cell u sees inputs -90 + 32u … 121 + 32u (negative: padding)"))
    #expect(lines.allSatisfy { $0.count <= 80 }, "wider than 80 columns")
  }

  @Test("json: per-layer fields, parameters and multiply-adds; MobileNet's totals as published")
  func json() throws {
    let result = try BinaryRunner.run(arguments: [
      "shape", "--preset", "mobilenet_v1", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let layers = try #require(object["layers"] as? [[String: Any]])
    // A conv, thirteen depthwise-pointwise pairs, the pool and the classifier.
    #expect(layers.count == 29)
    for layer in layers {
      #expect(
        Set(layer.keys) == [
          "output_size", "jump", "size", "first", "parameters", "multiply_adds",
        ])
    }
    // The last conv before the pool: 7×7, field 315.
    #expect(layers[26]["size"] as? [Int] == [315, 315])
    #expect(layers[26]["output_size"] as? [Int] == [7, 7])
    let parameters = layers.compactMap { $0["parameters"] as? Int }.reduce(0, +)
    let macs = layers.compactMap { $0["multiply_adds"] as? Int }.reduce(0, +)
    let total = try #require(object["total"] as? [String: Int])
    #expect(total["parameters"] == parameters && total["multiply_adds"] == macs)
    #expect((parameters + 50_000) / 100_000 == 42)
    #expect((macs + 500_000) / 1_000_000 == 569)
  }

  @Test("a layers file gives the same answer as the same layers written out")
  func file() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convscope-layers-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(
      #"{"layers": [{"type": "conv", "kernel": 3, "stride": 2, "padding": 1, "channels": 16}, {"type": "max_pool", "kernel": 2}, {"type": "deconv", "kernel": 4, "stride": 2, "padding": 1}]}"#
        .utf8
    ).write(to: url)
    let fromFile = try BinaryRunner.run(arguments: [
      "shape", "--input", "32x24", "--layers", "@" + url.path, "--format", "json",
    ])
    let written = try BinaryRunner.run(arguments: [
      "shape", "--input", "32x24", "--format", "json", "--layers",
      "conv k3 s2 p1 c16; maxpool k2; deconv k4 s2 p1",
    ])
    #expect(fromFile.status == 0, "\(fromFile.stderr)")
    #expect(fromFile.stdout == written.stdout)
    #expect(written.stdout.contains(#"{"output_size": [16, 12], "jump": [2, 2]"#))
  }

  @Test("a bad spec is one sentence naming the token, with a non-zero exit and nothing on stdout")
  func refusals() throws {
    let cases: [([String], String)] = [
      (
        ["--layers", "conv k3 s2 q1; maxpool k2"],
        "Error: The token 'q1' in layer 1 is not understood"
      ),
      (["--layers", "conv k3; pool k2"], "Error: 'pool' in layer 2 is neither a layer type"),
      (["--layers", "conv k3; maxpool s2"], "Error: Layer 2 ('maxpool s2') has no kernel size"),
      (
        ["--input", "5", "--layers", "conv k3 s2; conv k3"],
        "Error: Layer 2 (conv) takes the 2x2 map to 0x0"
      ),
      (["--layers", "conv k3 s0"], "Error: Layer 1 (conv) has a stride of 0x0"),
      (["--layers", ";"], "Error: The layers are empty"),
      (
        ["--layers", "vgg16", "--preset", "vgg16"],
        "Error: Give either --layers or --preset, not both."
      ),
    ]
    for (arguments, start) in cases {
      let result = try BinaryRunner.run(arguments: ["shape"] + arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stdout.isEmpty, "\(arguments)")
      #expect(result.stderr.hasPrefix(start), "\(arguments): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments)")
    }
  }

  @Test("convscope compute answers receptive_field and overlap lines, and an error line in between")
  func compute() throws {
    let result = try BinaryRunner.run(
      arguments: ["compute"],
      stdin: """
        {"op": "receptive_field", "input_size": 224, "layers": [{"type": "conv", "kernel": 7, "stride": 2, "padding": 3}, {"type": "max_pool", "kernel": 3, "stride": 2, "padding": 1}]}
        {"op": "receptive_field", "input_size": 4, "layers": []}
        {"op": "overlap", "input_size": [1, 2], "layers": [{"kernel": [1, 3], "stride": [1, 2]}]}

        """)
    #expect(result.status == 1)
    #expect(
      result.stdoutLines == [
        #"{"layers": [{"output_size": [112, 112], "jump": [2, 2], "size": [7, 7], "first": [-3, -3]}, {"output_size": [56, 56], "jump": [4, 4], "size": [11, 11], "first": [-5, -5]}]}"#,
        #"{"error": "The stack has no layers; give at least one, such as conv k3."}"#,
        #"{"output": [[1.0, 1.0, 2.0, 1.0, 1.0]]}"#,
      ])
  }
}
