import ConvMessages

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why output could not be written: the system's reason (errno) and where.
///
///     WriteError(path: "/mnt/full/a.txt", code: ENOSPC).sentence
///     // "Cannot write the export to '/mnt/full/a.txt': no space left on device."
public struct WriteError: Error, CustomStringConvertible, Sendable {
  /// The file, or nil for standard output.
  public var path: String?
  /// The errno value, or 0 when `reason` says it.
  public var code: Int32
  /// A reason of convscope's own, used when `code` is 0.
  public var reason: WriteReason

  public init(path: String?, code: Int32) {
    self.path = path
    self.code = code
    self.reason = .system("")
  }

  public init(path: String?, reason: WriteReason) {
    self.path = path
    self.code = 0
    self.reason = reason
  }

  /// Why, as a message value: the errno's meaning, or convscope's own reason.
  public var why: WriteReason { code == 0 ? reason : .system(meaning) }

  /// The errno's meaning in lower case, as it reads inside a sentence ("no space left on device").
  var meaning: String {
    let text = String(cString: strerror(code))
    guard let first = text.first else { return "error \(code)" }
    return first.lowercased() + text.dropFirst()
  }

  /// One sentence naming the path (cut short when long) and the reason.
  public var sentence: String {
    Message.io(.cannotWriteExport(path: path.map(EchoedValue.quoted), reason: why)).text()
  }

  public var description: String { sentence }
}

/// How a value the user typed is shown inside a message: quoted, at most about 40
/// characters (then "…"), newlines and other control characters escaped, and an
/// empty value named as such.
///
///     EchoedValue.quoted("")        // "an empty value"
///     EchoedValue.quoted("a\nb")    // "'a\\nb'"
public enum EchoedValue {
  /// The longest value shown whole.
  public static let limit = 40

  /// The value in single quotes, escaped and shortened; "an empty value" when it is empty.
  public static func quoted(_ value: String) -> String {
    value.isEmpty ? "an empty value" : "'\(shown(value))'"
  }

  /// The value escaped and shortened, without quotes.
  public static func shown(_ value: String) -> String {
    var text = ""
    var count = 0
    for character in value {
      if count >= limit {
        text += "…"
        break
      }
      text += escaped(character)
      count += 1
    }
    return text
  }

  /// The text with newlines, tabs and other control characters written as escapes, so it stays on one line.
  public static func escapingControls(_ text: String) -> String {
    text.map(escaped).joined()
  }

  private static func escaped(_ character: Character) -> String {
    switch character {
    case "\n": return "\\n"
    case "\r\n": return "\\r\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    default:
      guard character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
      else { return String(character) }
      return character.unicodeScalars.map { scalar in
        scalar.value < 0x20 || scalar.value == 0x7F
          ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
      }.joined()
    }
  }
}

// A file-scope name, because inside OutputFile `close` names its own method.
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }

/// Writes every byte to a file descriptor, retrying short and interrupted writes.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
  var offset = 0
  while offset < bytes.count {
    let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
    if written < 0 {
      if errno == EINTR { continue }
      return errno
    }
    offset += written
  }
  return nil
}

/// Standard output as an export destination: every failed write becomes a ``WriteError``.
public struct StandardOutput {
  public init() {}

  /// Writes the text whole, or throws the system's reason.
  public func write(_ text: String) throws(WriteError) {
    var text = text
    let failure = text.withUTF8 { writeAll(1, UnsafeRawBufferPointer($0)) }
    if let failure { throw WriteError(path: nil, code: failure) }
  }
}

/// A file written whole or not at all: a temporary file beside it, renamed into place.
///
/// ```swift
/// var file = try OutputFile(replacing: "frames.txt")
/// try file.write("…")
/// try file.commit()
/// ```
///
/// The temporary file is removed when writing fails, when the file is abandoned,
/// and when SIGINT, SIGTERM, SIGHUP or SIGQUIT ends the process midway. Replacing
/// a file keeps its permission bits (and owner, where allowed); a symbolic link is
/// followed, so its target is replaced and the link stays a link.
public struct OutputFile {
  /// Where the file lands (the symbolic link's target when the path names a link).
  public let destination: String
  /// The path as the user gave it, for messages.
  public let path: String
  private let temporary: String
  private var fd: Int32
  /// Bytes written so far.
  public private(set) var size = 0

  /// Starts a file that will replace `path` when committed.
  public init(replacing path: String) throws(WriteError) {
    guard !path.isEmpty else {
      throw WriteError(path: path, reason: .notAFileName)
    }
    self.path = path
    var existing = stat()
    let exists = stat(path, &existing) == 0
    if exists && (existing.st_mode & S_IFMT) == S_IFDIR {
      throw WriteError(path: path, code: EISDIR)
    }
    if exists && (existing.st_mode & S_IFMT) != S_IFREG {
      // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced:
      // renaming a file over it would destroy the device node.
      destination = path
      temporary = ""
      fd = open(path, O_WRONLY | O_CLOEXEC)
      if fd < 0 { throw WriteError(path: path, code: errno) }
      return
    }
    destination = try Self.resolve(path)
    (temporary, fd) = try Self.createTemporary(beside: destination, userPath: path)
    if exists {
      // A new file would get the umask's permissions; the file it replaces had its own.
      _ = fchmod(fd, existing.st_mode & 0o7777)
      _ = fchown(fd, existing.st_uid, existing.st_gid)
    }
  }

  /// Starts a file that will be named `path` only if no file has that name when committed.
  init(newFile path: String) throws(WriteError) {
    self.path = path
    destination = path
    (temporary, fd) = try Self.createTemporary(beside: path, userPath: path)
  }

  /// Appends text; on failure the temporary file is removed and nothing is left behind.
  public mutating func write(_ text: String) throws(WriteError) {
    var text = text
    let failure = text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    if let failure {
      abandon()
      throw WriteError(path: path, code: failure)
    }
    size += text.utf8.count
  }

  /// Closes the temporary file and renames it over the destination.
  public mutating func commit() throws(WriteError) {
    try close()
    if temporary.isEmpty { return }
    if rename(temporary, destination) != 0 {
      let code = errno
      abandon()
      throw WriteError(path: path, code: code)
    }
    Curses.setCleanupPath(nil)
  }

  /// Closes the temporary file and links it in as `name`; false when that name is taken.
  mutating func commitIfNew(as name: String) throws(WriteError) -> Bool {
    if fd >= 0 { try close() }
    if link(temporary, name) == 0 { return true }
    let code = errno
    if code == EEXIST { return false }
    // Some file systems have no hard links: claim the name with O_EXCL, then rename over it.
    let claim = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if claim < 0 {
      let claimCode = errno
      if claimCode == EEXIST { return false }
      abandon()
      throw WriteError(path: name, code: claimCode)
    }
    _ = systemClose(claim)
    if rename(temporary, name) != 0 {
      let renameCode = errno
      unlink(name)
      abandon()
      throw WriteError(path: name, code: renameCode)
    }
    Curses.setCleanupPath(nil)
    return true
  }

  /// Removes the temporary file after a successful ``commitIfNew(as:)``.
  mutating func finishNew() {
    unlink(temporary)
    Curses.setCleanupPath(nil)
  }

  /// Gives up: closes and removes the temporary file.
  public mutating func abandon() {
    if fd >= 0 {
      _ = systemClose(fd)
      fd = -1
    }
    if !temporary.isEmpty { unlink(temporary) }
    Curses.setCleanupPath(nil)
  }

  private mutating func close() throws(WriteError) {
    let result = systemClose(fd)
    fd = -1
    if result != 0 {
      let code = errno
      abandon()
      throw WriteError(path: path, code: code)
    }
  }

  /// The file a path writes to: itself, or the end of its chain of symbolic links.
  private static func resolve(_ path: String) throws(WriteError) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: 4097)
      let count = readlink(current, &buffer, 4096)
      guard count > 0 else { throw WriteError(path: path, code: errno) }
      let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = target.hasPrefix("/") ? target : directory(of: current) + "/" + target
    }
    throw WriteError(path: path, code: ELOOP)
  }

  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "" : String(path[..<slash])
  }

  private nonisolated(unsafe) static var counter = 0

  /// Creates `.convscope-PID-N.tmp` in the destination's directory: short, so that a
  /// destination name near the system's limit still gets its temporary file.
  private static func createTemporary(beside destination: String, userPath: String)
    throws(WriteError) -> (String, Int32)
  {
    let directory = directory(of: destination)
    var info = stat()
    if stat(directory.isEmpty ? "/" : directory, &info) != 0 {
      throw WriteError(path: userPath, code: errno)
    }
    // The final name's own length problem is the one to report, not the temporary name's.
    let name = destination.split(separator: "/").last.map(String.init) ?? destination
    if name.utf8.count > 255 { throw WriteError(path: userPath, code: ENAMETOOLONG) }
    while true {
      counter += 1
      let temporary = directory + "/.convscope-\(getpid())-\(counter).tmp"
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 {
        Curses.setCleanupPath(temporary)
        return (temporary, fd)
      }
      if errno != EEXIST { throw WriteError(path: userPath, code: errno) }
    }
  }
}
