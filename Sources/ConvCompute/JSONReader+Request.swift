import ConvJSON
import ConvMessages

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
      throw JSONParseError(.unexpectedAfterValue(found: current), at: index)
    }
    return members
  }
}
