/// A regular nested array of numbers of rank 3 or more, read straight into row-major storage.
public struct TensorLiteral: Sendable {
  /// The length of each level, outermost first: `[C, H, W]` for a stack of channels.
  public var shape: [Int]
  public var values: [Double]
  /// The row-major position of the first cell not written as an integer, if any.
  public var firstNonInteger: Int?

  /// The same array as a general JSON value (for quoting it in an error sentence).
  public var json: JSONValue {
    func level(_ depth: Int, _ offset: Int) -> JSONValue {
      if depth == shape.count {
        if let first = firstNonInteger, offset >= first { return .number(values[offset]) }
        return .integer(Int(values[offset]))
      }
      let stride = shape[(depth + 1)...].reduce(1, *)
      return .array((0..<shape[depth]).map { level(depth + 1, offset + $0 * stride) })
    }
    return level(0, 0)
  }
}

extension JSONReader {
  /// The deepest array the fast path reads: a 4-D kernel `[C_out][C_in][kh][kw]`.
  public static let maxTensorRank = 4

  /// Reads `[[[n, …], …], …]` (rank 3 or 4), regular at every level, into flat storage.
  ///
  /// Like ``readNumberGrid()``, it puts the cursor back and returns nil on
  /// anything else (another rank, a ragged or empty level, a non-number,
  /// malformed text), so the general parser reads the text and says what is wrong.
  public mutating func readNumberTensor() -> TensorLiteral? {
    let start = index
    let startValues = values
    // The rank is the run of opening brackets at the start.
    var rank = 0
    var probe = index
    while probe < bytes.count {
      let byte = bytes[probe]
      if byte == UInt8(ascii: "[") {
        rank += 1
      } else if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
        break
      }
      probe += 1
    }
    guard rank >= 3, rank <= Self.maxTensorRank, depth + rank <= JSONParser.maxDepth else {
      return nil
    }
    var literal = TensorLiteral(shape: Array(repeating: -1, count: rank), values: [])
    var cells = NumberCollector()
    guard readTensorLevel(0, &literal, &cells), values <= maxValues else {
      index = start
      values = startValues
      return nil
    }
    literal.values = cells.array
    return literal
  }

  /// Reads one bracketed level of a tensor; false when the text is not a regular number array.
  private mutating func readTensorLevel(
    _ level: Int, _ literal: inout TensorLiteral, _ cells: inout NumberCollector
  ) -> Bool {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return false }
    index += 1
    values += 1
    let innermost = level == literal.shape.count - 1
    let powers = PowersOfTen.table
    var count = 0
    while true {
      skipWhitespace()
      if innermost {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        else { return false }
        if let (number, isInteger) = readPlainNumber(powers: powers) {
          if !isInteger && literal.firstNonInteger == nil {
            literal.firstNonInteger = cells.count
          }
          cells.append(number)
        } else {
          guard let number = try? readNumber() else { return false }
          switch number {
          case .integer(let n):
            guard n.magnitude <= 1 << 53 else { return false }
            cells.append(Double(n))
          case .number(let x):
            if literal.firstNonInteger == nil { literal.firstNonInteger = cells.count }
            cells.append(x)
          default:
            return false
          }
        }
        values += 1
      } else if !readTensorLevel(level + 1, &literal, &cells) {
        return false
      }
      count += 1
      skipWhitespace()
      guard index < bytes.count else { return false }
      let separator = bytes[index]
      index += 1
      if separator == UInt8(ascii: "]") { break }
      if separator != UInt8(ascii: ",") { return false }
    }
    if literal.shape[level] < 0 {
      literal.shape[level] = count
    } else if literal.shape[level] != count {
      return false
    }
    return true
  }
}
