/// One product in an output cell's sum: an input value times a kernel weight.
public struct Term: Hashable, Sendable {
  /// The kernel weight's row and column.
  public var kernel: Pair
  /// The row and column in the padded input.
  public var padded: Pair
  /// The row and column in the unpadded input, or nil when the value is padding.
  public var input: Pair?
  /// The input value (0 for padding).
  public var value: Double
  /// The kernel weight.
  public var weight: Double
  /// The weight's row and column in the kernel as the user gave it: `kernel` itself, or
  /// its mirror when the result is a true convolution that flipped the kernel first.
  public var source: Pair

  public var product: Double { value * weight }
}

/// The output of a convolution, with everything needed to explain each cell.
public struct ConvolutionResult: Sendable {
  public let input: Matrix
  public let kernel: Matrix
  public let parameters: ConvParameters
  public let output: Matrix
  /// Whether `kernel` is the given kernel turned by 180° (a true convolution, ``Convolution/trueForward(input:kernel:parameters:)``).
  public var flipped = false

  /// The products that make output cell `(row, col)`, in row-major kernel order.
  ///
  /// Their sum is `output[row, col]`: `y[r,c] = Σ x[r·s + ky·d − p, c·s + kx·d − p] · w[ky, kx]`.
  public func terms(row: Int, col: Int) -> [Term] {
    ReceptiveField(parameters: parameters).taps(outputRow: row, outputCol: col).map { tap in
      let value = tap.input.map { input[$0.h, $0.w] } ?? 0
      return Term(
        kernel: tap.kernel, padded: tap.padded, input: tap.input, value: value,
        weight: kernel[tap.kernel.h, tap.kernel.w],
        source: flipped ? KernelFlip.source(of: tap.kernel, kernel: kernel.size) : tap.kernel)
    }
  }

  /// The padded input as a grid: the input with `p` zeros on each side.
  public var paddedInput: Matrix {
    let p = parameters.padding
    let size = parameters.paddedInput
    return Matrix(rows: size.h, cols: size.w) { r, c in
      let (ir, ic) = (r - p.h, c - p.w)
      return input.contains(ir, ic) ? input[ir, ic] : 0
    }
  }
}

/// Convolution as PyTorch computes it (cross-correlation: the kernel is not flipped).
public enum Convolution {
  /// Convolves `input` with `kernel`; `parameters.input` and `.kernel` are taken from the grids.
  ///
  ///     let y = try Convolution.forward(input: x, kernel: w, parameters: .init(input: x.size, kernel: w.size, stride: Pair(2), padding: Pair(1)))
  public static func forward(input: Matrix, kernel: Matrix, parameters: ConvParameters)
    throws(ConvError)
    -> ConvolutionResult
  {
    var p = parameters
    p.input = input.size
    p.kernel = kernel.size
    try p.validateConvolution()
    return ConvolutionResult(
      input: input, kernel: kernel, parameters: p, output: compute(input, kernel, p))
  }

  /// `torch.nn.functional.conv2d` for one channel: the output grid alone.
  public static func conv2d(
    _ input: Matrix, _ kernel: Matrix, stride: Pair = Pair(1), padding: Pair = Pair(0),
    dilation: Pair = Pair(1)
  ) throws(ConvError) -> Matrix {
    try forward(
      input: input, kernel: kernel,
      parameters: ConvParameters(
        input: input.size, kernel: kernel.size, stride: stride, padding: padding, dilation: dilation
      )
    ).output
  }

  /// The direct loop over validated parameters, skipping taps that land on padding.
  static func compute(_ x: Matrix, _ w: Matrix, _ p: ConvParameters) -> Matrix {
    let out = p.convOutput
    var y = Matrix.zeros(out)
    x.storage.withUnsafeBufferPointer { xs in
      w.storage.withUnsafeBufferPointer { ws in
        y.storage.withUnsafeMutableBufferPointer { ys in
          for r in 0..<out.h {
            for c in 0..<out.w {
              var sum = 0.0
              for ky in 0..<p.kernel.h {
                let ir = r * p.stride.h + ky * p.dilation.h - p.padding.h
                if ir < 0 || ir >= x.rows { continue }
                for kx in 0..<p.kernel.w {
                  let ic = c * p.stride.w + kx * p.dilation.w - p.padding.w
                  if ic < 0 || ic >= x.cols { continue }
                  sum += xs[ir * x.cols + ic] * ws[ky * w.cols + kx]
                }
              }
              ys[r * out.w + c] = sum
            }
          }
        }
      }
    }
    return y
  }
}
