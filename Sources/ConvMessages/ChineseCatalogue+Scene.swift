import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func scene(_ problem: SceneProblem) -> String {
    english.scene(problem)
  }

  func valuesFile(_ problem: ValuesFileProblem) -> String {
    english.valuesFile(problem)
  }

  func command(_ problem: CommandProblem) -> String {
    if case .slides(let problem) = problem { return slides(problem) }
    return english.command(problem)
  }
}
