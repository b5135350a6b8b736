/// Choosing a language from `--lang` or from the POSIX locale variables, as pure functions
/// of the text: the environment itself is read in ConvTerminal.
extension Language {
  /// The language a `--lang` value or a locale name (`zh`, `zh_CN.UTF-8`, `en-GB`) names;
  /// nil for any other text.
  ///
  ///     Language(named: "zh_TW.UTF-8")  // .chinese
  ///     Language(named: "fr")           // nil
  public init?(named text: String) {
    let code = text.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }.lowercased()
    guard let language = Language(rawValue: code) else { return nil }
    self = language
  }

  /// The language the locale variables choose, with POSIX's precedence for messages:
  /// the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides;
  /// a value starting with `zh` means Chinese, anything else (`C`, `POSIX`, `en_US`,
  /// `de_DE`) English.
  ///
  ///     Language.fromLocale(all: nil, messages: "", lang: "zh_CN.UTF-8")  // .chinese
  ///     Language.fromLocale(all: "C", messages: nil, lang: "zh_CN.UTF-8")  // .english
  public static func fromLocale(all: String?, messages: String?, lang: String?) -> Language {
    let deciding = [all, messages, lang].lazy.compactMap { $0 }.first { !$0.isEmpty }
    guard let deciding else { return .english }
    return deciding.lowercased().hasPrefix("zh") ? .chinese : .english
  }

  /// The `--lang` values, as the help and the refusal of a bad value list them.
  public static var optionValues: [String] { allCases.map(\.rawValue) }
}
