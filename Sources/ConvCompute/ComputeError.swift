import ConvArithmetic
import ConvJSON

/// Why a request line got an error answer, as one sentence.
public struct ComputeError: Error, Equatable, Sendable, CustomStringConvertible {
  public var sentence: String

  public init(_ sentence: String) {
    self.sentence = sentence
  }

  /// Wraps an engine refusal, keeping its sentence.
  public init(_ error: ConvError) {
    self.sentence = error.description
  }

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
