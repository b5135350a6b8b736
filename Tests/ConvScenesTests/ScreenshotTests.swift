import ConvScenes
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
    // Every scene has at least one capture.
    #expect(scenes == Set(SceneKind.allCases.map(\.rawValue)))
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

  /// Every committed picture decodes, has a sensible size, and is not blank: besides its
  /// background colour it draws text in at least two other colours over a fair share of it.
  static let pictures =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".png") }.sorted()

  @Test func thereArePictures() {
    #expect(Self.pictures.count >= 5)
  }

  @Test(arguments: pictures)
  func everyPictureShowsSomething(_ file: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
    let image = try PNGImage([UInt8](data))
    #expect(image.width >= 300 && image.height >= 200, "\(file): \(image.width)×\(image.height)")
    #expect(image.pixels.count == image.width * image.height)
    var counts: [UInt32: Int] = [:]
    for pixel in image.pixels { counts[pixel, default: 0] += 1 }
    let background = counts.max { $0.value < $1.value }!
    let drawn = image.pixels.count - background.value
    #expect(Double(drawn) / Double(image.pixels.count) > 0.01, "\(file) is nearly blank")
    #expect(counts.filter { $0.value > 50 }.count >= 3, "\(file) has too few colours")
  }

  @Test func aBlankPictureIsCaught() throws {
    // A 2×1 picture, both pixels black, stored without compression: decodes, and is blank.
    let raw: [UInt8] = [0, 0, 0, 0, 0, 0, 0]
    let stored: [UInt8] = [0x78, 0x01, 0x01, UInt8(raw.count), 0, ~UInt8(raw.count), 0xFF] + raw
    func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
      let n = body.count
      return [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)]
        + Array(type.utf8) + body + [0, 0, 0, 0]
    }
    let png =
      [137, 80, 78, 71, 13, 10, 26, 10] + chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0])
      + chunk("IDAT", stored) + chunk("IEND", [])
    let image = try PNGImage(png)
    #expect(image.width == 2 && image.height == 1)
    #expect(Set(image.pixels) == [0])
    #expect(throws: PNGImage.Failure.self) { try PNGImage(Array(png.prefix(20))) }
  }
}
