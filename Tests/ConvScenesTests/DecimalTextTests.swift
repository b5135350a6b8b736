import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// NumberText writes numbers without Foundation: every digit must be the one `String(format:)` wrote.
@Suite struct DecimalTextTests {
  /// Doubles of every size and kind: random bits, short decimals, halfway cases, tiny and huge.
  static func samples() -> [Double] {
    var generator = SplitMix64(seed: 11)
    var values: [Double] = [
      0.5, 1.5, 2.5, 0.125, 0.0625, 0.015625, 0.05, 0.15, 0.25, 0.35, 1e-5, -1e-5, 4.9e-324,
      -4.9e-324, 2.2250738585072014e-308, 1e12, 1e15 + 0.5, 123456789012.5, 1.7976931348623157e308,
      -0.0, 0.00005, 0.000049999, 9.99999e-5, 0.099999, 0.95, 0.995, 9.5, 99.5,
    ]
    for _ in 0..<40_000 {
      let bits = generator.next()
      let random = Double(bitPattern: bits)
      if random.isFinite { values.append(random) }
      let unit = Double(generator.next() >> 11) / Double(1 << 53)
      let scale = pow(10, Double(Int(generator.next() % 30)) - 15)
      values.append((unit - 0.5) * scale)
      // Short decimals and exact halves at 1 to 6 places, where rounding ties happen.
      let places = Int(generator.next() % 6) + 1
      let steps = Double(Int64(generator.next() % 2_000_001) - 1_000_000)
      values.append((steps + 0.5) / pow(10, Double(places)))
      values.append(steps / 1024)
    }
    return values
  }

  @Test func fixedMatchesPrintf() {
    var mismatches: [String] = []
    for value in Self.samples() {
      for places in [1, 2, 4, 6] {
        let expected = String(format: "%.\(places)f", value)
        let actual = DecimalText.fixed(value, places: places)
        if actual != expected && mismatches.count < 5 {
          mismatches.append("\(value) at \(places): \(actual) != \(expected)")
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func exponentMatchesPrintf() {
    var mismatches: [String] = []
    for value in Self.samples() where value != 0 && abs(value) < 1 {
      let expected = String(format: "%.1e", value)
      let actual = DecimalText.exponent(value)
      if actual != expected && mismatches.count < 5 {
        mismatches.append("\(value): \(actual) != \(expected)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func numberTextIsUnchanged() {
    #expect(NumberText.format(0.015625, decimals: 6) == "0.015625")
    #expect(NumberText.format(0.015625) == "0.0156")
    #expect(NumberText.format(0.015625, decimals: 2) == "0.02")
    #expect(NumberText.format(0.00001) == "1.0e-05")
    #expect(NumberText.format(-0.00001, decimals: 2) == "-0.0")
    #expect(NumberText.format(3) == "3" && NumberText.format(-2) == "-2")
  }
}
