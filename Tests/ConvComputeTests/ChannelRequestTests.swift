import ConvArithmetic
import Foundation
import Testing

@testable import ConvCompute

/// Answers `lines` with one session, reading arrays the fast way or only through the general parser.
private func answerBytes(_ lines: [String], fast: Bool) -> [UInt8] {
  var session = ComputeSession()
  session.fastGrids = fast
  for (index, line) in lines.enumerated() {
    var text = line
    _ = text.withUTF8 { session.answer(line: $0, lineNumber: index + 1) }
  }
  return session.writer.bytes
}

private func answer(_ line: String) throws -> (json: String, isError: Bool) {
  try #require(ComputeProtocol.answer(line: line))
}

/// The second edition's requests through the protocol: the fast 3-D/4-D reader, the first edition's
/// answers kept, and one sentence for every channel mistake.
@Suite("Second edition requests: channels, batch norm, pooling, matrices")
struct ChannelRequestTests {
  static let bad: [BadRequest] = [
    BadRequest(
      #"{"op": "conv2d", "input": [[[1]], [[2]], [[3]], [[4]]], "kernel": [[[[1]]], [[[1]]], [[[1]]]], "groups": 3}"#,
      "The groups (3) must divide the input channels (4)"),
    BadRequest(
      #"{"op": "conv2d", "input": [[[1]], [[2]]], "kernel": [[[[1]]], [[[1]]], [[[1]]]], "groups": 2}"#,
      "The groups (2) must divide the output channels (3)"),
    BadRequest(
      #"{"op": "conv2d", "input": [[[1]], [[2]], [[3]], [[4]]], "kernel": [[[[1]], [[1]], [[1]], [[1]]], [[[1]], [[1]], [[1]], [[1]]]], "groups": 2}"#,
      "The kernel has 4 input channels per filter, but 4 input channels in 2 groups need 2"),
    BadRequest(
      #"{"op": "conv_transpose2d", "input": [[[1]], [[2]]], "kernel": [[[[1]]]]}"#,
      "The transposed kernel's first dimension is 1, but it must equal the 2 input channels"),
    BadRequest(
      #"{"op": "conv2d", "input": [[[1, 2]], [[3, 4]]], "kernel": [[1]]}"#,
      "The kernel is a 2-D grid but the input is a stack of channels"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2]], "kernel": [[[[1]]]]}"#,
      "The kernel is 4-D but the input is a 2-D grid"),
    BadRequest(
      #"{"op": "conv2d", "input": [[[1, 2]]], "kernel": [[[[1]]], [[[2]]]], "bias": [1, 2, 3]}"#,
      "The bias has 3 values but there are 2 channels"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2]], "kernel": [[1]], "bias": [1, 2]}"#,
      "The bias has 2 values but there is 1 channel"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2]], "kernel": [[1]], "groups": 0}"#,
      "The groups must be at least 1, but it is 0"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2]], "kernel": [[1]], "groups": 1.5}"#,
      #"The field "groups" must be an integer"#),
    BadRequest(
      #"{"op": "conv2d", "input": [[[1, 2]], [[3]]], "kernel": [[[[1]]]]}"#,
      #"The field "input" is ragged: input[1][0] has 1 entries but input[0][0] has 2"#),
    BadRequest(
      #"{"op": "conv2d", "input": [[[[1]]]], "kernel": [[[[1]]]]}"#,
      #"The field "input" must be a grid [H][W] or a stack of channels [C][H][W], but it is a 4-D array"#
    ),
    BadRequest(
      #"{"op": "conv2d", "input": [[["a"]]], "kernel": [[[[1]]]]}"#,
      #"The field "input" must hold only numbers, but input[0][0][0] is "a""#),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[[1]], [[2]]], "mean": [0, 0], "var": [1, -1]}"#,
      "The variance of channel 1 is -1.0; a variance cannot be negative"),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[[1]], [[2]]], "mean": [0, 0], "var": [1, 1], "eps": 0}"#,
      "The eps must be a positive number, but it is 0.0"),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[[1]], [[2]]], "mean": [0, 0], "var": [1, 1], "eps": -0.1}"#,
      "The eps must be a positive number, but it is -0.1"),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[[1]], [[2]]], "mean": [0], "var": [1, 1]}"#,
      "The mean has 1 value but there are 2 channels"),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[[1]], [[2]]], "mean": [0, 0], "var": [1, 1], "weight": [1, 1, 1]}"#,
      "The weight has 3 values but there are 2 channels"),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[1, 2]], "mean": [0], "var": [1]}"#,
      #"The field "input" must be a stack of channels [C][H][W], but it is a 2-D array"#),
    BadRequest(
      #"{"op": "batch_norm2d", "input": [[[1]]], "var": [1]}"#,
      #"The field "mean" is missing; batch_norm2d needs "input", "mean", "var""#),
    BadRequest(
      #"{"op": "fold_batch_norm", "kernel": [[[[1]]]], "bn": {"mean": [0], "var": [1], "gamma": [1]}}"#,
      #"Unknown field "gamma" in "bn"; its fields are mean, var, weight, bias, eps"#),
    BadRequest(
      #"{"op": "fold_batch_norm", "kernel": [[[[1]]]], "bn": {"mean": [0]}}"#,
      #"The field "bn.var" is missing"#),
    BadRequest(
      #"{"op": "fold_batch_norm", "kernel": [[[[1]]]], "bias": [1, 2], "bn": {"mean": [0], "var": [1]}}"#,
      "The conv bias has 2 values but there is 1 channel"),
    BadRequest(
      #"{"op": "fold_batch_norm", "kernel": [[[[1]]], [[[2]]]], "bn": {"mean": [0, 0], "var": [1, 1], "bias": [1]}}"#,
      "The bn bias has 1 value but there are 2 channels"),
    BadRequest(
      #"{"op": "fold_batch_norm", "kernel": [[[[1]]]], "bn": {"mean": [0], "var": [1], "eps": 0}}"#,
      "The eps must be a positive number"),
    BadRequest(
      #"{"op": "conv_matrix", "input_size": 33, "kernel": [[1]]}"#,
      "The number of matrix entries is 1185921, beyond the limit of 1048576"),
    BadRequest(
      #"{"op": "conv_matrix", "input_size": 2, "kernel": [[1, 1, 1], [1, 1, 1], [1, 1, 1]]}"#,
      "is larger than the padded input"),
    BadRequest(
      #"{"op": "avg_pool2d", "input": [[1, 2]], "kernel_size": 2, "padding": 2}"#,
      "must be at most half the kernel size"),
  ]

  @Test(arguments: bad)
  func answersWithOneSentence(_ bad: BadRequest) throws {
    let got = try answer(bad.line)
    #expect(got.isError, "answered \(got.json.prefix(200))")
    let object = try #require(foundationJSON(got.json), "not JSON: \(got.json)")
    let sentence = try #require(object["error"] as? String)
    #expect(sentence.contains(bad.phrase), "\(sentence)")
    #expect(sentence.hasSuffix("."))
    #expect(!sentence.dropLast().contains(". "), "\(sentence)")
  }

  @Test(
    "a 2-D request with groups 1 and no bias answers byte for byte as the first edition; a bias adds b"
  )
  func gridRequestsKeepTheirAnswers() throws {
    var random = SplitMix64(seed: 5)
    let lines = ComputeBenchmarkInput.mixed(count: 300, seed: 5).split(separator: "\n")
    for line in lines {
      let plain = try answer(String(line))
      let grouped = try answer(String(line.dropLast()) + #", "groups": 1}"#)
      #expect(grouped.json == plain.json)
      let b = Double(Int.random(in: -100...100, using: &random)) / 10
      let biased = try answer(String(line.dropLast()) + #", "bias": [\#(b)]}"#)
      let plainOutput = try #require(numberGrid(foundationJSON(plain.json)?["output"]))
      let biasedOutput = try #require(numberGrid(foundationJSON(biased.json)?["output"]))
      #expect(biasedOutput.map(\.count) == plainOutput.map(\.count))
      for (x, y) in zip(plainOutput.joined(), biasedOutput.joined()) {
        #expect(abs(x + b - y) <= 1e-12)
      }
    }
  }

  @Test("3-D and 4-D arrays read the fast way give the same bytes as the general parser")
  func fastTensorsAgreeWithTheGeneralParser() {
    var lines = ComputeBenchmarkInput.channels(count: 300, seed: 9).split(separator: "\n").map(
      String.init)
    lines += Self.bad.map(\.line)
    lines += ChannelReferenceCase.all.map(\.requestLine)
    lines += [
      #"{"op": "conv2d", "input": [[[1, 2.5]], [[3, 4]]], "kernel": [[[[1]], [[2]]]]}"#,
      #"{"op": "conv2d", "input": [ [ [1 , 2] ] ], "kernel": [[[[1]]]] , "bias": [0.5]}"#,
      #"{"op": "conv2d", "input": [[[1, 2]], [[3, 4]]], "kernel": [[[[1]], [[2]]]], "bias": [1e400]}"#,
      #"{"op": "conv2d", "input": [[[1, 2]], [[3, 4]]], "kernel": [[[[1]], [[2]]]], "stride": [[1]]}"#,
      #"{"op": "conv2d", "input": [[[9007199254740993]]], "kernel": [[[[1]]]]}"#,
      #"{"op": "conv2d", "input": [[[1, 2]], [[3, 4]]], "kernel": [[[[1]], [[2]]]]"#,
      #"{"op": "conv2d", "input": [[[]]], "kernel": [[[[1]]]]}"#,
    ]
    #expect(answerBytes(lines, fast: true) == answerBytes(lines, fast: false))
  }

  @Test("the benchmark batch is all valid, and its stacks come back with C_out channels")
  func benchmarkBatchIsValid() throws {
    let text = ComputeBenchmarkInput.channels(count: 500, seed: 1)
    let (output, summary) = ComputeProtocol.run(text)
    #expect(summary.answered == 500 && summary.errors == 0)
    for (request, answerLine) in zip(text.split(separator: "\n"), output.split(separator: "\n")) {
      let r = try #require(foundationJSON(String(request)))
      let a = try #require(foundationJSON(String(answerLine)))
      let kernel = try #require(r["kernel"] as? [[Any]])
      let groups = try #require(r["groups"] as? Int)
      let outChannels = r["op"] as? String == "conv2d" ? kernel.count : kernel[0].count * groups
      #expect((a["output"] as? [Any])?.count == outChannels)
    }
  }

  @Test("conv_matrix with transpose is the transpose of conv_matrix")
  func matrixTranspose() throws {
    let base =
      #"{"op": "conv_matrix", "input_size": [3, 4], "kernel": [[1, 2], [3, 4]], "stride": [1, 2], "padding": 1"#
    let c = try #require(numberGrid(foundationJSON(try answer(base + "}").json)?["matrix"]))
    let ct = try #require(
      numberGrid(foundationJSON(try answer(base + #", "transpose": true}"#).json)?["matrix"]))
    #expect(c.count == 4 * 3 && c[0].count == 12)
    #expect(ct.count == c[0].count)
    for r in 0..<c.count {
      for col in 0..<c[0].count { #expect(c[r][col] == ct[col][r]) }
    }
  }
}
