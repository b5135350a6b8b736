/// A language convscope speaks; each has one ``Catalogue``.
///
/// Adding a language is one more case here and one more catalogue: every
/// catalogue switches over every message without a `default`, so the compiler
/// names each message a new language still lacks.
public enum Language: String, CaseIterable, Sendable {
  case english = "en"
  case chinese = "zh"

  /// The catalogue that words messages in this language.
  public var catalogue: any Catalogue {
    switch self {
    case .english: return EnglishCatalogue()
    case .chinese: return ChineseCatalogue()
    }
  }
}

/// Turns message values into sentences in one language.
public protocol Catalogue: Sendable {
  /// The message as one sentence (or caption line).
  func text(_ message: Message) -> String
}
