import ConvArithmetic

/// The English words of every message; the sentences the tests and goldens pin down.
struct EnglishCatalogue: Catalogue, SharedWording {
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
    case .worksheet(let text): return worksheet(text)
    case .worksheetProblem(let problem): return worksheetProblem(problem)
    case .quiz(let text): return quiz(text)
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
}
