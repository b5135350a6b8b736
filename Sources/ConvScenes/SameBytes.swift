/// Whether two texts are the same bytes: not merely canonically equivalent, as `==` would
/// have it, since what is written out must be a text's own bytes.
///
/// Asked for every caption and panel title of every streamed frame, nearly always of two
/// texts that are equal (often the same storage), so it compares eight bytes at a time
/// rather than through a generic sequence comparison.
enum SameBytes {
  static func of(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let same = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y in equal(x, y) }
    }
    if case .some(.some(let same)) = same { return same }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// Whether the labels are the same bytes, one by one (both nil counts as the same).
  static func of(_ a: [String]?, _ b: [String]?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.count == b.count && zip(a, b).allSatisfy { of($0, $1) }
  }

  /// Two buffers of the same length, compared a word at a time.
  private static func equal(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let count = x.count
    guard count == y.count else { return false }
    if count == 0 || x.baseAddress == y.baseAddress { return true }
    let (p, q) = (UnsafeRawPointer(x.baseAddress!), UnsafeRawPointer(y.baseAddress!))
    var offset = 0
    while offset + 8 <= count {
      if p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        != q.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      {
        return false
      }
      offset += 8
    }
    while offset < count {
      if x[offset] != y[offset] { return false }
      offset += 1
    }
    return true
  }
}
