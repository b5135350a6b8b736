/// One tap of a window: which kernel weight meets which input cell.
public struct Tap: Hashable, Sendable {
  /// The kernel weight's row and column.
  public var kernel: Pair
  /// The row and column in the padded input.
  public var padded: Pair
  /// The row and column in the unpadded input, or nil when the tap lands on padding.
  public var input: Pair?
}

/// Which cells each window touches, in both directions.
///
/// For the paper's padding_strides_odd case (i = 6, k = 3, s = 2, p = 1) the
/// last row and column of the padded input are never reached:
///
///     let field = ReceptiveField(parameters: .init(input: Pair(6), kernel: Pair(3), stride: Pair(2), padding: Pair(1)))
///     field.unreachedRows  // [7], the last padding row
public struct ReceptiveField: Sendable {
  public let parameters: ConvParameters
  public let output: Pair

  public init(parameters: ConvParameters) {
    self.parameters = parameters
    self.output = parameters.convOutput
  }

  /// The top-left corner of output cell `(row, col)`'s window, in padded coordinates.
  public func windowOrigin(outputRow row: Int, outputCol col: Int) -> Pair {
    Pair(row * parameters.stride.h, col * parameters.stride.w)
  }

  /// The taps of output cell `(row, col)`, in row-major kernel order.
  public func taps(outputRow row: Int, outputCol col: Int) -> [Tap] {
    let origin = windowOrigin(outputRow: row, outputCol: col)
    let p = parameters
    var taps: [Tap] = []
    taps.reserveCapacity(p.kernel.area)
    for ky in 0..<p.kernel.h {
      for kx in 0..<p.kernel.w {
        let padded = Pair(origin.h + ky * p.dilation.h, origin.w + kx * p.dilation.w)
        let r = padded.h - p.padding.h
        let c = padded.w - p.padding.w
        let inside = r >= 0 && r < p.input.h && c >= 0 && c < p.input.w
        taps.append(Tap(kernel: Pair(ky, kx), padded: padded, input: inside ? Pair(r, c) : nil))
      }
    }
    return taps
  }

  /// The output cells whose windows use input cell `(row, col)`, in row-major order.
  public func outputs(feedingInputRow row: Int, col: Int) -> [Pair] {
    let rows = Self.outputs(along: parameters.along(.height), output: output.h, feeding: row)
    let cols = Self.outputs(along: parameters.along(.width), output: output.w, feeding: col)
    return rows.flatMap { r in cols.map { c in Pair(r, c) } }
  }

  /// Rows of the padded input (padded coordinates, 0 ..< i + 2p) that no window ever reaches.
  ///
  /// In padding_strides_odd this is the last padding row, 7; with stride and
  /// dilation it can also be rows of the input itself.
  public var unreachedRows: [Int] {
    Self.unreached(along: parameters.along(.height), output: output.h)
  }

  /// Columns of the padded input (padded coordinates) that no window ever reaches.
  public var unreachedCols: [Int] {
    Self.unreached(along: parameters.along(.width), output: output.w)
  }

  static func unreached(along a: AxisParameters, output: Int) -> [Int] {
    (0..<(a.i + 2 * a.p)).filter { outputs(along: a, output: output, feeding: $0 - a.p).isEmpty }
  }

  /// Output indices `o` along one axis with `o·s + t·d − p = index` for some tap `t`.
  static func outputs(along a: AxisParameters, output: Int, feeding index: Int) -> [Int] {
    var result: [Int] = []
    for o in 0..<max(0, output) {
      let offset = index + a.p - o * a.s
      if offset >= 0 && offset % a.d == 0 && offset / a.d < a.k { result.append(o) }
    }
    return result
  }
}
