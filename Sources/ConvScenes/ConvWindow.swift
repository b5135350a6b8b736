import ConvArithmetic

/// Marks a window's taps and the dilation holes between them on a panel.
enum ConvWindow {
  static func mark(_ panel: inout Panel, taps: [Pair]) {
    guard let top = taps.map(\.h).min(), let bottom = taps.map(\.h).max(),
      let left = taps.map(\.w).min(), let right = taps.map(\.w).max()
    else { return }
    let tapSet = Set(taps)
    for r in top...bottom where r >= 0 && r < panel.rows {
      for c in left...right where c >= 0 && c < panel.cols {
        let role = panel[r, c].role
        if tapSet.contains(Pair(r, c)) {
          panel[r, c].role = role.underWindow
        } else if role.underWindow == .windowTap {
          // A hole over a zero the window adds keeps that zero's glyph: only values are skipped.
          panel[r, c].role = .dilationHole
        }
      }
    }
  }
}
