/// What a cell of the zero-inserted grid holds, and why.
public enum InsertedCellKind: Hashable, Sendable {
  /// A value of the original input, at this row and column of it.
  case input(Pair)
  /// One of the `s − 1` zeros put between input cells.
  case insertedZero
  /// One of the `d(k − 1) − p` zeros added around the stretched input.
  case padding
  /// One of the output_padding zeros added at the bottom and right.
  case outputPadding
}

/// The zero-insertion view of a transposed convolution, with every intermediate grid.
///
/// The steps: put `s − 1` zeros between input cells (`stretched`); pad by
/// `d(k − 1) − p` on each side and output_padding more at the bottom and right,
/// or crop when that is negative (`inserted`); then slide the kernel turned
/// by 180° (`rotatedKernel`) over it with stride 1 (`convolution`).
public struct ZeroInsertion: Sendable {
  public let parameters: ConvParameters
  public let stretched: Matrix
  public let inserted: Matrix
  public let kinds: Grid<InsertedCellKind>
  public let rotatedKernel: Matrix
  /// `d(k − 1) − p` per axis: the padding of the equivalent direct convolution (negative crops).
  public let directPadding: Pair
  /// The stride-1 convolution over `inserted`, whose terms explain each output cell.
  public let convolution: ConvolutionResult

  public var output: Matrix { convolution.output }
}

/// How the output of a transposed convolution sits in the full stamped grid.
///
/// For i = 3, k = 3, s = 2, p = 1 the stamps cover 7×7 and the output is its inner 5×5:
///
///     let crop = TransposedConvolution.stampedCrop(parameters: p)
///     crop.full    // 7×7
///     crop.offset  // 1×1: output cell (0, 0) is cell (1, 1) of the full grid
public struct StampedCrop: Hashable, Sendable {
  /// The extent the stamps cover: `(i − 1)s + d(k − 1) + 1` per axis.
  public let stamped: Pair
  /// The grid that holds both the stamps and the output (larger than `stamped` only when
  /// output_padding reaches past the stamps).
  public let full: Pair
  /// Where output cell (0, 0) sits in `full`: the padding.
  public let offset: Pair
  public let output: Pair

  /// Whether cell `(row, col)` of the full grid is cropped away, outside the output.
  public func isCropped(row: Int, col: Int) -> Bool {
    row < offset.h || row >= offset.h + output.h || col < offset.w || col >= offset.w + output.w
  }

  /// Rows and columns cropped at the end (bottom, right): the padding, less what
  /// output_padding gives back; negative when output_padding reaches past the stamps.
  public var croppedAfter: Pair {
    Pair(stamped.h - offset.h - output.h, stamped.w - offset.w - output.w)
  }

  /// Rows and columns of the stamps cropped at the end (never negative).
  public var croppedAtEnd: Pair { croppedAfter.map { max(0, $0) } }

  /// Rows and columns output_padding adds past the stamps, at the bottom and right.
  public var addedPastStamps: Pair { croppedAfter.map { max(0, -$0) } }

  /// How much of the padding's crop at the end output_padding gives back.
  public var givenBack: Pair { Pair.zip(offset, croppedAtEnd, -) }
}

/// Transposed ("fractionally strided", "de-") convolution, two ways that agree.
public enum TransposedConvolution {
  /// `torch.nn.functional.conv_transpose2d` for one channel.
  public static func convTranspose2d(
    _ input: Matrix, _ kernel: Matrix, stride: Pair = Pair(1), padding: Pair = Pair(0),
    dilation: Pair = Pair(1), outputPadding: Pair = Pair(0)
  ) throws(ConvError) -> Matrix {
    try scatter(
      input: input, kernel: kernel,
      parameters: ConvParameters(
        input: input.size, kernel: kernel.size, stride: stride, padding: padding,
        dilation: dilation,
        outputPadding: outputPadding))
  }

  /// PyTorch's definition: each input cell adds value × kernel into the output.
  ///
  /// Input cell `(r, c)` with tap `(ky, kx)` lands on `(r·s − p + ky·d, c·s − p + kx·d)`.
  public static func scatter(input: Matrix, kernel: Matrix, parameters: ConvParameters)
    throws(ConvError) -> Matrix
  {
    let p = validated(input, kernel, parameters)
    try p.validateTransposed()
    let out = p.transposedOutput
    var y = Matrix.zeros(out)
    // The hot path of `compute`, tap by tap over whole rows: no division and no bounds test
    // per term. Going through the taps from the last to the first, each output cell gets its
    // terms in the order `forEachStamp` gives them (input cells row by row: a later input
    // row or column reaches a cell through an earlier tap), so every sum is the same to the bit.
    input.storage.withUnsafeBufferPointer { xs in
      kernel.storage.withUnsafeBufferPointer { ws in
        y.storage.withUnsafeMutableBufferPointer { ys in
          for ky in (0..<p.kernel.h).reversed() {
            let offsetY = ky * p.dilation.h - p.padding.h
            let rows = ChannelConvolution.validRange(
              offset: offsetY, stride: p.stride.h, size: out.h, count: p.input.h)
            if rows.isEmpty { continue }
            for kx in (0..<p.kernel.w).reversed() {
              let offsetX = kx * p.dilation.w - p.padding.w
              let cols = ChannelConvolution.validRange(
                offset: offsetX, stride: p.stride.w, size: out.w, count: p.input.w)
              if cols.isEmpty { continue }
              let weight = ws[ky * p.kernel.w + kx]
              for r in rows {
                let sourceRow = xs.baseAddress! + r * p.input.w
                let target = ys.baseAddress! + (r * p.stride.h + offsetY) * out.w + offsetX
                for c in cols { target[c * p.stride.w] += sourceRow[c] * weight }
              }
            }
          }
        }
      }
    }
    return y
  }

  /// The scatter after the first `stamps` input cells (row-major), with how many stamps reached each output cell.
  public static func scatterPartial(
    input: Matrix, kernel: Matrix, parameters: ConvParameters, stamps: Int
  ) throws(ConvError) -> (output: Matrix, counts: Grid<Int>) {
    let p = validated(input, kernel, parameters)
    try p.validateTransposed()
    let out = p.transposedOutput
    var y = Matrix.zeros(out)
    var counts = Grid<Int>(rows: out.h, cols: out.w, repeating: 0)
    for index in 0..<min(max(stamps, 0), input.storage.count) {
      let value = input.storage[index]
      forEachStamp(of: index, p, out) { output, tap in
        y.storage[output] += value * kernel.storage[tap]
        counts.storage[output] += 1
      }
    }
    return (y, counts)
  }

  /// Where a transposed convolution's output sits in the full grid that every stamp lands on
  /// whole: padding `p` crops `p` rows and columns from each side of that grid.
  public static func stampedCrop(parameters p: ConvParameters) -> StampedCrop {
    let output = p.transposedOutput
    let extent = Pair(
      AxisShape.stampedExtent(i: p.input.h, k: p.kernel.h, s: p.stride.h, d: p.dilation.h),
      AxisShape.stampedExtent(i: p.input.w, k: p.kernel.w, s: p.stride.w, d: p.dilation.w))
    // output_padding beyond the padding reaches past the stamps: rows no stamp reaches.
    let full = Pair.zip(extent, Pair.zip(p.padding, output, +), max)
    return StampedCrop(stamped: extent, full: full, offset: p.padding, output: output)
  }

  /// The scatter after the first `stamps` input cells on the full grid of `stampedCrop`:
  /// nothing cropped, so every stamp lands whole.
  public static func scatterPartialUncropped(
    input: Matrix, kernel: Matrix, parameters: ConvParameters, stamps: Int
  ) throws(ConvError) -> (output: Matrix, counts: Grid<Int>) {
    let p = validated(input, kernel, parameters)
    try p.validateTransposed()
    let crop = stampedCrop(parameters: p)
    var whole = p
    whole.padding = Pair(0)
    whole.outputPadding = Pair.zip(crop.full, crop.stamped, -)
    return try scatterPartial(input: input, kernel: kernel, parameters: whole, stamps: stamps)
  }

  /// The output cells that input cell `(row, col)` stamps, paired with the kernel tap used.
  public static func footprint(inputRow row: Int, col: Int, parameters p: ConvParameters) -> [(
    output: Pair, kernel: Pair
  )] {
    let out = p.transposedOutput
    var cells: [(Pair, Pair)] = []
    forEachStamp(of: row * p.input.w + col, p, out) { output, tap in
      cells.append((Pair(output / out.w, output % out.w), Pair(tap / p.kernel.w, tap % p.kernel.w)))
    }
    return cells
  }

  /// Calls `body(outputIndex, kernelIndex)` (row-major flat indices) for every tap of
  /// input cell `index` that lands inside the output.
  @inline(__always)
  static func forEachStamp(
    of index: Int, _ p: ConvParameters, _ out: Pair, _ body: (Int, Int) -> Void
  ) {
    let (r, c) = (index / p.input.w, index % p.input.w)
    for ky in 0..<p.kernel.h {
      let oy = r * p.stride.h - p.padding.h + ky * p.dilation.h
      if oy < 0 || oy >= out.h { continue }
      for kx in 0..<p.kernel.w {
        let ox = c * p.stride.w - p.padding.w + kx * p.dilation.w
        if ox < 0 || ox >= out.w { continue }
        body(oy * out.w + ox, ky * p.kernel.w + kx)
      }
    }
  }

  /// The zero-insertion view: stretch, pad (or crop), rotate the kernel, convolve with stride 1.
  public static func zeroInsertion(input: Matrix, kernel: Matrix, parameters: ConvParameters)
    throws(ConvError)
    -> ZeroInsertion
  {
    let p = validated(input, kernel, parameters)
    try p.validateTransposed()
    let stretchedSize = Pair.zip(p.input, p.stride) { ($0 - 1) * $1 + 1 }
    let stretched = Matrix(rows: stretchedSize.h, cols: stretchedSize.w) { r, c in
      r % p.stride.h == 0 && c % p.stride.w == 0 ? input[r / p.stride.h, c / p.stride.w] : 0
    }
    let before = Pair(p.along(.height).transposedPadding, p.along(.width).transposedPadding)
    let insertedSize = Pair(
      stretchedSize.h + 2 * before.h + p.outputPadding.h,
      stretchedSize.w + 2 * before.w + p.outputPadding.w)
    let kinds = Grid<InsertedCellKind>(rows: insertedSize.h, cols: insertedSize.w) { r, c in
      let rowKind = axisKind(
        r - before.h, stretched: stretchedSize.h, stride: p.stride.h, padding: before.h)
      let colKind = axisKind(
        c - before.w, stretched: stretchedSize.w, stride: p.stride.w, padding: before.w)
      switch (rowKind, colKind) {
      case (.outputPadding, _), (_, .outputPadding): return .outputPadding
      case (.padding, _), (_, .padding): return .padding
      case (.onGrid(let ir), .onGrid(let ic)): return .input(Pair(ir, ic))
      default: return .insertedZero
      }
    }
    let inserted = Matrix(rows: insertedSize.h, cols: insertedSize.w) { r, c in
      if case .input(let cell) = kinds[r, c] { return input[cell.h, cell.w] }
      return 0
    }
    // A stride-1 true convolution: the window slides the kernel turned by 180°, and each
    // term still names the weight as given (its `source`).
    let convolution = try Convolution.trueForward(
      input: inserted, kernel: kernel,
      parameters: ConvParameters(input: insertedSize, kernel: kernel.size, dilation: p.dilation))
    let rotated = convolution.kernel
    return ZeroInsertion(
      parameters: p, stretched: stretched, inserted: inserted, kinds: kinds, rotatedKernel: rotated,
      directPadding: before, convolution: convolution)
  }

  private enum AxisKind { case onGrid(Int), between, padding, outputPadding }

  /// Classifies stretched index `j` along one axis (it may lie outside the stretched input).
  private static func axisKind(_ j: Int, stretched: Int, stride: Int, padding: Int) -> AxisKind {
    if j < 0 { return .padding }
    if j >= stretched { return j - stretched < padding ? .padding : .outputPadding }
    return j % stride == 0 ? .onGrid(j / stride) : .between
  }

  private static func validated(_ input: Matrix, _ kernel: Matrix, _ parameters: ConvParameters)
    -> ConvParameters
  {
    var p = parameters
    p.input = input.size
    p.kernel = kernel.size
    return p
  }
}
