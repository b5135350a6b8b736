import ConvArithmetic
import ConvJSON
import ConvMessages

/// Answers request lines one at a time, appending each answer line to ``writer``.
///
/// A session is the single code path behind `convscope compute`, its tests
/// and the benchmark: ``ComputeProtocol`` only splits input into lines and
/// moves bytes.
public struct ComputeSession {
  /// The answer lines written so far (each ends with a newline); the streaming runner drains it.
  public var writer = JSONWriter(capacity: 1 << 20)
  /// How many request lines got an answer (blank lines are not counted).
  public private(set) var answered = 0
  /// How many of those answers were errors.
  public private(set) var errors = 0
  /// Whether grids are read straight into storage; off only in tests that compare both ways.
  var fastGrids = true
  /// The language of the error sentences; English unless `compute --lang` asks otherwise.
  public var language: Language

  public init(language: Language = .english) {
    self.language = language
  }

  /// Appends another session's answers and counts after this one's, leaving the other empty.
  public mutating func absorb(_ other: inout ComputeSession) {
    other.writer.withUnsafeBytes { writer.writeBytes($0.assumingMemoryBound(to: UInt8.self)) }
    other.writer.removeAll()
    answered += other.answered
    errors += other.errors
    other.answered = 0
    other.errors = 0
  }

  /// Answers one line (without its newline) and returns whether the answer was an error.
  ///
  /// A line holding nothing but whitespace (spaces, tabs, a trailing `\r`) is
  /// not a request: it gets no answer, and the result is `nil`. `lineNumber`
  /// counts every physical line from 1, blank ones included, and only words
  /// error sentences; a UTF-8 byte order mark at the start of line 1 is skipped.
  public mutating func answer(line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Bool? {
    var line = line
    // Windows editors start UTF-8 files with a byte order mark; it is not part of the request.
    if lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
      line = UnsafeBufferPointer(rebasing: line[3...])
    }
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
    answered += 1
    do throws(ComputeError) {
      let request = try Self.decode(line, lineNumber: lineNumber, fastGrids: fastGrids)
      try write(try request.compute())
      return false
    } catch {
      errors += 1
      writer.writeError(error.message.text(in: language))
      writer.writeByte(0x0A)
      return true
    }
  }

  /// Parses and decodes one request line, reading grids straight into storage when it can.
  static func decode(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, fastGrids: Bool = true)
    throws(ComputeError)
    -> ComputeRequest
  {
    var reader = JSONReader(bytes: line)
    var members: [(key: String, value: RequestValue)]?
    do {
      if fastGrids { members = try reader.readRequestObject() }
    } catch {
      throw ComputeError(
        .notJSON(line: lineNumber, problem: error.problem, column: error.offset + 1))
    }
    if let members { return try ComputeRequest(members: members) }
    // Not an object: parse it generally to say what it is, or why it is not JSON.
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      throw ComputeError(
        .notJSON(line: lineNumber, problem: error.problem, column: error.offset + 1))
    }
    return try ComputeRequest(json: value, lineNumber: lineNumber)
  }

  /// Answers a line that got too long to hold; the runner calls this instead of ``answer(line:lineNumber:)``.
  public mutating func answerTooLong(lineNumber: Int, limit: Int) {
    answered += 1
    errors += 1
    writer.writeError(
      Message.request(.lineTooLong(line: lineNumber, limit: limit)).text(in: language))
    writer.writeByte(0x0A)
  }

  private mutating func write(_ answer: ComputeAnswer) throws(ComputeError) {
    if let layers = answer.layers {
      writer.writeFields(layers)
      writer.writeByte(0x0A)
      return
    }
    if let payload = answer.payload { return try payload.write(to: &writer) }
    // JSON has no infinity or NaN, and huge inputs can overflow a sum.
    let finite = answer.output.storage.withUnsafeBufferPointer { cells in
      cells.allSatisfy { $0.isFinite }
    }
    guard finite else {
      throw ComputeError(.notFinite)
    }
    writer.writeRaw("{\"output\": ")
    writer.writeGrid(answer.output)
    if let indices = answer.indices {
      writer.writeRaw(", \"indices\": ")
      writer.writeGrid(indices)
    }
    writer.writeRaw("}\n")
  }
}
