@testable import ConvMessages

/// One example of every refusal of an SVG export's options.
enum SlideExamples {
  static let problems: [SlideProblem] = [
    .splitNeedsSVG(format: "text"),
    .splitNeedsOutput,
    .splitAndFrame,
  ]
}
