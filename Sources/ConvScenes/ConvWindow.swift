import ConvArithmetic

/// Marks a window's taps and the dilation holes between them on a panel.
enum ConvWindow {
  static func mark(_ panel: inout Panel, taps: [Pair]) {
    guard let first = taps.first else { return }
    var (top, bottom, left, right) = (first.h, first.h, first.w, first.w)
    for tap in taps {
      top = min(top, tap.h)
      bottom = max(bottom, tap.h)
      left = min(left, tap.w)
      right = max(right, tap.w)
    }
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
}
