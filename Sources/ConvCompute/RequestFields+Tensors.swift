import ConvArithmetic
import ConvJSON
import ConvMessages

/// A regular nested array of numbers from a request: a grid, a stack of channels, 4-D weights or a vector.
public struct NumberArray: Sendable, Equatable {
  /// The length of each level, outermost first.
  public var shape: [Int]
  /// Every number, row-major.
  public var values: [Double]

  public init(shape: [Int], values: [Double]) {
    self.shape = shape
    self.values = values
  }

  public var rank: Int { shape.count }

  /// The array as a grid; it must be 2-D.
  var grid: Matrix { Matrix(rows: shape[0], cols: shape[1], storage: values) }

  /// The array as a stack of channels; a 2-D array is one channel.
  var maps: Maps {
    rank == 2
      ? Maps(channels: 1, rows: shape[0], cols: shape[1], storage: values)
      : Maps(channels: shape[0], rows: shape[1], cols: shape[2], storage: values)
  }

  /// The array as 4-D weights; a 2-D array is `[1][1][kh][kw]`.
  var weights: Weights {
    rank == 2
      ? Weights(outer: 1, inner: 1, kernel: Pair(shape[0], shape[1]), storage: values)
      : Weights(outer: shape[0], inner: shape[1], kernel: Pair(shape[2], shape[3]), storage: values)
  }
}

extension RequestFields {
  /// How deeply a member's arrays nest along their first elements (0 for a non-array), or nil when absent.
  func rank(_ name: String) -> Int? {
    guard let raw = rawValue(name) else { return nil }
    switch raw {
    case .grid: return 2
    case .tensor(let tensor): return tensor.shape.count
    case .json(var value):
      var rank = 0
      while case .array(let elements) = value, let first = elements.first {
        rank += 1
        value = first
      }
      if case .array = value { rank += 1 }
      return rank
    }
  }

  /// A required regular number array whose rank is one of `ranks`, within the limits.
  ///
  /// `what` names the accepted shapes for the message, such as a grid or a stack of channels.
  func numberArray(_ name: String, ranks: [Int], what: ArrayForm) throws(ComputeError)
    -> NumberArray
  {
    guard let raw = rawValue(name) else { throw missing(name) }
    let array: NumberArray
    switch raw {
    case .grid(let literal):
      array = NumberArray(shape: [literal.rows, literal.cols], values: literal.values)
    case .tensor(let literal):
      array = NumberArray(shape: literal.shape, values: literal.values)
    case .json(let value):
      array = try Self.flatten(name, value)
    }
    guard ranks.contains(array.rank) else {
      throw ComputeError(.wrongRank(name: name, expected: what, rank: array.rank))
    }
    if array.rank >= 2 {
      let (h, w) = (array.shape[array.rank - 2], array.shape[array.rank - 1])
      if h > Limits.maxSide || w > Limits.maxSide {
        throw ComputeError(.gridsTooWide(name: name, h: h, w: w, limit: Limits.maxSide))
      }
    }
    if array.values.count > Limits.maxCells {
      throw ComputeError(
        .tooManyNumbers(name: name, count: array.values.count, limit: Limits.maxCells))
    }
    return array
  }

  /// An optional per-channel vector of numbers, such as a bias.
  func vector(_ name: String) throws(ComputeError) -> [Double]? {
    guard rawValue(name) != nil else { return nil }
    return try numberArray(name, ranks: [1], what: .vector).values
  }

  /// A required per-channel vector of numbers, such as batch norm's mean.
  func requiredVector(_ name: String) throws(ComputeError) -> [Double] {
    guard let vector = try vector(name) else { throw missing(name) }
    return vector
  }

  /// An optional integer (of either sign: the engine judges the range), or `fallback`.
  func signedInteger(_ name: String, default fallback: Int) throws(ComputeError) -> Int {
    guard let value = value(name) else { return fallback }
    guard case .integer(let n) = value else {
      throw ComputeError(.notInteger(name: name, value: ComputeError.quote(value)))
    }
    return n
  }

  /// An optional number (the engine judges its range), or `fallback`.
  func number(_ name: String, default fallback: Double) throws(ComputeError) -> Double {
    guard let value = value(name) else { return fallback }
    guard let x = value.doubleValue else {
      throw ComputeError(.notNumber(name: name, value: ComputeError.quote(value)))
    }
    return x
  }

  /// Reads a general JSON value as a regular nested array of numbers, with a sentence for the first irregularity.
  static func flatten(_ name: String, _ value: JSONValue) throws(ComputeError) -> NumberArray {
    var shape: [Int] = []
    var probe = value
    while case .array(let elements) = probe {
      if elements.isEmpty {
        throw ComputeError(
          .emptyLevel(name: name, path: path(name, Array(repeating: 0, count: shape.count))))
      }
      shape.append(elements.count)
      probe = elements[0]
    }
    var values: [Double] = []
    values.reserveCapacity(shape.reduce(1, *))
    var indices: [Int] = []
    try walk(name, value, shape, &indices, &values)
    return NumberArray(shape: shape, values: values)
  }

  private static func walk(
    _ name: String, _ value: JSONValue, _ shape: [Int], _ indices: inout [Int],
    _ values: inout [Double]
  ) throws(ComputeError) {
    let level = indices.count
    if level == shape.count {
      guard let x = value.doubleValue else {
        throw ComputeError(
          .notNumberAt(name: name, path: path(name, indices), value: ComputeError.quote(value)))
      }
      values.append(x)
      return
    }
    let first = path(name, Array(repeating: 0, count: level))
    guard case .array(let elements) = value else {
      throw ComputeError(
        .raggedNotArray(
          name: name, path: path(name, indices), value: ComputeError.quote(value), first: first,
          length: shape[level]))
    }
    if elements.count != shape[level] {
      throw ComputeError(
        .raggedLength(
          name: name, path: path(name, indices), count: elements.count, first: first,
          length: shape[level]))
    }
    for (index, element) in elements.enumerated() {
      indices.append(index)
      try walk(name, element, shape, &indices, &values)
      indices.removeLast()
    }
  }

  /// `input[1][0]`: where in a field a value sits.
  private static func path(_ name: String, _ indices: [Int]) -> String {
    name + indices.map { "[\($0)]" }.joined()
  }
}
