import ConvArithmetic

/// The `receptive` and `overlap` scenes' titles and caption lines, as values.
///
/// Layers are counted from 1, as the stack's error sentences count them; `spec` is a
/// layer in the `--layers` notation (`conv k3 s2 p1`), which is the same in every language.
/// Path and tap counts can pass what an Int holds, so they arrive formatted.
public enum StackCaption: Equatable, Sendable {
  // The receptive scene's titles.
  /// `block` is set when each shown cell stands for `block` input cells.
  case pathsTitle(size: Pair, cell: Pair, block: Pair?)
  case feedingTitle(layer: Int, size: Pair, block: Pair?)
  case tableTitle
  /// The table's row label for the input.
  case tableInputRow

  // The receptive scene's lines.
  /// The cell traced back, on the last layer's output.
  case traced(cell: Pair, layer: Int, output: Pair)
  /// The closed form for layer `layer` along `axis` (nil: both axes agree), with numbers.
  case recurrence(
    layer: Int, spec: String, axis: Axis?, jumpBefore: Int, stride: Int, jump: Int,
    sizeBefore: Int, dilation: Int, kernel: Int, size: Int, firstBefore: Int, padding: Int,
    first: Int)
  /// The cells of layer `layer`'s output that feed the traced cell.
  case feeding(layer: Int, rows: ClosedRange<Int>, cols: ClosedRange<Int>, cells: Int)
  /// The traced cell's field on the input, padding included.
  case field(cell: Pair, rows: ClosedRange<Int>, cols: ClosedRange<Int>, size: Pair)
  /// How far the field reaches past the input's edges, in rows and columns of padding.
  case intoPadding(top: Int, bottom: Int, left: Int, right: Int)
  case insideInput
  /// How many real input cells the field covers (taps can skip some), out of its area.
  case covers(cells: Int, area: Int)
  /// Paths to the most-reached input cell and to the field's least-reached real cell.
  case effective(most: String, least: String)

  // The overlap scene's titles.
  case countsTitle(layer: Int, size: Pair, block: Pair?)
  case resizeTitle(layer: Int, size: Pair, block: Pair?)

  // The overlap scene's lines.
  /// Layer `layer` takes `input` to `output`; its counts run from `low` to `high`.
  case overlapLayer(layer: Int, spec: String, input: Pair, output: Pair, low: String, high: String)
  /// Whether the kernel divides by the stride, per axis as `kernel` and `stride` give them.
  case divisible(kernel: Pair, stride: Pair, divides: Bool)
  /// The counts inside the border: uniform, or from `low` to `high` (a checkerboard).
  case interior(low: String, high: String)
  case noInterior
  /// Stamp `step` of `count`: one input cell's kernel footprint, as the scatter view shows it
  /// (`rows`/`cols` empty when it lands only outside the cropped output).
  case stampsAt(cell: Pair, kernel: Pair, rows: [Int], cols: [Int], step: Int, count: Int)
  /// A layer drawn at once: `count` input cells stamp, too many to show one by one.
  case allStamps(count: Int)
  /// The resize-then-convolve counterpart: nearest resize by `factor`, conv with `kernel`.
  case resizeConv(factor: Pair, kernel: Pair, low: String, high: String, uniform: Bool)
  /// Each shown cell combines `block` cells: their sum (paths) or their largest (counts).
  case scaled(block: Pair, largest: Bool)

  /// The caption in `language`.
  public func text(in language: Language = .english) -> String {
    language.catalogue.text(.caption(.stack(self)))
  }
}

/// The explorer's status lines in the `receptive` and `overlap` scenes.
public enum StackExplorerText: Equatable, Sendable {
  /// The stack now shown: a network preset's name and input, or nil for the scene's own stack.
  case layers(preset: String?, input: Pair)
  /// l / L pressed in a scene without a stack.
  case layersNeedStack
  /// The traced cell moved to `cell`, on an output of `output` cells.
  case traced(cell: Pair, output: Pair)
  /// An arrow would move the traced cell off the output.
  case tracedEdge(output: Pair)
}
