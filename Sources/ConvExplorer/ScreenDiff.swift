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
    for y in 0..<new.height {
      var x = 0
      while x < new.width {
        if !full && old![x, y] == new[x, y] {
          x += 1
          continue
        }
        // A changed continuation column of a wide character redraws from its lead column.
        var start = x
        while start > 0 && new[start, y].text.isEmpty { start -= 1 }
        let style = new[start, y].style
        var text = ""
        var end = start
        while end < new.width && new[end, y].style == style {
          let cell = new[end, y]
          if end > start && !full && old![end, y] == cell && !cell.text.isEmpty {
            // Stop at an unchanged cell unless it is the second half of a wide character.
            break
          }
          text += cell.text
          end += 1
        }
        if let last = runs.last, last.y == y, last.x + last.columns == start, last.style == style {
          runs[runs.count - 1].text += text
          runs[runs.count - 1].columns += end - start
        } else {
          runs.append(DrawRun(x: start, y: y, text: text, style: style, columns: end - start))
        }
        x = max(end, x + 1)
      }
    }
    return runs
  }

  /// How many cells differ between two canvases of the same size (all of them otherwise).
  public static func changedCells(from old: Canvas?, to new: Canvas) -> Int {
    guard let old, old.width == new.width, old.height == new.height else {
      return new.width * new.height
    }
    var count = 0
    for index in 0..<new.chars.count where old.chars[index] != new.chars[index] { count += 1 }
    return count
  }

  /// The UTF-8 bytes of the changed cells' text: the least any terminal update must send.
  public static func changedCellBytes(from old: Canvas?, to new: Canvas) -> Int {
    guard let old, old.width == new.width, old.height == new.height else {
      return new.chars.reduce(0) { $0 + $1.text.utf8.count }
    }
    var bytes = 0
    for index in 0..<new.chars.count where old.chars[index] != new.chars[index] {
      bytes += new.chars[index].text.utf8.count
    }
    return bytes
  }
}
