extension ChineseCatalogue {
  func io(_ problem: IOProblem) -> String {
    switch problem {
    case .cannotReadRequests(let reason): return "无法读取请求" + because(reason)
    case .cannotWriteAnswers(let reason): return "无法写出答复" + because(reason)
    case .cannotWriteExport(let path, let reason):
      guard let path else { return "无法写出导出内容：\(words(reason))。" }
      return "无法把导出内容写到 \(path)：\(words(reason))。"
    case .exportFailed(let reason, let file):
      return "导出失败：\(words(reason))（\(file)）"
    case .notATerminal:
      return "convscope 的交互浏览器需要标准输入和标准输出都是终端；若只想打印帧，请用 `convscope export SCENE`。"
    case .terminalCannotStart(let term):
      return
        "终端类型 '\(term)' 无法识别，或不能移动光标；请设置 TERM（例如 xterm-256color），或使用 `convscope export SCENE`。"
    }
  }

  /// The reason as it reads inside a sentence: the system's own words (in the C library's
  /// locale), or ours.
  private func words(_ reason: WriteReason) -> String {
    switch reason {
    case .system(let words): return words
    case .notAFileName: return "这不是一个文件名"
    }
  }

  /// The end of an I/O sentence: the system's reason after a colon when there is one.
  private func because(_ reason: String?) -> String {
    reason.map { "：\($0)。" } ?? "。"
  }
}
