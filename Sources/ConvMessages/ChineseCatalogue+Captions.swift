import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func captionText(_ caption: Caption) -> String {
    if case .symbolic(let caption) = caption { return symbolicCaption(caption) }
    return english.captionText(caption)
  }
}
