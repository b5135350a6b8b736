import ArgumentParser
import ConvMessages
import ConvTerminal

/// `--lang en|zh`, which every subcommand takes: the language of everything convscope words
/// itself (captions, reports, listings, refusals). ArgumentParser's own help and its errors
/// for unknown options stay English.
///
/// Each command declares the option itself, `@Option(name: .customLong("lang"), help:
/// LanguageOption.help) var lang: String?`, rather than through an option group: ArgumentParser
/// reflects a group again each time it builds a command's arguments, and each group type costs
/// the runtime scans of every protocol conformance in the binary, at every command's start.
///
///     convscope export conv --lang zh
///     LANG=zh_CN.UTF-8 convscope shape --input 6   # the same as --lang zh
struct LanguageOption {
  /// The help of `--lang`, the same for every command.
  static let help = ArgumentHelp(
    "Language of captions, reports and messages: en or zh (default: the first of LC_ALL, LC_MESSAGES, LANG that is set; zh… means Chinese, anything else English; compute defaults to en).",
    valueName: "language")

  /// The value given to `--lang`, if any.
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
  /// The value given to `--lang`, if any.
  var lang: String? { get }
  /// The language its refusals are worded in.
  var wordingLanguage: Language { get }
}

extension LanguageChoosing {
  /// The command's `--lang`, with the language it names.
  var languageOption: LanguageOption { LanguageOption(lang: lang) }
}
