/// Fixed and exponent notation of a Double, rounded exactly as C's `printf` rounds: the
/// binary value's exact decimal expansion, round half to even. NumberText's formats without
/// Foundation's `String(format:)`, byte for byte.
///
///     DecimalText.fixed(0.015625, places: 4)     // "0.0156"
///     DecimalText.exponent(1.0e-5)               // "1.0e-05"
enum DecimalText {
  /// `%.{places}f`.
  static func fixed(_ value: Double, places: Int) -> String {
    let (negative, significand, exponent) = parts(value)
    var scaled = Wide(significand)
    var digits: String
    if exponent >= 0 {
      scaled.shiftLeft(exponent)
      digits = scaled.decimal + String(repeating: "0", count: places)
    } else {
      for _ in 0..<places { scaled.multiply(by: 10) }
      scaled = scaled.roundedShiftRight(-exponent)
      digits = scaled.decimal
    }
    if digits.count < places + 1 {
      digits = String(repeating: "0", count: places + 1 - digits.count) + digits
    }
    let point = digits.index(digits.endIndex, offsetBy: -places)
    let text = places > 0 ? digits[..<point] + "." + digits[point...] : digits
    return (negative ? "-" : "") + text
  }

  /// `%.1e` of a value below 1 in size (the only one NumberText writes this way), not zero.
  static func exponent(_ value: Double) -> String {
    let (negative, significand, exponent) = parts(value)
    precondition(exponent < 0 && significand != 0, "exponent notation is for small nonzero values")
    // The first power of ten that lifts the value to two digits before the point.
    var scaled = Wide(significand)
    var power = 0
    while true {
      var floor = scaled
      floor.shiftRightTruncating(-exponent)
      if floor.atLeast(10) { break }
      scaled.multiply(by: 10)
      power += 1
    }
    var two = Int(scaled.roundedShiftRight(-exponent).low)
    var decimalExponent = 1 - power
    if two == 100 {
      two = 10
      decimalExponent += 1
    }
    let magnitude = abs(decimalExponent)
    return (negative ? "-" : "") + "\(two / 10).\(two % 10)e" + (decimalExponent < 0 ? "-" : "+")
      + (magnitude < 10 ? "0" : "") + String(magnitude)
  }

  /// Sign, integer significand and binary exponent: |value| = significand · 2^exponent.
  private static func parts(_ value: Double) -> (Bool, UInt64, Int) {
    let negative = value.sign == .minus
    if value.exponentBitPattern == 0 {
      return (negative, value.significandBitPattern, -1074)
    }
    return (
      negative, value.significandBitPattern | (1 << 52), Int(value.exponentBitPattern) - 1075
    )
  }

  /// An unsigned integer of any size, little-endian 32-bit limbs: just what rounding needs.
  struct Wide {
    var limbs: [UInt32]

    init(_ value: UInt64) {
      limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
    }

    var low: UInt64 {
      UInt64(limbs.first ?? 0) | (limbs.count > 1 ? UInt64(limbs[1]) << 32 : 0)
    }

    var isZero: Bool { limbs.allSatisfy { $0 == 0 } }

    func atLeast(_ value: UInt32) -> Bool {
      limbs.dropFirst().contains { $0 != 0 } || (limbs.first ?? 0) >= value
    }

    mutating func multiply(by factor: UInt32) {
      var carry: UInt64 = 0
      for index in limbs.indices {
        let product = UInt64(limbs[index]) * UInt64(factor) + carry
        limbs[index] = UInt32(truncatingIfNeeded: product)
        carry = product >> 32
      }
      if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func shiftLeft(_ bits: Int) {
      let (words, rest) = bits.quotientAndRemainder(dividingBy: 32)
      if rest != 0 {
        var carry: UInt32 = 0
        for index in limbs.indices {
          let limb = limbs[index]
          limbs[index] = (limb << UInt32(rest)) | carry
          carry = limb >> UInt32(32 - rest)
        }
        if carry != 0 { limbs.append(carry) }
      }
      limbs.insert(contentsOf: repeatElement(0, count: words), at: 0)
    }

    /// Whether bit `index` is set, and whether any bit below it is.
    private func bit(_ index: Int) -> (set: Bool, below: Bool) {
      let (word, offset) = index.quotientAndRemainder(dividingBy: 32)
      guard word < limbs.count else { return (false, !isZero) }
      let set = (limbs[word] >> UInt32(offset)) & 1 == 1
      let mask: UInt32 = offset == 0 ? 0 : (UInt32.max >> UInt32(32 - offset))
      let below = limbs[word] & mask != 0 || limbs[..<word].contains { $0 != 0 }
      return (set, below)
    }

    mutating func shiftRightTruncating(_ bits: Int) {
      let (words, rest) = bits.quotientAndRemainder(dividingBy: 32)
      guard words < limbs.count else {
        limbs = [0]
        return
      }
      limbs.removeFirst(words)
      if rest != 0 {
        for index in limbs.indices {
          let next = index + 1 < limbs.count ? limbs[index + 1] : 0
          limbs[index] = (limbs[index] >> UInt32(rest)) | (next << UInt32(32 - rest))
        }
      }
    }

    /// This divided by 2^bits, rounded half to even.
    func roundedShiftRight(_ bits: Int) -> Wide {
      guard bits > 0 else { return self }
      let (half, below) = bit(bits - 1)
      var quotient = self
      quotient.shiftRightTruncating(bits)
      let odd = (quotient.limbs.first ?? 0) & 1 == 1
      if half && (below || odd) { quotient.add(1) }
      return quotient
    }

    mutating func add(_ value: UInt32) {
      var carry = UInt64(value)
      for index in limbs.indices where carry != 0 {
        let sum = UInt64(limbs[index]) + carry
        limbs[index] = UInt32(truncatingIfNeeded: sum)
        carry = sum >> 32
      }
      if carry != 0 { limbs.append(UInt32(carry)) }
    }

    /// The decimal digits, without leading zeros ("0" for zero).
    var decimal: String {
      var value = limbs
      var chunks: [UInt32] = []
      while value.contains(where: { $0 != 0 }) {
        var remainder: UInt64 = 0
        for index in value.indices.reversed() {
          let current = (remainder << 32) | UInt64(value[index])
          value[index] = UInt32(current / 1_000_000_000)
          remainder = current % 1_000_000_000
        }
        chunks.append(UInt32(remainder))
      }
      guard let last = chunks.popLast() else { return "0" }
      var text = String(last)
      for chunk in chunks.reversed() {
        let digits = String(chunk)
        text += String(repeating: "0", count: 9 - digits.count) + digits
      }
      return text
    }
  }
}
