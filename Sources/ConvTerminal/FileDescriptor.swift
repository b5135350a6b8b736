#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// A system error number, carried as a value rather than read from `errno` later.
///
///     Errno(rawValue: ENOSPC).description  // "no space left on device"
public struct Errno: Error, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: Int32

  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// The error number the last failed system call left.
  public static var current: Errno { Errno(rawValue: errno) }

  public static var interrupted: Errno { Errno(rawValue: EINTR) }
  public static var fileExists: Errno { Errno(rawValue: EEXIST) }
  public static var isDirectory: Errno { Errno(rawValue: EISDIR) }
  public static var fileNameTooLong: Errno { Errno(rawValue: ENAMETOOLONG) }
  public static var tooManySymbolicLinkLevels: Errno { Errno(rawValue: ELOOP) }
  public static var badFileDescriptor: Errno { Errno(rawValue: EBADF) }

  /// The meaning in lower case, as it reads inside a sentence ("no space left on device").
  public var description: String {
    let text = String(cString: strerror(rawValue))
    guard let first = text.first else { return "error \(rawValue)" }
    return first.lowercased() + text.dropFirst()
  }
}

/// An open file descriptor: a thin, typed wrapper over read(2), write(2) and close(2),
/// modelled on swift-system's `FileDescriptor`.
///
///     let file = try FileDescriptor.open("out.txt", .writeOnly, options: [.create, .exclusiveCreate])
///     try file.writeAll(Array("hello\n".utf8))
///     try file.close()
///
/// Reads and writes retry when a signal interrupts them; ``writeAll(_:)-(UnsafeRawBufferPointer)``
/// also retries short writes, so it returns only when every byte is written or a real error occurs.
public struct FileDescriptor: Hashable, Sendable {
  public let rawValue: Int32

  public init(rawValue: Int32) { self.rawValue = rawValue }

  public static let standardInput = FileDescriptor(rawValue: 0)
  public static let standardOutput = FileDescriptor(rawValue: 1)
  public static let standardError = FileDescriptor(rawValue: 2)

  /// Whether a file is opened for reading, writing or both.
  public enum AccessMode: Sendable {
    case readOnly, writeOnly, readWrite

    var flags: Int32 {
      switch self {
      case .readOnly: return O_RDONLY
      case .writeOnly: return O_WRONLY
      case .readWrite: return O_RDWR
      }
    }
  }

  /// How `open` treats a file that is missing or already there.
  public struct OpenOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Creates the file when it is missing.
    public static let create = OpenOptions(rawValue: O_CREAT)
    /// With `create`: fails with EEXIST when the name is taken (even by a dangling link).
    public static let exclusiveCreate = OpenOptions(rawValue: O_EXCL)
    /// Empties an existing file.
    public static let truncate = OpenOptions(rawValue: O_TRUNC)
  }

  /// Opens `path`; the descriptor is never inherited by programs this process starts.
  public static func open(
    _ path: String, _ mode: AccessMode, options: OpenOptions = [], permissions: UInt32 = 0o644
  ) throws(Errno) -> FileDescriptor {
    while true {
      let fd = systemOpen(path, mode.flags | options.rawValue | O_CLOEXEC, mode_t(permissions))
      if fd >= 0 { return FileDescriptor(rawValue: fd) }
      let code = Errno.current
      if code != .interrupted { throw code }
    }
  }

  /// Reads into the front of `buffer`: the count read, 0 at the end of the file.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
    while true {
      let count = systemRead(rawValue, buffer.baseAddress, buffer.count)
      if count >= 0 { return count }
      let code = Errno.current
      if code != .interrupted { throw code }
    }
  }

  /// Writes every byte, retrying short and interrupted writes.
  public func writeAll(_ bytes: UnsafeRawBufferPointer) throws(Errno) {
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(rawValue, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        let code = Errno.current
        if code == .interrupted { continue }
        throw code
      }
      offset += written
    }
  }

  /// Writes every byte of `bytes`.
  public func writeAll(_ bytes: [UInt8]) throws(Errno) {
    let failure: Errno? = bytes.withUnsafeBytes { buffer in
      do throws(Errno) {
        try writeAll(buffer)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// Writes the text's UTF-8 bytes.
  public func writeAll(_ text: String) throws(Errno) {
    var text = text
    let failure: Errno? = text.withUTF8 { buffer in
      do throws(Errno) {
        try writeAll(UnsafeRawBufferPointer(buffer))
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// Closes the descriptor; a failure here can mean that earlier writes were lost (NFS, full disks).
  public func close() throws(Errno) {
    if systemClose(rawValue) != 0 { throw Errno.current }
  }

  /// Sets the permission bits, as a replaced file had them.
  public func setPermissions(_ mode: UInt32) throws(Errno) {
    if fchmod(rawValue, mode_t(mode)) != 0 { throw Errno.current }
  }

  /// Sets the owner and group, where the process is allowed to.
  public func setOwner(user: UInt32, group: UInt32) throws(Errno) {
    if fchown(rawValue, uid_t(user), gid_t(group)) != 0 { throw Errno.current }
  }

  /// Whether the descriptor is a terminal.
  public var isTerminal: Bool { isatty(rawValue) == 1 }

  /// Reads the whole file at `path`, at most `limit` bytes (then it throws EFBIG).
  public static func readAll(_ path: String, limit: Int = 1 << 30) throws(Errno) -> [UInt8] {
    let file = try open(path, .readOnly)
    defer { try? file.close() }
    var bytes: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
    defer { chunk.deallocate() }
    while true {
      let count = try file.read(into: chunk)
      if count == 0 { return bytes }
      if bytes.count + count > limit { throw Errno(rawValue: EFBIG) }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
    }
  }
}

// File-scope names, because inside FileDescriptor `open`, `read`, `write` and `close` name its own methods.
@inline(__always) private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}

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

@inline(__always) private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
