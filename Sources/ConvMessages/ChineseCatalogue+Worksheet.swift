import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func worksheet(_ text: WorksheetText) -> String {
    english.worksheet(text)
  }

  func worksheetProblem(_ problem: WorksheetProblem) -> String {
    english.worksheetProblem(problem)
  }
}
