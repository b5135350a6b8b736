import ConvArithmetic
import ConvJSON
import Testing

@testable import ConvCompute

@Suite("receptive_field and overlap requests")
struct StackRequestTests {
  func reply(_ line: String) -> (json: String, isError: Bool)? {
    ComputeProtocol.answer(line: line)
  }

  @Test("a receptive_field answer lists every layer's four pairs, in order")
  func receptiveField() throws {
    let answer = try #require(
      reply(
        #"{"op": "receptive_field", "input_size": [8, 6], "layers": [{"type": "conv", "kernel": 3, "padding": 1}, {"type": "max_pool", "kernel": 2}]}"#
      ))
    #expect(!answer.isError)
    #expect(
      answer.json
        == #"{"layers": [{"output_size": [8, 6], "jump": [1, 1], "size": [3, 3], "first": [-1, -1]}, {"output_size": [4, 3], "jump": [2, 2], "size": [4, 4], "first": [-1, -1]}]}"#
    )
  }

  @Test("the four errors of the issue are one sentence each, naming the layer")
  func errors() throws {
    let cases: [(String, String)] = [
      (#"{"op": "receptive_field", "input_size": 4, "layers": []}"#, "The stack has no layers"),
      (
        #"{"op": "receptive_field", "input_size": 4, "layers": [{"type": "pool", "kernel": 2}]}"#,
        "The layer type \"pool\" in layer 1 is not known; the types are conv, max_pool and avg_pool."
      ),
      (
        #"{"op": "overlap", "input_size": 4, "layers": [{"kernel": 3, "stride": 2}, {"kernel": 3, "stride": [1, 0]}]}"#,
        "Layer 2 (deconv) has a stride of 1x0"
      ),
      (
        #"{"op": "receptive_field", "input_size": 5, "layers": [{"type": "conv", "kernel": 3, "stride": 2}, {"type": "avg_pool", "kernel": 3}]}"#,
        "Layer 2 (avg_pool) takes the 2x2 map to 0x0"
      ),
    ]
    for (line, start) in cases {
      let answer = try #require(reply(line))
      #expect(answer.isError)
      #expect(
        answer.json.hasPrefix(
          "{\"error\": \"" + start.split(separator: "\"").joined(separator: "\\\"")),
        "\(answer.json)")
    }
  }

  @Test("a layers file takes deconvs, output padding, channels and groups")
  func fileFormat() throws {
    let value = try JSONParser.parse(
      Array(
        #"[{"type": "conv", "kernel": [3, 1], "channels": 8, "groups": 2}, {"type": "deconv", "kernel": 4, "stride": 2, "output_padding": 1}, {"type": "maxpool", "kernel": 2}]"#
          .utf8))
    let layers = try StackRequest.decodeLayers(value, format: .file)
    #expect(
      layers == [
        Layer(.conv, kernel: Pair(3, 1), channels: 8, groups: 2),
        Layer(.deconv, kernel: Pair(4), stride: Pair(2), outputPadding: Pair(1)),
        Layer(.maxPool, kernel: Pair(2)),
      ])
    #expect(throws: ComputeError.self) {
      try StackRequest.decodeLayers(
        try JSONParser.parse(Array(#"[{"type": "conv", "kernel": 3, "channels": 0}]"#.utf8)),
        format: .file)
    }
  }

  @Test("overlap of k3 s2 on 3×3 counts 1, 2 and 4 taps")
  func overlap() throws {
    let answer = try #require(
      reply(#"{"op": "overlap", "input_size": 3, "layers": [{"kernel": 3, "stride": 2}]}"#))
    #expect(!answer.isError)
    let row = "[1.0, 1.0, 2.0, 1.0, 2.0, 1.0, 1.0]"
    let double = "[2.0, 2.0, 4.0, 2.0, 4.0, 2.0, 2.0]"
    #expect(
      answer.json == "{\"output\": [\(row), \(row), \(double), \(row), \(double), \(row), \(row)]}")
  }
}
