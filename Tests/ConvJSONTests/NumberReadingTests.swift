import ConvArithmetic
import Testing

@testable import ConvJSON

/// Reads `text` (one number) as a grid cell and as a general value; both must agree with
/// the standard library on every bit.
private func readCell(_ text: String) -> (grid: Double?, general: JSONValue?) {
  let line = Array("[[\(text)]]".utf8)
  let grid = line.withUnsafeBufferPointer { bytes -> Double? in
    var reader = JSONReader(bytes: bytes)
    return reader.readNumberGrid()?.values.first
  }
  return (grid, try? JSONParser.parse(Array(text.utf8)))
}

/// The bits a grid cell should hold for a literal: integers as Ints first (so "-0" is +0).
private func expectedBits(_ text: String) -> UInt64? {
  if let integer = Int(text) { return Double(integer).bitPattern }
  return Double(text)?.bitPattern
}

@Suite("Number reading")
struct NumberReadingTests {
  /// Literals at the edges of the word-at-a-time path (7 and 8 whole digits or decimals),
  /// of Clinger's exact range (2^53, 15 to 17 significant digits) and of the layouts
  /// (exponents, negative zero, leading zeros of the fraction).
  static let edges = [
    "0", "-0", "0.0", "-0.0", "1", "-1", "7", "0.5", "1.5", "-1.5", "0.1", "0.2", "0.3",
    "0.30000000000000004", "0.1234567", "0.12345678", "0.123456789", "1234567", "12345678",
    "1234567.1234567", "1234567.12345678", "12345678.1234567", "9999999.9999999",
    "0.0000001", "0.00000001", "0.0001", "0.00001", "1e-05", "1e-5", "1E5", "1e5", "-2.5E-3",
    "1.5e+300", "5e-324", "2.2250738585072014e-308", "4.9e-324", "9007199254740992",
    "9007199254740993", "9007199254740992.0", "9007199254740993.0", "123456789012345.6",
    "1234567890123456.7", "12345678901234567", "0.8595977000000004", "1.005", "2.675",
    "100000000000000000000000", "1e22", "1e23", "0.1e1", "10000000.0", "1000000.0",
    "-1234.5678", "3.14159265358979", "3.141592653589793", "-0.000000000000000000001",
  ]

  @Test(arguments: edges)
  func readsEveryEdgeExactly(_ text: String) {
    let (grid, general) = readCell(text)
    let expected = expectedBits(text)
    let generalBits: UInt64? =
      switch general {
      case .integer(let n): Double(n).bitPattern
      case .number(let x): x.bitPattern
      default: nil
      }
    #expect(generalBits == expected, "general reader, \(text)")
    // Integers past 2^53 are left to the general parser, which keeps them exact.
    if let integer = Int(text), integer.magnitude > 1 << 53 {
      #expect(grid == nil)
    } else {
      #expect(grid?.bitPattern == expected, "grid reader, \(text)")
    }
  }

  @Test func refusesWhatTheGeneralReaderRefuses() {
    for text in [
      "01", "-01.5", "00.5", "1.", "-", "-.5", ".5", "1.e5", "1e", "+1", "0x10", "1.5.5",
    ] {
      #expect(readCell(text).grid == nil, "\(text)")
      #expect(readCell(text).general == nil, "\(text)")
    }
  }

  /// Grid cells written as Swift spells Doubles (every class of number, near the end of
  /// the text and far from it) read back to the same bits, in grids and in tensors.
  @Test func readsWrittenNumbersBackToTheSameBits() {
    let values = hardDoubles(count: 60_000, seed: 11).filter(\.isFinite)
    var random = SplitMix64(seed: 5)
    var start = 0
    while start < values.count {
      let cols = Int(random.next() % 7) + 1
      let rows = Int(random.next() % 5) + 1
      let end = min(values.count, start + rows * cols)
      let cells = Array(values[start..<end])
      start = end
      let grid = Array(cells[0..<(cells.count / cols * cols)])
      guard !grid.isEmpty else { continue }
      let spaced = random.next() % 2 == 0
      let separator = spaced ? ", " : ","
      let text =
        "["
        + stride(from: 0, to: grid.count, by: cols).map { row in
          "[" + grid[row..<(row + cols)].map(\.description).joined(separator: separator) + "]"
        }.joined(separator: separator) + "]"
      let bytes = Array(text.utf8)
      let literal = bytes.withUnsafeBufferPointer { buffer -> GridLiteral? in
        var reader = JSONReader(bytes: buffer)
        return reader.readNumberGrid()
      }
      #expect(literal?.cols == cols)
      #expect(literal?.values.map(\.bitPattern) == grid.map(\.bitPattern), "\(text)")
      let tensorText = "[" + text + ", " + text + "]"
      let tensor = Array(tensorText.utf8).withUnsafeBufferPointer { buffer -> TensorLiteral? in
        var reader = JSONReader(bytes: buffer)
        return reader.readNumberTensor()
      }
      #expect(tensor?.values.map(\.bitPattern) == (grid + grid).map(\.bitPattern))
    }
  }

  /// Short decimals of every length up to 16 significant digits, the readers' common case.
  @Test func readsShortDecimalsOfEveryLength() {
    var random = SplitMix64(seed: 3)
    for _ in 0..<50_000 {
      let whole = random.next() % [1, 10, 1_000, 10_000_000, 100_000_000][Int(random.next() % 5)]
      let decimals = Int(random.next() % 17)
      var fraction = ""
      for _ in 0..<decimals { fraction += String(random.next() % 10) }
      let sign = random.next() % 2 == 0 ? "-" : ""
      let text = sign + String(whole) + (decimals > 0 ? "." + fraction : "")
      let (grid, _) = readCell(text)
      #expect(grid?.bitPattern == expectedBits(text), "\(text)")
    }
  }

  /// The first cell that is not written as an integer is remembered, however it was read.
  @Test func remembersTheFirstNonIntegerCell() {
    let bytes = Array("[[1, 2, 3], [4, 5.0, 6]]".utf8)
    let literal = bytes.withUnsafeBufferPointer { buffer -> GridLiteral? in
      var reader = JSONReader(bytes: buffer)
      return reader.readNumberGrid()
    }
    #expect(literal?.firstNonInteger == 4)
    #expect(literal?.values == [1, 2, 3, 4, 5, 6])
  }
}
