import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// `convscope export` and `convscope scenes`, run as a user would.
@Suite(.serialized) struct ExportCommandTests {
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convscope-export-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static let badArguments: [[String]] = [
    ["export", "conv", "--input", "3", "--kernel", "5", "--padding", "0"],
    ["export", "conv", "--stride", "0"],
    ["export", "pool"],
    ["export", "conv", "--preset", "no_such_preset"],
    ["export", "conv", "--values", "@/nonexistent/values.json"],
    ["export", "conv", "--values", "zeros"],
    ["export", "conv", "--frame", "99"],
    ["export", "transposed", "--output-padding", "2"],
    ["export", "bilinear", "--kernel", "3x4"],
  ]

  @Test(arguments: badArguments)
  func badParametersWriteNothing(_ arguments: [String]) throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.txt")
    let result = try ExecutableRunner.run(arguments + ["--output", target.path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(!message.isEmpty && !message.contains("\n"), "stderr: \(result.stderr)")
    #expect(message.hasSuffix("."), "stderr: \(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func outputReplacesAFileWhole() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("frames.txt")
    try Data("old contents\n".utf8).write(to: target)
    let result = try ExecutableRunner.run([
      "export", "conv", "--preset", "padding_strides_odd", "--output", target.path,
    ])
    #expect(result.status == 0 && result.stdout.isEmpty)
    let written = try String(contentsOf: target, encoding: .utf8)
    let expected = TextRenderer(width: 100).render(
      try Scenes.build(try #require(Presets.named("padding_strides_odd")).parameters).frames)
    #expect(written == expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["frames.txt"])
  }

  @Test func singleFrameToStandardOutput() throws {
    let result = try ExecutableRunner.run([
      "export", "conv", "--preset", "padding_strides_odd", "--frame", "3",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("conv — step 3 of 9\n"))
    #expect(result.stdout.contains("y[0,2] = "))
  }

  @Test func everyFormatOfEveryScene() throws {
    for scene in SceneKind.allCases {
      for format in ["text", "ansi", "json", "cast"] {
        let result = try ExecutableRunner.run(
          ["export", scene.rawValue, "--format", format], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 0, "\(scene) \(format): \(result.stderr)")
        #expect(!result.stdout.isEmpty)
        if format == "json" || format == "cast" {
          let first = String(result.stdout.split(separator: "\n")[0])
          let header = format == "json" ? result.stdout : first
          #expect(
            (try? JSONSerialization.jsonObject(with: Data(header.utf8))) != nil,
            "\(scene) \(format)")
        }
      }
    }
  }

  @Test func noColorTurnsOffANSI() throws {
    let coloured = try ExecutableRunner.run(
      ["export", "conv", "--format", "ansi", "--frame", "1"],
      environment: ["TERM": "xterm-256color"])
    #expect(coloured.stdout.contains("\u{1B}[38;5;"))
    let eight = try ExecutableRunner.run(
      ["export", "conv", "--format", "ansi", "--frame", "1"], environment: ["TERM": "xterm"])
    #expect(eight.stdout.contains("\u{1B}[") && !eight.stdout.contains("38;5;"))
    let plain = try ExecutableRunner.run(
      ["export", "conv", "--format", "ansi", "--frame", "1"],
      environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
    #expect(!plain.stdout.contains("\u{1B}"))
  }

  @Test func optionsOverrideAPreset() throws {
    let result = try ExecutableRunner.run(
      [
        "export", "conv", "--preset", "padding_strides_odd", "--dilation", "2", "--format", "json",
        "--frame", "1",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(#""dilation": [2, 2]"#) && result.stdout.contains(#""input": [6, 6]"#))
    let unpool = try ExecutableRunner.run([
      "export", "unpool", "--kernel", "3", "--format", "json", "--frame", "1", "--input", "6",
    ])
    #expect(unpool.stdout.contains(#""stride": [3, 3]"#))
  }

  @Test func scenesListsEverything() throws {
    let result = try ExecutableRunner.run(["scenes"])
    #expect(result.status == 0)
    for scene in SceneKind.allCases { #expect(result.stdout.contains("  \(scene.rawValue): ")) }
    for preset in Presets.all { #expect(result.stdout.contains(preset.name)) }
    #expect(result.stdout.contains("--stride 2") && result.stdout.contains("random:SEED"))
  }
}
