// convscope-hostile: issue 9's long hostile runs against the real binary, too slow for `swift test`.
//
//     swift run convscope-hostile keys [COUNT] [RESIZES]   random keys, escape sequences and
//                                                       resizes into the explorer in tmux
//     swift run convscope-hostile commands [COUNT]         random command lines: crashes and
//                                                       the shape of every error message
//
// The binary is CONVSCOPE_BINARY, or convscope beside this executable. It prints what
// went wrong (crashes, quits, freezes, peak memory, leftover files) and exits 1 if anything did.
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program and waits; returns its status (128 + signal when it died of one), stdout and stderr.
///
/// posix_spawn and waitpid rather than Foundation's Process, whose wait never returned
/// for tmux's client here; output goes through files, so a forked tmux server holds no pipe.
@discardableResult
func run(_ executable: String, _ arguments: [String], capture: Bool = true) -> (
  status: Int32, out: String, err: String
) {
  let base = FileManager.default.temporaryDirectory.appendingPathComponent(
    "convscope-hostile-io-\(getpid())"
  ).path
  let outPath = capture ? base + ".out" : "/dev/null"
  let errPath = capture ? base + ".err" : "/dev/null"
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var pid: pid_t = 0
  guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
    return (127, "", "cannot start \(executable)")
  }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  guard capture else { return (exit, "", "") }
  let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
  let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
  return (exit, out, err)
}

let binary: String = {
  if let path = ProcessInfo.processInfo.environment["CONVSCOPE_BINARY"] { return path }
  return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    .deletingLastPathComponent().appendingPathComponent("convscope").path
}()

nonisolated(unsafe) var rng = SystemRandomNumberGenerator()
nonisolated(unsafe) var problems = 0

func report(_ text: String) {
  problems += 1
  print("PROBLEM: \(text)")
}

// MARK: - Keys

/// Sequences a terminal (or a clumsy user) may send; none of them is q or a lone Esc.
let sequences: [String] = [
  "\u{1B}[I", "\u{1B}[O", "\u{1B}[200~q\u{1B}[201~", "\u{1B}[99~", "\u{1B}[<0;5;5M",
  "\u{1B}[<0;5;5m",
  "\u{1B}[M >;", "\u{1B}OQ", "\u{1B}[15~", "\u{1B}[A", "\u{1B}[B", "\u{1B}[C", "\u{1B}[D",
  "\u{1B}[5~",
  "\u{1B}[6~", "\u{1B}[Z", "\u{1B}[1;5C", "\u{1B}q", "\u{1B}[<64;3;3M", "\u{1B}[<65;3;3M",
  "\u{1B}[<0;30;10M",
]
/// Every explorer key but q, and control bytes that are not signals (Ctrl-C, Ctrl-Z, Ctrl-\).
let keys =
  Array("iIkKsSpPdDoOx .,gG[]1234vteEQ?\tzé中")
  + (1...31).compactMap { byte -> Character? in
    [3, 26, 28, 27].contains(byte) ? nil : Character(Unicode.Scalar(UInt8(byte)))
  }

func fuzzKeys(count: Int, resizes: Int) {
  let tmux = "/usr/bin/tmux"
  let socket = "convscope-hostile-\(getpid())"
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
  try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  defer {
    run(tmux, ["-L", socket, "kill-server"])
    try? FileManager.default.removeItem(atPath: directory)
  }
  func t(_ arguments: [String]) -> String { run(tmux, ["-L", socket] + arguments).out }
  run(
    tmux,
    [
      "-L", socket, "new-session", "-d", "-x", "80", "-y", "24", "-s", "f", "-c", directory, "-e",
      "LANG=C.UTF-8",
      "sh", "-c", "'\(binary)'; echo explorer-exit=$?; sleep 100000",
    ], capture: false)
  usleep(500_000)
  let shell =
    Int32(
      t(["display", "-p", "-t", "f", "#{pane_pid}"]).trimmingCharacters(
        in: .whitespacesAndNewlines)) ?? 0
  let children =
    (try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
  let explorer = children.split(separator: " ").first.map(String.init) ?? ""
  var peak = 0
  func sampleMemory() {
    guard let status = try? String(contentsOfFile: "/proc/\(explorer)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return }
    peak = max(peak, Int(line.split(separator: " ")[1]) ?? 0)
  }
  var sent = 0
  var freezes = 0
  let resizeEvery = max(1, count / max(1, resizes))
  let clock = ContinuousClock()
  let start = clock.now
  while sent < count {
    var chunk = ""
    for _ in 0..<50 where sent < count {
      chunk +=
        Int.random(in: 0..<10, using: &rng) == 0
        ? sequences.randomElement(using: &rng)! : String(keys.randomElement(using: &rng)!)
      sent += 1
      if sent % resizeEvery == 0 {
        _ = t(["send-keys", "-t", "f", "-l", chunk])
        chunk = ""
        _ = t([
          "resize-window", "-t", "f", "-x", "\(Int.random(in: 20...160, using: &rng))", "-y",
          "\(Int.random(in: 6...60, using: &rng))",
        ])
      }
    }
    if !chunk.isEmpty { _ = t(["send-keys", "-t", "f", "-l", chunk]) }
    sampleMemory()
    if sent % 1_000 < 50 || sent >= count {
      // A probe: x always answers on the status line, unless the explorer is gone or frozen.
      // At the largest parameters even 200×60 may be too small; the explorer then says
      // "have 200×60", which also shows it took the resize and drew.
      _ = t(["resize-window", "-t", "f", "-x", "200", "-y", "60"])
      _ = t(["send-keys", "-t", "f", "-l", "\u{1B}[99~x"])
      var answered = false
      var screen = ""
      for _ in 0..<100 {
        screen = t(["capture-pane", "-p", "-t", "f"])
        if screen.contains("explorer-exit=") {
          report("the explorer ended after \(sent) keys:\n\(screen)")
          return
        }
        if screen.contains("changes apply") || screen.contains("have 200×60") {
          answered = true
          break
        }
        usleep(100_000)
      }
      print("  \(sent) keys, peak \(peak / 1024) MB, \(clock.now - start)")
      fflush(nil)
      if !answered {
        freezes += 1
        report("no answer to the probe after \(sent) keys (frozen?):\n\(screen)")
      }
    }
  }
  _ = t(["send-keys", "-t", "f", "-l", "\u{1B}[99~q"])
  // An export may still be writing (E is synchronous): give it time before judging.
  var end = ""
  for _ in 0..<300 {
    end = t(["capture-pane", "-p", "-t", "f"])
    if end.contains("explorer-exit=") { break }
    usleep(100_000)
  }
  let quit = end.contains("explorer-exit=0")
  if !quit { report("q did not end the explorer with status 0:\n\(end)") }
  let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
  let leftovers = files.filter { $0.hasSuffix(".tmp") }
  if !leftovers.isEmpty { report("temporary files left: \(leftovers)") }
  print(
    "keys: \(sent) sent with \(resizes) resizes in \(clock.now - start); crashes or quits before q: 0; "
      + "freezes: \(freezes); peak memory \(peak / 1024) MB; exports written: \(files.count - leftovers.count); "
      + "leftover temporary files: \(leftovers.count)")
}

// MARK: - Command lines

func randomValue() -> String {
  let pool = [
    "", "5", "0", "-1", "3x", "x3", "5x7", "99999999999999999999", "same", "ramp", "random:1",
    "@/nonexistent",
    "a\nb", String(repeating: "z", count: Int.random(in: 41...10_000, using: &rng)), "conv", "é中",
    "\t",
    "9223372036854775807", "1e3", "--input",
  ]
  return pool.randomElement(using: &rng)!
}

func fuzzCommands(count: Int) {
  let commands = ["export", "tui", "shape", "compute", "scenes", "bogus"]
  let scenes = ["conv", "transposed", "unpool", "bilinear", "nope", ""]
  let options = [
    "--input", "--kernel", "--stride", "--padding", "--dilation", "--output-padding", "--values",
    "--preset", "--view", "--format", "--frame", "--width", "--colors", "--generate-benchmark",
    "--lang", "--output",
  ]
  var crashes = 0
  var badMessages = 0
  var statuses: [Int32: Int] = [:]
  for _ in 0..<count {
    let command = commands.randomElement(using: &rng)!
    var arguments = [command]
    if command == "export" || command == "tui" {
      arguments.append(scenes.randomElement(using: &rng)!)
    }
    for _ in 0..<Int.random(in: 0...3, using: &rng) {
      var option = options.randomElement(using: &rng)!
      // Never write into the working directory, and never wait for stdin or a terminal.
      if option == "--output" { option = "--frame" }
      arguments += [option, randomValue()]
    }
    if command == "compute" && !arguments.contains("--generate-benchmark") { continue }
    let result = run(binary, arguments)
    statuses[result.status, default: 0] += 1
    if result.status >= 128 {
      crashes += 1
      report("crash (\(result.status)): \(arguments.map { String($0.prefix(40)) })")
    }
    if result.status != 0 {
      let lines = result.err.split(separator: "\n", omittingEmptySubsequences: false)
      if lines.count != 2 || result.err.count >= 200 {
        badMessages += 1
        report(
          "message not one short line for \(arguments.map { String($0.prefix(40)) }): \(result.err.prefix(300).debugDescription)"
        )
      }
    }
  }
  print(
    "commands: \(count) run; crashes: \(crashes); messages not one line under 200 characters: \(badMessages); "
      + "statuses: \(statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " "))"
  )
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "keys":
  fuzzKeys(
    count: arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000,
    resizes: arguments.count > 2 ? Int(arguments[2]) ?? 99 : 99)
case "commands":
  fuzzCommands(count: arguments.count > 1 ? Int(arguments[1]) ?? 12_000 : 12_000)
default:
  print("usage: convscope-hostile keys [COUNT] [RESIZES] | commands [COUNT]")
  exit(64)
}
exit(problems == 0 ? 0 : 1)
