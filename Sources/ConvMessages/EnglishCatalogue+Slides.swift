extension EnglishCatalogue {
  func slides(_ problem: SlideProblem) -> String {
    switch problem {
    case .splitNeedsSVG(let format):
      return "--split writes one SVG file per frame, so it needs --format svg, not \(format)."
    case .splitNeedsOutput:
      return
        "--split names its files after --output (NAME.svg gives NAME-001.svg, NAME-002.svg, …),"
        + " so give --output NAME.svg; it cannot write to standard output."
    case .splitAndFrame:
      return "Give either --split (every frame, one file each) or --frame N, not both."
    }
  }
}
