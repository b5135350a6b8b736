import ConvArithmetic
import ConvJSON
import ConvMessages

/// Why a request line got an error answer: a message value, worded by the catalogue.
public struct ComputeError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: Message

  public init(_ message: Message) {
    self.message = message
  }

  /// A request that could not be decoded.
  public init(_ problem: RequestProblem) {
    self.message = .request(problem)
  }

  /// Wraps an engine refusal.
  public init(_ error: ConvError) {
    self.message = .engine(error)
  }

  /// The error as the English sentence the protocol answers with.
  public var sentence: String { message.text(in: .english) }

  public var description: String { sentence }

  /// The longest quoted value an error sentence shows before cutting it short.
  static let quoteLimit = 60

  /// A request value as JSON, cut to ``quoteLimit`` characters, to show in a sentence.
  static func quote(_ value: JSONValue) -> String {
    var writer = JSONWriter(capacity: 128)
    // Stop writing soon after the limit, so quoting a huge grid stays cheap.
    writer.writeValue(value, budget: quoteLimit * 4)
    let text = String(decoding: writer.bytes, as: UTF8.self)
    guard text.count > quoteLimit else { return text }
    return String(text.prefix(quoteLimit)) + "…"
  }
}

extension JSONValue {
  /// What kind of value this is, for a message that says what a line held instead.
  var kind: JSONKind {
    switch self {
    case .null: return .null
    case .bool: return .bool
    case .integer, .number: return .number
    case .string: return .string
    case .array: return .array
    case .object: return .object
    }
  }
}
