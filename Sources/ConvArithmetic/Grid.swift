/// A dense two-dimensional grid of values, stored row-major.
///
///     let x = try Grid([[1, 2], [3, 4]])
///     x[1, 0]   // 3
public struct Grid<Element: Sendable>: Sendable {
  public let rows: Int
  public let cols: Int
  public internal(set) var storage: [Element]

  /// A grid of `rows × cols` cells, all equal to `value`.
  public init(rows: Int, cols: Int, repeating value: Element) {
    precondition(rows >= 0 && cols >= 0, "grid sides must not be negative")
    self.rows = rows
    self.cols = cols
    self.storage = Array(repeating: value, count: rows * cols)
  }

  /// A grid from row-major storage; `storage.count` must equal `rows * cols`.
  public init(rows: Int, cols: Int, storage: [Element]) {
    precondition(storage.count == rows * cols, "storage does not match the grid size")
    self.rows = rows
    self.cols = cols
    self.storage = storage
  }

  /// A grid whose cell `(r, c)` is `f(r, c)`.
  public init(rows: Int, cols: Int, _ f: (Int, Int) -> Element) {
    var storage: [Element] = []
    storage.reserveCapacity(rows * cols)
    for r in 0..<rows {
      for c in 0..<cols { storage.append(f(r, c)) }
    }
    self.init(rows: rows, cols: cols, storage: storage)
  }

  /// A grid from an array of rows; throws when the rows differ in length.
  public init(_ rowArrays: [[Element]]) throws(ConvError) {
    let cols = rowArrays.first?.count ?? 0
    for (index, row) in rowArrays.enumerated() where row.count != cols {
      throw .raggedGrid(row: index, expected: cols, found: row.count)
    }
    self.init(rows: rowArrays.count, cols: cols, storage: rowArrays.flatMap { $0 })
  }

  public var size: Pair { Pair(rows, cols) }

  public var isEmpty: Bool { rows == 0 || cols == 0 }

  public subscript(r: Int, c: Int) -> Element {
    get { storage[r * cols + c] }
    set { storage[r * cols + c] = newValue }
  }

  /// Whether `(r, c)` lies inside the grid.
  public func contains(_ r: Int, _ c: Int) -> Bool {
    r >= 0 && r < rows && c >= 0 && c < cols
  }

  /// The grid as an array of rows.
  public var rowArrays: [[Element]] {
    (0..<rows).map { r in Array(storage[(r * cols)..<((r + 1) * cols)]) }
  }

  /// Applies `f` to every cell.
  public func map<T>(_ f: (Element) -> T) -> Grid<T> {
    Grid<T>(rows: rows, cols: cols, storage: storage.map(f))
  }

  /// The grid turned by 180°: cell `(r, c)` moves to `(rows-1-r, cols-1-c)`.
  public var rotated180: Grid {
    Grid(rows: rows, cols: cols, storage: storage.reversed())
  }

  /// The transpose: cell `(r, c)` moves to `(c, r)`.
  public var transposed: Grid {
    Grid(rows: cols, cols: rows) { r, c in self[c, r] }
  }
}

extension Grid: Equatable where Element: Equatable {}
extension Grid: Hashable where Element: Hashable {}

/// A grid of real numbers, the engine's only tensor type.
public typealias Matrix = Grid<Double>

extension Grid where Element == Double {
  /// A grid of zeros.
  public static func zeros(_ size: Pair) -> Grid<Double> {
    Grid(rows: size.h, cols: size.w, repeating: 0)
  }

  /// The sum of element-wise products with another grid of the same size.
  public func dot(_ other: Grid<Double>) -> Double {
    precondition(size == other.size, "dot needs grids of one size")
    var sum = 0.0
    for index in storage.indices { sum += storage[index] * other.storage[index] }
    return sum
  }

  /// The largest absolute difference from another grid of the same size.
  public func maxAbsDifference(_ other: Grid<Double>) -> Double {
    guard size == other.size else { return .infinity }
    var worst = 0.0
    for index in storage.indices {
      worst = Swift.max(worst, abs(storage[index] - other.storage[index]))
    }
    return worst
  }
}
