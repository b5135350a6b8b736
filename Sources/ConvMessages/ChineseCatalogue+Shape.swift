import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func shape(_ text: ShapeText) -> String {
    english.shape(text)
  }
}
