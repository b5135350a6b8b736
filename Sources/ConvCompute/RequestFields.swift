import ConvArithmetic
import ConvJSON
import ConvMessages

/// The members of one request object, read field by field with a sentence for every mistake.
struct RequestFields {
  let op: ComputeOp
  let members: [(key: String, value: RequestValue)]

  /// Refuses unknown and repeated fields up front, so a typo such as "strides" is never silently ignored.
  init(op: ComputeOp, members: [(key: String, value: RequestValue)]) throws(ComputeError) {
    self.op = op
    self.members = members
    let allowed = op.fields
    for (index, member) in members.enumerated() {
      if member.key != "op" && !allowed.contains(member.key) {
        throw ComputeError(
          .unknownField(
            key: ComputeError.quote(.string(member.key)), op: op.rawValue, allowed: allowed))
      }
      for earlier in members[..<index] where earlier.key == member.key {
        throw ComputeError(.repeatedField(name: member.key))
      }
    }
  }

  /// A member as a general JSON value.
  func value(_ name: String) -> JSONValue? {
    rawValue(name)?.json
  }

  /// A member as parsed, a grid possibly read by the fast path.
  func rawValue(_ name: String) -> RequestValue? {
    for member in members where member.key == name { return member.value }
    return nil
  }

  func missing(_ name: String) -> ComputeError {
    let required = op.fields.filter { Self.isRequired($0, op) }
    return ComputeError(.missingField(name: name, op: op.rawValue, required: required))
  }

  private static func isRequired(_ field: String, _ op: ComputeOp) -> Bool {
    switch field {
    case "input", "kernel", "kernel_size", "indices": return true
    case "mean", "var", "bn", "input_size": return true
    case "size", "style": return op == .bilinearKernel
    case "input_size", "layers": return true
    default: return false
    }
  }

  // MARK: Grids

  /// A required grid of numbers: non-empty, rectangular, within `Limits`.
  func grid(_ name: String) throws(ComputeError) -> Matrix {
    guard let raw = rawValue(name) else { throw missing(name) }
    if case .grid(let literal) = raw {
      try checkGridLimits(name, rows: literal.rows, cols: literal.cols)
      return Matrix(rows: literal.rows, cols: literal.cols, storage: literal.values)
    }
    let value = raw.json
    let (rows, cols) = try gridShape(name, value)
    guard case .array(let rowValues) = value else { fatalError("checked by gridShape") }
    var storage: [Double] = []
    storage.reserveCapacity(rows * cols)
    for (r, rowValue) in rowValues.enumerated() {
      guard case .array(let cells) = rowValue else { fatalError("checked by gridShape") }
      for (c, cell) in cells.enumerated() {
        switch cell {
        case .number(let x): storage.append(x)
        case .integer(let n): storage.append(Double(n))
        default:
          throw ComputeError(
            .notNumberInGrid(name: name, row: r, col: c, value: ComputeError.quote(cell)))
        }
      }
    }
    return Matrix(rows: rows, cols: cols, storage: storage)
  }

  /// A required grid of integers, for max_unpool2d's indices.
  func indexGrid(_ name: String) throws(ComputeError) -> Grid<Int> {
    guard let raw = rawValue(name) else { throw missing(name) }
    if case .grid(let literal) = raw {
      try checkGridLimits(name, rows: literal.rows, cols: literal.cols)
      if let first = literal.firstNonInteger {
        throw ComputeError(
          .notIntegerInGrid(
            name: name, row: first / literal.cols, col: first % literal.cols,
            value: ComputeError.quote(.number(literal.values[first]))))
      }
      // Every cell was an integer literal of at most 2^53, so the conversion is exact.
      return Grid(rows: literal.rows, cols: literal.cols, storage: literal.values.map { Int($0) })
    }
    let value = raw.json
    let (rows, cols) = try gridShape(name, value)
    guard case .array(let rowValues) = value else { fatalError("checked by gridShape") }
    var storage: [Int] = []
    storage.reserveCapacity(rows * cols)
    for (r, rowValue) in rowValues.enumerated() {
      guard case .array(let cells) = rowValue else { fatalError("checked by gridShape") }
      for (c, cell) in cells.enumerated() {
        guard case .integer(let n) = cell else {
          throw ComputeError(
            .notIntegerInGrid(name: name, row: r, col: c, value: ComputeError.quote(cell)))
        }
        storage.append(n)
      }
    }
    return Grid(rows: rows, cols: cols, storage: storage)
  }

  /// Checks that `value` is an array of equally long arrays within the limits, and returns its size.
  private func gridShape(_ name: String, _ value: JSONValue) throws(ComputeError) -> (
    rows: Int, cols: Int
  ) {
    guard case .array(let rowValues) = value else {
      throw ComputeError(.notGrid(name: name, value: ComputeError.quote(value)))
    }
    guard case .array(let first)? = rowValues.first else {
      if rowValues.isEmpty { throw ComputeError(.emptyGrid(name: name)) }
      throw ComputeError(
        .gridRowNotArray(name: name, row: 0, value: ComputeError.quote(rowValues[0])))
    }
    let cols = first.count
    if cols == 0 { throw ComputeError(.emptyGrid(name: name)) }
    for (r, rowValue) in rowValues.enumerated() {
      guard case .array(let cells) = rowValue else {
        throw ComputeError(
          .gridRowNotArray(name: name, row: r, value: ComputeError.quote(rowValue)))
      }
      if cells.count != cols {
        throw ComputeError(
          .raggedGrid(name: name, row: r, count: cells.count, expected: cols))
      }
    }
    try checkGridLimits(name, rows: rowValues.count, cols: cols)
    return (rowValues.count, cols)
  }

  private func checkGridLimits(_ name: String, rows: Int, cols: Int) throws(ComputeError) {
    if rows > Limits.maxSide || cols > Limits.maxSide {
      throw ComputeError(.gridTooWide(name: name, rows: rows, cols: cols, limit: Limits.maxSide))
    }
    if rows * cols > Limits.maxCells {
      throw ComputeError(.tooManyCells(name: name, cells: rows * cols, limit: Limits.maxCells))
    }
  }

  // MARK: Integers and pairs

  /// A pair parameter: an integer for both axes, or `[h, w]`; `default` nil means required.
  func pair(
    _ name: String, default fallback: Pair? = nil, minimum: Int = 1,
    limit: Int = Limits.maxParameter
  ) throws(ComputeError) -> Pair {
    guard let value = value(name) else {
      if let fallback { return fallback }
      throw missing(name)
    }
    return try decodePair(name, value, minimum: minimum, limit: limit)
  }

  /// A pair parameter that may be left out.
  func optionalPair(_ name: String, minimum: Int = 1, limit: Int) throws(ComputeError) -> Pair? {
    guard let value = value(name) else { return nil }
    return try decodePair(name, value, minimum: minimum, limit: limit)
  }

  func decodePair(_ name: String, _ value: JSONValue, minimum: Int, limit: Int)
    throws(ComputeError) -> Pair
  {
    // Built only on failure: quoting the value costs more than decoding it.
    func wrong() -> ComputeError {
      ComputeError(
        .notPair(name: name, nonNegative: minimum < 1, value: ComputeError.quote(value)))
    }
    let pair: Pair
    switch value {
    case .integer(let n):
      pair = Pair(n)
    case .array(let elements):
      guard elements.count == 2, case .integer(let h) = elements[0],
        case .integer(let w) = elements[1]
      else {
        throw wrong()
      }
      pair = Pair(h, w)
    default:
      throw wrong()
    }
    if pair.h < minimum || pair.w < minimum { throw wrong() }
    if pair.h > limit || pair.w > limit {
      throw ComputeError(
        .beyondLimit(name: name, value: ComputeError.quote(value), limit: limit))
    }
    return pair
  }

  /// A required positive integer, such as bilinear_kernel's size.
  func integer(_ name: String, limit: Int) throws(ComputeError) -> Int {
    guard let value = value(name) else { throw missing(name) }
    guard case .integer(let n) = value, n >= 1 else {
      throw ComputeError(.notPositiveInteger(name: name, value: ComputeError.quote(value)))
    }
    if n > limit {
      throw ComputeError(.beyondLimit(name: name, value: String(n), limit: limit))
    }
    return n
  }

  // MARK: Other kinds

  func bool(_ name: String, default fallback: Bool) throws(ComputeError) -> Bool {
    guard let value = value(name) else { return fallback }
    guard case .bool(let flag) = value else {
      throw ComputeError(.notBool(name: name, value: ComputeError.quote(value)))
    }
    return flag
  }

  func style(_ name: String) throws(ComputeError) -> BilinearStyle {
    guard let value = value(name) else { throw missing(name) }
    guard case .string(let text) = value, let style = BilinearStyle(rawValue: text) else {
      throw ComputeError(
        .notOneOf(
          name: name, options: BilinearStyle.allCases.map(\.rawValue),
          value: ComputeError.quote(value)))
    }
    return style
  }

  /// Upsampling's target: exactly one of "scale" (a number or `[sh, sw]`) and "size" (an integer or `[h, w]`).
  func upsampleTarget() throws(ComputeError) -> UpsampleTarget {
    let scale = value("scale")
    let size = value("size")
    switch (scale, size) {
    case (nil, nil):
      throw ComputeError(.scaleAndSizeMissing(op: op.rawValue))
    case (.some, .some):
      throw ComputeError(.scaleAndSizeBoth(op: op.rawValue))
    case (nil, .some(let size)):
      return .size(try decodePair("size", size, minimum: 1, limit: Limits.maxSide))
    case (.some(let scale), nil):
      func wrong() -> ComputeError {
        ComputeError(.notScale(value: ComputeError.quote(scale)))
      }
      let h: Double
      let w: Double
      switch scale {
      case .integer, .number:
        h = scale.doubleValue!
        w = h
      case .array(let elements):
        guard elements.count == 2, let sh = elements[0].doubleValue,
          let sw = elements[1].doubleValue
        else {
          throw wrong()
        }
        (h, w) = (sh, sw)
      default:
        throw wrong()
      }
      guard h > 0, w > 0 else { throw wrong() }
      // Larger factors could only give outputs past the side limit, and would overflow Int on the way.
      let limit = Double(Limits.maxSide)
      guard h <= limit, w <= limit else {
        throw ComputeError(
          .beyondLimit(name: "scale", value: ComputeError.quote(scale), limit: Limits.maxSide))
      }
      return .scale(h: h, w: w)
    }
  }
}
