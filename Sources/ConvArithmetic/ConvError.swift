/// Why the engine refused a request: a value with the numbers involved, never a sentence.
///
/// The catalogue in `ConvMessages` words each case in every language; the engine
/// only says what went wrong and with which values.
public enum ConvError: Error, Equatable, Sendable {
  case raggedGrid(row: Int, expected: Int, found: Int)
  case emptyGrid(Quantity)
  case notPositive(Quantity, value: Pair)
  case negative(Quantity, value: Pair)
  case kernelLargerThanPaddedInput(kernel: Pair, padded: Pair)
  case outputTooSmall(output: Pair)
  case outputPaddingTooLarge(outputPadding: Pair, stride: Pair, dilation: Pair)
  case beyondLimit(Measure, value: Int, limit: Int)
  case indicesShape(indices: Pair, input: Pair)
  case indexOutOfRange(index: Int, count: Int)
  case badOutputSize(requested: Pair, low: Pair, high: Pair)
  case badScale(Quantity)
  /// A pool padded by more than half its kernel on an axis, which PyTorch refuses.
  case poolPaddingOverHalfKernel(padding: Pair, kernel: Pair)
  /// A multi-channel or batch-norm refusal; see ``ChannelError``.
  case channels(ChannelError)
}

/// What a refused number is: a grid, a parameter, or a setting.
///
/// The catalogue names each one (`input size`, `output padding`) in the reader's language.
public enum Quantity: String, CaseIterable, Sendable {
  case input
  case kernel
  case output
  case inputSize
  case kernelSize
  case stride
  case padding
  case dilation
  case outputPadding
  case scale
  /// The input of a transposed convolution with zeros inserted between its cells.
  case zeroInsertedInput
  // MARK: channels
  /// The number of input channels, output channels or groups of a multi-channel convolution.
  case inChannels
  case outChannels
  case groups
}

/// Which measure of a quantity went past a limit.
public enum Measure: Equatable, Sendable {
  /// One side of a grid or parameter (`input height`).
  case side(Quantity, Axis)
  /// The number of cells of a grid or stack (`number of output cells`).
  case cells(Quantity)
  /// The quantity itself (`scale`).
  case whole(Quantity)
  /// The multiply-adds one operation takes.
  case work
  /// The entries of a `conv_matrix` answer.
  case matrixEntries
}
