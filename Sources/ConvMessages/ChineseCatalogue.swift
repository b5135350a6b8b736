import ConvArithmetic

/// The Chinese words of every message, in the terms the Chinese literature uses
/// (卷积, 转置卷积, 步长, 填充, 感受野 …); math and identifiers stay as they are.
struct ChineseCatalogue: Catalogue, SharedWording {
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
}
