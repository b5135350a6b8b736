import ConvArithmetic
import ConvCompute
import Foundation
import Testing

/// A bad request line and a phrase its error sentence must contain.
struct BadRequest: CustomTestStringConvertible, Sendable {
  let line: String
  let phrase: String
  var testDescription: String { String(line.prefix(70)) }

  init(_ line: String, _ phrase: String) {
    self.line = line
    self.phrase = phrase
  }
}

private let wide =
  "[[" + Array(repeating: "0", count: Limits.maxSide + 1).joined(separator: ",") + "]]"

@Suite("Bad requests get one clear sentence")
struct RequestErrorTests {
  static let cases: [BadRequest] = [
    // Not JSON, or not an object.
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2]"#,
      "Line 1 is not valid JSON: expected ',' or ']' but the line ended at column 34."),
    BadRequest(#"{"op": "conv2d",}"#, "Line 1 is not valid JSON"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1e400]], "kernel": [[1]]}"#, "too large for a 64-bit float"),
    BadRequest(#"{"op": "conv2d", "input": [[NaN]], "kernel": [[1]]}"#, "not valid JSON"),
    BadRequest(#"[1, 2]"#, "Each request must be a JSON object, but line 1 is an array."),
    BadRequest(#""conv2d""#, "but line 1 is a string"),
    BadRequest("null", "but line 1 is null"),
    // The op.
    BadRequest(
      #"{"op": "conv3d"}"#,
      #"Unknown op "conv3d"; the ops are conv2d, conv_transpose2d, max_pool2d, max_unpool2d"#
    ),
    BadRequest(#"{"input": [[1]]}"#, #"The field "op" is missing"#),
    BadRequest(
      #"{"op": 3}"#, #"The field "op" must be a string naming the operation, but it is 3."#),
    // Missing, unknown, repeated and mistyped fields.
    BadRequest(
      #"{"op": "conv2d", "input": [[1]]}"#,
      #"The field "kernel" is missing; conv2d needs "input", "kernel"."#),
    BadRequest(#"{"op": "max_pool2d", "input": [[1]]}"#, #"The field "kernel_size" is missing"#),
    BadRequest(#"{"op": "bilinear_kernel", "size": 4}"#, #"The field "style" is missing"#),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "strides": 2}"#,
      #"Unknown field "strides" for conv2d"#),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 1, "stride": 2}"#,
      "appears more than once"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2]], "kernel": [[1]], "stride": "2"}"#,
      #"The field "stride" must be a positive integer or a pair [h, w] of positive integers, but it is "2"."#
    ),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": [1, 2, 3]}"#,
      #"The field "stride" must be"#),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 1.5}"#, "but it is 1.5."),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "dilation": true}"#, "but it is true."),
    BadRequest(
      #"{"op": "conv2d", "input": 5, "kernel": [[1]]}"#, #"The field "input" must be a grid"#),
    BadRequest(#"{"op": "conv2d", "input": [1, 2], "kernel": [[1]]}"#, "but row 0 is 1."),
    BadRequest(
      #"{"op": "conv2d", "input": [[true]], "kernel": [[1]]}"#,
      "must hold only numbers, but row 0, column 0 is true."),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, "2"]], "kernel": [[1]]}"#, #"row 0, column 1 is "2"."#),
    BadRequest(
      #"{"op": "upsample_bilinear", "input": [[1]], "size": 2, "align_corners": 1}"#,
      "must be true or false"),
    BadRequest(
      #"{"op": "bilinear_kernel", "size": 4, "style": "gaussian"}"#,
      #"must be one of "fcn", "caffe", "caffe_legacy""#),
    BadRequest(
      #"{"op": "bilinear_kernel", "size": 2.5, "style": "fcn"}"#,
      #"The field "size" must be a positive integer"#),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]]}"#,
      #"The fields "scale" and "size" are both missing"#),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]], "scale": 2, "size": 2}"#, "are both given"),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]], "scale": "2"}"#,
      #"The field "scale" must be a positive number"#),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]], "scale": [2, false]}"#,
      #"The field "scale" must be"#),
    // Grid shapes.
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2], [3]], "kernel": [[1]]}"#,
      "ragged grid: row 1 has 1 values but row 0 has 2"),
    BadRequest(
      #"{"op": "conv2d", "input": [], "kernel": [[1]]}"#, #"The field "input" is an empty grid"#),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[]]}"#, #"The field "kernel" is an empty grid"#),
    // Zero and negative sizes.
    BadRequest(#"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 0}"#, "but it is 0."),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "dilation": [1, -1]}"#,
      "but it is [1, -1]."),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "padding": -1}"#, "non-negative integer"),
    BadRequest(
      #"{"op": "max_pool2d", "input": [[1]], "kernel_size": 0}"#,
      #"The field "kernel_size" must be a positive integer"#),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]], "size": [0, 3]}"#,
      #"The field "size" must be a positive integer"#),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]], "scale": -2}"#,
      #"The field "scale" must be a positive number"#),
    BadRequest(
      #"{"op": "bilinear_kernel", "size": 0, "style": "fcn"}"#,
      #"The field "size" must be a positive integer"#),
    // What only the engine can judge.
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2], [3, 4]], "kernel": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}"#,
      "larger than the padded input"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1, 2, 3]], "kernel": [[1, 1]], "dilation": 3}"#,
      "larger than the padded input"),
    BadRequest(
      #"{"op": "conv_transpose2d", "input": [[1]], "kernel": [[1]], "stride": 2, "output_padding": 2}"#,
      "must be smaller than the stride"),
    BadRequest(
      #"{"op": "conv_transpose2d", "input": [[1]], "kernel": [[1]], "output_padding": [0, 1]}"#,
      "must be smaller than the stride"),
    BadRequest(
      #"{"op": "max_pool2d", "input": [[1, 2], [3, 4]], "kernel_size": 2, "padding": 2}"#,
      "at most half the kernel size"),
    BadRequest(
      #"{"op": "max_unpool2d", "input": [[1]], "indices": [[4]], "kernel_size": 2}"#,
      "The index 4 is outside the unpooled output"),
    BadRequest(
      #"{"op": "max_unpool2d", "input": [[1]], "indices": [[-1]], "kernel_size": 2}"#,
      "The index -1 is outside"),
    BadRequest(
      #"{"op": "max_unpool2d", "input": [[1]], "indices": [[0.5]], "kernel_size": 2}"#,
      "must hold only integers"),
    BadRequest(
      #"{"op": "max_unpool2d", "input": [[1, 2]], "indices": [[0]], "kernel_size": 2}"#,
      "The indices grid is 1x1 but the input is 1x2"),
    BadRequest(
      #"{"op": "max_unpool2d", "input": [[1]], "indices": [[0]], "kernel_size": 2, "output_size": 9}"#,
      "The output size 9x9 is not allowed"),
    BadRequest(
      #"{"op": "conv2d", "input": [[1e308, 1e308]], "kernel": [[10, 10]]}"#,
      "too large for a 64-bit float (infinity or NaN)"),
    // Limits.
    BadRequest(
      #"{"op": "conv2d", "input": \#(wide), "kernel": [[1]]}"#, "beyond the limit of 4096 on a side"
    ),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 5000}"#,
      #"The field "stride" is 5000, beyond the limit of 1024."#),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "padding": [0, 1025]}"#,
      #"The field "padding" is [0, 1025], beyond the limit of 1024."#),
    BadRequest(
      #"{"op": "max_pool2d", "input": [[1]], "kernel_size": 4097}"#,
      #"The field "kernel_size" is 4097, beyond the limit of 4096."#),
    BadRequest(
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "padding": 99999999999999999999}"#,
      "but it is 1e+20."),
    BadRequest(
      #"{"op": "conv_transpose2d", "input": [[1, 2, 3, 4, 5]], "kernel": [[1]], "stride": 1024}"#,
      "The output width is 4097, beyond the limit of 4096."),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1, 2]], "scale": 1e6}"#,
      #"The field "scale" is 1000000.0, beyond the limit of 4096."#),
    BadRequest(
      #"{"op": "upsample_bilinear", "input": [[1, 2]], "scale": 3000}"#, "beyond the limit"),
    BadRequest(
      #"{"op": "upsample_nearest", "input": [[1]], "size": [5000, 2]}"#, "beyond the limit of 4096"),
    BadRequest(
      #"{"op": "bilinear_kernel", "size": 5000, "style": "fcn"}"#,
      #"The field "size" is 5000, beyond the limit of 2048."#),
  ]

  @Test(arguments: cases)
  func answersWithOneSentence(_ bad: BadRequest) throws {
    let answer = try #require(ComputeProtocol.answer(line: bad.line))
    #expect(answer.isError)
    let object = try #require(foundationJSON(answer.json), "not JSON: \(answer.json)")
    #expect(object.count == 1)
    let sentence = try #require(object["error"] as? String)
    #expect(sentence.contains(bad.phrase), "\(sentence)")
    #expect(sentence.hasSuffix("."))
    // One sentence: no full stop followed by a new sentence inside it.
    #expect(!sentence.dropLast().contains(". "), "\(sentence)")
  }

  @Test func quotesHugeValuesCheaplyAndShortly() throws {
    let line =
      #"{"op": "conv2d", "kernel": [[1]], "input": {"a": ["#
      + String(repeating: "1,", count: 1_000_000) + "1]}}"
    let clock = ContinuousClock()
    var answer: (json: String, isError: Bool)?
    let elapsed = clock.measure { answer = ComputeProtocol.answer(line: line) }
    #expect(answer?.isError == true)
    #expect(
      answer?.json.contains(
        #"must be a grid (an array of rows of numbers), but it is {\"a\": [1, 1, 1"#) == true)
    #expect((answer?.json.count ?? 1000) < 300)
    #expect(elapsed < .seconds(20))
  }

  @Test func quotesLongValuesShortly() throws {
    let long = String(repeating: "x", count: 10_000)
    let answer = try #require(ComputeProtocol.answer(line: #"{"op": "\#(long)"}"#))
    #expect(answer.isError)
    #expect(answer.json.count < 300)
  }

  @Test func acceptsEveryDefaultAndForm() throws {
    // Integers and pairs, defaults left out, rectangular shapes.
    let lines = [
      #"{"op": "conv2d", "input": [[1, 2, 3]], "kernel": [[1, 1]]}"#,
      #"{"op": "conv2d", "input": [[1, 2, 3]], "kernel": [[1, 1]], "stride": [1, 2], "padding": [0, 1], "dilation": 1}"#,
      #"{"op": "conv_transpose2d", "input": [[1, 2]], "kernel": [[1, 1]], "stride": 2, "output_padding": [0, 1]}"#,
      #"{"op": "max_pool2d", "input": [[1, 2], [3, 4]], "kernel_size": 2}"#,
      #"{"op": "max_pool2d", "input": [[1, 2, 3], [4, 5, 6]], "kernel_size": 2, "stride": 1, "ceil_mode": true}"#,
      #"{"op": "max_unpool2d", "input": [[4]], "indices": [[3]], "kernel_size": 2, "output_size": [3, 2]}"#,
      #"{"op": "upsample_nearest", "input": [[1, 2]], "scale": 1.5}"#,
      #"{"op": "upsample_nearest", "input": [[1, 2]], "size": 3}"#,
      #"{"op": "upsample_bilinear", "input": [[1, 2]], "scale": [2, 2.5], "align_corners": true}"#,
      #"{"op": "bilinear_kernel", "size": 3, "style": "caffe_legacy"}"#,
      // The limits themselves are allowed.
      #"{"op": "conv2d", "input": [[1]], "kernel": [[1]], "stride": 1024, "padding": 1024, "dilation": 1024}"#,
      #"{"op": "upsample_nearest", "input": [[1]], "size": [4096, 1]}"#,
    ]
    for line in lines {
      let answer = try #require(ComputeProtocol.answer(line: line))
      #expect(!answer.isError, "\(line) -> \(answer.json)")
    }
  }

  @Test func poolingStrideDefaultsToKernelSize() throws {
    let answer = try #require(
      ComputeProtocol.answer(
        line: #"{"op": "max_pool2d", "input": [[1, 2, 3, 4], [5, 6, 7, 9]], "kernel_size": 2}"#))
    #expect(answer.json == #"{"output": [[6.0, 9.0]], "indices": [[5, 7]]}"#)
    let unpool = try #require(
      ComputeProtocol.answer(
        line: #"{"op": "max_unpool2d", "input": [[6, 9]], "indices": [[5, 7]], "kernel_size": 2}"#))
    #expect(unpool.json == #"{"output": [[0.0, 0.0, 0.0, 0.0], [0.0, 6.0, 0.0, 9.0]]}"#)
  }
}
