import ConvCompute
import Foundation
import Testing

/// One line of `pytorch-cases-v2.jsonl` whose op this branch answers.
struct ChannelReferenceCase: CustomTestStringConvertible, Sendable {
  /// The ops of issues 11, 12 and 13 that this suite checks (receptive_field and overlap have their own).
  static let ops: Set<String> = [
    "conv2d", "conv_transpose2d", "batch_norm2d", "fold_batch_norm", "avg_pool2d", "conv_matrix",
  ]

  let number: Int
  let op: String
  let requestLine: String
  let expectLine: String

  var testDescription: String { "v2 case \(number): \(requestLine.prefix(60))" }

  /// Every line of the fixture, each request cut out verbatim so it reaches the protocol byte for byte.
  static let all: [ChannelReferenceCase] = referenceLines(fixture: "pytorch-cases-v2").map {
    ChannelReferenceCase(
      number: $0.number, op: (foundationJSON($0.request)?["op"] as? String) ?? "",
      requestLine: $0.request, expectLine: $0.expect)
  }

  static var mine: [ChannelReferenceCase] { all.filter { ops.contains($0.op) } }
}

/// The largest difference between two JSON values of one shape, relative where the expected value exceeds 1;
/// nil when their shapes or kinds differ.
func channelWorstDifference(_ got: Any, _ expected: Any) -> Double? {
  if let expectedArray = expected as? [Any] {
    guard let gotArray = got as? [Any], gotArray.count == expectedArray.count else { return nil }
    var worst = 0.0
    for (g, e) in zip(gotArray, expectedArray) {
      guard let d = channelWorstDifference(g, e) else { return nil }
      worst = max(worst, d)
    }
    return worst
  }
  guard let e = (expected as? NSNumber)?.doubleValue, let g = (got as? NSNumber)?.doubleValue,
    !(got is [Any])
  else { return nil }
  return abs(g - e) / max(1, abs(e))
}

@Suite("PyTorch reference cases, second edition, through ComputeProtocol.answer")
struct ReferenceCaseV2Tests {
  @Test func fixtureHoldsEveryOp() {
    #expect(ChannelReferenceCase.all.count == 300)
    #expect(Set(ChannelReferenceCase.mine.map(\.op)) == ChannelReferenceCase.ops)
    #expect(ChannelReferenceCase.mine.count == 196)
  }

  @Test(arguments: ChannelReferenceCase.mine)
  func answersAsPyTorchDid(_ reference: ChannelReferenceCase) throws {
    let expect = try #require(foundationJSON(reference.expectLine))
    let answer = try #require(ComputeProtocol.answer(line: reference.requestLine))
    let got = try #require(
      foundationJSON(answer.json), "answer is not a JSON object: \(answer.json.prefix(200))")

    if expect["error"] != nil {
      #expect(
        answer.isError,
        "PyTorch refused this request, but convscope answered \(answer.json.prefix(200))")
      let sentence = try #require(got["error"] as? String)
      #expect(sentence.hasSuffix("."))
      #expect(!sentence.contains("\n"))
      return
    }
    #expect(!answer.isError, "unexpected error: \(answer.json.prefix(300))")
    #expect(Set(got.keys) == Set(expect.keys), "answer keys \(got.keys.sorted())")
    for (key, expectedValue) in expect {
      let value = try #require(got[key], "no \(key) in \(answer.json.prefix(200))")
      let worst = try #require(
        channelWorstDifference(value, expectedValue), "\(key) has another shape than PyTorch's")
      #expect(worst <= 1e-9, "\(key): largest difference \(worst)")
    }
  }
}
