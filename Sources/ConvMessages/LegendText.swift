/// The words around a frame's panels: the header line and the legend that names the glyphs.
///
/// The glyphs themselves (`[n]`, `·`, the heat ramp) come from the styling model and arrive
/// as text; only the words around them differ between languages.
public enum LegendText: Equatable, Sendable {
  /// The frame's first line: `conv — step 1 of 9`.
  case header(scene: String, step: Int, count: Int)
  /// The word in front of the entries: `legend:`.
  case heading
  /// One entry: what cells drawn like `glyphs` mean.
  case entry(LegendMeaning, glyphs: String)
}

/// What a legend entry says a kind of cell is.
public enum LegendMeaning: CaseIterable, Sendable {
  case currentWindow
  /// Cells inside a window but without brackets are the dilated kernel's holes (no glyph).
  case unbracketedHole
  case dilationHole
  case windowPadding, windowInsertedZero, windowOutputPadding
  case padding, insertedZero, outputPadding
  case outputPending
  case neverVisited
  case cropped
  case switchCell
  /// The shading ramp of values.
  case valueRamp
  /// The heat ramp of a heat map.
  case heat
  case pinned
}
