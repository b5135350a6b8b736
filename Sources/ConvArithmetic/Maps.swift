/// A stack of equally sized channels ("maps"), `[C][H][W]`, stored channel after channel, each row-major.
///
///     let x = try Maps([Matrix.zeros(Pair(4)), Matrix.zeros(Pair(4))])
///     x.channels  // 2
public struct Maps: Sendable, Equatable {
  public let channels: Int
  public let rows: Int
  public let cols: Int
  public internal(set) var storage: [Double]

  /// A stack from flat storage; `storage.count` must equal `channels * rows * cols`.
  public init(channels: Int, rows: Int, cols: Int, storage: [Double]) {
    precondition(channels >= 0 && rows >= 0 && cols >= 0, "stack sides must not be negative")
    precondition(storage.count == channels * rows * cols, "storage does not match the stack size")
    self.channels = channels
    self.rows = rows
    self.cols = cols
    self.storage = storage
  }

  /// A stack of `channels` grids of `size`, every cell `value`.
  public init(channels: Int, size: Pair, repeating value: Double) {
    self.init(
      channels: channels, rows: size.h, cols: size.w,
      storage: Array(repeating: value, count: channels * size.area))
  }

  /// A stack from its channels, which must all have one size.
  public init(_ grids: [Matrix]) throws(ConvError) {
    guard let first = grids.first else { throw .channels(.emptyStack) }
    for (index, grid) in grids.enumerated() where grid.size != first.size {
      throw .channels(.channelSizes(channel: index, size: grid.size, expected: first.size))
    }
    self.init(
      channels: grids.count, rows: first.rows, cols: first.cols,
      storage: grids.flatMap(\.storage))
  }

  /// The height and width of every channel.
  public var size: Pair { Pair(rows, cols) }

  public subscript(channel: Int, r: Int, c: Int) -> Double {
    get { storage[(channel * rows + r) * cols + c] }
    set { storage[(channel * rows + r) * cols + c] = newValue }
  }

  /// One channel as a grid.
  public func channel(_ index: Int) -> Matrix {
    let area = rows * cols
    return Matrix(
      rows: rows, cols: cols, storage: Array(storage[(index * area)..<((index + 1) * area)]))
  }

  /// Every channel as a grid, in order.
  public var grids: [Matrix] { (0..<channels).map(channel) }

  /// The sum of element-wise products with a stack of the same shape.
  public func dot(_ other: Maps) -> Double {
    precondition(storage.count == other.storage.count, "dot needs stacks of one shape")
    var sum = 0.0
    for index in storage.indices { sum += storage[index] * other.storage[index] }
    return sum
  }

  /// The largest absolute difference from a stack of the same shape (infinity when shapes differ).
  public func maxAbsDifference(_ other: Maps) -> Double {
    guard channels == other.channels, size == other.size else { return .infinity }
    var worst = 0.0
    for index in storage.indices {
      worst = Swift.max(worst, abs(storage[index] - other.storage[index]))
    }
    return worst
  }
}

/// Convolution weights in PyTorch's 4-D layout `[outer][inner][kh][kw]`.
///
/// For `conv2d` the layout is `[C_out][C_in/groups][kh][kw]`; for
/// `conv_transpose2d` it is `[C_in][C_out/groups][kh][kw]`. Which is which is
/// up to the operation, so one type serves both.
///
///     let w = Weights(outer: 4, inner: 1, kernel: Pair(3)) { o, c, r, col in 1 }  // depthwise, 4 channels
public struct Weights: Sendable, Equatable {
  public let outer: Int
  public let inner: Int
  public let kernel: Pair
  public internal(set) var storage: [Double]

  /// Weights from flat storage; `storage.count` must equal `outer * inner * kernel.area`.
  public init(outer: Int, inner: Int, kernel: Pair, storage: [Double]) {
    precondition(outer >= 0 && inner >= 0 && kernel.h >= 0 && kernel.w >= 0, "negative side")
    precondition(storage.count == outer * inner * kernel.area, "storage does not match the size")
    self.outer = outer
    self.inner = inner
    self.kernel = kernel
    self.storage = storage
  }

  /// Weights whose tap `[a][b][r][c]` is `f(a, b, r, c)`.
  public init(outer: Int, inner: Int, kernel: Pair, _ f: (Int, Int, Int, Int) -> Double) {
    var storage: [Double] = []
    storage.reserveCapacity(outer * inner * kernel.area)
    for a in 0..<outer {
      for b in 0..<inner {
        for r in 0..<kernel.h {
          for c in 0..<kernel.w { storage.append(f(a, b, r, c)) }
        }
      }
    }
    self.init(outer: outer, inner: inner, kernel: kernel, storage: storage)
  }

  public subscript(a: Int, b: Int, r: Int, c: Int) -> Double {
    get { storage[((a * inner + b) * kernel.h + r) * kernel.w + c] }
    set { storage[((a * inner + b) * kernel.h + r) * kernel.w + c] = newValue }
  }

  /// The kernel slice `[a][b]` as a grid.
  public func slice(_ a: Int, _ b: Int) -> Matrix {
    let start = (a * inner + b) * kernel.area
    return Matrix(
      rows: kernel.h, cols: kernel.w, storage: Array(storage[start..<(start + kernel.area)]))
  }
}
