import ConvArithmetic

/// The `shapes` scene's title and captions, as values; the catalogue words them.
///
/// Formulas arrive already filled in (from ``Formula``), since mathematics needs no translation.
public enum ShapesCaption: Equatable, Sendable {
  /// The table's title: `sizes for k 3, s 2, p 1` (and `d 2` when dilated).
  case sizesTitle(k: Int, s: Int, p: Int, d: Int)
  /// PyTorch's size for the current i; `output` is nil when the kernel overhangs.
  case pytorch(formula: String, output: Int?)
  /// TensorFlow's SAME and VALID sizes for the current i, with SAME's padding split.
  case tensorFlow(
    sameFormula: String, same: Int, before: Int, after: Int, validFormula: String, valid: Int?)
  /// The transposed convolution back from `output` with output_padding 0, and what restores i.
  case back(formula: String, size: Int, input: Int, outputPadding: Int?, bound: Int)
  /// Input sizes that share one PyTorch output size, each with the output_padding restoring it.
  case collision(inputs: [Int], output: Int, k: Int, s: Int, p: Int, outputPaddings: [Int?])
  /// The current input size is the only one giving its output size.
  case alone(input: Int, output: Int, stride: Int)
  /// Input sizes that share one TensorFlow SAME size: why `conv2d_transpose` asks for `output_shape`.
  case sameCollision(inputs: [Int], output: Int)
  /// The paper's relationships for the direct convolution and its transpose (number, name).
  case relationships(direct: [Relation], transposed: [Relation])
  /// How the conventions pad: PyTorch symmetric, SAME with the odd cell after, dilation via k_eff.
  case conventions(p: Int, before: Int, after: Int, d: Int, k: Int, effective: Int)
}

/// One of the paper's numbered relationships: its number and kebab-case name.
public struct Relation: Equatable, Sendable {
  public var number: Int
  public var name: String

  public init(number: Int, name: String) {
    self.number = number
    self.name = name
  }
}
