import Foundation
import Testing

/// Runs the built `convscope` binary, which `swift test` builds beside this test bundle.
enum ExecutableRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root, from this file's path.
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("convscope")
  }

  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    let path = binary
    try #require(
      FileManager.default.isExecutableFile(atPath: path.path),
      "convscope is not built at \(path.path)")
    let process = Process()
    process.executableURL = path
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting, so that a large export cannot fill the pipe and block.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
