#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// What `stat` says about a path: its kind, permission bits and owner.
public struct FileStatus: Sendable {
  public enum Kind: Sendable { case regular, directory, symbolicLink, other }

  public var kind: Kind
  /// The permission bits (including set-user-ID, set-group-ID and sticky).
  public var permissions: UInt32
  public var user: UInt32
  public var group: UInt32
}

/// Calls on paths rather than open files: status, rename, link, unlink, readlink.
///
/// Each returns a value or throws an ``Errno``; none leaves `errno` for a caller to read later.
public enum FileSystem {
  /// The status of `path`, following symbolic links.
  public static func status(_ path: String) throws(Errno) -> FileStatus {
    var info = stat()
    guard stat(path, &info) == 0 else { throw Errno.current }
    return FileStatus(info)
  }

  /// The status of `path` itself, a symbolic link included.
  public static func linkStatus(_ path: String) throws(Errno) -> FileStatus {
    var info = stat()
    guard lstat(path, &info) == 0 else { throw Errno.current }
    return FileStatus(info)
  }

  /// Renames `source` over `destination` in one step (both in one file system).
  public static func rename(_ source: String, to destination: String) throws(Errno) {
    if systemRename(source, destination) != 0 { throw Errno.current }
  }

  /// Gives the file at `source` a second name; fails with EEXIST when `name` is taken.
  public static func link(_ source: String, as name: String) throws(Errno) {
    if systemLink(source, name) != 0 { throw Errno.current }
  }

  /// Removes a name; a missing file is not an error worth reporting to callers that clean up.
  public static func remove(_ path: String) throws(Errno) {
    if unlink(path) != 0 { throw Errno.current }
  }

  /// The target a symbolic link names, as written in the link.
  public static func linkTarget(_ path: String) throws(Errno) -> String {
    var buffer = [CChar](repeating: 0, count: 4097)
    let count = readlink(path, &buffer, 4096)
    guard count >= 0 else { throw Errno.current }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// This process's id, for names of temporary files.
  public static var processID: Int32 { getpid() }
}

extension FileStatus {
  fileprivate init(_ info: stat) {
    switch info.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
    permissions = UInt32(info.st_mode & 0o7777)
    user = UInt32(info.st_uid)
    group = UInt32(info.st_gid)
  }
}

// File-scope names, because inside FileSystem `rename` and `link` name its own methods.
private func systemRename(_ source: String, _ destination: String) -> Int32 {
  rename(source, destination)
}

private func systemLink(_ source: String, _ name: String) -> Int32 { link(source, name) }
