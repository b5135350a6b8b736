// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func io(_ problem: IOProblem) -> String {
    english.io(problem)
  }
}
