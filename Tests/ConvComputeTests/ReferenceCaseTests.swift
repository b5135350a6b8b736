import ConvCompute
import Foundation
import Testing

/// One line of `pytorch-cases.jsonl`: the request text exactly as written, and what PyTorch answered.
struct ReferenceCase: CustomTestStringConvertible, Sendable {
  let number: Int
  let requestLine: String
  let expectLine: String

  var testDescription: String { "case \(number): \(requestLine.prefix(60))" }

  /// All 300 cases, with each request cut out verbatim so that it reaches the protocol byte for byte.
  static let all: [ReferenceCase] = referenceLines(fixture: "pytorch-cases").map {
    ReferenceCase(number: $0.number, requestLine: $0.request, expectLine: $0.expect)
  }
}

/// The lines of a reference fixture, numbered from 1, each request and answer cut out verbatim.
func referenceLines(fixture: String) -> [(number: Int, request: String, expect: String)] {
  guard
    let url = Bundle.module.url(forResource: "Fixtures/\(fixture)", withExtension: "jsonl"),
    let text = try? String(contentsOf: url, encoding: .utf8)
  else { return [] }
  let prefix = "{\"request\": "
  let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
  return lines.enumerated().compactMap { index, line in
    guard line.hasPrefix(prefix),
      let separator = line.range(of: ", \"expect\": ", options: .backwards)
    else { return nil }
    let request = line[line.index(line.startIndex, offsetBy: prefix.count)..<separator.lowerBound]
    let expect = line[separator.upperBound..<line.index(before: line.endIndex)]
    return (index + 1, String(request), String(expect))
  }
}

/// Reads a JSON text with Foundation, independently of the parser under test.
func foundationJSON(_ text: String) -> [String: Any]? {
  (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    as? [String: Any]
}

/// A grid read back from a Foundation-parsed answer, or nil when it is not an array of number arrays.
func numberGrid(_ value: Any?) -> [[Double]]? {
  guard let rows = value as? [[NSNumber]] else { return nil }
  return rows.map { $0.map(\.doubleValue) }
}

/// An integer grid read back from a Foundation-parsed answer.
func integerGrid(_ value: Any?) -> [[Int]]? {
  guard let rows = value as? [[NSNumber]] else { return nil }
  return rows.map { $0.map(\.intValue) }
}

@Suite("PyTorch reference cases, through ComputeProtocol.answer")
struct ReferenceCaseTests {
  @Test func fixtureHoldsAllCases() {
    #expect(ReferenceCase.all.count == 300)
  }

  @Test(arguments: ReferenceCase.all)
  func answersAsPyTorchDid(_ reference: ReferenceCase) throws {
    let expect = try #require(foundationJSON(reference.expectLine))
    let answer = try #require(ComputeProtocol.answer(line: reference.requestLine))
    let got = try #require(
      foundationJSON(answer.json), "answer is not a JSON object: \(answer.json)")

    if expect["error"] != nil {
      #expect(
        answer.isError,
        "PyTorch refused this request, but convscope answered \(answer.json.prefix(200))")
      let sentence = try #require(got["error"] as? String)
      #expect(sentence.hasSuffix("."))
      return
    }
    #expect(!answer.isError, "unexpected error: \(answer.json)")
    let expectedOutput = try #require(numberGrid(expect["output"]))
    let output = try #require(
      numberGrid(got["output"]), "no output grid in \(answer.json.prefix(200))")
    #expect(output.count == expectedOutput.count, "row count")
    #expect(output.map(\.count) == expectedOutput.map(\.count), "row lengths")
    var worst = 0.0
    for (row, expectedRow) in zip(output, expectedOutput) {
      for (value, expected) in zip(row, expectedRow) { worst = max(worst, abs(value - expected)) }
    }
    #expect(worst <= 1e-9, "largest difference \(worst)")
    if let expectedIndices = integerGrid(expect["indices"]) {
      #expect(integerGrid(got["indices"]) == expectedIndices)
    } else {
      #expect(got["indices"] == nil)
    }
  }
}
