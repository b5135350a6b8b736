import ConvCompute

/// Reads an open file descriptor, such as standard input, for the compute protocol.
public struct FileDescriptorSource: ByteSource {
  public let descriptor: FileDescriptor
  /// Why the last read failed.
  public private(set) var error: Errno?

  public init(_ descriptor: FileDescriptor = .standardInput) {
    self.descriptor = descriptor
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    do throws(Errno) {
      return try descriptor.read(into: buffer)
    } catch {
      self.error = error
      return -1
    }
  }

  public var failure: String? { error?.description }
}

/// Writes an open file descriptor, such as standard output, for the compute protocol.
public struct FileDescriptorSink: ByteSink {
  public let descriptor: FileDescriptor
  /// Why the last write failed.
  public private(set) var error: Errno?

  public init(_ descriptor: FileDescriptor = .standardOutput) {
    self.descriptor = descriptor
  }

  public mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    do throws(Errno) {
      try descriptor.writeAll(bytes)
      return true
    } catch {
      self.error = error
      return false
    }
  }

  public var failure: String? { error?.description }
}
