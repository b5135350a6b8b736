import ConvArithmetic
import ConvJSON
import ConvMessages
import Foundation
import Testing

private func parse(_ text: String) throws(JSONParseError) -> JSONValue {
  try JSONParser.parse(Array(text.utf8))
}

private func parseBytes(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
  try JSONParser.parse(bytes)
}

@Suite("JSON parser")
struct JSONParserTests {
  @Test func readsEveryKindOfValue() throws {
    let value = try parse(#" {"a": [1, -2.5, true, false, null], "b": {"c": "d"}, "e": []} "#)
    #expect(
      value
        == .object([
          ("a", .array([.integer(1), .number(-2.5), .bool(true), .bool(false), .null])),
          ("b", .object([("c", .string("d"))])),
          ("e", .array([])),
        ]))
  }

  @Test func keepsIntegersApartFromOtherNumbers() throws {
    #expect(try parse("2") == .integer(2))
    #expect(try parse("-0") == .integer(0))
    #expect(try parse("2.0") == .number(2.0))
    #expect(try parse("2e0") == .number(2.0))
    #expect(try parse("-999999999999999999") == .integer(-999_999_999_999_999_999))
    // Past 18 digits an integer literal becomes a Double rather than overflowing.
    #expect(try parse("123456789012345678901") == .number(123456789012345678901.0))
  }

  @Test func readsNumbersExactlyAsTheStandardLibraryDoes() throws {
    var random = SplitMix64(seed: 7)
    for _ in 0..<20_000 {
      let mantissa = Int.random(in: -9_999_999_999_999_999...9_999_999_999_999_999, using: &random)
      let digits = Int.random(in: 0...18, using: &random)
      let exponent = Int.random(in: -330...310, using: &random)
      var text = String(mantissa)
      let sign = text.hasPrefix("-") ? "-" : ""
      var body = sign.isEmpty ? text : String(text.dropFirst())
      if digits > 0 && digits < body.count {
        body.insert(".", at: body.index(body.endIndex, offsetBy: -digits))
      }
      text = sign + body + (Bool.random(using: &random) ? "e\(exponent)" : "")
      guard let expected = Double(text), expected.isFinite else { continue }
      let parsed = try parse(text)
      #expect(parsed.doubleValue == expected, "\(text)")
    }
    #expect(try parse("0.8595977000000004").doubleValue == 0.8595977000000004)
    #expect(try parse("1.5733").doubleValue == 1.5733)
    #expect(try parse("1E-400").doubleValue == 0)
  }

  @Test func decodesStringEscapesAndUnicode() throws {
    #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
    #expect(try parse("\"é中\"") == .string("é中"))
  }

  static let malformed: [String] = [
    "", " ", "{", "}", "[1, 2", "[1, 2,]", "[,1]", "{\"a\" 1}", "{\"a\": 1,}", "{a: 1}", "{'a': 1}",
    "[1 2]", "01", "1.", ".5", "-", "+1", "1e", "1e+", "NaN", "Infinity", "-Infinity", "nul",
    "truth",
    "\"abc", "\"a\tb\"", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00x\"", "[1] [2]", "{} x",
    "1e400", "-1e400", "[1e309]", String(repeating: "9", count: 500) + ".0",
  ]

  @Test(arguments: malformed)
  func refusesMalformedText(_ text: String) {
    #expect(throws: JSONParseError.self) { try parse(text) }
  }

  @Test func refusesInvalidUTF8() {
    for bytes: [UInt8] in [
      [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xC0, 0xAF, 0x22],
      [0x22, 0xED, 0xA0, 0x80, 0x22],
      [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0xEF, 0xBB, 0xBF, 0x31],
    ] {
      #expect(throws: JSONParseError.self) { try parseBytes(bytes) }
    }
  }

  @Test func limitsNestingDepthWithoutRecursingFurther() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParseError.self) { try parse(deep) }
    let ok =
      String(repeating: "[", count: JSONParser.maxDepth)
      + String(repeating: "]", count: JSONParser.maxDepth)
    #expect(throws: Never.self) { try parse(ok) }
  }

  @Test func limitsTheNumberOfValues() throws {
    let text = "[" + Array(repeating: "[1, 2]", count: 10).joined(separator: ", ") + "]"
    // 10 rows of 2 numbers: 30 values below the top level; the 30th is the last "2".
    #expect(throws: Never.self) { try JSONParser.parse(Array(text.utf8), maxValues: 30) }
    #expect(throws: JSONParseError(.tooManyValues(limit: 29), at: 77)) {
      try JSONParser.parse(Array(text.utf8), maxValues: 29)
    }
  }

  @Test func reportsWhereTheTextWentWrong() {
    #expect(throws: JSONParseError(.expected(.commaOrBracket, found: .character("x")), at: 3)) {
      try parse("[1 x]")
    }
    #expect(throws: JSONParseError(.expected(.value, found: .end), at: 1)) { try parse("[") }
  }

  /// Random bytes from JSON's alphabet: each one is refused with a position inside the
  /// input, or read as a value that a standard reader also accepts and that survives a
  /// round trip through the writer.
  @Test func neverTrapsOnRandomBytes() throws {
    var random = SplitMix64(seed: 42)
    let alphabet = Array(#"{}[]":,.-+eE0123456789 tfnrul\"#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xFF]
    var accepted = 0
    var refused = 0
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...40, using: &random)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
      do {
        let value = try parseBytes(bytes)
        accepted += 1
        var writer = JSONWriter()
        writer.writeValue(value)
        let again = try parseBytes(writer.bytes)
        #expect(again == value, "\(bytes) does not survive a round trip")
        let standard = try? JSONSerialization.jsonObject(
          with: Data(bytes), options: .fragmentsAllowed)
        #expect(
          standard != nil,
          "accepted, but Foundation refuses \(String(decoding: bytes, as: UTF8.self))")
      } catch {
        refused += 1
        #expect(
          (0...bytes.count).contains(error.offset), "offset \(error.offset) of \(bytes.count)")
      }
    }
    // Both outcomes happen, so both branches above were checked.
    #expect(accepted > 100 && refused > 100, "accepted \(accepted), refused \(refused)")
  }
}
