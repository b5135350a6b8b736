import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real `convscope` binary in a real terminal (tmux): what a student sees and types.
@Suite(
  "Explorer in tmux", .serialized,
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so the explorer's terminal tests are skipped"
  )
)
struct TUIEndToEndTests {
  let binary = ExplorerBinary.path ?? "convscope"

  /// Starts the explorer from a shell in a fresh tmux session and waits for its first frame.
  func startExplorer(_ arguments: String = "", width: Int = 120, height: Int = 40) throws
    -> TmuxSession
  {
    let session = try TmuxSession(width: width, height: height)
    try session.run("'\(binary)' \(arguments)")
    let (screen, ok) = try session.waitFor("[1 conv]", "stride")
    #expect(ok, "the explorer did not draw its first frame:\n\(screen)")
    return session
  }

  /// Quits with `q` and checks the shell got its terminal back in cooked mode.
  func quitAndCheckTerminal(_ session: TmuxSession) throws {
    try session.type("q")
    let (settings, ok) = try session.sttySettings()
    #expect(ok, "the shell did not come back after quitting:\n\(settings)")
    #expect(sttyRestored(settings), "echo and icanon are not both restored:\n\(settings)")
  }

  @Test(
    "starts on conv; S raises the stride and the output shrinks on screen; q restores the terminal")
  func strideAndQuit() throws {
    let session = try startExplorer()
    defer { session.close() }
    var (screen, ok) = try session.waitFor(
      "stride 2×2", "output 3×3", "input 5×5", "kernel 3×3", "padding 1×1")
    #expect(ok, "opening screen:\n\(screen)")
    try session.type("S")
    (screen, ok) = try session.waitFor("stride 3×3", "output 2×2")
    #expect(ok, "after S:\n\(screen)")
    try session.type("s")
    (screen, ok) = try session.waitFor("stride 2×2", "output 3×3")
    #expect(ok, "after s:\n\(screen)")
    try quitAndCheckTerminal(session)
  }

  @Test("switches scenes by number and Tab, opens and closes help")
  func scenesAndHelp() throws {
    let session = try startExplorer()
    defer { session.close() }
    try session.type("2")
    var (screen, ok) = try session.waitFor("[2 transposed]", "output padding")
    #expect(ok, "after 2:\n\(screen)")
    try session.press("Tab")
    (screen, ok) = try session.waitFor("[3 unpool]")
    #expect(ok, "after Tab:\n\(screen)")
    try session.type("4")
    (screen, ok) = try session.waitFor("[4 bilinear]")
    #expect(ok, "after 4:\n\(screen)")
    try session.type("1?")
    (screen, ok) = try session.waitFor("export this frame", "keys")
    #expect(ok, "help did not open:\n\(screen)")
    try session.press("Escape")
    (screen, ok) = try session.waitFor {
      !$0.contains("export this frame") && $0.contains("[1 conv]")
    }
    #expect(ok, "Esc did not close help:\n\(screen)")
    try session.type("?")
    _ = try session.waitFor("export this frame")
    try session.type("?")
    (screen, ok) = try session.waitFor { !$0.contains("export this frame") }
    #expect(ok, "? did not close help:\n\(screen)")
    try quitAndCheckTerminal(session)
  }

  @Test("y shows symbols and u flips the kernel at 80×24; unpool refuses y on its status line")
  func symbolsAndFlip() throws {
    // The classroom screen: too narrow for the title bar's "stride", so not startExplorer.
    let session = try TmuxSession(width: 80, height: 24)
    defer { session.close() }
    try session.run("'\(binary)'")
    var (screen, ok) = try session.waitFor("[1 conv]", "values ramp")
    #expect(ok, "the explorer did not draw its first frame:\n\(screen)")
    try session.type("y")
    (screen, ok) = try session.waitFor("x₀₀", "w₂₂", "y[0,0] = x[0,0]·w[1,1]")
    #expect(ok, "after y:\n\(screen)")
    try session.type("u")
    (screen, ok) = try session.waitFor("flipped 180°", "y[0,0] = x[0,0]·w[1,1] + x[0,1]·w[1,0]")
    #expect(ok, "after u:\n\(screen)")
    try session.type("3y")
    (screen, ok) = try session.waitFor("[3 unpool]", "needs numbers")
    #expect(ok, "y in unpool:\n\(screen)")
    try quitAndCheckTerminal(session)
  }

  @Test("a tiny window shows what size is needed; enlarging it brings the scene back")
  func resize() throws {
    let session = try startExplorer()
    defer { session.close() }
    try session.resize(width: 30, height: 8)
    var (screen, ok) = try session.waitFor("too small", "have 30×8")
    #expect(ok, "tiny window:\n\(screen)")
    try session.resize(width: 120, height: 40)
    (screen, ok) = try session.waitFor { $0.contains("stride 2×2") && !$0.contains("too small") }
    #expect(ok, "after enlarging:\n\(screen)")
    try quitAndCheckTerminal(session)
  }

  @Test(
    "a terminal that cannot move the cursor (TERM=dumb) gets one sentence, not a garbled screen")
  func dumbTerminal() throws {
    let session = try TmuxSession(width: 120, height: 40)
    defer { session.close() }
    try session.run("TERM=dumb '\(binary)'; echo exit=$?")
    let (screen, ok) = try session.waitFor("cannot move the cursor", "exit=1")
    #expect(ok, "TERM=dumb:\n\(screen)")
    #expect(!screen.contains("[1 conv]"))
    let (settings, restored) = try session.sttySettings()
    #expect(restored && sttyRestored(settings), "terminal after TERM=dumb:\n\(settings)")
  }

  @Test("SIGTERM and Ctrl-C restore the terminal")
  func signals() throws {
    let session = try TmuxSession()
    defer { session.close() }
    let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convscope-pid-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: pidFile) }
    // sh writes its pid and execs the explorer under that same pid.
    try session.run("sh -c 'echo $$ > \(pidFile); exec \"$0\"' '\(binary)'")
    var (screen, ok) = try session.waitFor("[1 conv]")
    #expect(ok, "explorer did not start:\n\(screen)")
    let pid = try #require(
      Int32(
        String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    #expect(kill(pid, SIGTERM) == 0)
    (screen, ok) = try session.sttySettings()
    #expect(ok, "the shell did not come back after SIGTERM:\n\(screen)")
    #expect(sttyRestored(screen), "terminal not restored after SIGTERM:\n\(screen)")

    try session.run("clear; '\(binary)'")
    (screen, ok) = try session.waitFor("[1 conv]")
    #expect(ok, "explorer did not start again:\n\(screen)")
    try session.press("C-c")
    (screen, ok) = try session.sttySettings()
    #expect(ok, "the shell did not come back after Ctrl-C:\n\(screen)")
    #expect(sttyRestored(screen), "terminal not restored after Ctrl-C:\n\(screen)")
  }

  @Test("Ctrl-Z suspends to the shell with the terminal restored; fg resumes the explorer")
  func suspend() throws {
    let session = try startExplorer()
    defer { session.close() }
    try session.type("S")
    // The status line is drawn last: once it shows the change and the screen stops changing,
    // curses is done drawing and Ctrl-Z cannot land in the middle of a redraw.
    var (screen, ok) = try session.waitFor("stride 3×3", "output 2×2", "stride 2×2 → 3×3")
    try #require(ok, "the explorer did not show the change before Ctrl-Z:\n\(screen)")
    try #require(try session.waitForStillScreen(), "the screen kept changing")
    try session.press("C-z")
    (screen, ok) = try session.sttySettings()
    try #require(ok, "the shell did not come back after Ctrl-Z:\n\(screen)")
    #expect(sttyRestored(screen), "terminal not restored after Ctrl-Z:\n\(screen)")
    try session.run("fg")
    (screen, ok) = try session.waitFor("stride 3×3", "output 2×2")
    try #require(ok, "fg did not bring the explorer back:\n\(screen)")
    try quitAndCheckTerminal(session)
  }

  @Test("playback stops at the last step and says so; space replays from the first")
  func playbackEnds() throws {
    let session = try startExplorer()
    defer { session.close() }
    // Fastest speed, then play: nine steps take well under a second.
    try session.type("]]]] ")
    var (screen, ok) = try session.waitFor("step 9/9", "space plays it again")
    try #require(ok, "playback did not stop at the last step with a message:\n\(screen)")
    usleep(300_000)
    #expect(try session.capture().contains("step 9/9"), "playback went on after the last step")
    try session.type(" ")
    (screen, ok) = try session.waitFor { !$0.contains("step 9/9") }
    #expect(ok, "space did not replay:\n\(screen)")
    try quitAndCheckTerminal(session)
  }

  @Test("e exports the frame to a new file and the status line shows its path")
  func export() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convscope-e2e-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let session = try TmuxSession()
    defer { session.close() }
    try session.run("cd '\(directory)' && '\(binary)'")
    _ = try session.waitFor("[1 conv]")
    try session.type("..e")
    var (screen, ok) = try session.waitFor("exported convscope-conv-frame-3.txt")
    #expect(ok, "no export path on the status line:\n\(screen)")
    try session.type("e")
    (screen, ok) = try session.waitFor("exported convscope-conv-frame-3-2.txt")
    #expect(ok, "a second export did not get a new name:\n\(screen)")
    let text = try String(
      contentsOfFile: directory + "/convscope-conv-frame-3.txt", encoding: .utf8)
    #expect(text.contains("step 3 of 9"))
    try quitAndCheckTerminal(session)
  }
}

/// Every scene and preset at 80×24, 100×30 and 120×40: the caption block is on screen
/// whole, the key hint is not cut, and no line is cut with an ellipsis.
///
/// Each case drives one explorer in its own tmux server and resizes it through the three
/// sizes; the captions expected are those `convscope export SPEC --frame 2 --format json`
/// gives for the same step.
@Suite(
  "Explorer layout in tmux",
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so the layout checks are skipped"
  )
)
struct TUILayoutEndToEndTests {
  static let binary = ExplorerBinary.path ?? "convscope"

  /// `convscope scenes`: the scenes at their defaults, every preset, and a few cases that
  /// once pushed the captions off an 80×24 screen.
  static let specs: [String] = {
    guard let listing = try? TUIProcess.run(binary, ["scenes"]).stdout else { return [] }
    var scenes: [String] = []
    var presets: [String] = []
    for line in listing.split(separator: "\n") {
      let words = line.split(separator: " ")
      guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = words.first else { continue }
      if first.hasSuffix(":") {
        scenes.append(String(first.dropLast()))
      } else if words.count > 1, words[1] == "conv" || words[1] == "transposed" {
        presets.append("\(words[1]) --preset \(first)")
      }
    }
    return scenes + presets + [
      "transposed --view scatter", "bilinear --kernel 8", "conv --input 5x7 --stride 2",
      "conv --input 7 --kernel 3x2 --stride 2x1 --padding 1x0",
    ]
  }()

  static let sizes = [(80, 24), (100, 30), (120, 40)]

  /// Collapses every run of whitespace to one space.
  static func squeezed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// What is wrong with `screen`: captions missing, the hint missing, a line cut.
  static func problems(_ screen: String, captions: [String]) -> [String] {
    var found: [String] = []
    let flat = squeezed(screen)
    for caption in captions where !flat.contains(squeezed(caption)) {
      found.append("caption not on screen whole: \(caption.prefix(50))")
    }
    let lines = screen.split(separator: "\n").map { String($0) }
    if !lines.contains(where: { $0.hasPrefix(" ? help") }) { found.append("no key hint") }
    for line in lines where line.trimmingCharacters(in: .whitespaces).hasSuffix("…") {
      found.append("a line is cut: \(line.suffix(40))")
    }
    return found
  }

  @Test("captions, products and the key hint stay on screen", arguments: specs)
  func captionsStayOnScreen(_ spec: String) throws {
    let export = try TUIProcess.run(
      Self.binary,
      ["export"] + spec.split(separator: " ").map(String.init) + [
        "--frame", "2", "--format", "json",
      ])
    try #require(export.status == 0, "export \(spec): \(export.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
    let frames = try #require(json["frames"] as? [[String: Any]])
    let captions = try #require(frames.first?["captions"] as? [String])
    try #require(!captions.isEmpty)

    let session = try TmuxSession(
      width: 80, height: 24, command: "'\(Self.binary)' tui \(spec); sleep 30")
    defer { session.close() }
    var (screen, ok) = try session.waitFor("step 1/")
    try #require(ok, "\(spec) did not start:\n\(screen)")
    try session.type(".")
    (screen, ok) = try session.waitFor("step 2/")
    try #require(ok, "\(spec) did not step:\n\(screen)")
    for (width, height) in Self.sizes {
      try session.resize(width: width, height: height)
      (screen, ok) = try session.waitFor(timeout: 5) { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count >= height && lines[0].count > width - 20
          && Self.problems(screen, captions: captions).isEmpty
      }
      #expect(
        ok,
        "\(spec) at \(width)×\(height): \(Self.problems(screen, captions: captions).joined(separator: "; "))\n\(screen)"
      )
    }
  }
}

/// The committed captures screenshots/tui-*.txt must match what the explorer shows in tmux
/// now; after a deliberate change, regenerate them with scripts/tui-screenshots.sh.
@Suite(
  "Explorer screenshots",
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so the captures are not checked"
  )
)
struct TUIScreenshotTests {
  struct Entry: CustomStringConvertible, Sendable {
    var name: String
    var width: Int
    var height: Int
    var arguments: String
    var keys: String
    var expect: String
    var resize: (Int, Int)?
    var description: String { name }
  }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("screenshots")

  /// screenshots/manifest-tui.txt, the list scripts/tui-screenshots.sh captures.
  static let entries: [Entry] = {
    let url = folder.appendingPathComponent("manifest-tui.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    func size(_ text: Substring) -> (Int, Int)? {
      let parts = text.split(separator: "x").compactMap { Int($0) }
      return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
    return text.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      guard fields.count == 6, let (width, height) = size(fields[1]) else { return nil }
      return Entry(
        name: String(fields[0]), width: width, height: height, arguments: String(fields[2]),
        keys: String(fields[3]), expect: String(fields[4]), resize: size(fields[5]))
    }
  }()

  @Test func theManifestListsTheCaptures() throws {
    #expect(Self.entries.count >= 8)
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
    let captures = Set(files.filter { $0.hasPrefix("tui-") && $0.hasSuffix(".txt") })
    #expect(captures == Set(Self.entries.map { "tui-\($0.name).txt" }))
  }

  @Test("every tui-*.txt capture matches the explorer", arguments: entries)
  func captureMatches(_ entry: Entry) throws {
    let committed = try String(
      contentsOf: Self.folder.appendingPathComponent("tui-\(entry.name).txt"), encoding: .utf8)
    let binary = ExplorerBinary.path ?? "convscope"
    // The script's terminal: with 256 colours, heat cells are painted, not shaded with glyphs
    // (and NO_COLOR, which a test runner may set, would turn colours off).
    let session = try TmuxSession(
      width: entry.width, height: entry.height,
      command: "env -u NO_COLOR TERM=tmux-256color '\(binary)' \(entry.arguments); sleep 30")
    defer { session.close() }
    var (screen, ok) = try session.waitFor("step 1/")
    try #require(ok, "\(entry.name) did not start:\n\(screen)")
    if let (width, height) = entry.resize { try session.resize(width: width, height: height) }
    if !entry.keys.isEmpty { try session.type(entry.keys) }
    (screen, ok) = try session.waitFor(entry.expect)
    try #require(ok, "\(entry.name) never showed '\(entry.expect)':\n\(screen)")
    try #require(try session.waitForStillScreen())
    let captured = try session.capture().split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        var line = String(line)
        while line.last == " " { line.removeLast() }
        return line
      }.joined(separator: "\n")
    if captured != committed {
      Issue.record(
        "screenshots/tui-\(entry.name).txt is stale; run scripts/tui-screenshots.sh:\n\(firstDifference(committed, captured))"
      )
    }
  }

  func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < b.count ? String(b[index]) : "<end>"
      if left != right { return "line \(index + 1):\n  committed: \(left)\n  captured:  \(right)" }
    }
    return "(same lines, different endings)"
  }
}

/// Not every run has tmux, but every run can check the refusal without a terminal.
@Test(
  "without a terminal the explorer exits non-zero with one sentence that suggests convscope export",
  .enabled(if: ExplorerBinary.path != nil, "the convscope binary was not found next to the tests")
)
func explorerWithoutTerminal() throws {
  let binary = ExplorerBinary.path!
  let result = try TUIProcess.run(binary, [])
  #expect(result.status != 0)
  let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
  #expect(message.contains("terminal"))
  #expect(message.contains("convscope export"))
  #expect(!message.contains("\n"), "more than one line: \(message)")
  #expect(result.stdout.isEmpty)
}
