import Foundation
import Testing

/// Golden text files: compared by default, written only when `CONVSCOPE_RECORD=1`.
///
/// The files live in `Tests/ConvScenesTests/Golden` and reach the test bundle
/// through `.copy("Golden")`; recording writes the source copy, so a re-record is
/// a deliberate act that shows up in `git diff`.
enum GoldenFile {
  static var recording: Bool { ProcessInfo.processInfo.environment["CONVSCOPE_RECORD"] == "1" }

  /// The source folder, for recording.
  static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Compares `text` with `Golden/<name>.txt`, or writes it when recording.
  static func check(
    _ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if recording {
      try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: sourceFolder.appendingPathComponent(name + ".txt"))
      return
    }
    let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden")
    let stored = try #require(
      url.flatMap { try? String(contentsOf: $0, encoding: .utf8) },
      "no golden file Golden/\(name).txt; run with CONVSCOPE_RECORD=1 to record it",
      sourceLocation: sourceLocation)
    if stored != text {
      Issue.record(
        "Golden/\(name).txt differs from the rendering:\n\(firstDifference(stored, text))",
        sourceLocation: sourceLocation)
    }
  }

  /// The first differing line, for a readable failure.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < b.count ? String(b[index]) : "<end>"
      if left != right { return "line \(index + 1):\n  golden:   \(left)\n  rendered: \(right)" }
    }
    return "(same lines, different endings)"
  }
}
