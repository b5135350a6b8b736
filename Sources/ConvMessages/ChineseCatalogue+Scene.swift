import ConvArithmetic

// Not yet in Chinese: these still read English (issue 14).
extension ChineseCatalogue {
  func scene(_ problem: SceneProblem) -> String {
    if case .symbolic(let problem) = problem { return symbolicProblem(problem) }
    return english.scene(problem)
  }

  func valuesFile(_ problem: ValuesFileProblem) -> String {
    english.valuesFile(problem)
  }

  func command(_ problem: CommandProblem) -> String {
    english.command(problem)
  }
}
