import Foundation
import Testing

/// Reads one answer line with Foundation, independently of convscope's own parser.
private func object(_ line: String) -> [String: Any]? {
  (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
}

private func errorSentence(_ line: String) -> String? {
  object(line)?["error"] as? String
}

@Suite("convscope compute, the built binary")
struct ComputeEndToEndTests {
  @Test func answersGoodAndBadLinesInOrderAndExitsWithOne() throws {
    let wide = "[[" + Array(repeating: "0", count: 5000).joined(separator: ", ") + "]]"
    let requests = [
      #"{"op": "conv2d", "input": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "kernel": [[1, 0], [0, -1]]}"#,
      #"{"op": "conv2d", "input": [[1, 2]"#,
      #"{"op": "conv3d", "input": [[1]]}"#,
      #"{"op": "conv2d", "input": [[1, 2]]}"#,
      #"{"op": "conv2d", "input": [[1, 2]], "kernel": [[1]], "stride": "2"}"#,
      #"{"op": "conv2d", "input": [[1, 2], [3]], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 0}"#,
      #"{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1, 1, 1], [1, 1, 1], [1, 1, 1]]}"#,
      #"{"op": "conv_transpose2d", "input": [[1]], "kernel": [[1]], "stride": 2, "output_padding": 2}"#,
      #"{"op": "conv2d", "input": \#(wide), "kernel": [[1]]}"#,
      "[1, 2, 3]",
      #"{"op": "conv2d", "input": [[1e400]], "kernel": [[1]]}"#,
      #"{"op": "conv2d", "input": [[true]], "kernel": [[1]]}"#,
      #"{"op": "max_unpool2d", "input": [[5]], "indices": [[9]], "kernel_size": 2}"#,
      #"{"op": "bilinear_kernel", "size": 4, "style": "gauss"}"#,
      #"{"op": "max_pool2d", "input": [[1, 3], [2, 3]], "kernel_size": 2}"#,
    ]
    let result = try BinaryRunner.run(
      arguments: ["compute"], stdin: requests.joined(separator: "\n") + "\n")
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    let answers = result.stdoutLines
    try #require(answers.count == requests.count, "\(result.stdout.prefix(500))")

    #expect(answers[0] == #"{"output": [[-4.0, -4.0], [-4.0, -4.0]]}"#)
    let expectedErrors: [(Int, String)] = [
      (1, "Line 2 is not valid JSON"),
      (2, #"Unknown op "conv3d"; the ops are conv2d, conv_transpose2d"#),
      (3, #"The field "kernel" is missing"#),
      (
        4,
        #"The field "stride" must be a positive integer or a pair [h, w] of positive integers, but it is "2"."#
      ),
      (5, "ragged"),
      (6, #"The field "stride" must be a positive integer"#),
      (7, "larger than the padded input"),
      (8, "must be smaller than the stride"),
      (9, "beyond the limit of 4096"),
      (10, "Each request must be a JSON object, but line 11 is an array."),
      (11, "Line 12 is not valid JSON: a number too large for a 64-bit float"),
      (12, "must hold only numbers, but row 0, column 0 is true."),
      (13, "The index 9 is outside the unpooled output"),
      (14, #"The field "style" must be one of "fcn", "caffe", "caffe_legacy""#),
    ]
    for (index, phrase) in expectedErrors {
      let sentence = errorSentence(answers[index])
      #expect(
        sentence?.contains(phrase) == true, "line \(index + 1): \(answers[index].prefix(300))")
    }
    // Ties go to the first maximum in row-major order.
    #expect(answers[15] == #"{"output": [[3.0]], "indices": [[1]]}"#)
  }

  @Test func exitsWithZeroWhenEveryLineIsAnswered() throws {
    let requests = [
      #"{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1]]}"#,
      "",
      #"{"op": "conv_transpose2d", "input": [[1, 2]], "kernel": [[1, 1]], "stride": 2}"#,
      #"{"op": "upsample_nearest", "input": [[1, 2]], "scale": 2}"#,
      #"{"op": "upsample_bilinear", "input": [[0, 1]], "size": [1, 3], "align_corners": true}"#,
      #"{"op": "max_unpool2d", "input": [[7]], "indices": [[3]], "kernel_size": 2}"#,
      #"{"op": "bilinear_kernel", "size": 2, "style": "caffe"}"#,
    ]
    let result = try BinaryRunner.run(
      arguments: ["compute"], stdin: requests.joined(separator: "\n"))
    #expect(result.status == 0, "\(result.stdout)")
    #expect(
      result.stdoutLines == [
        #"{"output": [[1.0, 2.0], [3.0, 4.0]]}"#,
        #"{"output": [[1.0, 1.0, 2.0, 2.0]]}"#,
        #"{"output": [[1.0, 1.0, 2.0, 2.0], [1.0, 1.0, 2.0, 2.0]]}"#,
        #"{"output": [[0.0, 0.5, 1.0]]}"#,
        #"{"output": [[0.0, 0.0], [0.0, 7.0]]}"#,
        #"{"output": [[0.25, 0.25], [0.25, 0.25]]}"#,
      ])
  }

  @Test func emptyInputGivesNoOutputAndSuccess() throws {
    let result = try BinaryRunner.run(arguments: ["compute"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  @Test func answersAGeneratedBatchInFull() throws {
    let batch = try BinaryRunner.run(arguments: [
      "compute", "--generate-benchmark", "3000", "--seed", "4",
    ])
    #expect(batch.status == 0)
    let requests = batch.stdoutLines
    #expect(requests.count == 3000)
    #expect(
      requests.allSatisfy {
        $0.hasPrefix(#"{"op": "conv2d""#) || $0.hasPrefix(#"{"op": "conv_transpose2d""#)
      })

    let result = try BinaryRunner.run(arguments: ["compute"], stdin: batch.stdout)
    #expect(result.status == 0)
    let answers = result.stdoutLines
    #expect(answers.count == 3000)
    #expect(answers.allSatisfy { object($0)?["output"] is [[NSNumber]] })
  }

  @Test func survivesHostileBytes() throws {
    var input = Data()
    input.append(contentsOf: Array(#"{"op": ""#.utf8) + [0xFF, 0xC3] + Array("\"}\n".utf8))
    input.append(contentsOf: [0x00, 0x01, 0x02, 0x0A])
    input.append(contentsOf: Array((String(repeating: "[", count: 50_000) + "\n").utf8))
    input.append(contentsOf: Array("\u{FEFF}{}\n".utf8))
    input.append(
      contentsOf: Array("{\"op\": \"bilinear_kernel\", \"size\": 1, \"style\": \"fcn\"}".utf8))
    let result = try BinaryRunner.run(arguments: ["compute"], stdinData: input)
    #expect(result.status == 1)
    let answers = result.stdoutLines
    try #require(answers.count == 5, "\(result.stdout.prefix(500))")
    #expect(errorSentence(answers[0])?.contains("invalid UTF-8") == true)
    #expect(errorSentence(answers[1])?.hasPrefix("Line 2 is not valid JSON") == true)
    #expect(errorSentence(answers[2])?.contains("nesting deeper than") == true)
    #expect(errorSentence(answers[3])?.hasPrefix("Line 4 is not valid JSON") == true)
    #expect(answers[4] == #"{"output": [[1.0]]}"#)
  }
}
