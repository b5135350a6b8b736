import ConvArithmetic
import ConvCompute
import Testing

private func written(_ body: (inout JSONWriter) -> Void) -> String {
  var writer = JSONWriter()
  body(&writer)
  return String(decoding: writer.bytes, as: UTF8.self)
}

@Suite("JSON writer")
struct JSONWriterTests {
  @Test func writesShortestRoundTripNumbers() {
    #expect(written { $0.writeNumber(0.8595977000000004) } == "0.8595977000000004")
    #expect(written { $0.writeNumber(1) } == "1.0")
    #expect(written { $0.writeNumber(-0.0625) } == "-0.0625")
    #expect(written { $0.writeNumber(1e-5) } == "1e-05")
    var random = SplitMix64(seed: 3)
    for _ in 0..<10_000 {
      let value = Double(bitPattern: random.next())
      guard value.isFinite else { continue }
      #expect(Double(written { $0.writeNumber(value) }) == value)
    }
  }

  @Test func writesIntegersPlainly() {
    for value in [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min] {
      #expect(written { $0.writeInteger(value) } == String(value))
    }
  }

  @Test func escapesStrings() {
    #expect(written { $0.writeString("a\"b\\c\nd\u{01}é") } == #""a\"b\\c\nd\u0001é""#)
    #expect(written { $0.writeError("Bad \"x\".") } == #"{"error": "Bad \"x\"."}"#)
  }

  @Test func writesGridsAsArraysOfRows() throws {
    let grid = try Matrix([[1, 2.5], [-3, 0]])
    #expect(written { $0.writeGrid(grid) } == "[[1.0, 2.5], [-3.0, 0.0]]")
    let indices = try Grid<Int>([[0, 11], [5, 3]])
    #expect(written { $0.writeGrid(indices) } == "[[0, 11], [5, 3]]")
  }

  @Test func roundTripsValuesThroughTheParser() throws {
    let text = #"{"op": "conv2d", "input": [[1, -2.5]], "flag": true, "none": null, "s": "\"q\""}"#
    let value = try JSONParser.parse(Array(text.utf8))
    #expect(written { $0.writeValue(value) } == text)
  }
}
