/// Finds the cells that differ between two frames' panels, the question every streamed
/// frame and every remembered text asks of a few thousand cells.
///
/// Most cells are unchanged from one step to the next, so each pair is first compared as
/// raw words: equal bits mean equal cells (and the same drawing), so nothing that changed
/// is missed. Only a pair whose bits differ is compared with `==`, which also treats
/// `0` and `-0` as equal.
enum CellComparison {
  /// Whether `forEachChange` would call `new` changed from `old`: their bits differ and
  /// `==` says they are unequal (so `0` and `-0` are the same, and a NaN kept to the bit too).
  @inline(__always)
  static func differ(_ new: Cell, _ old: Cell) -> Bool {
    !new.hasSameBits(as: old) && new != old
  }

  /// Calls `changed` with the index of every cell of `new` that differs from the one in
  /// `old` (the two have the same count).
  @inline(__always)
  static func forEachChange(
    _ new: UnsafeBufferPointer<Cell>, _ old: UnsafeBufferPointer<Cell>, _ changed: (Int) -> Void
  ) {
    let count = min(new.count, old.count)
    guard count > 0, let a = new.baseAddress, let b = old.baseAddress else { return }
    // The same storage (a panel a scene made once and shows again) holds the same cells.
    if a == b { return }
    guard Cell.layoutIsCompact else {
      for index in 0..<count where a[index] != b[index] { changed(index) }
      return
    }
    let left = UnsafeRawPointer(a)
    let right = UnsafeRawPointer(b)
    // Bytes 16 and 17 are the role and the flags; the bytes after them are padding, whose
    // contents are undefined.
    let flags: UInt64 = 0xFFFF
    @inline(__always) func differ(_ index: Int) -> UInt64 {
      let offset = index &* 24
      return
        (left.load(fromByteOffset: offset, as: UInt64.self)
        ^ right.load(fromByteOffset: offset, as: UInt64.self))
        | (left.load(fromByteOffset: offset &+ 8, as: UInt64.self)
          ^ right.load(fromByteOffset: offset &+ 8, as: UInt64.self))
        | ((left.load(fromByteOffset: offset &+ 16, as: UInt64.self)
          ^ right.load(fromByteOffset: offset &+ 16, as: UInt64.self)) & flags)
    }
    // A block of cells at a time, one test per block: nearly every block is unchanged, and
    // a branch per cell made this loop a third slower. A block with a difference is looked
    // at cell by cell.
    var start = 0
    while start < count {
      let end = min(count, start &+ 16)
      var any: UInt64 = 0
      for index in start..<end { any |= differ(index) }
      if any != 0 {
        for index in start..<end where differ(index) != 0 && a[index] != b[index] {
          changed(index)
        }
      }
      start = end
    }
  }
}
