/// Integer division that rounds toward negative infinity, unlike Swift's `/`.
///
///     floorDiv(-1, 2)  // -1, where -1 / 2 == 0
public func floorDiv(_ a: Int, _ b: Int) -> Int {
  precondition(b != 0, "division by zero")
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// Integer division that rounds toward positive infinity.
///
///     ceilDiv(5, 2)  // 3
public func ceilDiv(_ a: Int, _ b: Int) -> Int {
  -floorDiv(-a, b)
}

/// The remainder that matches `floorDiv`: always between 0 and `b - 1` for positive `b`.
public func floorMod(_ a: Int, _ b: Int) -> Int {
  a - floorDiv(a, b) * b
}
