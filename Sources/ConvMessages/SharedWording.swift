import ConvArithmetic

/// What every catalogue writes the same way in every language: sizes and grouped numbers.
protocol SharedWording {}

extension SharedWording {
  /// `5×5`, height first.
  func size(_ pair: Pair) -> String { "\(pair.h)×\(pair.w)" }

  /// `2` when both axes agree, else `2×1`.
  func value(_ pair: Pair) -> String { pair.isSquare ? "\(pair.h)" : "\(pair.h)×\(pair.w)" }

  /// `20,000`: thousands grouped with commas.
  func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return n < 0 ? "-" + text : text
  }
}
