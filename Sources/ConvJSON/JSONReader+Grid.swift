/// A rectangular array of arrays of numbers, read straight into row-major storage.
public struct GridLiteral: Sendable {
  public var rows: Int
  public var cols: Int
  public var values: [Double]
  /// The row-major position of the first cell not written as an integer, if any.
  public var firstNonInteger: Int?

  /// The same grid as a general JSON value (for quoting it in an error sentence).
  public var json: JSONValue {
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

extension JSONReader {
  /// Reads `[[n, …], …]` with equally long, non-empty rows of numbers into flat storage.
  ///
  /// On anything else (a non-number, a ragged or empty row, malformed text,
  /// an integer too large to hold exactly in a Double) it puts the cursor
  /// back and returns nil, so the general parser reads the same text and
  /// reports exactly what is wrong.
  public mutating func readNumberGrid() -> GridLiteral? {
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
    var storage = NumberCollector()
    var rows = 0
    var cols = -1
    var firstNonInteger: Int?
    let powers = PowersOfTen.table
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return giveUp() }
      index += 1
      values += 1
      var count = 0
      while true {
        skipWhitespace()
        guard index < bytes.count else { return giveUp() }
        // Anything but a number fails both readers below and gives up.
        if let (number, isInteger) = readPlainNumber(powers: powers) {
          if !isInteger && firstNonInteger == nil { firstNonInteger = storage.count }
          storage.append(number)
        } else {
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
        }
        count += 1
        values += 1
        // Writers separate cells with ", ": the common case skips the general whitespace loop.
        if index &+ 1 < bytes.count && bytes[index] == UInt8(ascii: ",")
          && bytes[index &+ 1] == UInt8(ascii: " ")
        {
          index &+= 2
          continue
        }
        guard let more = readListSeparator() else { return giveUp() }
        if !more { break }
      }
      if cols < 0 { cols = count } else if count != cols { return giveUp() }
      rows += 1
      if values > maxValues { return giveUp() }
      guard let more = readListSeparator() else { return giveUp() }
      if !more { break }
    }
    return GridLiteral(
      rows: rows, cols: cols, values: storage.array, firstNonInteger: firstNonInteger)
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
