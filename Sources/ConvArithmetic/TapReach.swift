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
      let rows = ChannelConvolution.validRange(
        offset: offsetY, stride: p.stride.h, size: size.h, count: count.h)
      if rows.isEmpty { continue }
      for kx in 0..<p.kernel.w {
        let offsetX = kx * p.dilation.w - p.padding.w
        let cols = ChannelConvolution.validRange(
          offset: offsetX, stride: p.stride.w, size: size.w, count: count.w)
        if cols.isEmpty { continue }
        reaches.append(
          TapReach(
            tap: ky * p.kernel.w + kx, offset: Pair(offsetY, offsetX), rows: rows, cols: cols))
      }
    }
    return reaches
  }
}
