import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func shapes(_ caption: ShapesCaption) -> String {
    english.shapes(caption)
  }
}
