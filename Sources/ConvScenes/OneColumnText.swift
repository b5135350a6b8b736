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

  /// Whether the caption shortcut writes `v` as one column of its own: ASCII, Latin, `×`,
  /// `·`, `—`, `⌊` and their neighbours, never a scalar that joins the one before it.
  @inline(__always) static func isOneColumn(_ v: UInt32) -> Bool {
    (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300)
      || ((0x2010...0x2BFF).contains(v) && !(0x20D0...0x20FF).contains(v))
  }

  /// For a text of one-column scalars only: how many scalars it has, and the offset just past
  /// the last of its first `width` that is not a space (where a row `width` wide, trailing
  /// spaces dropped, ends); nil when some scalar is not one column.
  static func measure(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> (
    columns: Int, end: Int
  )? {
    var end = 0
    var columns = 0
    let oneColumn = walk(bytes) { v, offset in
      guard isOneColumn(v) else { return false }
      columns += 1
      if columns <= width && v != 0x20 { end = offset }
      return true
    }
    return oneColumn ? (columns, end) : nil
  }
}
