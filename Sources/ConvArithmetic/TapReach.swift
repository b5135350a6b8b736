/// A kernel tap and the rows and columns `u` of the grid it slides over for which
/// `u·stride + offset` falls inside a grid of `size`: where the tap adds anything.
struct TapReach {
  /// The tap's index in the kernel, row-major.
  let tap: Int
  /// `k·d − p` per axis for the tap's row and column `k`.
  let offset: Pair
  let rows: Range<Int>
  let cols: Range<Int>

  /// The taps that reach inside, row-major (the order of the sums), for `count` rows and
  /// columns stepping by the stride into a grid of `size`.
  static func all(_ p: ConvParameters, size: Pair, count: Pair) -> [TapReach] {
    var reaches: [TapReach] = []
    reaches.reserveCapacity(p.kernel.area)
    for ky in 0..<p.kernel.h {
      let offsetY = ky * p.dilation.h - p.padding.h
      let rows = validRange(
        offset: offsetY, stride: p.stride.h, size: size.h, count: count.h)
      if rows.isEmpty { continue }
      for kx in 0..<p.kernel.w {
        let offsetX = kx * p.dilation.w - p.padding.w
        let cols = validRange(
          offset: offsetX, stride: p.stride.w, size: size.w, count: count.w)
        if cols.isEmpty { continue }
        reaches.append(
          TapReach(
            tap: ky * p.kernel.w + kx, offset: Pair(offsetY, offsetX), rows: rows, cols: cols))
      }
    }
    return reaches
  }

  /// The indices `u` in `0..<count` with `0 ≤ u·stride + offset < size`.
  @inline(__always)
  private static func validRange(offset: Int, stride: Int, size: Int, count: Int) -> Range<Int> {
    let low = max(0, ceilDiv(-offset, stride))
    let high = min(count, floorDiv(size - 1 - offset, stride) + 1)
    return low < high ? low..<high : 0..<0
  }
}
