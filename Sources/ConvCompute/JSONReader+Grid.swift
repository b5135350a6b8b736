/// A rectangular array of arrays of numbers, read straight into row-major storage.
struct GridLiteral: Sendable {
  var rows: Int
  var cols: Int
  var values: [Double]
  /// The row-major position of the first cell not written as an integer, if any.
  var firstNonInteger: Int?

  /// The same grid as a general JSON value (for quoting it in an error sentence).
  var json: JSONValue {
    .array(
      (0..<rows).map { r in
        .array(
          (0..<cols).map { c in
            let index = r * cols + c
            let value = values[index]
            if let first = firstNonInteger, index >= first { return .number(value) }
            return .integer(Int(value))
          })
      })
  }
}

/// One member value of a request object: a grid read by the fast path, or any other JSON value.
enum RequestValue {
  case grid(GridLiteral)
  case tensor(TensorLiteral)
  case json(JSONValue)

  var json: JSONValue {
    switch self {
    case .grid(let grid): return grid.json
    case .tensor(let tensor): return tensor.json
    case .json(let value): return value
    }
  }
}

extension JSONReader {
  /// Reads a request line: one JSON object whose grid-valued members skip the general tree.
  ///
  /// Returns nil, with the cursor unmoved, when the text is not an object;
  /// the caller then parses it generally to say what it is instead.
  mutating func readRequestObject() throws(JSONParseError) -> [(key: String, value: RequestValue)]?
  {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
    try enter()
    index += 1
    var members: [(key: String, value: RequestValue)] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        skipWhitespace()
        let key = try readMemberKey()
        if let grid = readNumberGrid() {
          members.append((key, .grid(grid)))
        } else if let tensor = readNumberTensor() {
          members.append((key, .tensor(tensor)))
        } else {
          members.append((key, .json(try readValue())))
        }
        if try !readMemberSeparator() { break }
      }
    }
    depth -= 1
    skipWhitespace()
    if index < bytes.count {
      throw JSONParseError("unexpected \(describeCurrent()) after the JSON value", at: index)
    }
    return members
  }

  /// Reads `[[n, …], …]` with equally long, non-empty rows of numbers into flat storage.
  ///
  /// On anything else (a non-number, a ragged or empty row, malformed text,
  /// an integer too large to hold exactly in a Double) it puts the cursor
  /// back and returns nil, so the general parser reads the same text and
  /// reports exactly what is wrong.
  mutating func readNumberGrid() -> GridLiteral? {
    let start = index
    let startValues = values
    guard depth + 2 <= JSONParser.maxDepth, index < bytes.count, bytes[index] == UInt8(ascii: "[")
    else {
      return nil
    }
    func giveUp() -> GridLiteral? {
      index = start
      values = startValues
      return nil
    }
    index += 1
    var storage: [Double] = []
    var rows = 0
    var cols = -1
    var firstNonInteger: Int?
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return giveUp() }
      index += 1
      values += 1
      var count = 0
      while true {
        skipWhitespace()
        guard index < bytes.count else { return giveUp() }
        let byte = bytes[index]
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        else {
          return giveUp()
        }
        guard let number = try? readNumber() else { return giveUp() }
        switch number {
        case .integer(let n):
          // Beyond 2^53 a Double cannot hold the index exactly; let the general path keep it.
          guard n.magnitude <= 1 << 53 else { return giveUp() }
          storage.append(Double(n))
        case .number(let x):
          if firstNonInteger == nil { firstNonInteger = storage.count }
          storage.append(x)
        default:
          return giveUp()
        }
        count += 1
        values += 1
        guard let more = readListSeparator() else { return giveUp() }
        if !more { break }
      }
      if cols < 0 { cols = count } else if count != cols { return giveUp() }
      rows += 1
      if values > maxValues { return giveUp() }
      guard let more = readListSeparator() else { return giveUp() }
      if !more { break }
    }
    return GridLiteral(rows: rows, cols: cols, values: storage, firstNonInteger: firstNonInteger)
  }

  /// Reads the `,` (true: another element follows) or `]` (false: the list ends) after an
  /// element; nil for anything else, which sends the grid back to the general parser.
  private mutating func readListSeparator() -> Bool? {
    skipWhitespace()
    guard index < bytes.count else { return nil }
    let separator = bytes[index]
    index += 1
    if separator == UInt8(ascii: ",") { return true }
    if separator == UInt8(ascii: "]") { return false }
    return nil
  }
}
