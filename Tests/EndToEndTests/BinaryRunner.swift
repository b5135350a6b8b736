import Foundation

/// Finds the built `convscope` executable and runs it, capturing everything it prints.
///
///     let result = try BinaryRunner.run(arguments: ["compute"], stdin: "{\"op\": \"conv3d\"}\n")
///     result.status  // 1
///     result.stdout  // {"error": "Unknown op \"conv3d\"; …"}
///
/// Input and output go through temporary files rather than pipes, so a large
/// input or output can never deadlock the test. The binary is looked up in
/// this order: the `CONVSCOPE_BINARY` environment variable; the build
/// products directory this test bundle runs from (SwiftPM builds the
/// `convscope` product there because the test target depends on it); and
/// finally the newest `convscope` under any `.build*` folder of the package.
enum BinaryRunner {
  /// What one run of the binary did.
  struct Result: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The raw bytes of standard output, for tests that check encoding.
    var stdoutData: Data

    /// Standard output split into lines, without the final empty piece.
    var stdoutLines: [String] {
      var lines = stdout.components(separatedBy: "\n")
      if lines.last == "" { lines.removeLast() }
      return lines
    }
  }

  /// Why the binary could not be run.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The path of the `convscope` executable the tests run.
  static var binaryPath: String {
    get throws {
      if let path = cachedPath { return path }
      throw Failure(
        description:
          "Could not find the built convscope binary; run `swift build` first or set CONVSCOPE_BINARY."
      )
    }
  }

  private static let cachedPath: String? = locate()

  /// Runs the binary with `arguments`, feeding it `stdin`, and waits at most `timeout` seconds.
  ///
  /// `environment` adds to (or overrides) the test process's own environment.
  static func run(
    arguments: [String], stdin: String = "", environment: [String: String] = [:],
    timeout: TimeInterval = 120
  ) throws -> Result {
    try run(
      arguments: arguments, stdinData: Data(stdin.utf8), environment: environment, timeout: timeout)
  }

  /// The test process's environment with convscope's language set to English: the tests
  /// compare English sentences, whatever locale the person running them works in.
  static var englishEnvironment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = nil
    environment["LC_MESSAGES"] = "C"
    return environment
  }

  /// Runs the binary with raw bytes on standard input (for invalid UTF-8 and other odd input).
  static func run(
    arguments: [String], stdinData: Data, environment: [String: String] = [:],
    timeout: TimeInterval = 120
  ) throws -> Result {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("convscope-run-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputURL = directory.appendingPathComponent("stdin")
    let outputURL = directory.appendingPathComponent("stdout")
    let errorURL = directory.appendingPathComponent("stderr")
    try stdinData.write(to: inputURL)
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: try binaryPath)
    process.arguments = arguments
    process.environment = englishEnvironment.merging(environment) { _, new in new }
    let input = try FileHandle(forReadingFrom: inputURL)
    let output = try FileHandle(forWritingTo: outputURL)
    let error = try FileHandle(forWritingTo: errorURL)
    defer {
      try? input.close()
      try? output.close()
      try? error.close()
    }
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error

    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      finished.wait()
      throw Failure(
        description:
          "convscope \(arguments.joined(separator: " ")) ran longer than \(timeout) seconds.")
    }
    let stdoutData = try Data(contentsOf: outputURL)
    let stderrData = try Data(contentsOf: errorURL)
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self),
      stdoutData: stdoutData)
  }

  private static func locate() -> String? {
    let files = FileManager.default
    if let path = ProcessInfo.processInfo.environment["CONVSCOPE_BINARY"],
      files.isExecutableFile(atPath: path)
    {
      return path
    }
    for directory in productsDirectories() {
      let candidate = directory.appendingPathComponent("convscope").path
      if files.isExecutableFile(atPath: candidate) { return candidate }
    }
    return newestBuiltBinary()
  }

  /// Where SwiftPM put this test bundle, which is where it put the executables too.
  private static func productsDirectories() -> [URL] {
    var directories: [URL] = []
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        directories.append(bundle.bundleURL.deletingLastPathComponent())
      }
    #endif
    directories.append(Bundle.main.bundleURL)
    if let executable = Bundle.main.executableURL {
      directories.append(executable.deletingLastPathComponent())
    }
    return directories
  }

  /// The most recently built `convscope` under the package's `.build*` folders.
  private static func newestBuiltBinary() -> String? {
    let files = FileManager.default
    // This file is Tests/EndToEndTests/BinaryRunner.swift, three levels below the package root.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    guard let entries = try? files.contentsOfDirectory(atPath: root.path) else { return nil }
    var best: (path: String, date: Date)?
    for entry in entries where entry.hasPrefix(".build") {
      let buildRoot = root.appendingPathComponent(entry)
      guard
        let walker = files.enumerator(
          at: buildRoot, includingPropertiesForKeys: [.contentModificationDateKey])
      else { continue }
      for case let url as URL in walker {
        // Skip the deep folders of intermediate files.
        if url.pathExtension == "build" || url.lastPathComponent == "checkouts"
          || url.lastPathComponent == "repositories"
        {
          walker.skipDescendants()
          continue
        }
        guard url.lastPathComponent == "convscope", files.isExecutableFile(atPath: url.path) else {
          continue
        }
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { continue }
        let date =
          (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate)
          ?? .distantPast
        if best == nil || date > best!.date { best = (url.path, date) }
      }
    }
    return best?.path
  }
}
