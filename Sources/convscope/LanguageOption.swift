import ArgumentParser
import ConvMessages
import ConvTerminal

/// `--lang en|zh`, which every subcommand takes: the language of everything convscope words
/// itself (captions, reports, listings, refusals). ArgumentParser's own help and its errors
/// for unknown options stay English.
///
///     convscope export conv --lang zh
///     LANG=zh_CN.UTF-8 convscope shape --input 6   # the same as --lang zh
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of captions, reports and messages: en or zh (default: the first of LC_ALL, LC_MESSAGES, LANG that is set; zh… means Chinese, anything else English; compute defaults to en).",
      valueName: "language"))
  var lang: String?

  /// The language asked for: `--lang`, else `fallback` (the locale's, unless the command
  /// says otherwise); a value that names no language is refused in `fallback`'s words.
  func language(default fallback: Language = CurrentProcess.localeLanguage) throws -> Language {
    guard let lang else { return fallback }
    guard let language = Language(named: lang) else {
      throw CommandFailure(.unknownLanguage(text: lang, languages: Language.optionValues))
    }
    return language
  }

  /// The language to word a failure in: `--lang` when it names one, else `fallback`.
  func wording(default fallback: Language = CurrentProcess.localeLanguage) -> Language {
    lang.flatMap(Language.init(named:)) ?? fallback
  }
}

/// A command with `--lang`: `Convscope.main` words its refusals in the language chosen.
protocol LanguageChoosing {
  /// The language its refusals are worded in.
  var wordingLanguage: Language { get }
}
