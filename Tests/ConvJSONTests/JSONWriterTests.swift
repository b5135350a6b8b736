import ConvArithmetic
import ConvJSON
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

  /// Random texts of every byte JSON escapes, plain ASCII and multi-byte UTF-8, escaped as
  /// byte-by-byte rules say (after some text already written), and read back by the parser
  /// as the same string.
  @Test func escapesEveryByteAsTheRulesSay() throws {
    let pieces: [[UInt8]] =
      (0..<0x20).map { [UInt8($0)] } + [[0x22], [0x5C], [0x7F], [0x20], [0x41], [0x7E]]
      + ["é", "×", "卷", "🙂"].map { Array($0.utf8) }
    func reference(_ bytes: [UInt8]) -> [UInt8] {
      var out: [UInt8] = [0x22]
      for byte in bytes {
        switch byte {
        case 0x22: out += Array(#"\""#.utf8)
        case 0x5C: out += Array(#"\\"#.utf8)
        case 0x0A: out += Array(#"\n"#.utf8)
        case 0x0D: out += Array(#"\r"#.utf8)
        case 0x09: out += Array(#"\t"#.utf8)
        case 0x00..<0x20, 0x7F:
          let hex = Array("0123456789abcdef".utf8)
          out += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        default: out.append(byte)
        }
      }
      return out + [0x22]
    }
    var random = SplitMix64(seed: 11)
    for _ in 0..<2_000 {
      let count = Int.random(in: 0...60, using: &random)
      let text = (0..<count).flatMap { _ in pieces.randomElement(using: &random)! }
      var writer = JSONWriter(capacity: 4)
      writer.writeRaw("[")
      text.withUnsafeBufferPointer { writer.writeString(utf8: $0) }
      #expect(writer.bytes == Array("[".utf8) + reference(text))
      let string = String(decoding: text, as: UTF8.self)
      #expect(
        written { $0.writeString(string) } == String(decoding: reference(text), as: UTF8.self))
      #expect(try JSONParser.parse(reference(text)) == .string(string))
    }
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

@Suite("JSON writer number fast path")
struct JSONWriterFastPathTests {
  /// The fast path must spell every number exactly as Swift's `description` does.
  @Test func spellsNumbersExactlyAsDescription() {
    var random = SplitMix64(seed: 17)
    var values: [Double] = [
      0, -0.0, 1, -1, 0.001, 0.00099999, 9_999_999.99999999, 1e7, 0.5, 0.1 + 0.2, 1234567.125,
    ]
    for _ in 0..<200_000 {
      // Sums of products of four-decimal values, like the benchmark's outputs.
      let a = Double(Int.random(in: -20_000...20_000, using: &random)) / 10_000
      let b = Double(Int.random(in: -20_000...20_000, using: &random)) / 10_000
      let c = Double(Int.random(in: -20_000...20_000, using: &random)) / 10_000
      values.append(a * b + c * a)
      values.append(Double(Int.random(in: -99_999_999_999...99_999_999_999, using: &random)) / 1e8)
      values.append(Double(bitPattern: random.next() & 0x412F_FFFF_FFFF_FFFF))
    }
    for value in values where value.isFinite {
      var writer = JSONWriter(capacity: 32)
      writer.writeNumber(value)
      #expect(String(decoding: writer.bytes, as: UTF8.self) == value.description, "\(value)")
    }
  }

  @Test func copiesDoNotShareWrites() {
    var first = JSONWriter(capacity: 4)
    first.writeRaw("ab")
    var second = first
    second.writeRaw("cdefgh")
    first.writeRaw("x")
    #expect(String(decoding: first.bytes, as: UTF8.self) == "abx")
    #expect(String(decoding: second.bytes, as: UTF8.self) == "abcdefgh")
  }
}
