import ConvArithmetic
import ConvJSON
import ConvMessages
import Dispatch
import Synchronization

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
  /// The longest request line accepted (``Limits/maxLineBytes``).
  public static let maxLineBytes = Limits.maxLineBytes
  /// How much input is read at a time.
  static let chunkSize = 1 << 20
  /// Output is handed to the sink once this much has gathered, or when input runs dry,
  /// so memory holds about this much plus one answer, however many answers a chunk has.
  static let flushThreshold = 1 << 20
  /// The output the pieces of a parallel step may hold together before the reading thread
  /// takes over the rest, writing as it goes: memory follows this plus one answer per thread,
  /// however large the answers.
  static let heldOutputLimit = 8 << 20
  /// Below this many bytes of complete lines, splitting the work across threads is not worth it.
  static let parallelThreshold = 1 << 16
  /// The size of one piece of a parallel step: a 1 MB chunk gives the threads sixteen.
  static let pieceBytes = 1 << 16

  /// Answers a single line, through the same session code as ``run(input:output:maxLineBytes:parallel:)``.
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
  public static func run(_ input: [UInt8], maxLineBytes: Int = maxLineBytes, parallel: Bool = true)
    -> (
      output: [UInt8], summary: ComputeSummary
    )
  {
    var source = BytesSource(input)
    var sink = BytesSink()
    let summary = run(input: &source, output: &sink, maxLineBytes: maxLineBytes, parallel: parallel)
    return (sink.bytes, summary)
  }

  /// Answers every line of an in-memory batch held as text.
  public static func run(_ input: String, parallel: Bool = true) -> (
    output: String, summary: ComputeSummary
  ) {
    let (bytes, summary) = run(Array(input.utf8), parallel: parallel)
    return (String(decoding: bytes, as: UTF8.self), summary)
  }

  /// Streams requests from `input` to answers on `output` until the input ends.
  ///
  /// Output is flushed whenever the input has no complete line left, so a
  /// program that writes one request and waits for its answer never stalls.
  /// With `parallel`, a large run of complete lines is split in two halves
  /// answered on two threads; the answers still come out in input order,
  /// byte for byte the same as a serial run.
  ///
  /// Error answers and I/O failures are worded in `language`.
  public static func run(
    input: inout some ByteSource, output: inout some ByteSink, maxLineBytes: Int = maxLineBytes,
    parallel: Bool = true, language: Language = .english
  ) -> ComputeSummary {
    stream(
      input: &input, output: &output, maxLineBytes: maxLineBytes, parallel: parallel,
      language: language, heldOutputLimit: heldOutputLimit)
  }

  /// ``run(input:output:maxLineBytes:parallel:language:)`` with the output limit of a
  /// parallel piece chosen, so tests can make pieces stop early.
  static func stream(
    input: inout some ByteSource, output: inout some ByteSink, maxLineBytes: Int,
    parallel: Bool, language: Language, heldOutputLimit: Int
  ) -> ComputeSummary {
    var runner = LineRunner(maxLineBytes: maxLineBytes, parallel: parallel)
    runner.heldOutputLimit = heldOutputLimit
    runner.session.language = language
    var ioFailure: String?
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }

    while true {
      let count = input.read(into: chunk)
      if count < 0 {
        ioFailure = Message.io(.cannotReadRequests(reason: input.failure)).text(in: language)
        break
      }
      if count == 0 {
        runner.finish()
        break
      }
      let consumed = runner.consume(
        UnsafeBufferPointer(
          start: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count),
        output: &output)
      // The next read may block: hand over what is answered so far.
      if !consumed || !runner.flush(to: &output) {
        ioFailure = Message.io(.cannotWriteAnswers(reason: output.failure)).text(in: language)
        break
      }
    }
    if ioFailure == nil && !runner.flush(to: &output) {
      ioFailure = Message.io(.cannotWriteAnswers(reason: output.failure)).text(in: language)
    }
    return ComputeSummary(
      answered: runner.session.answered, errors: runner.session.errors, ioFailure: ioFailure)
  }
}

/// Splits incoming bytes into lines and feeds them to a session, holding only an unfinished line.
struct LineRunner {
  var session = ComputeSession()
  /// One session per piece of a parallel step, kept so their buffers are reused; empty between steps.
  var workers: [ComputeSession] = []
  /// The pieces stop answering once they hold this much output between them.
  var heldOutputLimit = ComputeProtocol.heldOutputLimit
  let maxLineBytes: Int
  let parallel: Bool
  /// The start of a line whose newline has not arrived yet.
  var pending: [UInt8] = []
  /// The current line is already too long: its bytes are dropped until its newline.
  var skippingLongLine = false
  /// Physical lines seen so far, blank ones included.
  var lineNumber = 0

  init(maxLineBytes: Int, parallel: Bool) {
    self.maxLineBytes = maxLineBytes
    self.parallel = parallel
  }

  /// Answers the complete lines in `bytes`, writing answers to `output` as they pile up;
  /// false when writing failed (the rest is then left unanswered).
  mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>, output: inout some ByteSink) -> Bool {
    let base = bytes.baseAddress!
    var start = 0
    // Finish the line that the previous chunk left open.
    if !pending.isEmpty || skippingLongLine {
      guard let newline = Self.firstNewline(in: UnsafeBufferPointer(rebasing: bytes[0...])) else {
        hold(bytes)
        return true
      }
      let piece = UnsafeBufferPointer(rebasing: bytes[0..<newline])
      lineNumber += 1
      if skippingLongLine || pending.count + piece.count > maxLineBytes {
        session.answerTooLong(lineNumber: lineNumber, limit: maxLineBytes)
      } else {
        pending.append(contentsOf: piece)
        let lineNumber = lineNumber
        pending.withUnsafeBufferPointer { _ = session.answer(line: $0, lineNumber: lineNumber) }
      }
      skippingLongLine = false
      pending.removeAll(keepingCapacity: pending.count <= ComputeProtocol.chunkSize)
      start = newline + 1
    }
    // Every complete line left in this chunk.
    var end = bytes.count
    while end > start && base[end - 1] != 0x0A { end -= 1 }
    if end > start {
      guard answerLines(UnsafeBufferPointer(rebasing: bytes[start..<end]), output: &output) else {
        return false
      }
    }
    if end < bytes.count {
      hold(UnsafeBufferPointer(rebasing: bytes[end...]))
    }
    return true
  }

  /// Answers the last line when the input ends without a newline.
  mutating func finish() {
    guard !pending.isEmpty || skippingLongLine else { return }
    lineNumber += 1
    if skippingLongLine {
      session.answerTooLong(lineNumber: lineNumber, limit: maxLineBytes)
    } else {
      let lineNumber = lineNumber
      pending.withUnsafeBufferPointer { _ = session.answer(line: $0, lineNumber: lineNumber) }
    }
    pending = []
    skippingLongLine = false
  }

  mutating func flush(to output: inout some ByteSink) -> Bool {
    guard session.writer.count > 0 else { return true }
    let ok = session.writer.withUnsafeBytes { output.write($0) }
    session.writer.removeAll()
    return ok
  }

  /// Keeps the start of an unfinished line, unless it has grown past the limit.
  private mutating func hold(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !skippingLongLine else { return }
    if pending.count + bytes.count > maxLineBytes {
      skippingLongLine = true
      pending = []
    } else {
      pending.append(contentsOf: bytes)
    }
  }

  /// Answers complete lines (the region ends with a newline), on every core when it is large;
  /// false when writing the answers failed.
  ///
  /// A large region is cut at newlines into pieces of about ``ComputeProtocol/pieceBytes``,
  /// more pieces than threads, which the threads take one at a time as they finish: answers
  /// cost from a few to a few hundred microseconds, so two fixed halves finished far apart.
  /// Each piece is answered into its own session; only this thread writes, in input order.
  private mutating func answerLines<Sink: ByteSink>(
    _ region: UnsafeBufferPointer<UInt8>, output: inout Sink
  ) -> Bool {
    let limit = maxLineBytes
    let pieces = parallel ? Self.pieces(of: region) : []
    guard pieces.count > 1 else {
      let (last, _, ok) = withUnsafeMutablePointer(to: &output) { sink in
        Self.answer(region, from: lineNumber, limit: limit, into: &session, output: sink)
      }
      lineNumber = last
      return ok
    }
    // Answers already held (the line a previous chunk left open) come before these.
    guard Self.drain(&session.writer, to: &output) else { return false }
    while workers.count < pieces.count {
      workers.append(ComputeSession(language: session.language))
    }
    var firstLines: [Int] = []
    var line = lineNumber
    for piece in pieces {
      firstLines.append(line)
      line += Self.countNewlines(UnsafeBufferPointer(rebasing: region[piece]))
    }
    var ends = [Int](repeating: 0, count: pieces.count)
    let budget = OutputBudget(limit: heldOutputLimit)
    workers.withUnsafeMutableBufferPointer { sessions in
      ends.withUnsafeMutableBufferPointer { ends in
        let work = ParallelWork(
          region: region, pieces: pieces, firstLines: firstLines, sessions: sessions, ends: ends)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
          let piece = UnsafeBufferPointer(rebasing: work.region[work.pieces[index]])
          work.ends[index] =
            Self.answer(
              piece, from: work.firstLines[index], limit: limit, into: &work.sessions[index],
              output: UnsafeMutablePointer<Sink>?.none, budget: budget
            ).end
        }
      }
    }
    for index in pieces.indices {
      guard Self.drain(&workers[index].writer, to: &output) else { return false }
      session.absorb(&workers[index])
      let piece = UnsafeBufferPointer(rebasing: region[pieces[index]])
      guard ends[index] < piece.count else { continue }
      // The piece stopped at its output limit: answer the rest here, writing as it goes.
      let resumeLine =
        firstLines[index] + Self.countNewlines(UnsafeBufferPointer(rebasing: piece[..<ends[index]]))
      let (_, _, ok) = withUnsafeMutablePointer(to: &output) { sink in
        Self.answer(
          UnsafeBufferPointer(rebasing: piece[ends[index]...]), from: resumeLine, limit: limit,
          into: &session, output: sink)
      }
      guard ok, Self.drain(&session.writer, to: &output) else { return false }
    }
    lineNumber = line
    return true
  }

  /// Cuts `region` just after newlines into pieces of about ``ComputeProtocol/pieceBytes``
  /// each (the last may be shorter); one piece when the region is small.
  private static func pieces(of region: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    guard region.count >= ComputeProtocol.parallelThreshold else { return [] }
    var pieces: [Range<Int>] = []
    var start = 0
    while start < region.count {
      let target = start + ComputeProtocol.pieceBytes
      guard target < region.count,
        let found = firstNewline(in: UnsafeBufferPointer(rebasing: region[target...]))
      else {
        pieces.append(start..<region.count)
        break
      }
      pieces.append(start..<(target + found + 1))
      start = target + found + 1
    }
    return pieces
  }

  /// Hands everything in `writer` to `output` and empties it; false when writing failed.
  private static func drain(_ writer: inout JSONWriter, to output: inout some ByteSink) -> Bool {
    guard writer.count > 0 else { return true }
    let ok = writer.withUnsafeBytes { output.write($0) }
    writer.removeAll()
    return ok
  }

  /// Answers each newline-terminated line of `region` in order.
  ///
  /// Whenever the session holds ``ComputeProtocol/flushThreshold`` bytes of answers,
  /// they are written to `output` (stopping on failure); without an output, answering
  /// stops before a line once `budget` is spent. Returns the line number of the last line
  /// answered, the offset just past it, and false when writing failed.
  private static func answer<Sink: ByteSink>(
    _ region: UnsafeBufferPointer<UInt8>, from firstLine: Int, limit: Int,
    into session: inout ComputeSession, output: UnsafeMutablePointer<Sink>?,
    budget: OutputBudget? = nil
  ) -> (last: Int, end: Int, ok: Bool) {
    var lineNumber = firstLine
    var start = 0
    let base = region.baseAddress!
    while start < region.count,
      let found = NewlineScan.first(
        in: UnsafeBufferPointer(start: base + start, count: region.count - start))
    {
      if let budget, budget.isSpent { break }
      let before = session.writer.count
      let end = start + found
      lineNumber += 1
      if end - start > limit {
        session.answerTooLong(lineNumber: lineNumber, limit: limit)
      } else {
        _ = session.answer(
          line: UnsafeBufferPointer(rebasing: region[start..<end]), lineNumber: lineNumber)
      }
      start = end + 1
      if let output, session.writer.count >= ComputeProtocol.flushThreshold {
        guard drain(&session.writer, to: &output.pointee) else { return (lineNumber, start, false) }
      } else if let budget {
        budget.spend(session.writer.count - before)
      }
    }
    return (lineNumber, start, true)
  }

  private static func firstNewline(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    NewlineScan.first(in: bytes)
  }

  private static func countNewlines(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    NewlineScan.count(in: bytes)
  }
}

/// The output the pieces of a parallel step hold between them, shared by the threads.
private final class OutputBudget: Sendable {
  let limit: Int
  private let held = Atomic<Int>(0)

  init(limit: Int) { self.limit = limit }

  /// Whether the pieces together hold the limit or more.
  var isSpent: Bool { held.load(ordering: .relaxed) >= limit }

  func spend(_ bytes: Int) { held.add(bytes, ordering: .relaxed) }
}

/// The pieces of a parallel step and the sessions that answer them.
///
/// Each iteration touches only its own session and result slot and reads only its own
/// piece of the input chunk, which stays alive until every piece is done.
private struct ParallelWork: @unchecked Sendable {
  let region: UnsafeBufferPointer<UInt8>
  let pieces: [Range<Int>]
  let firstLines: [Int]
  let sessions: UnsafeMutableBufferPointer<ComputeSession>
  let ends: UnsafeMutableBufferPointer<Int>
}
