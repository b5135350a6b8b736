import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes

/// Prints a worksheet of exercises and, on a new page, its answer key.
///
///     $ convscope worksheet --seed 7 --count 10 > sheet.txt
///     $ convscope worksheet --seed 7 --format svg --output sheet.svg   # and sheet-answers.svg
struct WorksheetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worksheet",
    abstract: "Print exercises with an answer key on a separate page (a form feed before it).",
    discussion: """
      Output sizes, transposed sizes, which cells a window reads, a cell's value, input sizes
      that collide, and receptive fields of small stacks. Every answer is computed by the
      engine. The same seed gives the same sheet, so a class can share one.

      --format svg draws A4 pages to print. With --output NAME.svg the questions go to
      NAME.svg and the answer key to NAME-answers.svg (each replaced atomically), so the key
      can be printed, or not, on its own; on standard output, one SVG holds the questions'
      pages and then the key's, stacked.
      """)

  @Option(help: "The sheet's seed: the same seed gives the same questions.") var seed: UInt64 = 1
  @Option(help: "How many questions (1 to 40).") var count = 10
  @Option(help: "Wrap questions at this many columns.") var width = 80
  @Option(name: .customLong("lang"), help: LanguageOption.help) var lang: String?
  @Option(help: "text, or svg: A4 pages to print (the answer key on a page of its own).")
  var format: SheetFormat = .text
  @Option(
    help:
      "Write to FILE (atomically) instead of standard output; with svg, the answer key goes to FILE-answers.svg."
  )
  var output: String?

  func run() throws {
    let language = try languageOption.language()
    guard Limits.exportWidths.contains(width) else {
      throw CommandFailure(.widthRange(width: width, allowed: Limits.exportWidths))
    }
    let sheet: Worksheet
    do {
      sheet = try Worksheet(seed: seed, count: count, language: language)
    } catch {
      throw CommandFailure(error.message)
    }
    try write(sheet)
  }
}

extension WorksheetCommand: LanguageChoosing {
  var wordingLanguage: Language { languageOption.wording() }
}
