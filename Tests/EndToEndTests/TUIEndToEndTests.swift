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
    _ = try session.waitFor("stride 3×3")
    try session.press("C-z")
    var (screen, ok) = try session.sttySettings()
    #expect(ok, "the shell did not come back after Ctrl-Z:\n\(screen)")
    #expect(sttyRestored(screen), "terminal not restored after Ctrl-Z:\n\(screen)")
    try session.run("fg")
    (screen, ok) = try session.waitFor("stride 3×3", "output 2×2")
    #expect(ok, "fg did not bring the explorer back:\n\(screen)")
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
