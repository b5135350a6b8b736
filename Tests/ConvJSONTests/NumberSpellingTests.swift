import ConvArithmetic
import Testing

@testable import ConvJSON

/// The spelling of one number through the writer.
private func spelled(_ value: Double) -> String {
  var writer = JSONWriter(capacity: 16)
  writer.writeNumber(value)
  return String(decoding: writer.bytes, as: UTF8.self)
}

/// Doubles that stress shortest-digit search: random bit patterns (subnormals included),
/// short decimals, integers, powers of two and ten and their neighbours, the extremes.
func hardDoubles(count: Int, seed: UInt64) -> [Double] {
  var random = SplitMix64(seed: seed)
  var values: [Double] = [
    0, -0.0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e-5, 1e-4, 0.001, 1e7, 1e15, 1e16, 1e22, 1e23,
    .leastNonzeroMagnitude, 2 * .leastNonzeroMagnitude, .leastNormalMagnitude,
    Double.leastNormalMagnitude.nextDown, .greatestFiniteMagnitude, 9_007_199_254_740_992,
    9_007_199_254_740_994, 18_014_398_509_481_984,
    123456.789, 0.8595977000000004, 4.35, 2.675, 1.005, 9.5367431640625e-07,
  ]
  for e in -1074...1023 {
    let power = Double(sign: .plus, exponent: e, significand: 1)
    values += [power, power.nextUp, power.nextDown]
  }
  for e in -325...309 {
    guard let power = Double("1e\(e)"), power.isFinite, power > 0 else { continue }
    values += [power, power.nextUp, power.nextDown]
  }
  while values.count < count {
    switch random.next() % 4 {
    case 0:
      // Any bit pattern: every exponent equally likely, subnormals included.
      values.append(Double(bitPattern: random.next()))
    case 1:
      // A "nice" decimal: up to 17 random digits times a random power of ten.
      let digits = random.next() % 100_000_000_000_000_000
      let scale = Int(random.next() % 40) - 20
      let length = Int(random.next() % 17) + 1
      var mantissa: UInt64 = 1
      for _ in 0..<length { mantissa *= 10 }
      values.append(Double("\(digits % mantissa)e\(scale)")!)
    case 2:
      // Sums of products of four-decimal values, like the benchmark's outputs.
      let a = Double(Int(random.next() % 40_001) - 20_000) / 10_000
      let b = Double(Int(random.next() % 40_001) - 20_000) / 10_000
      let c = Double(Int(random.next() % 40_001) - 20_000) / 10_000
      values.append(a * b + c * a)
    default:
      // Integers of every size, negative too.
      let shift = random.next() % 64
      values.append(-Double(random.next() >> shift))
    }
  }
  return values
}

@Suite("Number spelling")
struct NumberSpellingTests {
  /// A debug build spells about a million numbers in a few seconds; the benchmark
  /// executable checks a million (`convscope-bench numbers`) in release.
  static let count = 200_000

  @Test func spellsEveryNumberAsSwiftsDescriptionAndReadsBack() {
    var mismatches = 0
    for value in hardDoubles(count: Self.count, seed: 7) where value.isFinite {
      let text = spelled(value)
      let back = Double(text)
      if text != value.description || back?.bitPattern != value.bitPattern {
        mismatches += 1
        if mismatches <= 10 {
          Issue.record("\(value.bitPattern): wrote \(text), description \(value.description)")
        }
      }
    }
    #expect(mismatches == 0)
  }

  /// Numbers of at most 8 decimals below 10^7 take a shortcut around the digit search:
  /// every whole-part length, every fraction length, and the shortcut's range limits.
  @Test func spellsShortDecimalsAsSwiftsDescription() {
    var random = SplitMix64(seed: 19)
    var values: [Double] = [
      0.001, 0.001.nextDown, 0.001.nextUp, 0.00099999999, 9_999_999.99999999, 1e7, 1e7.nextDown,
      0.5, 1, 2, 10, 9_999_999, 1_234_567.1234567, 0.12345678, 0.10000001, 0.00000001 + 0.001,
      100.5, 0.01, 0.25, 1.0000001, 3_000_000.00000003,
    ]
    for _ in 0..<100_000 {
      let whole = random.next() % [1, 10, 1_000, 10_000_000][Int(random.next() % 4)]
      let decimals = Int(random.next() % 9)
      var fraction = ""
      for _ in 0..<decimals { fraction += String(random.next() % 10) }
      values.append(Double(String(whole) + (decimals > 0 ? "." + fraction : ""))!)
    }
    for value in values {
      #expect(spelled(value) == value.description)
      #expect(spelled(-value) == (-value).description)
    }
  }

  /// Numbers the digit search spells are split at the point when they have 1 to 17
  /// decimals, a whole part below 10^8 and no exponent: the edges of that split.
  @Test func spellsSplitNumbersAsSwiftsDescription() {
    var values: [Double] = [
      0.1 + 0.2, 0.12345678901234567, 0.9999999999999999, 0.00012345678901234567, 0.0001,
      0.0001.nextUp, 0.0001.nextDown, 99_999_999.99999999, 99_999_999.999999985,
      100_000_000.00000001, 1e8.nextDown, 1e8.nextUp, 12_345_678.123456789, 1.0000000000000002,
      0.30000000000000004, 0.000123456789, 2.220446049250313e-16 * 1e12, 1234.5678901234567,
      0.010000000000000002, 0.0010000000000000002, 9_007_199_254_740_991, 4_503_599_627_370_495.5,
    ]
    var random = SplitMix64(seed: 23)
    for _ in 0..<100_000 {
      // Random doubles between 10^-5 and 10^9, every digit count.
      let exponent = Int(random.next() % 14) - 5
      let fraction = Double(random.next() >> 11) / Double(1 << 53)
      values.append((1 + 9 * fraction) * Double("1e\(exponent)")!)
    }
    for value in values {
      #expect(spelled(value) == value.description)
      #expect(spelled(-value) == (-value).description)
    }
  }

  @Test func writesNullForWhatJSONCannotHold() {
    #expect(spelled(.nan) == "null")
    #expect(spelled(.infinity) == "null")
    #expect(spelled(-.infinity) == "null")
  }

  @Test func writesSwiftsLayout() {
    let cases: [(Double, String)] = [
      (1, "1.0"), (-0.0, "-0.0"), (0.0001, "0.0001"), (0.00001, "1e-05"), (100, "100.0"),
      (9_007_199_254_740_992, "9007199254740992.0"), (1e16, "1e+16"),
      (.leastNonzeroMagnitude, "5e-324"),
      (1.5e300, "1.5e+300"), (-1234.5, "-1234.5"), (0.00012, "0.00012"),
    ]
    for (value, text) in cases { #expect(spelled(value) == text) }
  }

  /// Spot checks of the computed table against published Schubfach constants.
  @Test func powersOfTenMatchThePublishedTable() {
    func entry(_ k: Int) -> (UInt64, UInt64) {
      let words = PowersOfTen.table + 2 * (k - PowersOfTen.smallest)
      return (words[0], words[1])
    }
    #expect(entry(-292) == (0xFF77_B1FC_BEBC_DC4F, 0x25E8_E89C_13BB_0F7B))
    #expect(entry(-142) == (0x9C16_61A6_5121_3E2D, 0x06BE_A10C_A65C_084F))
    #expect(entry(0) == (0x8000_0000_0000_0000, 0))
    #expect(entry(55) == (0xD0CF_4B50_CFE2_0765, 0xFFF4_B4E3_F741_CF6D))
    #expect(entry(56) == (0x8281_8F12_81ED_449F, 0xBFF8_F10E_7A89_21A5))
    #expect(entry(248) == (0xE4D5_E823_92A4_0515, 0x0FAB_AF3F_EAA5_334B))
    #expect(entry(324) == (0x9E19_DB92_B4E3_1BA9, 0x6C07_A2C2_6A83_46D2))
  }

  @Test func compactNumbersDropTheDecimalPointOfWholeNumbers() {
    func compact(_ value: Double) -> String {
      var writer = JSONWriter(capacity: 16)
      writer.writeCompactNumber(value)
      return String(decoding: writer.bytes, as: UTF8.self)
    }
    #expect(compact(3) == "3")
    #expect(compact(-12) == "-12")
    #expect(compact(-0.0) == "0")
    #expect(compact(0.5) == "0.5")
    #expect(compact(1e15) == "1000000000000000.0")
    #expect(compact(999_999_999_999_999) == "999999999999999")
    #expect(compact(.nan) == "null")
  }
}
