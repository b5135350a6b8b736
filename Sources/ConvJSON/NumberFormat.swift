/// Spells Doubles straight into raw memory, as Swift's `description` does, with no `String`.
///
/// The digits are the shortest that read back as the same Double (see
/// ``ShortestDigits``); the layout is Swift's: `1.0`, `0.1`, `0.0001`,
/// `123.456`, `9007199254740992.0`, and exponents outside that range with at
/// least two digits: `1e-05`, `1.5e+300`, `5e-324`, `1.8014398509481984e+16`.
enum NumberFormat {
  /// The longest spelling, as in `-2.2250738585072014e-308`.
  static let maxLength = 24
  /// The bytes that must be free at the destination: writes run past the number's end
  /// (whole 8-byte words, cheaper than exact copies) and are overwritten by what follows.
  static let room = 48

  /// Above 2^53 Swift switches to an exponent, as below 10^-4.
  private static let largestFixed = 9_007_199_254_740_992.0
  /// Eight ASCII zeros, one per byte.
  private static let asciiZeros: UInt64 = 0x3030_3030_3030_3030

  /// Writes `value` at `out` (which must have ``room`` bytes free) and returns its length;
  /// NaN and infinities, which JSON cannot hold, are written `null`.
  ///
  /// `powers` is ``PowersOfTen/table``; loops fetch it once rather than once per number.
  @inline(__always) static func write(
    _ value: Double, to out: UnsafeMutablePointer<UInt8>,
    powers: UnsafePointer<UInt64> = PowersOfTen.table
  ) -> Int {
    guard value.isFinite else {
      UnsafeMutableRawPointer(out).storeBytes(
        of: UInt32(0x6C6C_756E).littleEndian, as: UInt32.self)  // "null"
      return 4
    }
    let negative = value.sign == .minus
    out[0] = UInt8(ascii: "-")
    let start = out + (negative ? 1 : 0)
    let sign = negative ? 1 : 0
    let magnitude = value.magnitude
    if magnitude == 0 {
      start[0] = UInt8(ascii: "0")
      start[1] = UInt8(ascii: ".")
      start[2] = UInt8(ascii: "0")
      return sign + 3
    }
    if magnitude >= 1e-3 && magnitude < 1e7 {
      // Values with at most 8 decimals (most sums of short inputs) skip the search: a decimal
      // of 15 significant digits or fewer that rounds to the value is its unique shortest
      // form, because decimals that short are distinct Doubles. Adding 0.5 and truncating
      // rounds without a libm call; the check makes any miss harmless.
      let units = Int64(magnitude * 1e8 + 0.5)
      if Double(units) / 1e8 == magnitude {
        return sign &+ writeEightDecimals(UInt64(units), to: start)
      }
    }
    let (digits, exponent) = ShortestDigits.decompose(magnitude, powers: powers)
    // Most answers that need the search lie between 10^-4 and 10^8 with at most 17
    // decimals (the fixed layout): split at the point by one division and spell both
    // halves as words, as the shortcut does.
    let decimals = 0 &- exponent
    if decimals >= 1 && decimals <= 17 && magnitude >= 1e-4 {
      let divisor = powers[PowersOfTen.exactOffset &+ decimals]
      let whole = digits / divisor
      if whole < 100_000_000 {
        return sign
          &+ writeSplit(
            whole: whole,
            fraction: (digits &- whole &* divisor)
              &* powers[PowersOfTen.exactOffset &+ 17 &- decimals], to: start)
      }
    }
    return sign
      &+ writeDecimal(
        digits: digits, exponent: exponent, exponential: magnitude > largestFixed, to: start)
  }

  /// Writes units · 10^-8 (units < 10^15) in the fixed layout: the whole part, the point, and
  /// the eight decimals without their trailing zeros (at least one).
  ///
  /// The two halves are spelled independently and stored as overlapping words, so the
  /// work is short chains that run side by side.
  @inline(__always) static func writeEightDecimals(
    _ units: UInt64, to out: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let whole = units / 100_000_000
    let wholeDigits = digitBytes(UInt32(truncatingIfNeeded: whole))
    let fraction = digitBytes(UInt32(truncatingIfNeeded: units &- whole &* 100_000_000))
    // Leading zeros of the whole part sit in the low bytes; at least its last digit is kept.
    let leadingZeros = wholeDigits.trailingZeroBitCount &>> 3
    let wholeLength = leadingZeros < 7 ? 8 &- leadingZeros : 1
    let trailingZeros = fraction.leadingZeroBitCount &>> 3
    let fractionLength = trailingZeros < 7 ? 8 &- trailingZeros : 1
    let fractionText = fraction | asciiZeros
    // The whole part's word shifted down so its digits come first; what follows its digits
    // is overwritten by the point and the fraction (stores land in order).
    let destination = UnsafeMutableRawPointer(out)
    destination.storeBytes(
      of: ((wholeDigits | asciiZeros) &>> UInt64(truncatingIfNeeded: (8 &- wholeLength) &<< 3))
        .littleEndian, as: UInt64.self)
    destination.storeBytes(
      of: (0x2E | fractionText &<< 8).littleEndian, toByteOffset: wholeLength, as: UInt64.self)
    destination.storeBytes(
      of: (fractionText &>> 56).littleEndian, toByteOffset: wholeLength &+ 8, as: UInt64.self)
    return wholeLength &+ 1 &+ fractionLength
  }

  /// Writes whole (< 10^8), the point, and fraction · 10^-17 (fraction < 10^17) without its
  /// trailing zeros (at least one digit), as ``writeEightDecimals(_:to:)`` does with 8.
  @inline(__always) static func writeSplit(
    whole: UInt64, fraction: UInt64, to out: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let wholeDigits = digitBytes(UInt32(truncatingIfNeeded: whole))
    let first = fraction / 10_000_000_000_000_000
    let rest = fraction &- first &* 10_000_000_000_000_000
    let high = rest / 100_000_000
    let highDigits = digitBytes(UInt32(truncatingIfNeeded: high))
    let lowDigits = digitBytes(UInt32(truncatingIfNeeded: rest &- high &* 100_000_000))
    let leadingZeros = wholeDigits.trailingZeroBitCount &>> 3
    let wholeLength = leadingZeros < 7 ? 8 &- leadingZeros : 1
    // Trailing zeros of the 17 decimals: the low word's, then the high word's, then the first.
    let trailLow = lowDigits.leadingZeroBitCount &>> 3
    let trailHigh = highDigits.leadingZeroBitCount &>> 3
    let trailing =
      trailLow &+ (trailLow == 8 ? trailHigh &+ (trailHigh == 8 && first == 0 ? 1 : 0) : 0)
    let fractionLength = trailing < 16 ? 17 &- trailing : 1
    let highText = highDigits | asciiZeros
    let lowText = lowDigits | asciiZeros
    let destination = UnsafeMutableRawPointer(out)
    destination.storeBytes(
      of: ((wholeDigits | asciiZeros) &>> UInt64(truncatingIfNeeded: (8 &- wholeLength) &<< 3))
        .littleEndian, as: UInt64.self)
    destination.storeBytes(
      of: (0x302E | first &<< 8 | highText &<< 16).littleEndian, toByteOffset: wholeLength,
      as: UInt64.self)
    destination.storeBytes(
      of: (highText &>> 48 | lowText &<< 16).littleEndian, toByteOffset: wholeLength &+ 8,
      as: UInt64.self)
    destination.storeBytes(
      of: (lowText &>> 48).littleEndian, toByteOffset: wholeLength &+ 16, as: UInt64.self)
    return wholeLength &+ 1 &+ fractionLength
  }

  /// Writes digits · 10^exponent in Swift's layout; `exponential` forces the exponent form
  /// (numbers above 2^53), which small numbers get anyway.
  ///
  /// Written to take no data-dependent branch in the common fixed-point case: answers mix
  /// numbers above and below 1 and of 8 and 17 digits at random, and mispredicted
  /// branches would cost more than the arithmetic.
  @inline(__always) private static func writeDecimal(
    digits: UInt64, exponent: Int, exponential: Bool, to out: UnsafeMutablePointer<UInt8>
  ) -> Int {
    // Up to 24 digits as three words of one digit per byte (first digit in the lowest byte).
    let high = digits / 100_000_000
    let top = high / 100_000_000
    let first = digitBytes(UInt32(truncatingIfNeeded: top))
    let second = digitBytes(UInt32(truncatingIfNeeded: high &- top &* 100_000_000))
    let third = digitBytes(UInt32(truncatingIfNeeded: digits &- high &* 100_000_000))
    // Leading zeros sit in the low bytes (a zero word counts 8), trailing zeros in the high bytes.
    let leadFirst = first.trailingZeroBitCount >> 3
    let leadSecond = second.trailingZeroBitCount >> 3
    let leadThird = third.trailingZeroBitCount >> 3
    let leading =
      leadFirst &+ (leadFirst == 8 ? leadSecond &+ (leadSecond == 8 ? leadThird : 0) : 0)
    let trailThird = third.leadingZeroBitCount >> 3
    let trailSecond = second.leadingZeroBitCount >> 3
    let trailFirst = first.leadingZeroBitCount >> 3
    let trailing =
      trailThird &+ (trailThird == 8 ? trailSecond &+ (trailSecond == 8 ? trailFirst : 0) : 0)
    let length = 24 &- leading
    let significant = length &- trailing
    // Where the decimal point falls, counted in digits from the first: value = 0.d₁d₂… · 10^point.
    let point = length &+ exponent

    if _slowPath(exponential || point < -3) {
      return writeExponential(
        first: first, second: second, third: third, leading: leading, significant: significant,
        point: point, to: out)
    }
    // Fixed point, -3 ≤ point ≤ 16: the whole part is the digits before the point, or the
    // single zero before them when point ≤ 0; the fraction is what follows the point, at
    // least one digit (a zero when the digits end first).
    let whole = point > 1 ? point : 1
    let fraction = significant &- point > 1 ? significant &- point : 1
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 8) { words in
      // The text "0000", the 24 digit places, then zeros, as aligned words: the zeros are the
      // "0." of small numbers and the zeros before the point of large ones. The output is
      // cut from it with shifts in registers; unaligned loads across these fresh stores
      // would stall on store forwarding.
      let a = first | asciiZeros
      let b = second | asciiZeros
      let c = third | asciiZeros
      let text = words.baseAddress!
      text[0] = 0x3030_3030 | a &<< 32
      text[1] = a &>> 32 | b &<< 32
      text[2] = b &>> 32 | c &<< 32
      text[3] = c &>> 32 | 0x3030_3030 &<< 32
      text[4] = asciiZeros
      text[5] = asciiZeros
      text[6] = asciiZeros
      text[7] = asciiZeros
      // The output starts `start` (≤ 27) bytes into the text: whole part, then the fraction;
      // the three words cut from there read at most up to text[6].
      let start = 4 &+ leading &+ point &- whole
      let word = start &>> 3
      let shift = UInt64(start & 7) &<< 3
      // (x << 1) << (63 − shift) is x << (64 − shift), and 0 when shift is 0.
      func cut(_ k: Int) -> UInt64 {
        text[word &+ k] &>> shift | (text[word &+ k &+ 1] &<< 1) &<< (63 &- shift)
      }
      let o0 = cut(0)
      let o1 = cut(1)
      let o2 = cut(2)
      // Insert the point at byte `whole`: bytes below stay, bytes from there move up one.
      let dotWord = whole &>> 3
      let dotShift = UInt64(whole & 7) &<< 3
      let below: UInt64 = (1 &<< dotShift) &- 1
      let dotMask: UInt64 = 0xFF &<< dotShift
      let dot: UInt64 = 0x2E &<< dotShift
      func merged(_ k: Int, _ o: UInt64, _ moved: UInt64) -> UInt64 {
        let keep: UInt64 = k < dotWord ? ~0 : (k == dotWord ? below : 0)
        let point: UInt64 = k == dotWord ? dot : 0
        let pointMask: UInt64 = k == dotWord ? dotMask : 0
        return (o & keep) | (moved & ~(keep | pointMask)) | point
      }
      let destination = UnsafeMutableRawPointer(out)
      destination.storeBytes(of: merged(0, o0, o0 &<< 8).littleEndian, as: UInt64.self)
      destination.storeBytes(
        of: merged(1, o1, o1 &<< 8 | o0 &>> 56).littleEndian, toByteOffset: 8, as: UInt64.self)
      destination.storeBytes(
        of: merged(2, o2, o2 &<< 8 | o1 &>> 56).littleEndian, toByteOffset: 16, as: UInt64.self)
      return whole &+ 1 &+ fraction
    }
  }

  /// Writes d.ddde±XX (or de±XX): numbers below 10^-4 and above 2^53, rare in answers.
  private static func writeExponential(
    first: UInt64, second: UInt64, third: UInt64, leading: Int, significant: Int, point: Int,
    to out: UnsafeMutablePointer<UInt8>
  ) -> Int {
    withUnsafeTemporaryAllocation(byteCount: 56, alignment: 8) { scratch in
      let buffer = scratch.baseAddress!
      buffer.storeBytes(of: (first | asciiZeros).littleEndian, as: UInt64.self)
      buffer.storeBytes(of: (second | asciiZeros).littleEndian, toByteOffset: 8, as: UInt64.self)
      buffer.storeBytes(of: (third | asciiZeros).littleEndian, toByteOffset: 16, as: UInt64.self)
      for offset in stride(from: 24, to: 56, by: 8) {
        buffer.storeBytes(of: asciiZeros, toByteOffset: offset, as: UInt64.self)
      }
      let source = buffer + leading
      let destination = UnsafeMutableRawPointer(out)
      destination.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
      var end = 1
      if significant > 1 {
        destination.storeBytes(of: UInt8(ascii: "."), toByteOffset: 1, as: UInt8.self)
        copy24(from: source + 1, to: destination + 2)
        end = significant &+ 1
      }
      var power = point &- 1
      out[end] = UInt8(ascii: "e")
      if power < 0 {
        out[end &+ 1] = UInt8(ascii: "-")
        power = -power
      } else {
        out[end &+ 1] = UInt8(ascii: "+")
      }
      end &+= 2
      if power >= 100 {
        out[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: power / 100)
        power %= 100
        end &+= 1
      }
      out[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: power / 10)
      out[end &+ 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: power % 10)
      return end &+ 2
    }
  }

  /// Copies 24 bytes as three unaligned words.
  @inline(__always) private static func copy24(
    from source: UnsafeMutableRawPointer, to destination: UnsafeMutableRawPointer
  ) {
    destination.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
    destination.storeBytes(
      of: source.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8,
      as: UInt64.self)
    destination.storeBytes(
      of: source.loadUnaligned(fromByteOffset: 16, as: UInt64.self), toByteOffset: 16,
      as: UInt64.self)
  }

  /// The 8 decimal digits of `n` < 10^8 (with leading zeros), one digit value per byte,
  /// the first digit in the lowest byte: two divisions done as multiplications on all lanes at once.
  @inline(__always) static func digitBytes(_ n: UInt32) -> UInt64 {
    let high = n / 10_000
    // Two 4-digit groups in 32-bit lanes.
    var x = UInt64(high) | UInt64(n &- high &* 10_000) << 32
    // Each lane v < 10⁴ becomes v / 100 and v % 100 in 16-bit lanes; (v · 5243) >> 19 = v / 100.
    let hundreds = ((x &* 5243) >> 19) & 0x0000_007F_0000_007F
    x = hundreds | (x &- hundreds &* 100) << 16
    // Each lane v < 100 becomes v / 10 and v % 10 in bytes; (v · 103) >> 10 = v / 10.
    let tens = ((x &* 103) >> 10) & 0x000F_000F_000F_000F
    return tens | (x &- tens &* 10) << 8
  }
}
