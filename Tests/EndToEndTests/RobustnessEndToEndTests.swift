import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 9's hostile user, quickly: stray escape sequences, Ctrl-S and resize storms
/// in the explorer (the long runs are in `convscope-hostile`).
@Suite(
  "Explorer under hostile input", .serialized,
  .enabled(
    if: TmuxSession.isAvailable,
    "tmux is not installed (or the convscope binary was not found), so these terminal tests are skipped"
  )
)
struct HostileExplorerTests {
  let binary = ExplorerBinary.path ?? "convscope"

  /// Starts the explorer in a shell that prints its exit status (120×40, where the
  /// parameter line reads "stride 2×2"; the keys behave the same at any size).
  func start() throws -> TmuxSession {
    let session = try TmuxSession(width: 120, height: 40)
    try session.run("'\(binary)'; echo explorer-exit=$?")
    let (screen, ok) = try session.waitFor("[1 conv]", "stride")
    #expect(ok, "the explorer did not draw its first frame:\n\(screen)")
    return session
  }

  /// Whether the explorer still runs and answers a key: S raises the stride to `stride`.
  func stillRunning(_ session: TmuxSession, stride: Int) throws -> (screen: String, ok: Bool) {
    try session.type("S")
    return try session.waitFor(timeout: 5) { screen in
      screen.contains("stride \(stride)×\(stride)") && screen.contains("[1 conv]")
        && !screen.contains("explorer-exit=")
    }
  }

  @Test(
    "no unknown escape sequence quits: focus, paste, \\e[99~, SGR and X10 mouse, then F2",
    .timeLimit(.minutes(1)))
  func escapeSequences() throws {
    let session = try start()
    defer { session.close() }
    let sequences = [
      "\u{1B}[I", "\u{1B}[O", "\u{1B}[200~q\u{1B}[201~", "\u{1B}[99~", "\u{1B}[<0;5;5M",
      "\u{1B}[M >;",
    ]
    for sequence in sequences {
      try session.type(sequence)
      try session.press("F2")
      let (screen, ok) = try stillRunning(session, stride: 3)
      #expect(ok, "\(sequence.debugDescription) + F2, then S:\n\(screen)")
      if screen.contains("explorer-exit=") { return }
      try session.type("s")
      _ = try session.waitFor("stride 2×2", timeout: 5)
    }
    try session.type("q")
    let (screen, ok) = try session.waitFor("explorer-exit=0")
    #expect(ok, "q did not quit with status 0:\n\(screen)")
  }

  @Test("a lone Esc still quits, once the escape delay has passed", .timeLimit(.minutes(1)))
  func loneEscapeQuits() throws {
    let session = try start()
    defer { session.close() }
    try session.press("Escape")
    let (screen, ok) = try session.waitFor("explorer-exit=0")
    #expect(ok, "Esc did not quit:\n\(screen)")
  }

  @Test(
    "Ctrl-S does not freeze the screen, and XON/XOFF is back on after quitting",
    .timeLimit(.minutes(1)))
  func controlS() throws {
    let session = try start()
    defer { session.close() }
    try session.press("C-s")
    let (screen, ok) = try stillRunning(session, stride: 3)
    #expect(ok, "after Ctrl-S the screen did not follow S:\n\(screen)")
    try session.type("q")
    _ = try session.waitFor("explorer-exit=0")
    let (settings, done) = try session.sttySettings()
    #expect(done)
    let words = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    #expect(words.contains("ixon") && !words.contains("-ixon"), "ixon not restored:\n\(settings)")
  }

  @Test(
    "a storm of 30 resizes and random bytes leaves the explorer running", .timeLimit(.minutes(1)))
  func resizeStorm() throws {
    let session = try start()
    defer { session.close() }
    var rng = SystemRandomNumberGenerator()
    for index in 0..<30 {
      try session.resize(
        width: Int.random(in: 20...140, using: &rng), height: Int.random(in: 5...50, using: &rng))
      if index % 3 == 0 {
        // Bytes that are never q, Q or Esc on their own.
        let junk = (0..<8).map { _ in "[;<0123456789ABCDHFZM~ ".randomElement(using: &rng)! }
        try session.type("\u{1B}[" + String(junk))
      }
    }
    try session.resize(width: 120, height: 40)
    try session.type("\u{1B}[99~")
    // The junk may switch scenes or play: any drawn explorer screen will do (with eleven
    // scenes the title bar may leave out the program's name and some tabs).
    let (screen, ok) = try session.waitFor(timeout: 5) { $0.contains("step ") }
    #expect(ok && !screen.contains("explorer-exit="), "after the storm:\n\(screen)")
    try session.type("q")
    #expect(try session.waitFor("explorer-exit=0").ok)
  }
}

/// Write errors, interrupted exports and the shape of every error message.
@Suite("Writing output and messages", .serialized)
struct OutputAndMessageTests {
  /// Runs a shell command line with the binary's path in $B; returns status and stderr.
  func shell(_ line: String) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = try BinaryRunner.binaryPath
    let result = try TUIProcess.run("/bin/sh", ["-c", "B='\(binary)'; " + line])
    return (result.status, result.stdout, result.stderr)
  }

  func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-robust-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// One line, under 200 characters, no raw control character.
  func expectOneLine(_ stderr: String, _ context: String) {
    let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.count == 2 && lines[1].isEmpty, "\(context): not one line: \(stderr.debugDescription)")
    #expect(stderr.count < 201, "\(context): \(stderr.count) characters")
    let controls = stderr.dropLast().unicodeScalars.filter { $0.value < 0x20 || $0.value == 0x7F }
    #expect(controls.isEmpty, "\(context): raw control characters in \(stderr.debugDescription)")
    #expect(stderr.hasPrefix("Error: "), "\(context): \(stderr)")
  }

  @Test(
    "/dev/full: stdout and --output get one sentence naming the cause, and status 1",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"))
  func fullDisk() throws {
    for line in [
      "\"$B\" export conv > /dev/full", "\"$B\" export conv --format json > /dev/full",
      "\"$B\" export conv --output /dev/full", "\"$B\" export conv --output - > /dev/full",
    ] {
      let result = try shell(line)
      #expect(result.status == 1, "\(line): status \(result.status)")
      expectOneLine(result.stderr, line)
      #expect(result.stderr.contains("no space left on device"), "\(line): \(result.stderr)")
    }
    // The device is written to, never replaced by a regular file.
    var info = stat()
    #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
  }

  @Test("write errors name the real cause and the path")
  func writeCauses() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let long = directory + "/" + String(repeating: "n", count: 300)
    let cases: [(String, String, Int32)] = [
      ("\"$B\" export conv --output '\(directory)'", "is a directory", 1),
      ("\"$B\" export conv --output ''", "an empty value", 64),
      ("\"$B\" export conv --output '\(long)'", "file name too long", 1),
      ("\"$B\" export conv --output '\(directory)/missing/x.txt'", "no such file or directory", 1),
    ]
    for (line, cause, status) in cases {
      let result = try shell(line)
      #expect(result.status == status, "\(line): status \(result.status)")
      expectOneLine(result.stderr, line)
      #expect(result.stderr.contains(cause), "\(line): \(result.stderr)")
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(leftovers.isEmpty, "left behind: \(leftovers)")
  }

  @Test("replacing keeps a file's permissions; a symbolic link's target is written; - is stdout")
  func replaceKeepsModeAndLinks() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let secret = directory + "/secret.txt"
    try "old".write(toFile: secret, atomically: false, encoding: .utf8)
    chmod(secret, 0o600)
    #expect(try shell("\"$B\" export conv --output '\(secret)'").status == 0)
    var info = stat()
    stat(secret, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(try String(contentsOfFile: secret, encoding: .utf8).contains("conv — step 1"))

    let target = directory + "/target.txt"
    let link = directory + "/link.txt"
    try "old".write(toFile: target, atomically: false, encoding: .utf8)
    symlink("target.txt", link)
    #expect(try shell("\"$B\" export conv --output '\(link)'").status == 0)
    lstat(link, &info)
    #expect(info.st_mode & S_IFMT == S_IFLNK, "the link was replaced by a file")
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("conv — step 1"))

    let dash = try shell("cd '\(directory)' && \"$B\" export conv --frame 1 --output -")
    #expect(dash.status == 0 && dash.stdout.contains("conv — step 1"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/-"))
  }

  @Test(
    "SIGINT, SIGTERM and SIGHUP during export --output leave no temporary file",
    .timeLimit(.minutes(2)))
  func interruptedExports() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for (signal, delay) in [("INT", "0.3"), ("TERM", "0.6"), ("HUP", "0.9"), ("INT", "1.2")] {
      // A long animation (about 3,600 frames), interrupted while it is being written.
      let result = try shell(
        "\"$B\" export conv --input 62 --kernel 3 --stride 1 --padding 0 --output '\(directory)/out.txt' & "
          + "pid=$!; sleep \(delay); kill -\(signal) $pid; wait $pid; echo status=$?")
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".tmp") }
      #expect(
        leftovers.isEmpty, "SIG\(signal) after \(delay) s left \(leftovers): \(result.stdout)")
    }
  }

  @Test("every refused command line: one line under 200 characters, no raw newline, status 64")
  func messageShape() throws {
    let long = String(repeating: "v", count: 10_000)
    let lines: [[String]] = [
      ["export", long], ["export", "conv", "--input", long], ["export", "conv", "--input", ""],
      ["export", "conv", "--input", "5\n6"], ["export", "conv", "--values", long],
      ["export", "conv", "--preset", "a\nb"], ["export", "conv", "--format", ""],
      ["export", ""], ["tui", long], ["shape", "--kernel", "99"],
      ["export", "conv", "--kernel", "9"],
      ["compute", "--generate-benchmark", "9223372036854775807"],
      ["compute", "--generate-benchmark", "100000000000"], ["export", "conv", "--colors", long],
      ["export", "conv", "--\(long)"], ["export", "conv", "--frame", "0"],
    ]
    for arguments in lines {
      let result = try BinaryRunner.run(arguments: arguments)
      let shown = arguments.map { String($0.prefix(30)) }.joined(separator: " ")
      #expect(result.status == 64, "\(shown.debugDescription): status \(result.status)")
      expectOneLine(result.stderr, shown.debugDescription)
      #expect(!result.stderr.contains("vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"))
    }
    let empty = try BinaryRunner.run(arguments: ["export", "conv", "--input", ""])
    #expect(empty.stderr.contains("empty value") && !empty.stderr.contains("''"))
  }

  @Test("a BOM before the first compute line is skipped; export unpool --stride 3 works")
  func bomAndUnpool() throws {
    let request = #"{"op": "bilinear_kernel", "size": 2, "style": "fcn"}"# + "\n"
    let bom = try BinaryRunner.run(
      arguments: ["compute"], stdinData: Data([0xEF, 0xBB, 0xBF] + Array(request.utf8)))
    #expect(bom.status == 0 && bom.stdout == "{\"output\": [[0.25, 0.25], [0.25, 0.25]]}\n")
    let unpool = try BinaryRunner.run(arguments: ["export", "unpool", "--stride", "3"])
    #expect(unpool.status == 0, "\(unpool.stderr)")
    #expect(unpool.stdout.contains("unpooled 4×4"))
  }

  @Test("compute writes answers as they come: 10 answers of 1024×1024 stay under 45 MB")
  func computeStreams() throws {
    let line = #"{"op":"upsample_nearest","input":[[1]],"size":[1024,1024]}"# + "\n"
    let result = try shell(
      "yes '\(line.dropLast())' | head -n 10 | /usr/bin/time -f 'peak=%M' \"$B\" compute | wc -c")
    guard let peakText = result.stderr.split(separator: "=").last,
      let peak = Int(peakText.trimmingCharacters(in: .whitespacesAndNewlines))
    else {
      // /usr/bin/time is not everywhere; the benchmark measures the same in process.
      withKnownIssue("no /usr/bin/time: \(result.stderr)") { Issue.record("unmeasured") }
      return
    }
    // Held whole, the ten answers' text alone would be 52 MB.
    #expect(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 52_000_000)
    #expect(peak < 45_000, "peak resident \(peak) KB")
  }
}

/// A real full disk: a 64 KB tmpfs, which needs root to mount (skipped otherwise).
@Suite(
  "A full disk", .serialized,
  .enabled(if: getuid() == 0 && TmuxSession.isAvailable, "needs root (to mount a tmpfs) and tmux"))
struct FullDiskTests {
  @Test("export --output and the explorer's E on a full tmpfs: one sentence, no partial file")
  func tinyTmpfs() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-tiny-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let mounted = try TUIProcess.run(
      "/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", directory])
    guard mounted.status == 0 else {
      withKnownIssue("cannot mount a tmpfs here: \(mounted.stderr)") { Issue.record("skipped") }
      return
    }
    defer { _ = try? TUIProcess.run("/bin/umount", [directory]) }

    let binary = try BinaryRunner.binaryPath
    let export = try TUIProcess.run(
      binary, ["export", "conv", "--input", "20", "--output", directory + "/out.txt"])
    #expect(export.status == 1)
    #expect(
      export.stderr.contains("no space left on device") && export.stderr.contains("export to '"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)

    let session = try TmuxSession(width: 120, height: 40)
    defer { session.close() }
    try session.run("cd '\(directory)' && '\(binary)' tui conv --input 20")
    _ = try session.waitFor("stride")
    try session.type("E")
    let (screen, ok) = try session.waitFor("export failed: no space left on device")
    #expect(ok, "E on a full disk:\n\(screen)")
    try session.type("q")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }
}
