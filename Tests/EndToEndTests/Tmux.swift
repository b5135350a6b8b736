import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs programs for the explorer's end-to-end tests.
enum TUIProcess {
  /// Runs a program to completion and returns its status and output.
  @discardableResult
  static func run(
    _ executable: String, _ arguments: [String], stdin: FileHandle? = nil,
    environment: [String: String]? = nil, captureOutput: Bool = true
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardInput = stdin ?? FileHandle(forReadingAtPath: "/dev/null")
    guard captureOutput else {
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      return (process.terminationStatus, "", "")
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so a full pipe cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }
}

/// Finds the built `convscope` executable next to the test bundle.
enum ExplorerBinary {
  static let path: String? = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    // On Linux the test runner sits beside the executables; on macOS it is a few levels inside a bundle.
    for _ in 0..<5 {
      let candidate = directory.appendingPathComponent("convscope").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }()
}

/// A tmux server of its own, with one session, driven like a user at a terminal.
///
/// Each instance uses its own socket (`tmux -L convscope-test-<pid>-<n>`), so
/// tests never collide with each other or with a user's tmux; the server is
/// killed when the session is closed.
final class TmuxSession {
  static let executable: String? = {
    for directory in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"] {
      let path = directory + "/tmux"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }()

  static var isAvailable: Bool { executable != nil && ExplorerBinary.path != nil }

  private nonisolated(unsafe) static var counter = 0
  private static let lock = NSLock()

  let socket: String
  let target = "explorer"

  /// Starts `command` (by default an interactive shell) in a detached window of the given size.
  init(width: Int = 120, height: Int = 40, command: String = "bash --norc --noprofile") throws {
    let number = Self.lock.withLock {
      Self.counter += 1
      return Self.counter
    }
    socket = "convscope-test-\(getpid())-\(number)"
    // The server tmux forks would hold output pipes open forever, so new-session writes nowhere.
    try tmux(
      quiet: true,
      [
        "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", target,
        "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "PS1=$ ", command,
      ])
  }

  deinit { close() }

  /// Kills the server and everything in it.
  func close() {
    _ = try? TUIProcess.run(Self.executable!, ["-L", socket, "kill-server"], captureOutput: false)
  }

  @discardableResult
  func tmux(quiet: Bool = false, _ arguments: [String]) throws -> String {
    let result = try TUIProcess.run(
      Self.executable!, ["-L", socket] + arguments, captureOutput: !quiet)
    guard result.status == 0 else {
      throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    }
    return result.stdout
  }

  /// Types text literally, as if on the keyboard.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

  /// Presses named keys (`Enter`, `Escape`, `Tab`, `C-c`, …).
  func press(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

  /// Runs a shell command line in the pane.
  func run(_ line: String) throws {
    try type(line)
    try press("Enter")
  }

  /// The visible screen as text.
  func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", target]) }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until `condition` holds; returns the last screen either way, and whether it held.
  func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) throws -> (
    screen: String, ok: Bool
  ) {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = try capture()
      if condition(screen) { return (screen, true) }
      usleep(50_000)
    }
    return (screen, false)
  }

  /// Polls until the screen contains every string.
  func waitFor(_ texts: String..., timeout: Double = 15) throws -> (screen: String, ok: Bool) {
    try waitFor(timeout: timeout) { screen in texts.allSatisfy { screen.contains($0) } }
  }

  /// Runs `stty -a` in the pane's shell and returns its output lines.
  func sttySettings() throws -> (screen: String, ok: Bool) {
    try run("clear; stty -a; echo stty-done-$((6*7))")
    return try waitFor("stty-done-42")
  }
}

struct TmuxError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Whether `stty -a` output shows a cooked terminal: echo and canonical input both on.
func sttyRestored(_ text: String) -> Bool {
  let words = Set(
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
  return words.contains("echo") && words.contains("icanon") && !words.contains("-echo")
    && !words.contains("-icanon")
}
