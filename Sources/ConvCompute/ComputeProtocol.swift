#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// What a run of the protocol did, and the exit status it calls for.
public struct ComputeSummary: Equatable, Sendable {
  /// Request lines answered (blank lines are skipped and not counted).
  public var answered: Int
  /// Answers that were errors.
  public var errors: Int
  /// A sentence when reading the input or writing the output failed; the run stops there.
  public var ioFailure: String?

  public init(answered: Int, errors: Int, ioFailure: String? = nil) {
    self.answered = answered
    self.errors = errors
    self.ioFailure = ioFailure
  }

  /// 1 if any line got an error or the I/O failed, else 0.
  public var exitStatus: Int32 { errors > 0 || ioFailure != nil ? 1 : 0 }
}

/// The JSON Lines compute protocol: one answer line per request line, in order.
///
///     let (output, summary) = ComputeProtocol.run(#"{"op": "bilinear_kernel", "size": 2, "style": "fcn"}"# + "\n")
///     // output == "{\"output\": [[0.25, 0.25], [0.25, 0.25]]}\n", summary.exitStatus == 0
///
/// Blank lines (empty or only whitespace) are skipped: they get no answer
/// line, so a trailing newline or a spacer line never produces a stray
/// error. A line longer than ``maxLineBytes`` is answered with an error
/// without being held in memory.
public enum ComputeProtocol {
  /// The longest request line accepted: room for a grid at `Limits.maxCells`-scale sizes.
  public static let maxLineBytes = 1 << 26
  /// How much input is read at a time.
  static let chunkSize = 1 << 20
  /// Output is handed to the sink once this much has gathered, or when input runs dry.
  static let flushThreshold = 1 << 20

  /// Answers a single line, through the same session code as ``run(input:output:)``.
  ///
  /// Returns nil for a blank line, which gets no answer.
  public static func answer(line: String, lineNumber: Int = 1) -> (json: String, isError: Bool)? {
    var session = ComputeSession()
    var text = line
    let isError = text.withUTF8 { session.answer(line: $0, lineNumber: lineNumber) }
    guard let isError else { return nil }
    var bytes = session.writer.bytes
    if bytes.last == 0x0A { bytes.removeLast() }
    return (String(decoding: bytes, as: UTF8.self), isError)
  }

  /// Answers every line of an in-memory batch.
  public static func run(_ input: [UInt8], maxLineBytes: Int = maxLineBytes) -> (
    output: [UInt8], summary: ComputeSummary
  ) {
    var source = BytesSource(input)
    var sink = BytesSink()
    let summary = run(input: &source, output: &sink, maxLineBytes: maxLineBytes)
    return (sink.bytes, summary)
  }

  /// Answers every line of an in-memory batch held as text.
  public static func run(_ input: String) -> (output: String, summary: ComputeSummary) {
    let (bytes, summary) = run(Array(input.utf8))
    return (String(decoding: bytes, as: UTF8.self), summary)
  }

  /// Streams requests from `input` to answers on `output` until the input ends.
  ///
  /// Output is flushed whenever the input has no complete line left, so a
  /// program that writes one request and waits for its answer never stalls.
  public static func run(
    input: inout some ByteSource, output: inout some ByteSink, maxLineBytes: Int = maxLineBytes
  ) -> ComputeSummary {
    var session = ComputeSession()
    var pending: [UInt8] = []
    var skippingLongLine = false
    var lineNumber = 0
    var ioFailure: String?
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }

    func flush() -> Bool {
      guard session.writer.count > 0 else { return true }
      let ok = session.writer.withUnsafeBytes { output.write($0) }
      session.writer.removeAll()
      return ok
    }

    func finishLine(_ line: UnsafeBufferPointer<UInt8>) {
      lineNumber += 1
      if skippingLongLine {
        skippingLongLine = false
        session.answerTooLong(lineNumber: lineNumber, limit: maxLineBytes)
      } else {
        _ = session.answer(line: line, lineNumber: lineNumber)
      }
    }

    reading: while true {
      let count = input.read(into: chunk)
      if count < 0 {
        ioFailure = "Reading the requests failed: \(String(cString: strerror(errno)))."
        break
      }
      if count == 0 {
        // The last line may lack its newline.
        if skippingLongLine || !pending.isEmpty {
          pending.withUnsafeBufferPointer { finishLine($0) }
          pending = []
        }
        break
      }
      let bytes = UnsafeBufferPointer(
        start: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
      var start = 0
      while start < count,
        let found = memchr(bytes.baseAddress! + start, 0x0A, count - start)
      {
        let end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if skippingLongLine {
          finishLine(piece)
        } else if pending.count + piece.count > maxLineBytes {
          skippingLongLine = true
          pending = []
          finishLine(piece)
        } else if pending.isEmpty {
          finishLine(piece)
        } else {
          pending.append(contentsOf: piece)
          pending.withUnsafeBufferPointer { finishLine($0) }
          pending.removeAll(keepingCapacity: pending.count <= chunkSize)
        }
        start = end + 1
        if session.writer.count >= flushThreshold && !flush() {
          ioFailure = "Writing the answers failed: \(String(cString: strerror(errno)))."
          break reading
        }
      }
      if start < count && !skippingLongLine {
        if pending.count + (count - start) > maxLineBytes {
          skippingLongLine = true
          pending = []
        } else {
          pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<count]))
        }
      }
      // The next read may block: hand over what is answered so far.
      if !flush() {
        ioFailure = "Writing the answers failed: \(String(cString: strerror(errno)))."
        break
      }
    }
    if ioFailure == nil && !flush() {
      ioFailure = "Writing the answers failed: \(String(cString: strerror(errno)))."
    }
    return ComputeSummary(answered: session.answered, errors: session.errors, ioFailure: ioFailure)
  }
}
