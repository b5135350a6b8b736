/// Reads a text's scalars straight from its UTF-8, for the lines every frame measures and
/// encodes again (the products and the window's caption): walking `unicodeScalars` cost
/// several times the decoding itself.
enum OneColumnText {
  /// Calls `body` with the value of each scalar of `bytes` (valid UTF-8, as a `String`'s
  /// always is) and the offset just past it, in order, while it returns true; false when
  /// `body` stopped the walk or met a scalar of four bytes (never one column wide).
  @inline(__always)
  static func walk(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Bool) -> Bool {
    var i = 0
    let count = bytes.count
    while i < count {
      let b0 = UInt32(bytes[i])
      let value: UInt32
      if b0 < 0x80 {
        value = b0
        i += 1
      } else if b0 < 0xE0 {
        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if b0 < 0xF0 {
        value =
          (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        return false
      }
      if !body(value, i) { return false }
    }
    return true
  }
}
