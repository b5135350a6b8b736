import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func captionText(_ caption: Caption) -> String {
    english.captionText(caption)
  }
}
