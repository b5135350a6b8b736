import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func explorer(_ text: ExplorerText) -> String {
    if case .symbolic(let status) = text { return symbolicStatus(status) }
    return english.explorer(text)
  }

  func hint(_ item: HintItem) -> String {
    english.hint(item)
  }

  func help(_ action: HelpAction) -> String {
    english.help(action)
  }
}
