import ConvCompute
import Foundation
import Testing

/// One `receptive_field` or `overlap` line of `pytorch-cases-v2.jsonl`, the request cut out verbatim.
struct StackReferenceCase: CustomTestStringConvertible, Sendable {
  let number: Int
  let requestLine: String
  let expectLine: String

  var testDescription: String { "v2 case \(number): \(requestLine.prefix(70))" }

  static let all: [StackReferenceCase] = referenceLines(fixture: "pytorch-cases-v2").compactMap {
    guard
      $0.request.contains("\"op\": \"receptive_field\"")
        || $0.request.contains("\"op\": \"overlap\"")
    else { return nil }
    return StackReferenceCase(number: $0.number, requestLine: $0.request, expectLine: $0.expect)
  }
}

@Suite("PyTorch v2 reference cases for receptive_field and overlap, through ComputeProtocol.answer")
struct ReferenceCaseStackTests {
  @Test func fixtureHoldsTheStackCases() {
    // 60 receptive_field and 44 overlap lines in the fixture.
    #expect(StackReferenceCase.all.count == 104)
  }

  @Test(arguments: StackReferenceCase.all)
  func answersAsPyTorchDid(_ reference: StackReferenceCase) throws {
    let expect = try #require(foundationJSON(reference.expectLine))
    let answer = try #require(ComputeProtocol.answer(line: reference.requestLine))
    let got = try #require(foundationJSON(answer.json), "not a JSON object: \(answer.json)")
    if expect["error"] != nil {
      #expect(answer.isError, "PyTorch refused this, but convscope answered \(answer.json)")
      let sentence = try #require(got["error"] as? String)
      #expect(sentence.hasSuffix(".") && !sentence.dropLast().contains(". "), "\(sentence)")
      return
    }
    #expect(!answer.isError, "unexpected error: \(answer.json)")
    if let expectedLayers = expect["layers"] as? [[String: Any]] {
      let layers = try #require(got["layers"] as? [[String: Any]], "no layers in \(answer.json)")
      #expect(layers.count == expectedLayers.count)
      for (index, (layer, expected)) in zip(layers, expectedLayers).enumerated() {
        #expect(Set(layer.keys) == ["output_size", "jump", "size", "first"])
        for key in ["output_size", "jump", "size", "first"] {
          let value = (layer[key] as? [NSNumber])?.map(\.intValue)
          let wanted = (expected[key] as? [NSNumber])?.map(\.intValue)
          #expect(value != nil && value == wanted, "layer \(index) \(key)")
        }
      }
      return
    }
    let expectedOutput = try #require(numberGrid(expect["output"]))
    let output = try #require(numberGrid(got["output"]), "no output in \(answer.json.prefix(200))")
    #expect(output.map(\.count) == expectedOutput.map(\.count), "shape")
    var worst = 0.0
    for (row, expectedRow) in zip(output, expectedOutput) {
      for (value, wanted) in zip(row, expectedRow) {
        worst = max(worst, abs(value - wanted) / max(1, abs(wanted)))
      }
    }
    #expect(worst <= 1e-9, "largest relative difference \(worst)")
  }
}
