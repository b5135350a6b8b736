/// The shortest decimal that reads back as a given Double, by Raffaello Giulietti's Schubfach
/// algorithm ("The Schubfach way to render doubles", 2020).
///
/// Among the decimals that round to the value, it finds one with the fewest
/// digits, and among those the closest to the value (ties to an even last
/// digit): the same digits Swift's `description` prints. Three 64×128-bit
/// products per number, no loops, no allocation.
enum ShortestDigits {
  /// Returns `(digits, exponent)` with value = digits · 10^exponent for a finite, positive `value`.
  ///
  /// `digits` has at most 17 decimal digits and may end in zeros (the formatter drops them).
  ///
  /// `powers` is ``PowersOfTen/table``, fetched once by the caller: reading the lazily built
  /// global here would cost a call per number.
  @inline(__always) static func decompose(_ value: Double, powers: UnsafePointer<UInt64>) -> (
    digits: UInt64, exponent: Int
  ) {
    let bits = value.bitPattern
    let fraction = bits & ((1 << 52) - 1)
    let biasedExponent = Int(truncatingIfNeeded: (bits >> 52) & 0x7FF)
    var c: UInt64
    var q: Int
    if biasedExponent != 0 {
      c = fraction | (1 << 52)
      q = biasedExponent &- 1075
      // Integers below 2^53 are their own shortest form.
      if q <= 0 && q > -53 && c & ((1 &<< UInt64(-q)) &- 1) == 0 {
        return (c &>> UInt64(-q), 0)
      }
    } else {
      c = fraction
      q = -1074
    }
    // At a power of two the gap below is half the gap above.
    let lowerIsCloser = fraction == 0 && biasedExponent > 1
    let cbl = 4 &* c &- 2 &+ bit(lowerIsCloser)
    let cb = 4 &* c
    let cbr = 4 &* c &+ 2
    // ⌊log₁₀ 2^q⌋, or ⌊log₁₀ ¾·2^q⌋ when the lower gap is the smaller.
    let k = (q &* 1_262_611 &- (lowerIsCloser ? 524_031 : 0)) >> 22
    let h = UInt64(q &+ PowersOfTen.floorLog2(tenToThe: -k) &+ 1)
    let entry = powers + 2 &* (-k &- PowersOfTen.smallest)
    let gHigh = entry[0]
    let gLow = entry[1]
    let vbl = roundToOdd(gHigh, gLow, cbl &<< h)
    let vb = roundToOdd(gHigh, gLow, cb &<< h)
    let vbr = roundToOdd(gHigh, gLow, cbr &<< h)
    // The rounding interval is closed when c is even (ties round to it), open otherwise.
    let lower = vbl &+ (c & 1)
    let upper = vbr &- (c & 1)

    let s = vb >> 2
    // One digit shorter: at most one of the two neighbours s' · 10 and (s' + 1) · 10 fits.
    // Every candidate is computed and the choice made by selection, not branches: which
    // one wins varies from number to number, and mispredictions would cost more.
    let sp = s / 10
    let upInside = lower <= 40 &* sp
    let wpInside = 40 &* sp &+ 40 <= upper
    let shorter = s >= 10 && upInside != wpInside
    // Otherwise s or s + 1; when both fit, the closer one, the even one on a tie.
    let uInside = lower <= 4 &* s
    let wInside = 4 &* s &+ 4 <= upper
    let middle = 4 &* s &+ 2
    let roundUp = vb > middle || (vb == middle && s & 1 != 0)
    let up = uInside != wInside ? wInside : roundUp
    let long = s &+ bit(up)
    let short = sp &+ bit(wpInside)
    let mask = 0 &- bit(shorter)
    return ((short & mask) | (long & ~mask), k &+ Int(truncatingIfNeeded: bit(shorter)))
  }

  /// The top 64 bits of g · cp / 2^64 with the bits below folded into the lowest bit ("round to odd").
  @inline(__always) private static func roundToOdd(_ gHigh: UInt64, _ gLow: UInt64, _ cp: UInt64)
    -> UInt64
  {
    let x = cp.multipliedFullWidth(by: gLow).high
    let y = cp.multipliedFullWidth(by: gHigh)
    let middle = y.low &+ x
    return (y.high &+ bit(middle < x)) | bit(middle > 1)
  }

  /// 1 for true, 0 for false, by reinterpreting the byte: the compiler then computes with
  /// it instead of branching on it.
  @inline(__always) static func bit(_ flag: Bool) -> UInt64 {
    UInt64(unsafeBitCast(flag, to: UInt8.self))
  }
}
