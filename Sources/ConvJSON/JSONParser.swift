import ConvArithmetic
import ConvMessages

/// Why a line is not valid JSON, and where: `offset` counts bytes from 0; the catalogues
/// word `problem` (with the 1-based column).
public struct JSONParseError: Error, Equatable, Sendable {
  public var problem: JSONProblem
  public var offset: Int

  public init(_ problem: JSONProblem, at offset: Int) {
    self.problem = problem
    self.offset = offset
  }
}

/// A strict JSON parser (RFC 8259) that reads bytes directly and never traps.
///
/// It refuses what a strict reader must (trailing commas, single quotes,
/// `NaN`, leading zeros, unescaped control characters, invalid UTF-8), and
/// also what would be unsafe: nesting deeper than ``maxDepth``, more than
/// ``maxValues`` values in one text (each costs memory long before a request
/// could be refused for its size), number
/// literals longer than ``maxNumberLength``, and numbers that overflow a
/// `Double` (such as `1e400`).
///
///     let value = try JSONParser.parse(Array("[1, 2.5]".utf8))
///     // .array([.integer(1), .number(2.5)])
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted; requests need 3.
  public static let maxDepth = 64
  /// The most values one text may hold: room for a `Limits.maxCells` input plus as many indices.
  public static let maxValues = Limits.maxJSONValues
  /// The longest number literal accepted, in bytes.
  public static let maxNumberLength = 400

  /// Parses one complete JSON text; anything but whitespace after the value is an error.
  public static func parse(_ bytes: [UInt8], maxValues: Int = maxValues) throws(JSONParseError)
    -> JSONValue
  {
    try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) in
      try parse(buffer, maxValues: maxValues)
    }
  }

  /// Parses one complete JSON text from a buffer that must stay valid for the call.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxValues: Int = maxValues)
    throws(JSONParseError)
    -> JSONValue
  {
    var reader = JSONReader(bytes: bytes, maxValues: maxValues)
    reader.skipWhitespace()
    let value = try reader.readValue()
    reader.skipWhitespace()
    if reader.index < bytes.count {
      throw JSONParseError(.unexpectedAfterValue(found: reader.current), at: reader.index)
    }
    return value
  }
}

/// The cursor over one JSON text; the parser and specialised readers (such as a request
/// object whose grids skip the general tree) are built from its steps.
public struct JSONReader {
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of the next byte to read.
  public var index = 0
  /// How many arrays and objects are open.
  public var depth = 0
  /// How many values have been counted against ``maxValues``.
  public var values = 0

  public let maxValues: Int

  public init(bytes: UnsafeBufferPointer<UInt8>, maxValues: Int = JSONParser.maxValues) {
    self.maxValues = maxValues
    self.bytes = bytes
  }

  @inline(__always) public var atEnd: Bool { index >= bytes.count }

  @inline(__always) public mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  /// The byte under the cursor, as an error names it.
  public var current: JSONFound {
    guard index < bytes.count else { return .end }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return .character(Character(Unicode.Scalar(byte))) }
    if byte == 0x20 { return .space }
    return .byte(byte)
  }

  public func failure(_ expected: JSONExpectation) -> JSONParseError {
    JSONParseError(.expected(expected, found: current), at: index)
  }

  public mutating func readValue() throws(JSONParseError) -> JSONValue {
    guard index < bytes.count else { throw failure(.value) }
    switch bytes[index] {
    case UInt8(ascii: "["): return try readArray()
    case UInt8(ascii: "{"): return try readObject()
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
    case UInt8(ascii: "t"):
      try readLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try readLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try readLiteral("null")
      return .null
    default: throw failure(.value)
    }
  }

  mutating func readLiteral(_ word: StaticString) throws(JSONParseError) {
    let start = index
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { literal -> Bool in
      guard bytes.count - index >= count else { return false }
      for k in 0..<count where bytes[index + k] != literal[k] { return false }
      return true
    }
    guard matches else {
      throw JSONParseError(.expected(.value, found: current), at: start)
    }
    index += count
  }

  @inline(__always) mutating func countValue() throws(JSONParseError) {
    values += 1
    if values > maxValues {
      throw JSONParseError(.tooManyValues(limit: maxValues), at: index)
    }
  }

  public mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > JSONParser.maxDepth {
      throw JSONParseError(.tooDeep(limit: JSONParser.maxDepth), at: index)
    }
  }

  mutating func readArray() throws(JSONParseError) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    // Grid rows are short; starting at 16 saves the early doublings.
    elements.reserveCapacity(16)
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      try countValue()
      elements.append(try readValue())
      skipWhitespace()
      guard index < bytes.count else { throw failure(.commaOrBracket) }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: ",") { continue }
      if byte == UInt8(ascii: "]") { break }
      index -= 1
      throw failure(.commaOrBracket)
    }
    depth -= 1
    return .array(elements)
  }

  mutating func readObject() throws(JSONParseError) -> JSONValue {
    try enter()
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      let key = try readMemberKey()
      members.append((key, try readValue()))
      if try !readMemberSeparator() { break }
    }
    depth -= 1
    return .object(members)
  }

  /// Reads `"name":` and what follows it up to the value; counts the value against the limit.
  public mutating func readMemberKey() throws(JSONParseError) -> String {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
      throw failure(.fieldName)
    }
    let key = try readString()
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure(.colon) }
    index += 1
    skipWhitespace()
    try countValue()
    return key
  }

  /// Reads the `,` (true: another member follows) or `}` (false: the object ends) after a member.
  public mutating func readMemberSeparator() throws(JSONParseError) -> Bool {
    skipWhitespace()
    guard index < bytes.count else { throw failure(.commaOrBrace) }
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: ",") { return true }
    if byte == UInt8(ascii: "}") { return false }
    index -= 1
    throw failure(.commaOrBrace)
  }
}
