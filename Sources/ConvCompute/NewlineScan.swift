/// Finds and counts newline bytes, eight bytes at a time, in pure Swift.
///
/// This replaces `memchr`, so the protocol needs no C library: each 8-byte word is
/// tested for a 0x0A byte with the classic "has zero byte" bit trick on `word ^ 0x0A…0A`,
/// and only the word that holds one is looked at byte by byte.
///
///     NewlineScan.first(in: buffer)  // offset of the first "\n", or nil
enum NewlineScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080
  private static let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

  /// The offset of the first newline in `bytes`, or nil when there is none.
  @inline(__always)
  static func first(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = 0
    let raw = UnsafeRawPointer(base)
    while index + 8 <= count {
      // Little-endian order puts the byte at the lowest address in the lowest bits.
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let x = word ^ newlines
      // A set high bit marks a zero byte of x; borrows only reach bytes above the first one,
      // so the lowest marked byte is exact.
      let found = (x &- ones) & ~x & highs
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < count {
      if base[index] == 0x0A { return index }
      index += 1
    }
    return nil
  }

  /// How many newlines `bytes` holds.
  static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var total = 0
    var rest = bytes
    while let offset = first(in: rest) {
      total += 1
      rest = UnsafeBufferPointer(rebasing: rest[(offset + 1)...])
    }
    return total
  }
}
