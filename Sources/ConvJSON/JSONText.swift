/// Single JSON literals as `String`s, for text built by interpolation (an asciicast header,
/// one event line); whole documents are written with ``JSONWriter`` instead.
public enum JSONText {
  /// A quoted, escaped JSON string: `"a\"b"`.
  public static func string(_ text: String) -> String {
    var writer = JSONWriter(capacity: text.utf8.count + 16)
    writer.writeString(text)
    return writer.string
  }

  /// A number as the scene export spells it: `3`, `0.5`, `1e-05`; `null` for NaN and infinities.
  public static func number(_ value: Double) -> String {
    var writer = JSONWriter(capacity: 32)
    writer.writeCompactNumber(value)
    return writer.string
  }
}
