import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// The SVG export in a real browser: headless Chromium (Debian's `chromium`) draws it, the
/// screenshot is decoded (``PNGImage``) and must show the styling model's colours, the
/// DOM must hold every caption, and the animation must move.
///
/// Enabled only where chromium is installed: `.ci/run` installs it, so CI runs these; on a
/// machine without it they are skipped, and the reason is printed.
@Suite(.enabled(if: Chromium.available, "chromium is not installed (apt-get install chromium)"))
struct BrowserTests {
  @Test func aFrameRendersWithItsColoursAndCaptions() throws {
    let preset = try #require(Presets.named("padding_strides_odd"))
    let steps = try Scenes.build(preset.parameters)
    var frame = steps.frame(at: 2)
    // A Chinese line, so that the CJK fallback fonts and the two-column grid are exercised.
    frame.captions.append("卷积：步长 s = 2，填充 p = 1")
    let renderer = SVGRenderer(width: 100, reserve: LayoutReserve(steps))
    let svg = renderer.render(frame)
    let root = SVGXML(svg).all("svg").first
    let width = Int(root?.attributes["width"] ?? "") ?? 0
    let height = Int(root?.attributes["height"] ?? "") ?? 0
    #expect(width > 300 && height > 200)
    try Chromium.withFile(svg) { file in
      let image = try Chromium.screenshot(file, width: width, height: height)
      #expect(image.width == width && image.height == height)
      var counts: [UInt32: Int] = [:]
      for pixel in image.pixels { counts[pixel, default: 0] += 1 }
      let background = counts.max { $0.value < $1.value }!
      #expect(background.key == 0x1c1f26, "the page is the theme's background")
      #expect(Double(image.pixels.count - background.value) / Double(image.pixels.count) > 0.02)
      #expect(counts.filter { $0.value > 50 }.count >= 5, "too few colours")
      // The window's taps are black on cyan (xterm 44) in the style table: that cyan is painted.
      let tap = StyleTable.appearance(of: .cell(.windowTap), depth: .full).background
      let (r, g, b) = XtermColour.rgb(tap)
      #expect(counts[UInt32(r << 16 | g << 8 | b), default: 0] > 100, "no window-tap cyan")

      let dom = try Chromium.dom(file)
      for caption in frame.captions {
        for line in FrameLayout.wrap(caption, width: 100) {
          let words = String(line.drop { $0 == " " })
          #expect(dom.contains(Self.domEscaped(words)), "caption '\(words)' not in the DOM")
        }
      }
    }
  }

  @Test func theAnimationMovesInTheBrowser() throws {
    let steps = try Scenes.build(.defaults(for: .conv))
    let svg = SVGRenderer(width: 100).render(steps.frames)
    let root = SVGXML(svg).all("svg").first
    let width = Int(root?.attributes["width"] ?? "") ?? 0
    let height = Int(root?.attributes["height"] ?? "") ?? 0
    try Chromium.withFile(svg) { file in
      let first = try Chromium.screenshot(file, width: width, height: height)
      // Virtual time runs the SMIL clock on: a few seconds in, a later frame shows.
      let later = try Chromium.screenshot(file, width: width, height: height, seconds: 3)
      #expect(Set(first.pixels).count > 3 && Set(later.pixels).count > 3)
      let differing = zip(first.pixels, later.pixels).filter { $0 != $1 }.count
      #expect(differing > 200, "the animation did not move: \(differing) pixels differ")
      let dom = try Chromium.dom(file)
      #expect(dom.contains("conv — step 1 of \(steps.stepCount)"))
      #expect(dom.contains("conv — step \(steps.stepCount) of \(steps.stepCount)"))
    }
  }

  /// Text as a DOM serialisation writes it.
  static func domEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}

/// Headless Chromium, run with a fresh profile each time (tests run in parallel) and a timeout.
enum Chromium {
  static let path: String? = {
    let names = ["chromium", "chromium-browser"]
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    for folder in folders {
      for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }()

  /// Whether chromium is installed; when it is not, says so once, since the skip is silent otherwise.
  static var available: Bool {
    if path == nil {
      print(
        "BrowserTests skipped: chromium is not on PATH (apt-get install chromium; .ci/run does)")
    }
    return path != nil
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `body` with `svg` written to a temporary file, removed afterwards.
  static func withFile(_ svg: String, _ body: (URL) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("slide.svg")
    try Data(svg.utf8).write(to: file)
    try body(file)
  }

  /// The page at `width` × `height` after `seconds` of virtual time (none: as soon as it loads).
  static func screenshot(_ file: URL, width: Int, height: Int, seconds: Int? = nil) throws
    -> PNGImage
  {
    let png = file.deletingLastPathComponent().appendingPathComponent(
      "shot-\(UUID().uuidString).png")
    var arguments = ["--screenshot=\(png.path)", "--window-size=\(width),\(height)"]
    if let seconds { arguments.append("--virtual-time-budget=\(seconds * 1000)") }
    _ = try run(arguments + [file.absoluteString])
    let data = try Data(contentsOf: png)
    return try PNGImage([UInt8](data))
  }

  /// The DOM as Chromium serialises it after loading the file.
  static func dom(_ file: URL) throws -> String {
    String(decoding: try run(["--dump-dom", file.absoluteString]), as: UTF8.self)
  }

  /// Chromium's standard output for `arguments`; a run longer than `timeout` seconds is ended.
  static func run(_ arguments: [String], timeout: Double = 90) throws -> Data {
    guard let path else { throw Failure(description: "no chromium") }
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let output = scratch.appendingPathComponent("stdout")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    // --no-sandbox: Chromium refuses to run as root (CI's containers) with its sandbox.
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=\(scratch.appendingPathComponent("profile").path)",
      ] + arguments
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      process.terminate()
      throw Failure(description: "chromium \(arguments) took longer than \(Int(timeout)) s")
    }
    try handle.close()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "chromium \(arguments) exited with \(process.terminationStatus)")
    }
    return try Data(contentsOf: output)
  }
}
