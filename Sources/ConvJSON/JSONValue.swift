/// A parsed JSON value, as small as the compute protocol needs.
///
/// Integer literals that fit in `Int` stay exact in `.integer`, so that a
/// stride written `2` and one written `2.5` can be told apart; every other
/// number is a finite `Double`.
///
///     let value = try JSONParser.parse(Array(#"{"stride": [2, 1]}"#.utf8))
///     value["stride"]  // .array([.integer(2), .integer(1)])
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  /// Members in the order written; duplicate keys are kept so callers can refuse them.
  case object([(key: String, value: JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.integer(let x), .integer(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The value of the first member named `key`, when this is an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The number this value holds, whether written as an integer or not.
  public var doubleValue: Double? {
    switch self {
    case .integer(let n): return Double(n)
    case .number(let x): return x
    default: return nil
    }
  }
}
