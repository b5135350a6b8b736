import ConvScenes

/// A run of text in one style at one screen position: the unit the driver draws.
public struct DrawRun: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var text: String
  public var style: Style
  /// The screen columns the run covers.
  public var columns: Int
}

/// What changed between two canvases, as runs to draw.
///
/// Only cells that differ are redrawn, so an animation step writes the
/// sliding window and the new output cell, not the whole screen; this is
/// what keeps redraws flicker-free without a clear per frame.
public enum ScreenDiff {
  /// The runs that turn `old` into `new`; every cell when `old` is nil or of another size.
  public static func runs(from old: Canvas?, to new: Canvas) -> [DrawRun] {
    let full = old == nil || old!.width != new.width || old!.height != new.height
    var runs: [DrawRun] = []
    // Glyphs and style ids, not `StyledChar`s: a redraw of the whole screen looks at every
    // column, and a String and a Style per column were most of a parameter key's diff.
    let width = new.width
    let glyphs = new.glyphs
    let styles = new.styles
    // The open run's text, as bytes until the run is closed.
    var text: [UInt8] = []
    text.reserveCapacity(width * 3)
    var open: (x: Int, y: Int, style: StyleID, columns: Int)? = nil
    func close() {
      guard let run = open else { return }
      runs.append(
        DrawRun(
          x: run.x, y: run.y, text: String(decoding: text, as: UTF8.self), style: run.style.style,
          columns: run.columns))
      text.removeAll(keepingCapacity: true)
      open = nil
    }
    for y in 0..<new.height {
      let row = y * width
      var x = 0
      while x < width {
        if !full && new.sameColumn(row + x, as: old!) {
          x += 1
          continue
        }
        // A changed continuation column of a wide character redraws from its lead column.
        var start = x
        while start > 0 && glyphs[row + start] == 0 { start -= 1 }
        let style = styles[row + start]
        var end = start
        while end < width && styles[row + end] == style {
          if end > start && !full && new.sameColumn(row + end, as: old!) && glyphs[row + end] != 0 {
            // Stop at an unchanged cell unless it is the second half of a wide character.
            break
          }
          end += 1
        }
        // Joins the run before when it ends where this one starts, in the same style.
        if let run = open, run.y == y, run.x + run.columns == start, run.style == style {
          open!.columns += end - start
        } else {
          close()
          open = (start, y, style, end - start)
        }
        new.appendUTF8(row: y, from: start, to: end, to: &text)
        x = max(end, x + 1)
      }
    }
    close()
    return runs
  }

  /// How many cells differ between two canvases of the same size (all of them otherwise).
  public static func changedCells(from old: Canvas?, to new: Canvas) -> Int {
    guard let old, old.width == new.width, old.height == new.height else {
      return new.width * new.height
    }
    var count = 0
    for index in 0..<(new.width * new.height) where !new.sameColumn(index, as: old) { count += 1 }
    return count
  }

  /// The UTF-8 bytes of the changed cells' text: the least any terminal update must send.
  public static func changedCellBytes(from old: Canvas?, to new: Canvas) -> Int {
    let count = new.width * new.height
    guard let old, old.width == new.width, old.height == new.height else {
      return (0..<count).reduce(0) { $0 + new.text(at: $1).utf8.count }
    }
    var bytes = 0
    for index in 0..<count where !new.sameColumn(index, as: old) {
      bytes += new.text(at: index).utf8.count
    }
    return bytes
  }
}
