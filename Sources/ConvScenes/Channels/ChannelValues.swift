import ConvArithmetic

/// The input stack and weights of the channel scenes, from the same `--values` as the others.
///
/// A ramp again: channel c of the input counts 1…9 starting at c + 1, and slice `[o][j]` of
/// the weights counts 1, 2, 3 starting at `o + j + 1`, so every channel and slice differs and
/// no value is 0 (a 0 on screen is padding).
enum ChannelValues {
  static func input(_ spec: ValuesSpec, channels: Int, size: Pair) -> Maps {
    var storage: [Double] = []
    storage.reserveCapacity(channels * size.area)
    for c in 0..<channels {
      switch spec {
      case .ramp, .symbolic:
        for index in 0..<size.area { storage.append(Double((index + c) % 9 + 1)) }
      case .ones:
        storage += repeatElement(1, count: size.area)
      case .random(let seed):
        var generator = SplitMix64(seed: seed &+ UInt64(c) &* 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<size.area { storage.append(Double(generator.next(below: 9) + 1)) }
      case .custom:
        // Given values are one grid: every channel gets it.
        storage += spec.inputGrid(size: size).storage
      }
    }
    return Maps(channels: channels, rows: size.h, cols: size.w, storage: storage)
  }

  /// Weights `[outer][inner][kernel]`; `salt` keeps two stages' random weights apart.
  static func weights(_ spec: ValuesSpec, outer: Int, inner: Int, kernel: Pair, salt: UInt64 = 0)
    -> Weights
  {
    switch spec {
    case .ramp, .symbolic:
      return Weights(outer: outer, inner: inner, kernel: kernel) { o, j, r, c in
        Double((r * kernel.w + c + o + j) % 3 + 1)
      }
    case .ones:
      return Weights(outer: outer, inner: inner, kernel: kernel) { _, _, _, _ in 1 }
    case .random(let seed):
      var generator = SplitMix64(seed: (seed ^ 0x5EED_C4A7) &+ salt)
      return Weights(outer: outer, inner: inner, kernel: kernel) { _, _, _, _ in
        Double(generator.next(below: 3) + 1)
      }
    case .custom:
      let grid = spec.kernelGrid(size: kernel)
      // A given kernel of another size (a 3×3 file in the 1×1 pointwise stage) gives way to the ramp.
      guard grid.size == kernel else {
        return weights(.ramp, outer: outer, inner: inner, kernel: kernel, salt: salt)
      }
      return Weights(outer: outer, inner: inner, kernel: kernel) { _, _, r, c in grid[r, c] }
    }
  }
}
