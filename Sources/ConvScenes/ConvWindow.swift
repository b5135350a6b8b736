import ConvArithmetic

/// Marks a window's taps and the dilation holes between them on a panel.
enum ConvWindow {
  static func mark(_ panel: inout Panel, taps: [Pair]) {
    guard let (top, bottom, left, right) = box(taps) else { return }
    // Which cells of the window's box are taps, as flags rather than a Set of pairs: this
    // runs for every frame of an animation, and hashing the taps cost more than marking them.
    let boxWidth = right - left + 1
    var isTap = [Bool](repeating: false, count: (bottom - top + 1) * boxWidth)
    for tap in taps { isTap[(tap.h - top) * boxWidth + (tap.w - left)] = true }
    for r in top...bottom where r >= 0 && r < panel.rows {
      for c in left...right where c >= 0 && c < panel.cols {
        let role = panel[r, c].role
        if isTap[(r - top) * boxWidth + (c - left)] {
          panel[r, c].role = role.underWindow
        } else if role.underWindow == .windowTap {
          // A hole over a zero the window adds keeps that zero's glyph: only values are skipped.
          panel[r, c].role = .dilationHole
        }
      }
    }
  }

  /// The rows and columns the window's taps span; ``mark(_:taps:)`` changes no cell outside.
  static func box(_ taps: [Pair]) -> (top: Int, bottom: Int, left: Int, right: Int)? {
    guard let first = taps.first else { return nil }
    var (top, bottom, left, right) = (first.h, first.h, first.w, first.w)
    for tap in taps {
      top = min(top, tap.h)
      bottom = max(bottom, tap.h)
      left = min(left, tap.w)
      right = max(right, tap.w)
    }
    return (top, bottom, left, right)
  }

  /// The indices, increasing and each once, of the cells of a panel `rows`×`cols` inside
  /// either window's box: every cell that unmarking one window and marking the other can change.
  static func cells(of first: [Pair], _ second: [Pair], rows: Int, cols: Int) -> [Int] {
    var indices: [Int] = []
    switch (box(first), box(second)) {
    case (nil, nil):
      break
    case (let a?, nil), (nil, let a?):
      append(a, nil, rows: rows, cols: cols, to: &indices)
    case (let a?, let b?):
      append(a, b, rows: rows, cols: cols, to: &indices)
    }
    return indices
  }

  private typealias Box = (top: Int, bottom: Int, left: Int, right: Int)

  /// Appends the cells of the panel inside `a` or `b`, row by row, left to right.
  private static func append(_ a: Box, _ b: Box?, rows: Int, cols: Int, to indices: inout [Int]) {
    let top = max(min(a.top, b?.top ?? a.top), 0)
    let bottom = min(max(a.bottom, b?.bottom ?? a.bottom), rows - 1)
    guard top <= bottom else { return }
    indices.reserveCapacity(
      (a.bottom - a.top + 1) * (a.right - a.left + 1)
        + (b.map { ($0.bottom - $0.top + 1) * ($0.right - $0.left + 1) } ?? 0))
    /// A box's columns on row `r`, clipped to the panel; empty (left > right) off the row.
    @inline(__always) func span(_ box: Box?, _ r: Int) -> (left: Int, right: Int) {
      guard let box, r >= box.top && r <= box.bottom else { return (1, 0) }
      return (max(box.left, 0), min(box.right, cols - 1))
    }
    for r in top...bottom {
      var first = span(a, r)
      var second = span(b, r)
      if second.left < first.left { swap(&first, &second) }
      // The second span starts no further left, so only its part past the first is new.
      var c = first.left
      while c <= first.right {
        indices.append(r &* cols &+ c)
        c += 1
      }
      c = max(second.left, first.left <= first.right ? first.right + 1 : second.left)
      while c <= second.right {
        indices.append(r &* cols &+ c)
        c += 1
      }
    }
  }
}
