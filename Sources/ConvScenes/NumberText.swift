import ConvMessages

/// How numbers read on screen and in captions: integers without a decimal point,
/// others with at most four decimals.
public enum NumberText {
  /// `3` for 3.0, `0.5625` for 0.5625, `0.0156` for 0.015625, `-2` for -2.0.
  public static func format(_ value: Double) -> String {
    format(value, decimals: 4)
  }

  /// At most `decimals` decimals: `0.015625` is `0.015625` at 6, `0.0156` at 4, `0.02` at 2.
  ///
  /// A small nonzero value never reads as a plain `0`: with 4 or more decimals it is written
  /// `1.0e-05`, with fewer it keeps one rounded decimal (`0.0`), so it is visibly rounded.
  public static func format(_ value: Double, decimals: Int) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded() && abs(value) < 1e12 {
      return String(Int64(value))
    }
    let places = max(1, decimals)
    var text = DecimalText.fixed(value, places: places)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    if text == "0" || text == "-0" {
      text = places >= 4 ? DecimalText.exponent(value) : (value < 0 ? "-0.0" : "0.0")
    }
    return text
  }

  /// A product `a·b`, with negative factors in parentheses.
  static func product(_ a: Double, _ b: Double) -> String {
    "\(factor(a))·\(factor(b))"
  }

  static func factor(_ value: Double) -> String {
    let text = format(value)
    return value < 0 ? "(\(text))" : text
  }

  /// Appends the UTF-8 of `format(value)`: an integer digit by digit, without a `String`.
  static func appendFormatted(_ value: Double, to bytes: inout [UInt8]) {
    // The test `format` makes for its integer branch (NaN and infinities fail it).
    guard value == value.rounded() && abs(value) < 1e12 else {
      bytes += format(value).utf8
      return
    }
    // Below 10^12 in size, so the conversion is exact.
    DecimalBytes.append(Int(value), to: &bytes)
  }

  /// Appends the UTF-8 of `factor(value)`.
  static func appendFactor(_ value: Double, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "(")) }
    appendFormatted(value, to: &bytes)
    if value < 0 { bytes.append(UInt8(ascii: ")")) }
  }

  /// A term after a minus sign or a multiplication, with a negative value in parentheses.
  static func signed(_ value: Int) -> String {
    value < 0 ? "(\(value))" : "\(value)"
  }
}
