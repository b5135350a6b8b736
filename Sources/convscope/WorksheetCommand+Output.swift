import ArgumentParser
import ConvScenes
import ConvTerminal

extension WorksheetCommand {
  enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
    case text, svg
  }

  /// The sheet as text, or as SVG pages: two files beside each other with `--output`, one
  /// SVG on standard output.
  func write(_ sheet: Worksheet) throws {
    switch format {
    case .text:
      let text = sheet.text(width: width)
      try ExportDestination.open(output) { sink throws(WriteError) in try sink(.text(text)) }
    case .svg:
      let pages = sheet.svg(width: width)
      guard let output, output != "-" else {
        return try ExportDestination.open(output) { sink throws(WriteError) in
          try sink(.text(pages.both))
        }
      }
      try ExportDestination.open(output) { sink throws(WriteError) in
        try sink(.text(pages.questions))
      }
      try ExportDestination.open(Self.answersName(output)) { sink throws(WriteError) in
        try sink(.text(pages.answers))
      }
    }
  }

  /// `sheet.svg` → `sheet-answers.svg`; a name without `.svg` gets it.
  static func answersName(_ output: String) -> String {
    (output.hasSuffix(".svg") ? String(output.dropLast(4)) : output) + "-answers.svg"
  }
}
