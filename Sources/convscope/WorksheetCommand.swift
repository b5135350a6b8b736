import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes

/// Prints a worksheet of exercises and, on a new page, its answer key.
///
///     $ convscope worksheet --seed 7 --count 10 > sheet.txt
struct WorksheetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worksheet",
    abstract: "Print exercises with an answer key on a separate page (a form feed before it).",
    discussion: """
      Output sizes, transposed sizes, which cells a window reads, a cell's value, input sizes
      that collide, and receptive fields of small stacks. Every answer is computed by the
      engine. The same seed gives the same sheet, so a class can share one.
      """)

  @Option(help: "The sheet's seed: the same seed gives the same questions.") var seed: UInt64 = 1
  @Option(help: "How many questions (1 to 40).") var count = 10
  @Option(help: "Wrap questions at this many columns.") var width = 80
  @OptionGroup var languageOption: LanguageOption

  func run() throws {
    let language = try languageOption.language()
    guard Limits.exportWidths.contains(width) else {
      throw CommandFailure(.widthRange(width: width, allowed: Limits.exportWidths))
    }
    do {
      print(
        try Worksheet(seed: seed, count: count, language: language).text(width: width),
        terminator: "")
    } catch {
      throw CommandFailure(error.message)
    }
  }
}

extension WorksheetCommand: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
