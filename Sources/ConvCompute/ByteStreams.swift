/// Where the compute protocol reads request bytes from.
///
/// The protocol itself never touches the system: a file descriptor becomes a source in
/// ConvTerminal, and tests use ``BytesSource``.
public protocol ByteSource {
  /// Fills the front of `buffer`; returns the count read, 0 at the end, or -1 after a failure.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
  /// Why the last read failed, in words that fit in a sentence ("input/output error").
  var failure: String? { get }
}

/// Where the compute protocol writes answer bytes to.
public protocol ByteSink {
  /// Writes every byte; returns false after a failure.
  mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool
  /// Why the last write failed, in words that fit in a sentence ("no space left on device").
  var failure: String? { get }
}

extension ByteSource {
  /// Memory never fails to read.
  public var failure: String? { nil }
}

extension ByteSink {
  /// Memory never fails to take bytes.
  public var failure: String? { nil }
}

/// Reads bytes held in memory, in chunks of at most `chunkSize` (to exercise line splitting).
public struct BytesSource: ByteSource {
  public let bytes: [UInt8]
  public var position = 0
  public var chunkSize: Int

  public init(_ bytes: [UInt8], chunkSize: Int = Int.max) {
    self.bytes = bytes
    self.chunkSize = max(1, chunkSize)
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    let count = min(buffer.count, bytes.count - position, chunkSize)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
    }
    position += count
    return count
  }
}

/// Collects written bytes in memory.
public struct BytesSink: ByteSink {
  public var bytes: [UInt8] = []

  public init() {}

  public mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    self.bytes.append(contentsOf: bytes)
    return true
  }
}
