import ConvArithmetic

/// The words of `convscope shape`'s report; the formulas come from ``Formula``.
public enum ShapeText: Equatable, Sendable {
  case convolutionHeading(input: Pair, kernel: Pair, stride: Pair, padding: Pair, dilation: Pair)
  case output(Pair)
  /// A formula line's start: `  o`, `  o (height)`, `  o (width) `; nil axis when both agree.
  case axisLabel(String, axis: Axis?)
  case inputsGivingLabel
  case noInputs
  /// The inputs `low…high` that give this output, and the output_padding that restores `input`.
  case inputsGiving(low: Int, high: Int, outputPadding: Int, input: Int)
  case readByNoTap(nothing: Bool)
  case unreachedPadded(axis: Axis, indices: [Int], reason: UnreachedWhy)
  case sameOdd(axis: Axis?, d: Int, k: Int, total: Int, input: Int)
  case sameOptions(paddings: [Int], used: Int, outputs: [Int])
  case sameSplit(before: Int, after: Int, output: Int)
  case sameStride
  case goingBackHeading(output: Pair)
  case goingBack(formula: String, result: Int, outputPadding: Int)
  case transposedHeading(input: Pair, outputPadding: Pair)
  case transposedPadding(formula: String, result: Int)
  case notDefined(ConvError)
  case poolingHeading(stride: Pair, padding: Pair)
  case poolingSizes(floor: Int, ceil: Int, refused: Bool)
  case tensorFlowHeading
  case tensorFlowSame(formula: String, output: Int, before: Int, after: Int)
  case relationships([String])

  // The table of `shape --layers`.
  case stackHeading(preset: String?, layers: Int, input: Pair, channels: Int)
  case stackColumn(StackColumn)
  case stackTotalRow
  case stackTotals(parameters: Int, multiplyAdds: Int)
  /// What output cell u sees along `axis` (nil when both agree): inputs `first + jump·u … last + jump·u`.
  case stackSees(axis: Axis?, first: Int, last: Int, jump: Int)
  case stackSteps(jump: String, widest: String)
}

/// A column heading of the `shape --layers` table whose name is a word.
public enum StackColumn: CaseIterable, Sendable {
  case layer, output, channels, parameters, multiplyAdds, jump, field, first
}
