/// True convolution, the mathematicians': the kernel turned by 180° before it slides.
///
/// Deep-learning libraries call cross-correlation "convolution" (PyTorch's `conv2d` does not
/// flip the kernel); true convolution is cross-correlation with the flipped kernel:
///
///     let y = try Convolution.trueForward(input: x, kernel: w, parameters: p)
///     // y.output == Convolution.forward(input: x, kernel: KernelFlip.flipped(w), parameters: p).output
public enum KernelFlip {
  /// The kernel turned by 180°; flipping twice gives the kernel back.
  public static func flipped(_ kernel: Matrix) -> Matrix { kernel.rotated180 }

  /// Every `[o][c]` slice of a channel kernel turned by 180° (the channels stay in place).
  public static func flipped(_ weights: Weights) -> Weights {
    Weights(outer: weights.outer, inner: weights.inner, kernel: weights.kernel) { o, c, r, col in
      weights[o, c, weights.kernel.h - 1 - r, weights.kernel.w - 1 - col]
    }
  }

  /// The cell of the kernel as given that cell `tap` of the flipped kernel holds (and the
  /// other way round: the mirror is its own inverse).
  public static func source(of tap: Pair, kernel size: Pair) -> Pair {
    Pair(size.h - 1 - tap.h, size.w - 1 - tap.w)
  }
}

extension Convolution {
  /// True convolution with PyTorch's stride, padding and dilation: the kernel flipped, then
  /// slid as ``forward(input:kernel:parameters:)`` slides it. The result's `kernel` is the
  /// flipped one, and each term's `source` names the weight as the user gave it.
  public static func trueForward(input: Matrix, kernel: Matrix, parameters: ConvParameters)
    throws(ConvError) -> ConvolutionResult
  {
    var result = try forward(
      input: input, kernel: KernelFlip.flipped(kernel), parameters: parameters)
    result.flipped = true
    return result
  }

  /// `scipy.signal.convolve2d(x, w)` in its full mode, from the definition
  /// `y[n] = Σₘ x[m] · w[n − m]`, without sliding any window: the reference the flipped
  /// sliding window is checked against. The output is `(x + w − 1)` per axis.
  public static func convolve2dFull(_ x: Matrix, _ w: Matrix) -> Matrix {
    var y = Matrix.zeros(Pair(x.rows + w.rows - 1, x.cols + w.cols - 1))
    for mr in 0..<x.rows {
      for mc in 0..<x.cols {
        for kr in 0..<w.rows {
          for kc in 0..<w.cols {
            y[mr + kr, mc + kc] += x[mr, mc] * w[kr, kc]
          }
        }
      }
    }
    return y
  }
}

extension ConvMatrix {
  /// Which kernel cell each entry of C holds: nil where the entry is 0 because no tap lands
  /// there. Same sizes and order as ``make(parameters:kernel:)``; the symbolic view names
  /// the entries `w[ky,kx]` from it.
  public static func taps(parameters: ConvParameters) throws(ConvError) -> Grid<Pair?> {
    let p = parameters
    try p.validateConvolution()
    let out = p.convOutput
    if out.area * p.input.area > Limits.maxMatrixCells {
      throw .beyondLimit(
        .matrixEntries, value: out.area * p.input.area, limit: Limits.maxMatrixCells)
    }
    var taps = Grid<Pair?>(rows: out.area, cols: p.input.area, repeating: nil)
    let field = ReceptiveField(parameters: p)
    for r in 0..<out.h {
      for col in 0..<out.w {
        for tap in field.taps(outputRow: r, outputCol: col) {
          guard let cell = tap.input else { continue }
          taps[r * out.w + col, cell.h * p.input.w + cell.w] = tap.kernel
        }
      }
    }
    return taps
  }
}
