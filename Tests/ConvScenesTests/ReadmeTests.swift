import Foundation
import Testing

/// The README's links point at files that exist, and its printed examples are what the
/// binary prints now: a stale example teaches the wrong numbers.
@Suite("README")
struct ReadmeTests {
  static let root = ExecutableRunner.repositoryRoot

  static func read(_ name: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
  }

  /// The text between the fence after `marker` and the closing fence.
  static func block(after marker: String, in text: String) throws -> String {
    let start = try #require(text.range(of: marker), "README lost '\(marker)'")
    let open = try #require(text.range(of: "```\n", range: start.upperBound..<text.endIndex))
    let close = try #require(text.range(of: "```", range: open.upperBound..<text.endIndex))
    return String(text[open.upperBound..<close.lowerBound])
  }

  @Test("every relative link and picture of README.md and BENCHMARKS.md exists")
  func links() throws {
    for name in ["README.md", "BENCHMARKS.md"] {
      let text = try Self.read(name)
      var checked = 0
      var rest = text[...]
      while let open = rest.range(of: "](") {
        let after = rest[open.upperBound...]
        guard let close = after.firstIndex(of: ")") else { break }
        let link = String(after[..<close])
        // `#slides-svg` is a heading of the same file, not a file.
        let target =
          link.hasPrefix("#") ? "" : link.split(separator: "#").first.map(String.init) ?? ""
        rest = after[close...]
        if target.isEmpty || target.contains("://") { continue }
        #expect(
          FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(target).path),
          "\(name) links to a missing \(target)")
        checked += 1
      }
      #expect(checked >= 1, "\(name) has no relative links")
    }
  }

  @Test("the README's padding_strides_odd frame is what export prints")
  func convFrame() throws {
    let shown = try Self.block(
      after: "`convscope export conv --preset padding_strides_odd --frame 3`",
      in: try Self.read("README.md"))
    let result = try ExecutableRunner.run(
      ["export", "conv", "--preset", "padding_strides_odd", "--frame", "3", "--width", "100"])
    #expect(result.status == 0)
    #expect(shown == result.stdout)
  }

  @Test("the README's shape examples are what shape prints")
  func shapeExamples() throws {
    let readme = try Self.read("README.md")
    for arguments in [
      ["--input", "6", "--kernel", "3", "--stride", "2", "--padding", "1"],
      ["--input", "7", "--kernel", "2", "--dilation", "3", "--padding", "same"],
    ] {
      let command = "$ convscope shape " + arguments.joined(separator: " ") + "\n"
      let start = try #require(readme.range(of: command), "README lost '\(command)'")
      let end = try #require(
        readme.range(of: "...\n```", range: start.upperBound..<readme.endIndex))
      let shown = String(readme[start.upperBound..<end.lowerBound])
      let result = try ExecutableRunner.run(["shape"] + arguments)
      #expect(result.status == 0)
      #expect(result.stdout.hasPrefix(shown), "README's shape \(arguments) is stale")
    }
  }
}
