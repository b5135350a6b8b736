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
/// last row and column of the padded input are read by no tap:
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

  /// The rows (`.height`) or columns (`.width`) of the padded input that no tap reads, each
  /// with the reason, in increasing order.
  ///
  /// With i = 8, k = 2, d = 2, s = 2, p = 0 every window spans three rows and the stride
  /// is as long as the gap between taps, so rows 1, 3 and 5 sit in the holes of every
  /// window that spans them, and row 7 lies after the last window (rows 4–6):
  ///
  ///     field.unreached(along: .height)
  ///     // [1: .dilationHole, 3: .dilationHole, 5: .dilationHole, 7: .pastLastWindow]
  public func unreached(along axis: Axis) -> [UnreachedLine] {
    let a = parameters.along(axis)
    let count = output[axis]
    let span = AxisShape.effectiveKernel(k: a.k, d: a.d)
    let lastEnd = lastWindowEnd(along: axis)
    return Self.unreached(along: a, output: count).map { index in
      let reason: UnreachedReason
      if index > lastEnd {
        reason = .pastLastWindow
      } else if index % a.s < span {
        // The window starting at the last stride step at or before `index` spans it.
        reason = .dilationHole
      } else {
        reason = .betweenWindows
      }
      return UnreachedLine(index: index, reason: reason)
    }
  }

  /// The last padded row (`.height`) or column (`.width`) that the last window spans:
  /// `(o − 1)·s + d(k − 1)`; −1 when there is no window.
  public func lastWindowEnd(along axis: Axis) -> Int {
    let a = parameters.along(axis)
    let count = output[axis]
    guard count >= 1 else { return -1 }
    return (count - 1) * a.s + a.d * (a.k - 1)
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

/// Why no tap of any window reads a row or column of the padded input.
public enum UnreachedReason: Hashable, Sendable {
  /// It lies after the end of the last window: one more stride would run the window past
  /// the padded edge, so there is no further window.
  case pastLastWindow
  /// It lies between two windows: the stride is longer than the span of the (dilated) kernel.
  case betweenWindows
  /// Windows span it, but each of them has a dilation hole there: the stride moves the taps
  /// so that the holes line up on it.
  case dilationHole
}

/// A row or column of the padded input that no tap reads, and why.
public struct UnreachedLine: Hashable, Sendable, CustomStringConvertible {
  /// The index in the padded input.
  public var index: Int
  public var reason: UnreachedReason

  public init(index: Int, reason: UnreachedReason) {
    self.index = index
    self.reason = reason
  }

  public var description: String { "\(index): .\(reason)" }
}
