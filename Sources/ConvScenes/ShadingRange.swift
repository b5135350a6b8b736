/// The values a shaded panel spreads over the heat ramp: its lowest and highest shown
/// finite value, widened by the animation's reserved range (see ``LayoutReserve``).
///
/// A streamed animation follows it from frame to frame through the cells that changed,
/// instead of reading every cell of every frame again. It counts how many cells hold each
/// end (the reserved range holds its ends for good), so that a cell leaving an end that
/// another cell also holds keeps the range; only when the last holder leaves must every
/// cell be read again.
struct ShadingRange: Equatable {
  var low: Double
  var high: Double
  /// How many cells (and the reserved range) hold `low`, and `high`.
  private var lowHolders = 0
  private var highHolders = 0

  /// The range over every cell of `cells` that shows a finite value, and `range`.
  init(_ cells: [Cell], widening range: ClosedRange<Double>?) {
    low = range?.lowerBound ?? Double.infinity
    high = range?.upperBound ?? -Double.infinity
    if range != nil { (lowHolders, highHolders) = (1, 1) }
    for cell in cells { include(cell) }
  }

  /// Widens the range to `cell`'s value, if it shows a finite one.
  mutating func include(_ cell: Cell) {
    guard let value = Self.shown(cell) else { return }
    if value < low {
      low = value
      lowHolders = 1
    } else if value == low {
      lowHolders += 1
    }
    if value > high {
      high = value
      highHolders = 1
    } else if value == high {
      highHolders += 1
    }
  }

  /// The range once the cells at `changes` went from `old` (the cell that was at each of
  /// `changes`, by its position there) to `new`; nil when the last cell holding an end
  /// left it, and only reading every cell can tell the new end.
  ///
  /// The cells that came are counted before those that left, so that a cell keeping its
  /// value (a window passing over it) never looks like the last holder leaving.
  func updated(
    _ old: (Int) -> Cell, _ new: UnsafeBufferPointer<Cell>, changes: [Int]
  ) -> ShadingRange? {
    var range = self
    for index in changes { range.include(new[index]) }
    for k in changes.indices {
      guard let value = Self.shown(old(k)) else { continue }
      if value == range.low {
        range.lowHolders -= 1
        if range.lowHolders == 0 { return nil }
      }
      if value == range.high {
        range.highHolders -= 1
        if range.highHolders == 0 { return nil }
      }
    }
    return range
  }

  /// The finite value `cell` shows, if any: what shading spreads over the ramp.
  private static func shown(_ cell: Cell) -> Double? {
    guard Glyphs.showsValue(cell), let value = cell.value, value.isFinite else { return nil }
    return value
  }
}
