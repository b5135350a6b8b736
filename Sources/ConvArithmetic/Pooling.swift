/// The result of max pooling: the maxima and where each one was (the "switches").
public struct MaxPoolResult: Sendable {
  public let parameters: ConvParameters
  public let ceilMode: Bool
  public let output: Matrix
  /// For each output cell, the row-major index of its maximum in the unpadded input, as PyTorch returns it.
  public let indices: Grid<Int>

  /// The input cells (unpadded coordinates) inside output cell `(row, col)`'s window.
  public func windowCells(row: Int, col: Int) -> [Pair] {
    ReceptiveField(parameters: parameters).taps(outputRow: row, outputCol: col).compactMap(\.input)
  }

  /// The cells of output cell `(row, col)`'s window that hold its maximum, in row-major
  /// window order; more than one is a tie, which the first of them won.
  public func maxima(row: Int, col: Int, of input: Matrix) -> [Pair] {
    let best = output[row, col]
    return windowCells(row: row, col: col).filter { input[$0.h, $0.w] == best }
  }

  /// The input cell (row, column) that output cell `(row, col)` took its maximum from.
  public func switchCell(row: Int, col: Int) -> Pair {
    let index = indices[row, col]
    return Pair(index / parameters.input.w, index % parameters.input.w)
  }
}

/// Max and average pooling, and max unpooling, as PyTorch defines them.
public enum Pooling {
  /// `torch.nn.functional.max_pool2d(..., return_indices=True)` for one channel.
  ///
  /// Padding counts as −∞; on a tie the first maximum in row-major window order wins.
  public static func maxPool2d(
    _ input: Matrix, kernel: Pair, stride: Pair, padding: Pair = Pair(0), dilation: Pair = Pair(1),
    ceilMode: Bool = false
  ) throws(ConvError) -> MaxPoolResult {
    let p = try validatedPool(input, kernel, stride, padding, dilation, ceilMode)
    let out = outputSize(p, ceilMode)
    var values = Matrix.zeros(out)
    var indices = Grid<Int>(rows: out.h, cols: out.w, repeating: 0)
    for r in 0..<out.h {
      for c in 0..<out.w {
        // PyTorch starts from −∞ at the window's first real cell and lets only a strictly
        // larger value (or NaN) replace it, so the first maximum wins a tie.
        var best = -Double.infinity
        var bestIndex = -1
        for ky in 0..<p.kernel.h {
          let ir = r * p.stride.h - p.padding.h + ky * p.dilation.h
          if ir < 0 || ir >= input.rows { continue }
          for kx in 0..<p.kernel.w {
            let ic = c * p.stride.w - p.padding.w + kx * p.dilation.w
            if ic < 0 || ic >= input.cols { continue }
            let v = input[ir, ic]
            if bestIndex < 0 { bestIndex = ir * input.cols + ic }
            if v > best || v.isNaN {
              best = v
              bestIndex = ir * input.cols + ic
            }
          }
        }
        values[r, c] = best
        indices[r, c] = bestIndex
      }
    }
    return MaxPoolResult(parameters: p, ceilMode: ceilMode, output: values, indices: indices)
  }

  /// `torch.nn.functional.avg_pool2d` for one channel.
  ///
  /// With `countIncludePad` (PyTorch's default) the divisor counts padding, but
  /// not the cells a ceil-mode window hangs past it; without, only input cells.
  public static func avgPool2d(
    _ input: Matrix, kernel: Pair, stride: Pair, padding: Pair = Pair(0), ceilMode: Bool = false,
    countIncludePad: Bool = true
  ) throws(ConvError) -> Matrix {
    let p = try validatedPool(input, kernel, stride, padding, Pair(1), ceilMode)
    let out = outputSize(p, ceilMode)
    var values = Matrix.zeros(out)
    for r in 0..<out.h {
      for c in 0..<out.w {
        let top = r * p.stride.h - p.padding.h
        let left = c * p.stride.w - p.padding.w
        // The divisor counts padding but not cells past it (ceil mode overhang).
        let bottom = min(top + p.kernel.h, input.rows + p.padding.h)
        let right = min(left + p.kernel.w, input.cols + p.padding.w)
        let divisor =
          countIncludePad
          ? Double((bottom - top) * (right - left))
          : Double(
            (min(bottom, input.rows) - max(top, 0)) * (min(right, input.cols) - max(left, 0)))
        var sum = 0.0
        for ir in max(top, 0)..<min(bottom, input.rows) {
          for ic in max(left, 0)..<min(right, input.cols) { sum += input[ir, ic] }
        }
        values[r, c] = sum / divisor
      }
    }
    return values
  }

  /// `torch.nn.functional.max_unpool2d` for one channel: each value goes back to its index, zeros elsewhere.
  ///
  /// The default output size is `(i − 1)s − 2p + k`; a given `outputSize` must lie
  /// strictly between that minus the stride and that plus the stride.
  public static func maxUnpool2d(
    _ input: Matrix, indices: Grid<Int>, kernel: Pair, stride: Pair, padding: Pair = Pair(0),
    outputSize: Pair? = nil
  ) throws(ConvError) -> Matrix {
    if input.isEmpty { throw .emptyGrid(.input) }
    if indices.size != input.size { throw .indicesShape(indices: indices.size, input: input.size) }
    let p = ConvParameters(input: input.size, kernel: kernel, stride: stride, padding: padding)
    try p.validateRanges()
    let natural = defaultUnpoolSize(p)
    let size = outputSize ?? natural
    if outputSize != nil {
      let low = Pair.zip(natural, stride, -)
      let high = Pair.zip(natural, stride, +)
      if !(low.h < size.h && size.h < high.h && low.w < size.w && size.w < high.w) {
        throw .badOutputSize(requested: size, low: low, high: high)
      }
    }
    if size.h < 1 || size.w < 1 { throw .outputTooSmall(output: size) }
    try Limits.checkGrid(.output, size)
    var output = Matrix.zeros(size)
    let count = size.area
    for (index, value) in zip(indices.storage, input.storage) {
      if index < 0 || index >= count { throw .indexOutOfRange(index: index, count: count) }
      output.storage[index] = value
    }
    return output
  }

  /// The unpooled size PyTorch uses when none is given: `(i − 1)s − 2p + k` per axis.
  public static func defaultUnpoolSize(_ p: ConvParameters) -> Pair {
    Pair(
      (p.input.h - 1) * p.stride.h - 2 * p.padding.h + p.kernel.h,
      (p.input.w - 1) * p.stride.w - 2 * p.padding.w + p.kernel.w)
  }

  static func outputSize(_ p: ConvParameters, _ ceilMode: Bool) -> Pair {
    Pair(
      AxisShape.poolOutput(
        i: p.input.h, k: p.kernel.h, s: p.stride.h, p: p.padding.h, d: p.dilation.h,
        ceilMode: ceilMode),
      AxisShape.poolOutput(
        i: p.input.w, k: p.kernel.w, s: p.stride.w, p: p.padding.w, d: p.dilation.w,
        ceilMode: ceilMode))
  }

  /// Checks pooling parameters as PyTorch does: padding at most half the kernel, output at least 1.
  static func validatedPool(
    _ input: Matrix, _ kernel: Pair, _ stride: Pair, _ padding: Pair, _ dilation: Pair,
    _ ceilMode: Bool
  ) throws(ConvError) -> ConvParameters {
    if input.isEmpty { throw .emptyGrid(.input) }
    let p = ConvParameters(
      input: input.size, kernel: kernel, stride: stride, padding: padding, dilation: dilation)
    try p.validateRanges()
    if padding.h > kernel.h / 2 || padding.w > kernel.w / 2 {
      throw .poolPaddingOverHalfKernel(padding: padding, kernel: kernel)
    }
    let out = outputSize(p, ceilMode)
    if out.h < 1 || out.w < 1 { throw .outputTooSmall(output: out) }
    try Limits.checkGrid(.output, out)
    try Limits.checkWork(out.area * kernel.area)
    return p
  }
}
