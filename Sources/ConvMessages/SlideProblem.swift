/// Why an SVG export (slides) cannot be carried out as given: options that do not fit together.
public enum SlideProblem: Equatable, Sendable {
  /// `--split` writes one SVG file per frame, so it needs `--format svg`.
  case splitNeedsSVG(format: String)
  /// `--split` names its files after `--output`, so it cannot write to standard output.
  case splitNeedsOutput
  /// `--split` writes every frame; `--frame N` picks one.
  case splitAndFrame
}
