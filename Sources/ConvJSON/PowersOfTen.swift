/// The 128-bit powers of ten behind ``ShortestDigits``, computed once at first use.
///
/// Entry `k` (for ``smallest`` ≤ k ≤ ``largest``) is g = ⌈10^k · 2^-r⌉ with
/// r = ⌊log₂ 10^k⌋ − 127, so that 2^127 ≤ g < 2^128: a slight overestimate of
/// 10^k, exact where 10^k · 2^-r is an integer. Schubfach's proof needs exactly
/// this rounding. Computing the table from exact integers instead of pasting
/// 617 pairs of hex constants keeps it checkable by reading.
enum PowersOfTen {
  static let smallest = -292
  static let largest = 324

  /// Pairs (high, low) of 64-bit words, entry k at offset 2 · (k − smallest).
  ///
  /// A plain pointer so the hot loop pays no bounds check or reference count;
  /// it lives as long as the process, like a constant table would.
  nonisolated(unsafe) static let table: UnsafePointer<UInt64> = build()

  /// Where the exact powers 10^0 … 10^19 follow the pairs in ``table``: one pointer serves
  /// both, so a loop fetches one global rather than two.
  static let exactOffset = 2 * (largest - smallest + 1)

  /// ⌊log₂ 10^e⌋ for |e| ≤ 1233.
  @inline(__always) static func floorLog2(tenToThe e: Int) -> Int {
    (e &* 1_741_647) >> 19
  }

  private static func build() -> UnsafePointer<UInt64> {
    let count = largest - smallest + 1
    let words = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * count + 20)
    var exact: UInt64 = 1
    for e in 0..<20 {
      words[exactOffset + e] = exact
      exact &*= 10
    }
    func store(_ k: Int, _ g: BigNatural) {
      let (high, low) = g.low128
      words[2 * (k - smallest)] = high
      words[2 * (k - smallest) + 1] = low
    }
    // k ≥ 0: 10^k is an integer; keep its top 128 bits, rounding up when bits are dropped.
    var power = BigNatural(1)
    for k in 0...largest {
      let r = floorLog2(tenToThe: k) - 127
      store(k, r <= 0 ? power.shiftedLeft(-r) : power.shiftedRightRoundingUp(r))
      power.multiply(by: 10)
    }
    // k < 0: ⌈2^-r / 10^|k|⌉ from X = ⌊2^M / 10^|k|⌋ (dividing by 10 repeatedly keeps the floor
    // exact); 10^|k| never divides 2^M, so the ceiling is ⌊X / 2^(M + r)⌋ + 1.
    let m = 1280
    var quotient = BigNatural(1).shiftedLeft(m)
    for j in 1...(-smallest) {
      quotient.divide(by: 10)
      let r = floorLog2(tenToThe: -j) - 127
      var g = quotient.shiftedRightRoundingUp(m + r, alwaysUp: true)
      g.normalize()
      store(-j, g)
    }
    return UnsafePointer(words)
  }
}

/// A minimal unsigned big integer (32-bit limbs, least significant first), enough to build the table.
private struct BigNatural {
  var limbs: [UInt32]

  init(_ value: UInt32) { limbs = [value] }

  mutating func normalize() {
    while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
  }

  mutating func multiply(by factor: UInt32) {
    var carry: UInt64 = 0
    for i in limbs.indices {
      let product = UInt64(limbs[i]) * UInt64(factor) + carry
      limbs[i] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry > 0 { limbs.append(UInt32(carry)) }
  }

  mutating func divide(by divisor: UInt32) {
    var remainder: UInt64 = 0
    for i in limbs.indices.reversed() {
      let current = remainder << 32 | UInt64(limbs[i])
      limbs[i] = UInt32(current / UInt64(divisor))
      remainder = current % UInt64(divisor)
    }
    normalize()
  }

  func shiftedLeft(_ bits: Int) -> BigNatural {
    var result = BigNatural(0)
    result.limbs = Array(repeating: 0, count: bits / 32) + limbs + [0]
    let shift = UInt32(bits % 32)
    if shift > 0 {
      for i in stride(from: result.limbs.count - 1, to: bits / 32, by: -1) {
        result.limbs[i] = result.limbs[i] << shift | result.limbs[i - 1] >> (32 - shift)
      }
      result.limbs[bits / 32] <<= shift
    }
    result.normalize()
    return result
  }

  /// ⌊self / 2^bits⌋, plus one when any dropped bit is set (or always, with `alwaysUp`).
  func shiftedRightRoundingUp(_ bits: Int, alwaysUp: Bool = false) -> BigNatural {
    let whole = bits / 32
    let shift = UInt32(bits % 32)
    var dropped = false
    for i in 0..<min(whole, limbs.count) where limbs[i] != 0 { dropped = true }
    if whole < limbs.count && shift > 0 && limbs[whole] & ((1 << shift) - 1) != 0 { dropped = true }
    var result = BigNatural(0)
    result.limbs = []
    for i in whole..<max(whole, limbs.count) {
      let low = limbs[i] >> shift
      let high = shift > 0 && i + 1 < limbs.count ? limbs[i + 1] << (32 - shift) : 0
      result.limbs.append(low | high)
    }
    if result.limbs.isEmpty { result.limbs = [0] }
    if dropped || alwaysUp { result.addOne() }
    result.normalize()
    return result
  }

  mutating func addOne() {
    for i in limbs.indices {
      limbs[i] &+= 1
      if limbs[i] != 0 { return }
    }
    limbs.append(1)
  }

  /// The low 128 bits as (high, low) 64-bit words.
  var low128: (UInt64, UInt64) {
    func limb(_ i: Int) -> UInt64 { i < limbs.count ? UInt64(limbs[i]) : 0 }
    return (limb(3) << 32 | limb(2), limb(1) << 32 | limb(0))
  }
}
