import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs programs for the explorer's end-to-end tests.
///
/// It spawns with posix_spawn rather than Foundation's Process: test threads
/// block most signals, a spawned child inherits that mask, and a tmux server
/// (or the explorer in its pane) that cannot receive SIGTERM, SIGCHLD or
/// SIGTSTP would make every signal test meaningless. So the child starts with
/// an empty mask and default handlers, and is reaped with waitpid.
enum TUIProcess {
  /// Runs a program to completion; with `captureOutput` false its output goes to /dev/null
  /// (needed for `tmux new-session`, whose forked server would hold a pipe open forever).
  @discardableResult
  static func run(_ executable: String, _ arguments: [String], captureOutput: Bool = true) throws
    -> (
      status: Int32, stdout: String, stderr: String
    )
  {
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    if captureOutput {
      guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
        throw TmuxError(message: "pipe failed")
      }
    }
    #if os(Linux)
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #else
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #endif
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
      posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
      posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
      for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [
      SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGPIPE, SIGWINCH,
    ] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    if captureOutput {
      close(outPipe[1])
      close(errPipe[1])
    }
    guard spawned == 0 else {
      if captureOutput {
        close(outPipe[0])
        close(errPipe[0])
      }
      throw TmuxError(
        message: "could not start \(executable): \(String(cString: strerror(spawned)))")
    }
    var out = ""
    var err = ""
    if captureOutput {
      out = readAll(outPipe[0])
      err = readAll(errPipe[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS are macros; a signal death is reported as 128 + signal, like a shell.
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (exitStatus, out, err)
  }

  private static func readAll(_ fd: Int32) -> String {
    var data = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      data.append(contentsOf: buffer[0..<count])
    }
    close(fd)
    return String(decoding: data, as: UTF8.self)
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

  /// Polls until two captures a tenth of a second apart agree: curses has finished drawing.
  func waitForStillScreen(timeout: Double = 5) throws -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    var before = try capture()
    while Date() < deadline {
      usleep(100_000)
      let after = try capture()
      if after == before { return true }
      before = after
    }
    return false
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
