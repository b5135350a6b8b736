import ConvMessages

/// Why output could not be written: the system's reason (errno) and where.
///
///     WriteError(path: "/mnt/full/a.txt", errno: Errno(rawValue: ENOSPC)).sentence
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

  public init(path: String?, errno: Errno) {
    self.init(path: path, code: errno.rawValue)
  }

  public init(path: String?, reason: WriteReason) {
    self.path = path
    self.code = 0
    self.reason = reason
  }

  /// Why, as a message value: the errno's meaning, or convscope's own reason.
  public var why: WriteReason { code == 0 ? reason : .system(meaning) }

  /// The errno's meaning in lower case, as it reads inside a sentence ("no space left on device").
  public var meaning: String {
    Errno(rawValue: code).description
  }

  /// The failure as a message value, for any language's catalogue.
  public var message: Message {
    .io(.cannotWriteExport(path: path.map(EchoedValue.quoted), reason: why))
  }

  /// One sentence in English naming the path (cut short when long) and the reason.
  public var sentence: String { message.text() }

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

/// Standard output as an export destination: every failed write becomes a ``WriteError``.
public struct StandardOutput {
  public init() {}

  /// Writes the text whole, or throws the system's reason.
  public func write(_ text: String) throws(WriteError) {
    do throws(Errno) {
      try FileDescriptor.standardOutput.writeAll(text)
    } catch {
      throw WriteError(path: nil, errno: error)
    }
  }

  /// Writes bytes (UTF-8 text already encoded) whole, or throws the system's reason.
  public func write(bytes: [UInt8]) throws(WriteError) {
    do throws(Errno) {
      try FileDescriptor.standardOutput.writeAll(bytes)
    } catch {
      throw WriteError(path: nil, errno: error)
    }
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
  private var file: FileDescriptor?
  /// Bytes written so far.
  public private(set) var size = 0

  /// Starts a file that will replace `path` when committed.
  public init(replacing path: String) throws(WriteError) {
    guard !path.isEmpty else {
      throw WriteError(path: path, reason: .notAFileName)
    }
    self.path = path
    let existing = try? FileSystem.status(path)
    if existing?.kind == .directory {
      throw WriteError(path: path, errno: .isDirectory)
    }
    if let existing, existing.kind != .regular {
      // A device or pipe (/dev/null, /dev/stdout, a FIFO) is written to, never replaced:
      // renaming a file over it would destroy the device node.
      destination = path
      temporary = ""
      do throws(Errno) {
        file = try FileDescriptor.open(path, .writeOnly)
      } catch {
        throw WriteError(path: path, errno: error)
      }
      return
    }
    destination = try Self.resolve(path)
    let created = try Self.createTemporary(beside: destination, userPath: path)
    (temporary, file) = (created.path, created.file)
    if let existing {
      // A new file would get the umask's permissions; the file it replaces had its own.
      try? created.file.setPermissions(existing.permissions)
      try? created.file.setOwner(user: existing.user, group: existing.group)
    }
  }

  /// Starts a file that will be named `path` only if no file has that name when committed.
  init(newFile path: String) throws(WriteError) {
    self.path = path
    destination = path
    let created = try Self.createTemporary(beside: path, userPath: path)
    (temporary, file) = (created.path, created.file)
  }

  /// Appends text; on failure the temporary file is removed and nothing is left behind.
  public mutating func write(_ text: String) throws(WriteError) {
    do throws(Errno) {
      guard let file else { throw Errno.badFileDescriptor }
      try file.writeAll(text)
    } catch {
      abandon()
      throw WriteError(path: path, errno: error)
    }
    size += text.utf8.count
  }

  /// Appends bytes (UTF-8 text already encoded); on failure nothing is left behind.
  public mutating func write(bytes: [UInt8]) throws(WriteError) {
    do throws(Errno) {
      guard let file else { throw Errno.badFileDescriptor }
      try file.writeAll(bytes)
    } catch {
      abandon()
      throw WriteError(path: path, errno: error)
    }
    size += bytes.count
  }

  /// Closes the temporary file and renames it over the destination.
  public mutating func commit() throws(WriteError) {
    try close()
    if temporary.isEmpty { return }
    do throws(Errno) {
      try FileSystem.rename(temporary, to: destination)
    } catch {
      abandon()
      throw WriteError(path: path, errno: error)
    }
    Curses.setCleanupPath(nil)
  }

  /// Closes the temporary file and links it in as `name`; false when that name is taken.
  mutating func commitIfNew(as name: String) throws(WriteError) -> Bool {
    if file != nil { try close() }
    do throws(Errno) {
      try FileSystem.link(temporary, as: name)
      return true
    } catch {
      if error == .fileExists { return false }
    }
    // Some file systems have no hard links: claim the name with O_EXCL, then rename over it.
    do throws(Errno) {
      let claim = try FileDescriptor.open(name, .writeOnly, options: [.create, .exclusiveCreate])
      try? claim.close()
    } catch {
      if error == .fileExists { return false }
      abandon()
      throw WriteError(path: name, errno: error)
    }
    do throws(Errno) {
      try FileSystem.rename(temporary, to: name)
    } catch {
      try? FileSystem.remove(name)
      abandon()
      throw WriteError(path: name, errno: error)
    }
    Curses.setCleanupPath(nil)
    return true
  }

  /// Removes the temporary file after a successful ``commitIfNew(as:)``.
  mutating func finishNew() {
    try? FileSystem.remove(temporary)
    Curses.setCleanupPath(nil)
  }

  /// Gives up: closes and removes the temporary file.
  public mutating func abandon() {
    if let file {
      try? file.close()
      self.file = nil
    }
    if !temporary.isEmpty { try? FileSystem.remove(temporary) }
    Curses.setCleanupPath(nil)
  }

  private mutating func close() throws(WriteError) {
    guard let open = file else { return }
    file = nil
    do throws(Errno) {
      try open.close()
    } catch {
      abandon()
      throw WriteError(path: path, errno: error)
    }
  }

  /// The file a path writes to: itself, or the end of its chain of symbolic links.
  private static func resolve(_ path: String) throws(WriteError) -> String {
    var current = path
    for _ in 0..<40 {
      guard let status = try? FileSystem.linkStatus(current), status.kind == .symbolicLink else {
        return current
      }
      let target: String
      do throws(Errno) {
        target = try FileSystem.linkTarget(current)
      } catch {
        throw WriteError(path: path, errno: error)
      }
      current = target.hasPrefix("/") ? target : directory(of: current) + "/" + target
    }
    throw WriteError(path: path, errno: .tooManySymbolicLinkLevels)
  }

  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "" : String(path[..<slash])
  }

  private nonisolated(unsafe) static var counter = 0

  /// Creates `.convscope-PID-N.tmp` in the destination's directory: short, so that a
  /// destination name near the system's limit still gets its temporary file.
  private static func createTemporary(beside destination: String, userPath: String)
    throws(WriteError) -> (path: String, file: FileDescriptor)
  {
    let directory = directory(of: destination)
    do throws(Errno) {
      _ = try FileSystem.status(directory.isEmpty ? "/" : directory)
    } catch {
      throw WriteError(path: userPath, errno: error)
    }
    // The final name's own length problem is the one to report, not the temporary name's.
    let name = destination.split(separator: "/").last.map(String.init) ?? destination
    if name.utf8.count > 255 { throw WriteError(path: userPath, errno: .fileNameTooLong) }
    while true {
      counter += 1
      let temporary = directory + "/.convscope-\(FileSystem.processID)-\(counter).tmp"
      do throws(Errno) {
        let file = try FileDescriptor.open(
          temporary, .writeOnly, options: [.create, .exclusiveCreate], permissions: 0o666)
        Curses.setCleanupPath(temporary)
        return (temporary, file)
      } catch {
        if error != .fileExists { throw WriteError(path: userPath, errno: error) }
      }
    }
  }
}
