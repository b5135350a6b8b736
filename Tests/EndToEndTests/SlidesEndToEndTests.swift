import Foundation
import Testing

/// `convscope export --format svg` and `convscope worksheet --format svg`, run as a user runs them.
@Suite struct SlidesEndToEndTests {
  /// A fresh folder for one test's files.
  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-slides-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func oneFrameIsOneSVGWithoutAnimation() throws {
    let result = try BinaryRunner.run(arguments: [
      "export", "conv", "--preset", "padding_strides_odd", "--frame", "3", "--format", "svg",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
    #expect(result.stdout.hasSuffix("</svg>\n"))
    #expect(result.stdout.contains("conv — step 3 of 9"))
    #expect(!result.stdout.contains("<animate"))
  }

  @Test func theDefaultIsOneAnimatedSVGOfEveryFrame() throws {
    let result = try BinaryRunner.run(arguments: ["export", "unpool", "--format", "svg"])
    #expect(result.status == 0, "\(result.stderr)")
    let groups = result.stdout.components(separatedBy: "<g id=\"frame-").count - 1
    let text = try BinaryRunner.run(arguments: ["export", "unpool", "--format", "json"])
    let frames = text.stdout.components(separatedBy: "\"index\"").count - 1
    #expect(groups == frames && frames > 1)
    #expect(result.stdout.components(separatedBy: "<animate ").count - 1 == frames)
    #expect(result.stdout.contains("dur=\"\(frames)s\""))
  }

  @Test func splitWritesNumberedFiles() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("conv.svg").path
    let result = try BinaryRunner.run(arguments: [
      "export", "conv", "--format", "svg", "--split", "--output", output,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == (1...9).map { "conv-00\($0).svg" })
    let fourth = try String(
      contentsOf: folder.appendingPathComponent("conv-004.svg"), encoding: .utf8)
    #expect(fourth.contains("conv — step 4 of 9") && !fourth.contains("step 5 of"))
    let single = try BinaryRunner.run(arguments: [
      "export", "conv", "--format", "svg", "--frame", "4",
    ])
    #expect(fourth == single.stdout)
  }

  @Test(
    "bad combinations are refused with one sentence",
    arguments: [
      (["--split", "--output", "x.svg"], "needs --format svg, not text"),
      (["--split", "--format", "svg"], "cannot write to standard output"),
      (["--split", "--format", "svg", "--output", "-"], "cannot write to standard output"),
      (["--split", "--format", "svg", "--frame", "2", "--output", "x.svg"], "or --frame N"),
    ])
  func refusals(_ arguments: [String], _ words: String) throws {
    let result = try BinaryRunner.run(arguments: ["export", "conv"] + arguments)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains(words), "\(arguments): \(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: "x-001.svg"))
  }

  @Test func theWorksheetPrintsQuestionsAndKeyToTwoFiles() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("sheet.svg").path
    let result = try BinaryRunner.run(arguments: [
      "worksheet", "--seed", "7", "--count", "10", "--format", "svg", "--output", output,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["sheet-answers.svg", "sheet.svg"])
    let questions = try String(contentsOfFile: output, encoding: .utf8)
    let answers = try String(
      contentsOf: folder.appendingPathComponent("sheet-answers.svg"), encoding: .utf8)
    let text = try BinaryRunner.run(arguments: ["worksheet", "--seed", "7", "--count", "10"])
    let parts = text.stdout.components(separatedBy: "\u{0C}")
    #expect(parts.count == 2)
    // The first question's first line is on the question pages, the key's heading only in the key.
    let firstQuestion = try #require(parts[0].split(separator: "\n").first { $0.hasPrefix("1. ") })
    #expect(questions.contains(String(firstQuestion)))
    let keyHeading = try #require(parts[1].split(separator: "\n").first)
    #expect(answers.contains(String(keyHeading)) && !questions.contains(String(keyHeading)))
    // On standard output: one SVG, the key's pages after the questions'.
    let both = try BinaryRunner.run(arguments: [
      "worksheet", "--seed", "7", "--count", "10", "--format", "svg",
    ])
    #expect(both.stdout.components(separatedBy: "<svg ").count == 2)
    #expect(both.stdout.contains(String(keyHeading)))
  }

  @Test func theTextWorksheetCanGoToAFile() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("sheet.txt").path
    let written = try BinaryRunner.run(arguments: ["worksheet", "--seed", "3", "--output", output])
    #expect(written.status == 0, "\(written.stderr)")
    let printed = try BinaryRunner.run(arguments: ["worksheet", "--seed", "3"])
    #expect(try String(contentsOfFile: output, encoding: .utf8) == printed.stdout)
  }
}
