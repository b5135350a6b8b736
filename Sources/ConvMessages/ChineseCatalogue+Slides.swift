extension ChineseCatalogue {
  func slides(_ problem: SlideProblem) -> String {
    switch problem {
    case .splitNeedsSVG(let format):
      return "--split 为每一帧写一个 SVG 文件，所以需要 --format svg，而不是 \(format)。"
    case .splitNeedsOutput:
      return
        "--split 按 --output 给出的名字命名文件（NAME.svg 得到 NAME-001.svg、NAME-002.svg……），"
        + "请给出 --output NAME.svg；它不能写到标准输出。"
    case .splitAndFrame:
      return "--split（每帧一个文件）和 --frame N 只能二选一。"
    }
  }
}
