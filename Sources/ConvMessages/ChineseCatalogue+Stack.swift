import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func stack(_ error: StackError, naming: LayerNaming) -> String {
    english.stack(error, naming: naming)
  }

  func notation(_ error: LayerNotationError) -> String {
    english.notation(error)
  }
}
