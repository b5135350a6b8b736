/// Bilinear interpolation by a factor f against the transposed convolution that FCN uses for
/// it: kernel `2f − f % 2` (FCN's bilinear weights), stride f, padding `⌈(f − 1)/2⌉`.
///
/// Both give an `f·i` grid; away from the border they agree, because the kernel's weights
/// are the interpolation's weights; at the border interpolation clamps to the edge cell while
/// the transposed convolution adds nothing from beyond it (zeros).
///
///     let c = try InterpComparison(input: x, factor: 2, alignCorners: false)
///     c.ringWidth  // 1: only the outermost ring differs
public struct InterpComparison: Sendable {
  public let input: Matrix
  public let factor: Int
  public let alignCorners: Bool
  /// The transposed convolution's parameters (output_padding chosen so the output is f·i).
  public let parameters: ConvParameters
  public let kernel: Matrix
  /// `interpolate(scale_factor=f, mode="bilinear", align_corners=…)`.
  public let interpolated: Matrix
  /// `conv_transpose2d(input, kernel, stride=f, padding=⌈(f−1)/2⌉, output_padding=…)`.
  public let transposed: Matrix
  /// `interpolated − transposed`, with differences within `tolerance` (the rounding of
  /// weights such as 1/3) written as 0.
  public let difference: Matrix
  /// How many cells differ by more than `tolerance`.
  public let differing: Int
  /// The width of the border ring outside which the two agree: 0 when they agree everywhere;
  /// the distance to the border of the innermost differing cell, plus one.
  public let ringWidth: Int

  /// Differences below this are rounding, not disagreement.
  public static let tolerance = 1e-9

  public init(input: Matrix, factor f: Int, alignCorners: Bool) throws(ConvError) {
    if f < 1 { throw .notPositive(.scale, value: Pair(f)) }
    if input.isEmpty { throw .emptyGrid(.input) }
    self.input = input
    self.factor = f
    self.alignCorners = alignCorners
    let setting = BilinearKernel.upsamplingSetting(factor: f)
    kernel = try BilinearKernel.make(size: setting.kernel, style: .fcn)
    let target = Pair(input.rows * f, input.cols * f)
    var p = ConvParameters(
      input: input.size, kernel: Pair(setting.kernel), stride: Pair(f),
      padding: Pair(setting.padding))
    // Whatever output_padding makes the size f·i (0 for every factor, as it turns out).
    p.outputPadding = Pair.zip(target, p.transposedOutput, -)
    parameters = p
    let transposed = try TransposedConvolution.convTranspose2d(
      input, kernel, stride: p.stride, padding: p.padding, outputPadding: p.outputPadding)
    let interpolated = try Upsampling.bilinear(
      input, .scale(h: Double(f), w: Double(f)), alignCorners: alignCorners)
    self.transposed = transposed
    self.interpolated = interpolated
    let difference = Matrix(rows: target.h, cols: target.w) { r, c in
      let d = interpolated[r, c] - transposed[r, c]
      return abs(d) > Self.tolerance ? d : 0
    }
    self.difference = difference
    var differing = 0
    var ring = 0
    for r in 0..<target.h {
      for c in 0..<target.w where difference[r, c] != 0 {
        differing += 1
        ring = max(ring, Self.depth(row: r, col: c, in: target) + 1)
      }
    }
    self.differing = differing
    self.ringWidth = ring
  }

  /// How many cells lie between `(row, col)` and the nearest border (0 on the border).
  public static func depth(row: Int, col: Int, in size: Pair) -> Int {
    min(row, col, size.h - 1 - row, size.w - 1 - col)
  }

  /// The input cells whose stamp reaches output cell `(row, col)`, with the kernel tap each
  /// uses: input r reaches output `r·f − p + ky` through tap ky.
  public func stamps(row: Int, col: Int) -> [(input: Pair, kernel: Pair)] {
    let p = parameters
    var found: [(Pair, Pair)] = []
    for r in 0..<input.rows {
      let ky = row + p.padding.h - r * p.stride.h
      guard ky >= 0 && ky < p.kernel.h else { continue }
      for c in 0..<input.cols {
        let kx = col + p.padding.w - c * p.stride.w
        guard kx >= 0 && kx < p.kernel.w else { continue }
        found.append((Pair(r, c), Pair(ky, kx)))
      }
    }
    return found
  }

  /// Where interpolation samples output index `index` along `axis`: the two neighbours and weights.
  public func source(_ index: Int, along axis: Axis) -> Upsampling.LinearSource {
    let size = axis == .height ? input.rows : input.cols
    return Upsampling.bilinearSource(
      outputIndex: index, inputSize: size, outputSize: size * factor, scale: Double(factor),
      alignCorners: alignCorners)
  }

  /// The unclamped source coordinate: `(dst + 0.5)/f − 0.5`, or `dst·(i − 1)/(f·i − 1)` with
  /// align_corners.
  public func rawSource(_ index: Int, along axis: Axis) -> Double {
    let size = axis == .height ? input.rows : input.cols
    if alignCorners {
      return size * factor > 1 ? Double(index) * Double(size - 1) / Double(size * factor - 1) : 0
    }
    return (Double(index) + 0.5) / Double(factor) - 0.5
  }
}
