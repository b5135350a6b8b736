/// The values a shaded panel spreads over the heat ramp: its lowest and highest shown
/// finite value, widened by the animation's reserved range (see ``LayoutReserve``).
///
/// A streamed animation follows it from frame to frame through the cells that changed,
/// instead of reading every cell of every frame again.
struct ShadingRange: Equatable {
  var low: Double
  var high: Double

  init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  /// The range over every cell of `cells` that shows a finite value, and `range`.
  init(_ cells: [Cell], widening range: ClosedRange<Double>?) {
    low = range?.lowerBound ?? Double.infinity
    high = range?.upperBound ?? -Double.infinity
    for cell in cells { include(cell) }
  }

  /// Widens the range to `cell`'s value, if it shows a finite one.
  mutating func include(_ cell: Cell) {
    guard Glyphs.showsValue(cell), let value = cell.value, value.isFinite else { return }
    low = min(low, value)
    high = max(high, value)
  }

  /// The range once the cells at `changes` went from `old` to `new`; nil when a cell that
  /// left held (or tied) the lowest or highest value, and only a full count can tell.
  ///
  /// Exact otherwise: a value that left from strictly inside the range held neither end,
  /// so both ends are still held by cells that stayed (or by the reserved range).
  func updated(
    _ old: UnsafeBufferPointer<Cell>, _ new: UnsafeBufferPointer<Cell>, changes: [Int]
  ) -> ShadingRange? {
    for index in changes {
      let cell = old[index]
      guard Glyphs.showsValue(cell), let value = cell.value, value.isFinite else { continue }
      if value <= low || value >= high { return nil }
    }
    var range = self
    for index in changes { range.include(new[index]) }
    return range
  }
}
