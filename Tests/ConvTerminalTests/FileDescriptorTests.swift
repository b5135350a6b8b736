import ConvCompute
import Testing

@testable import ConvTerminal

@Suite("File descriptors, errors as values")
struct FileDescriptorTests {
  /// A fresh path in /tmp, removed by the caller.
  private func scratchPath(_ name: String) -> String {
    "/tmp/convscope-fd-test-\(FileSystem.processID)-\(name)"
  }

  @Test("bytes written through a descriptor read back whole")
  func roundTrip() throws {
    let path = scratchPath("round-trip")
    defer { try? FileSystem.remove(path) }
    let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let file = try FileDescriptor.open(path, .writeOnly, options: [.create, .exclusiveCreate])
    try file.writeAll(bytes)
    try file.writeAll("tail")
    try file.close()
    #expect(try FileDescriptor.readAll(path) == bytes + Array("tail".utf8))
    #expect(try FileSystem.status(path).kind == .regular)
  }

  @Test("failures come back as Errno values with the system's reason in lower case")
  func errors() throws {
    let missing = scratchPath("missing/file")
    #expect(throws: Errno.self) { _ = try FileDescriptor.open(missing, .readOnly) }
    do {
      _ = try FileDescriptor.open(missing, .readOnly)
    } catch {
      #expect(error.description == "no such file or directory")
    }
    let path = scratchPath("exclusive")
    defer { try? FileSystem.remove(path) }
    try FileDescriptor.open(path, .writeOnly, options: [.create, .exclusiveCreate]).close()
    do {
      _ = try FileDescriptor.open(path, .writeOnly, options: [.create, .exclusiveCreate])
      Issue.record("a second exclusive create succeeded")
    } catch {
      #expect(error == .fileExists)
    }
    #expect(
      WriteError(path: "/x/a.txt", errno: .isDirectory).sentence
        == "Cannot write the export to '/x/a.txt': is a directory.")
  }

  @Test("rename replaces a file in one step; link refuses a taken name")
  func renameAndLink() throws {
    let (a, b) = (scratchPath("a"), scratchPath("b"))
    defer {
      try? FileSystem.remove(a)
      try? FileSystem.remove(b)
    }
    for (path, text) in [(a, "new"), (b, "old")] {
      let file = try FileDescriptor.open(path, .writeOnly, options: [.create, .truncate])
      try file.writeAll(text)
      try file.close()
    }
    #expect(throws: Errno.fileExists) { try FileSystem.link(a, as: b) }
    try FileSystem.rename(a, to: b)
    #expect(try FileDescriptor.readAll(b) == Array("new".utf8))
    #expect(throws: Errno.self) { try FileSystem.status(a) }
  }

  @Test("the compute protocol over descriptors reports a failed read or write with its reason")
  func computeOverDescriptors() throws {
    let path = scratchPath("compute")
    defer { try? FileSystem.remove(path) }
    let file = try FileDescriptor.open(path, .writeOnly, options: [.create, .truncate])
    try file.writeAll(#"{"op": "bilinear_kernel", "size": 2, "style": "fcn"}"# + "\n")
    try file.close()

    // Reading a descriptor opened only for writing fails with EBADF.
    let writeOnly = try FileDescriptor.open(path, .writeOnly)
    defer { try? writeOnly.close() }
    var badSource = FileDescriptorSource(writeOnly)
    var memory = BytesSink()
    let readSummary = ComputeProtocol.run(input: &badSource, output: &memory)
    #expect(readSummary.ioFailure == "Cannot read the requests: bad file descriptor.")

    let readOnly = try FileDescriptor.open(path, .readOnly)
    defer { try? readOnly.close() }
    var source = FileDescriptorSource(readOnly)
    var badSink = FileDescriptorSink(readOnly)
    let writeSummary = ComputeProtocol.run(input: &source, output: &badSink)
    #expect(writeSummary.ioFailure == "Cannot write the answers: bad file descriptor.")
    #expect(badSink.error == .badFileDescriptor)
  }

  @Test("a shell command's exit status comes back as a number")
  func shell() {
    #expect(CurrentProcess.runShell("true") == 0)
    #expect(CurrentProcess.runShell("exit 3") == 3)
    #expect(CurrentProcess.runShell("kill -KILL $$") == 128 + 9)
  }

  @Test("the environment is read here and handed on as plain values")
  func environment() {
    #expect(CurrentProcess.environment("CONVSCOPE_SURELY_UNSET_VARIABLE") == nil)
    let all = CurrentProcess.environment
    if let path = all["PATH"] { #expect(CurrentProcess.environment("PATH") == path) }
  }
}
