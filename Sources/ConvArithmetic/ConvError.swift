/// Why the engine refused a request. Each case reads as one clear sentence.
public enum ConvError: Error, Equatable, Sendable, CustomStringConvertible {
  case raggedGrid(row: Int, expected: Int, found: Int)
  case emptyGrid(name: String)
  case notPositive(name: String, value: Pair)
  case negative(name: String, value: Pair)
  case kernelLargerThanPaddedInput(kernel: Pair, padded: Pair)
  case outputTooSmall(output: Pair)
  case outputPaddingTooLarge(outputPadding: Pair, stride: Pair, dilation: Pair)
  case beyondLimit(name: String, value: Int, limit: Int)
  case indicesShape(indices: Pair, input: Pair)
  case indexOutOfRange(index: Int, count: Int)
  case badOutputSize(requested: Pair, low: Pair, high: Pair)
  case badScale(name: String)
  case invalid(String)
  /// A multi-channel or batch-norm refusal; see ``ChannelError``.
  case channels(ChannelError)

  public var description: String {
    switch self {
    case .raggedGrid(let row, let expected, let found):
      return
        "The grid is ragged: row \(row) has \(found) values but the first row has \(expected); every row must have the same length."
    case .emptyGrid(let name):
      return "The \(name) grid is empty; it needs at least one row and one column."
    case .notPositive(let name, let value):
      return "The \(name) must be at least 1 on each axis, but it is \(value.h)x\(value.w)."
    case .negative(let name, let value):
      return "The \(name) must not be negative, but it is \(value.h)x\(value.w)."
    case .kernelLargerThanPaddedInput(let kernel, let padded):
      return
        "The dilated kernel (\(kernel.h)x\(kernel.w)) is larger than the padded input (\(padded.h)x\(padded.w)); shrink the kernel or dilation, or add padding."
    case .outputTooSmall(let output):
      return
        "These parameters give an output of \(output.h)x\(output.w); every output side must be at least 1."
    case .outputPaddingTooLarge(let op, let stride, let dilation):
      return
        "The output padding (\(op.h)x\(op.w)) must be smaller than the stride (\(stride.h)x\(stride.w)) or the dilation (\(dilation.h)x\(dilation.w)) on each axis."
    case .beyondLimit(let name, let value, let limit):
      return "The \(name) is \(value), beyond the limit of \(limit)."
    case .indicesShape(let indices, let input):
      return
        "The indices grid is \(indices.h)x\(indices.w) but the input is \(input.h)x\(input.w); they must match."
    case .indexOutOfRange(let index, let count):
      return
        "The index \(index) is outside the unpooled output, which has \(count) cells (indices run from 0 to \(count - 1))."
    case .badOutputSize(let requested, let low, let high):
      return
        "The output size \(requested.h)x\(requested.w) is not allowed; each side must lie strictly between \(low.h)x\(low.w) and \(high.h)x\(high.w)."
    case .badScale(let name):
      return "The \(name) must be a positive finite number."
    case .invalid(let sentence):
      return sentence
    case .channels(let error):
      return error.description
    }
  }
}

/// The largest sizes the engine accepts, so that no request can hang or exhaust memory.
///
/// They comfortably hold FCN's upscore layer: kernel 64, stride 32, on a
/// 16 × 16 map, which gives a 544 × 544 output.
public enum Limits {
  /// The longest side of any grid: input, kernel, or output.
  public static let maxSide = 4096
  /// The most cells in any one grid (2^22, about 4.2 million).
  public static let maxCells = 1 << 22
  /// The most multiply-adds one operation may take (2^28, under a second).
  public static let maxWork = 1 << 28
  /// The largest stride, padding, dilation or output padding.
  public static let maxParameter = 1024
  /// The most entries in a `conv_matrix` answer (2^20: a 32 × 32 input's 1024 × 1024 matrix).
  public static let maxMatrixCells = 1 << 20

  static func check(_ name: String, _ value: Pair, limit: Int = maxParameter) throws(ConvError) {
    if value.h > limit { throw .beyondLimit(name: "\(name) height", value: value.h, limit: limit) }
    if value.w > limit { throw .beyondLimit(name: "\(name) width", value: value.w, limit: limit) }
  }

  static func checkGrid(_ name: String, _ size: Pair) throws(ConvError) {
    try check(name, size, limit: maxSide)
    if size.h * size.w > maxCells {
      throw .beyondLimit(name: "number of \(name) cells", value: size.h * size.w, limit: maxCells)
    }
  }

  static func checkWork(_ work: Int) throws(ConvError) {
    if work > maxWork {
      throw .beyondLimit(name: "work (multiply-adds)", value: work, limit: maxWork)
    }
  }
}
