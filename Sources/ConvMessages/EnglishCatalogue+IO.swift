extension EnglishCatalogue {
  func io(_ problem: IOProblem) -> String {
    switch problem {
    case .cannotReadRequests(let reason): return "Cannot read the requests" + because(reason)
    case .cannotWriteAnswers(let reason): return "Cannot write the answers" + because(reason)
    case .cannotWriteExport(let path, let reason):
      guard let path else { return "Cannot write the export: \(words(reason))." }
      return "Cannot write the export to \(path): \(words(reason))."
    case .exportFailed(let reason, let file):
      return "export failed: \(words(reason)) (\(file))"
    case .notATerminal:
      return
        "convscope's explorer needs a terminal on stdin and stdout; use `convscope export SCENE` to print frames instead."
    case .terminalCannotStart(let term):
      return
        "The terminal type '\(term)' is unknown or cannot move the cursor; set TERM (e.g. xterm-256color) or use `convscope export SCENE`."
    }
  }

  /// The reason as it reads inside a sentence.
  func words(_ reason: WriteReason) -> String {
    switch reason {
    case .system(let words): return words
    case .notAFileName: return "that is not a file name"
    }
  }
}

/// The end of an I/O sentence: the system's reason after a colon when there is one.
private func because(_ reason: String?) -> String {
  reason.map { ": \($0)." } ?? "."
}
