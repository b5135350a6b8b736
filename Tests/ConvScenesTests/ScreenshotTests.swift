import Foundation
import Testing

/// The committed text captures in screenshots/ must match what `convscope export` renders now;
/// after a deliberate change, regenerate them with scripts/screenshots.sh.
@Suite struct ScreenshotTests {
  static let folder = ExecutableRunner.repositoryRoot.appendingPathComponent("screenshots")

  /// The manifest's lines: a name and the `convscope export` arguments.
  static func manifest() throws -> [(name: String, arguments: [String])] {
    let text = try String(
      contentsOf: folder.appendingPathComponent("manifest.txt"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
      guard let name = words.first, !name.hasPrefix("#") else { return nil }
      return (name, Array(words.dropFirst()))
    }
  }

  @Test func everyCaptureMatchesTheCode() throws {
    let entries = try Self.manifest()
    #expect(entries.count >= 4)
    let scenes = Set(entries.compactMap(\.arguments.first))
    #expect(scenes == ["conv", "transposed", "unpool", "bilinear"])
    for entry in entries {
      let url = Self.folder.appendingPathComponent(entry.name + ".txt")
      let committed = try #require(
        try? String(contentsOf: url, encoding: .utf8), "missing screenshots/\(entry.name).txt")
      let result = try ExecutableRunner.run(
        ["export"] + entry.arguments + ["--format", "text", "--width", "100"])
      #expect(result.status == 0, "\(entry.name): \(result.stderr)")
      if committed != result.stdout {
        let difference = GoldenFile.firstDifference(committed, result.stdout)
        let file = "screenshots/\(entry.name).txt"
        Issue.record("\(file) is stale; run scripts/screenshots.sh:\n\(difference)")
      }
    }
  }

  @Test func thereIsAPicture() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
    #expect(files.contains { $0.hasSuffix(".png") })
  }
}
