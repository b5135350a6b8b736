import Foundation
import Testing

/// The engine holds no English: words belong to the catalogue in ConvMessages.
///
/// Scans string literals outside comments, preconditions and fatal errors (messages for
/// programmers, not readers) for two words in a row, which is what a sentence or caption
/// needs and what identifiers such as `"max_pool"` never have.
@Suite struct NoWordsOutsideCatalogueTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The string literals with words in them, as `file:line: literal`.
  static func wordyLiterals(in target: String, skipping skipped: Set<String> = []) throws
    -> [String]
  {
    let folder = packageRoot.appendingPathComponent("Sources/\(target)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") && !skipped.contains($0) }.sorted()
    let literal = try Regex(#""((?:[^"\\]|\\.)*)""#)
    let words = try Regex(#"[A-Za-z]{2,} [A-Za-z]{2,}"#)
    var found: [String] = []
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code = line.trimmingCharacters(in: .whitespaces)
        if code.hasPrefix("//") || code.contains("precondition") || code.contains("fatalError") {
          continue
        }
        for match in code.matches(of: literal)
        where match.output[0].substring?.contains(words) == true {
          found.append("\(file):\(number + 1): \(match.output[0].substring ?? "")")
        }
      }
    }
    return found
  }

  @Test("the engine writes no words")
  func engine() throws {
    #expect(try Self.wordyLiterals(in: "ConvArithmetic") == [])
  }

  @Test("compute's sentences all come from the catalogue")
  func compute() throws {
    #expect(try Self.wordyLiterals(in: "ConvCompute") == [])
  }

  @Test("the JSON reader's refusals are values, worded by the catalogue")
  func json() throws {
    #expect(try Self.wordyLiterals(in: "ConvJSON") == [])
  }

  @Test("scene captions and errors all come from the catalogue")
  func scenes() throws {
    // The PyTorch export's literals are Python source, and the SVG font stack's are font
    // names, not sentences.
    let pending: Set = ["PyTorchScript.swift", "PyTorchScript+Scenes.swift", "SVGFonts.swift"]
    #expect(try Self.wordyLiterals(in: "ConvScenes", skipping: pending) == [])
  }

  @Test("the scan finds words when there are some")
  func scanCanFail() throws {
    #expect(try !Self.wordyLiterals(in: "ConvMessages").isEmpty)
  }
}
