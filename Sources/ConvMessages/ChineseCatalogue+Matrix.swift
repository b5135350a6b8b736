import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func matrix(_ caption: MatrixCaption) -> String {
    english.matrix(caption)
  }

  func matrix(_ problem: MatrixProblem) -> String {
    english.matrix(problem)
  }

  func matrixStatus(_ status: MatrixStatus) -> String {
    english.matrixStatus(status)
  }

  func matrixListing(_ topic: SceneTopic) -> String {
    english.matrixListing(topic)
  }
}
