import ConvArithmetic

/// The words of `convscope worksheet`: its headings, each kind of question and its answer.
///
/// Formulas and grids arrive already written (they are the same in every language).
public enum WorksheetText: Equatable, Sendable {
  /// `convscope worksheet — seed 7, 10 questions`.
  case heading(seed: UInt64, count: Int)
  case nameLine
  /// The answer key's heading, on its own page.
  case keyHeading(seed: UInt64)
  case answerLine

  /// The output size of a convolution.
  case outputSizeQuestion(input: Pair, kernel: Pair, stride: Pair, padding: Pair, dilation: Pair)
  /// `across` is the width's formula when it differs from the height's.
  case outputSizeAnswer(output: Pair, down: String, across: String?)
  /// The output size of a transposed convolution.
  case transposedSizeQuestion(
    input: Pair, kernel: Pair, stride: Pair, padding: Pair, outputPadding: Pair)
  case transposedSizeAnswer(output: Pair, formula: String)
  /// Which rows and columns of the padded input one output cell reads.
  case cellsReadQuestion(
    input: Pair, kernel: Pair, stride: Pair, padding: Pair, dilation: Pair, cell: Pair)
  case cellsReadAnswer(rows: [Int], cols: [Int], padded: Pair)
  /// The value of one output cell, with the grids written out.
  case cellValueQuestion(
    input: String, kernel: String, stride: Pair, padding: Pair, cell: Pair)
  case cellValueAnswer(cell: Pair, products: String, value: String)
  /// Which input sizes share one output size, and what restores each.
  case collisionsQuestion(kernel: Int, stride: Int, padding: Int, output: Int)
  case collisionsAnswer(inputs: [Int], outputPaddings: [Int])
  /// The receptive field of a stack of layers.
  case receptiveFieldQuestion(layers: String, input: Int)
  case receptiveFieldAnswer(size: Int, recurrence: String)
}

/// Why a worksheet could not be made.
public enum WorksheetProblem: Equatable, Sendable {
  case count(count: Int, allowed: ClosedRange<Int>)
}
