import ConvMessages

/// One example of every legend message: the header line and each entry.
extension MessageExamples {
  static let legendTexts: [LegendText] =
    [.header(scene: "conv", step: 1, count: 9), .heading]
    + LegendMeaning.allCases.map { .entry($0, glyphs: "[n]") }
}
