import ConvArithmetic

/// The English words of every message; the sentences the tests and goldens pin down.
struct EnglishCatalogue: Catalogue {
  func text(_ message: Message) -> String {
    switch message {
    case .engine(let error): return engine(error)
    case .stack(let error, let naming): return stack(error, naming: naming)
    case .notation(let error): return notation(error)
    case .request(let problem): return request(problem)
    case .scene(let problem): return scene(problem)
    case .command(let problem): return command(problem)
    case .io(let problem): return io(problem)
    case .shape(let text): return shape(text)
    case .listing(let text): return listing(text)
    case .explorer(let text): return explorer(text)
    case .caption(let caption): return captionText(caption)
    }
  }

  func io(_ problem: IOProblem) -> String {
    switch problem {
    case .cannotReadRequests(let reason): return "Cannot read the requests: \(reason)."
    case .cannotWriteAnswers(let reason): return "Cannot write the answers: \(reason)."
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

  /// `1 channel`, `3 channels`.
  func plural(_ n: Int, _ word: String) -> String {
    "\(n) \(word)\(n == 1 ? "" : "s")"
  }

  /// `a, b and c`.
  func list(_ words: [String]) -> String {
    words.count < 2
      ? words.joined()
      : words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
  }

  /// `20,000`: thousands grouped with commas.
  func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return n < 0 ? "-" + text : text
  }
}
