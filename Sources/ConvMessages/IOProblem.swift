/// Why reading or writing failed, or the terminal could not be used.
///
/// `reason` fields hold the system's own words for an errno (strerror, lower-cased), which
/// come from the C library in the user's locale; paths arrive already quoted and shortened.
public enum IOProblem: Equatable, Sendable {
  case cannotReadRequests(reason: String?)
  case cannotWriteAnswers(reason: String?)
  /// `path` nil means standard output.
  case cannotWriteExport(path: String?, reason: WriteReason)
  /// The explorer's status line when `e` or `E` could not write `file`.
  case exportFailed(reason: WriteReason, file: String)
  case notATerminal
  case terminalCannotStart(term: String)
}

/// Why a file could not be written.
public enum WriteReason: Equatable, Sendable {
  /// The system's words for an errno.
  case system(String)
  /// The name given is no file name (empty, or a directory's).
  case notAFileName
}
