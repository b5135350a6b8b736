#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// Where the compute protocol reads request bytes from.
public protocol ByteSource {
  /// Fills the front of `buffer`; returns the count read, 0 at the end, or -1 after a failure.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int
}

/// Where the compute protocol writes answer bytes to.
public protocol ByteSink {
  /// Writes every byte; returns false after a failure.
  mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool
}

/// Reads an open file descriptor, such as standard input (0), with plain `read(2)` calls.
public struct FileDescriptorSource: ByteSource {
  public let descriptor: Int32

  public init(descriptor: Int32 = 0) {
    self.descriptor = descriptor
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    while true {
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      if errno != EINTR { return -1 }
    }
  }
}

/// Writes an open file descriptor, such as standard output (1), retrying short writes.
public struct FileDescriptorSink: ByteSink {
  public let descriptor: Int32

  public init(descriptor: Int32 = 1) {
    self.descriptor = descriptor
  }

  public mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
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

// File-scope wrappers, because inside the types above `read` and `write` name their own methods.
@inline(__always) private func systemRead(
  _ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int
) -> Int {
  read(fd, buffer, count)
}

@inline(__always) private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int)
  -> Int
{
  write(fd, buffer, count)
}
