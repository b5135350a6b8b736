import ConvArithmetic

/// The words of `--values symbolic` and `--flip` (true convolution) in the scenes' captions.
public enum SymbolicCaption: Equatable, Sendable {
  /// The end of a products line cut to the screen: `+ … (12 more)`.
  case moreTerms(count: Int)
  /// The kernel panel's title when the kernel is flipped before it slides (as
  /// ``Caption/kernelTitle(size:dilation:spans:)``, and flipped).
  case flippedKernelTitle(size: Pair, dilation: Pair?, spans: Pair)
  /// What `--flip` shows: true convolution, where PyTorch's conv2d is cross-correlation.
  case trueConvolution
  /// The transposed scene with `--flip`: conv_transpose2d with the kernel flipped first.
  case trueTransposed
  /// How to read the symbols: x input, w kernel, y output, subscripts row and column.
  case symbolsKey
  /// The zero-insertion view's rotated kernel, read as indices: its first row is `w[2,2] w[2,1] w[2,0]`.
  case rotatedIndices(firstRow: [String])
  /// One scatter step: input cell `cell` stamps `x[i,j]·w[…]` (`first` … `last`, `taps` of
  /// them) onto the output's `rows` and `cols`, stamp `step` of `count`.
  case stampSymbols(
    cell: Pair, first: String, last: String, taps: Int, rows: [Int], cols: [Int], step: Int,
    count: Int)
}

/// Why symbols or the flip cannot be shown as asked.
public enum SymbolicProblem: Equatable, Sendable {
  /// `--values symbolic` in a scene that needs numbers.
  case symbolicScene(scene: String, scenes: [String])
  /// `--flip` in a scene where no kernel slides.
  case flipScene(scene: String, scenes: [String])
  /// `--format pytorch` needs numbers.
  case pytorchSymbolic
  /// The transposed scene's comparison with dilation takes neither symbols nor the flip.
  case compareTakesNeither
}

/// The explorer's status lines and help entry for symbols and the flip.
public enum SymbolicStatus: Equatable, Sendable {
  case symbols(on: Bool)
  case flip(on: Bool)
}
