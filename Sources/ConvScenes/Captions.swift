import ConvArithmetic
import ConvMessages

/// Caption lines of mathematics shared by the scenes: formulas with numbers, and products.
///
/// Every number here was computed by the engine or given as a parameter; the formulas
/// themselves come from ``Formula``, and words from the catalogue.
enum Captions {
  /// Whether every pair is the same on both axes, so one formula line covers both.
  static func allSquare(_ pairs: [Pair]) -> Bool {
    pairs.allSatisfy(\.isSquare)
  }

  /// One line per axis (or one line when the axes agree): `label = body(axis) = result(axis)`.
  static func perAxis(
    _ symbol: String, square: Bool, _ body: (Axis) -> String, result: (Axis) -> Int
  ) -> [String] {
    if square {
      return ["\(symbol) = \(body(.height)) = \(result(.height))"]
    }
    return Axis.allCases.map { axis in
      "\(symbol)_\(axis == .height ? "h" : "w") = \(body(axis)) = \(result(axis))"
    }
  }

  /// The convolution output-size formula with the numbers of `parameters`.
  ///
  ///     o = ⌊(5 + 2·1 − 1·(3−1) − 1)/2⌋ + 1 = 3
  static func convOutputFormula(_ p: ConvParameters, symbol: String = "o") -> [String] {
    let output = p.convOutput
    return perAxis(
      symbol, square: allSquare([p.input, p.kernel, p.stride, p.padding, p.dilation]),
      { Formula.convOutput(p.along($0)) }, result: { output[$0] })
  }

  /// The transposed output-size formula with numbers.
  ///
  ///     o′ = (3−1)·2 − 2·1 + 1·(3−1) + 0 + 1 = 5
  static func transposedOutputFormula(_ p: ConvParameters) -> [String] {
    let output = p.transposedOutput
    return perAxis(
      "o′",
      square: allSquare([p.input, p.kernel, p.stride, p.padding, p.dilation, p.outputPadding]),
      { Formula.transposedOutput(p.along($0)) }, result: { output[$0] })
  }

  /// `y[1,2] = 1·1 + 2·2 + 3·3 = 14`, every product written out.
  ///
  /// Never shortened here: a frame is the whole truth, and an export or a file shows it
  /// all; a front end short of rows may wrap it, or scroll.
  static func products(
    _ name: String, row: Int, col: Int, terms: [(Double, Double)], total: Double
  ) -> String {
    // Written as bytes into one buffer, integers digit by digit: this line is made anew
    // for every frame, and a `String` per number cost more than the rest of the step.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count + 24 + terms.count * 16)
    bytes += name.utf8
    bytes.append(UInt8(ascii: "["))
    NumberText.appendFormatted(Double(row), to: &bytes)
    bytes.append(UInt8(ascii: ","))
    NumberText.appendFormatted(Double(col), to: &bytes)
    bytes += "] = ".utf8
    for (k, term) in terms.enumerated() {
      if k > 0 { bytes += " + ".utf8 }
      NumberText.appendFactor(term.0, to: &bytes)
      bytes += "·".utf8
      NumberText.appendFactor(term.1, to: &bytes)
    }
    bytes += " = ".utf8
    NumberText.appendFormatted(total, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
