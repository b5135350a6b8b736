// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func request(_ problem: RequestProblem) -> String {
    english.request(problem)
  }
}
