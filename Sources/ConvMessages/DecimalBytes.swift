/// Integers spelled into UTF-8 bytes as `"\(n)"` spells them, for the lines that every frame
/// of an animation writes again (a header, a separator, a caption) without making a String.
public enum DecimalBytes {
  /// Appends the decimal digits of `n` (with a minus sign when negative) to `bytes`.
  public static func append(_ n: Int, to bytes: inout [UInt8]) {
    guard n >= 0 else {
      bytes += String(n).utf8
      return
    }
    // Most significant digit first, so that nothing is reversed afterwards.
    var unit = 1
    while unit <= n / 10 { unit *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8((n / unit) % 10))
      unit /= 10
    } while unit > 0
  }
}
