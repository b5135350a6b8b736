import Foundation
import Testing

@testable import ConvMessages

/// The examples hold every case of every message enum, so the catalogue tests see them all.
///
/// Each catalogue's `switch` has no `default`, so a language that misses a case does not
/// compile; this test closes the other gap: a new case without an example fails here.
@Suite struct ExampleCoverageTests {
  /// The case names an enum declares, read from its source file.
  static func declaredCases(_ name: String, in path: String) throws -> Set<String> {
    let url = NoWordsOutsideCatalogueTests.packageRoot.appendingPathComponent(path)
    let text = try String(contentsOf: url, encoding: .utf8)
    guard
      let start = text.range(of: "public enum \(name):") ?? text.range(of: "public enum \(name) ")
    else { return [] }
    var names: Set<String> = []
    var depth = 0
    for line in text[start.lowerBound...].split(separator: "\n") {
      let code = line.trimmingCharacters(in: .whitespaces)
      if depth == 1, code.hasPrefix("case ") || code.hasPrefix("indirect case ") {
        var body = code.drop(while: { $0 != " " }).dropFirst()
        if code.hasPrefix("indirect") { body = body.drop(while: { $0 != " " }).dropFirst() }
        // `case a, b` declares two; `case a(x: Int, y: Int)` one, whose parentheses hold commas.
        var current = ""
        var parentheses = 0
        for character in body {
          if character == "(" { parentheses += 1 }
          if character == ")" { parentheses -= 1 }
          if parentheses == 0 && character == "," {
            names.insert(current.trimmingCharacters(in: .whitespaces))
            current = ""
          } else if parentheses == 0 && character != ")" {
            current.append(character)
          }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { names.insert(last) }
      }
      depth += line.filter { $0 == "{" }.count - line.filter { $0 == "}" }.count
      if depth == 0 && line.contains("}") { break }
    }
    return Set(names.map { String($0.prefix(while: { $0 != "(" && $0 != " " && $0 != "=" })) })
  }

  /// The case name of an enum value.
  static func caseName(_ value: Any) -> String {
    Mirror(reflecting: value).children.first?.label ?? String(describing: value)
  }

  static func names(_ values: [Any]) -> Set<String> { Set(values.map(caseName)) }

  @Test("the examples hold every case")
  func everyCase() throws {
    let families: [(String, String, [Any])] = [
      ("ConvError", "Sources/ConvArithmetic/ConvError.swift", MessageExamples.engine),
      ("ChannelError", "Sources/ConvArithmetic/ChannelError.swift", MessageExamples.channels),
      ("StackError", "Sources/ConvArithmetic/StackError.swift", MessageExamples.stack),
      (
        "LayerNotationError", "Sources/ConvArithmetic/LayerNotation.swift", MessageExamples.notation
      ),
      ("RequestProblem", "Sources/ConvMessages/RequestProblem.swift", MessageExamples.request),
      ("SceneProblem", "Sources/ConvMessages/SceneProblem.swift", MessageExamples.scene),
      ("CommandProblem", "Sources/ConvMessages/SceneProblem.swift", MessageExamples.command),
      ("SlideProblem", "Sources/ConvMessages/SlideProblem.swift", SlideExamples.problems),
      (
        "IOProblem", "Sources/ConvMessages/IOProblem.swift",
        MessageExamples.io + [
          IOProblem.exportFailed(reason: .notAFileName, file: "a.txt")
        ]
      ),
      ("Caption", "Sources/ConvMessages/Caption.swift", MessageExamples.captions),
      ("ShapesCaption", "Sources/ConvMessages/ShapesCaption.swift", MessageExamples.shapesCaptions),
      ("WorksheetText", "Sources/ConvMessages/WorksheetText.swift", MessageExamples.worksheet),
      ("ExplorerText", "Sources/ConvMessages/ExplorerText.swift", MessageExamples.explorer),
      ("ShapeText", "Sources/ConvMessages/ShapeText.swift", MessageExamples.shape),
      ("ListingText", "Sources/ConvMessages/ListingText.swift", MessageExamples.listing),
      (
        "ChannelCaption", "Sources/ConvMessages/ChannelCaption.swift",
        MessageExamples.channelCaptions
      ),
      (
        "ChannelProblem", "Sources/ConvMessages/ChannelCaption.swift",
        MessageExamples.channelProblems
      ),
      (
        "ChannelExplorerText", "Sources/ConvMessages/ChannelCaption.swift",
        MessageExamples.channelExplorer
      ),
      ("MatrixCaption", "Sources/ConvMessages/MatrixCaption.swift", MatrixExamples.captions),
      (
        "SymbolicCaption", "Sources/ConvMessages/SymbolicCaption.swift",
        SymbolicExamples.captions
      ),
      (
        "SymbolicProblem", "Sources/ConvMessages/SymbolicCaption.swift",
        SymbolicExamples.problems
      ),
      ("SymbolicStatus", "Sources/ConvMessages/SymbolicCaption.swift", SymbolicExamples.status),
      ("MatrixProblem", "Sources/ConvMessages/MatrixCaption.swift", MatrixExamples.problems),
      ("MatrixStatus", "Sources/ConvMessages/MatrixCaption.swift", MatrixExamples.status),
      ("StackCaption", "Sources/ConvMessages/StackCaption.swift", MessageExamples.stackCaptions),
      ("LegendText", "Sources/ConvMessages/LegendText.swift", MessageExamples.legendTexts),
      (
        "LegendMeaning", "Sources/ConvMessages/LegendText.swift",
        LegendMeaning.allCases.map { $0 as Any }
      ),
      (
        "StackExplorerText", "Sources/ConvMessages/StackCaption.swift",
        MessageExamples.stackExplorer
      ),
    ]
    for (name, path, examples) in families {
      let declared = try Self.declaredCases(name, in: path)
      #expect(declared.count > 1, "\(name): no cases read from \(path)")
      let missing = declared.subtracting(Self.names(examples))
      #expect(missing.isEmpty, "\(name) has no example of \(missing.sorted())")
    }
  }
}
