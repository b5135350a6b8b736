import ConvArithmetic
import ConvScenes
import Testing

@testable import ConvExplorer

/// The screen diff works on glyphs and style ids; it must give the runs the column-by-column
/// reading of `StyledChar`s gives, on any pair of canvases.
@Suite struct ScreenDiffTests {
  /// The diff as it was written over `StyledChar`s, kept as the reference.
  static func referenceRuns(from old: Canvas?, to new: Canvas) -> [DrawRun] {
    let full = old == nil || old!.width != new.width || old!.height != new.height
    var runs: [DrawRun] = []
    for y in 0..<new.height {
      var x = 0
      while x < new.width {
        if !full && new.sameColumn(y * new.width + x, as: old!) {
          x += 1
          continue
        }
        var start = x
        while start > 0 && new[start, y].text.isEmpty { start -= 1 }
        let style = new[start, y].style
        var text = ""
        var end = start
        while end < new.width && new[end, y].style == style {
          let cell = new[end, y]
          if end > start && !full && new.sameColumn(y * new.width + end, as: old!)
            && !cell.text.isEmpty
          {
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

  @Test func runsMatchTheReferenceOnRandomCanvases() {
    var generator = SplitMix64(seed: 3)
    func number(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let texts = ["a", "bc", "中", "e\u{301}", "  ", "·", "x中y", "░▒"]
    let styles: [Style] = [.plain, .title, .status, .cell(.window), .cell(.heat, heat: 0.7)]
    func scribble(_ canvas: inout Canvas, _ count: Int) {
      for _ in 0..<count {
        canvas.put(
          texts[number(texts.count)], x: number(canvas.width), y: number(canvas.height),
          style: styles[number(styles.count)])
      }
    }
    for round in 0..<300 {
      var old = Canvas(width: 3 + number(14), height: 1 + number(4))
      scribble(&old, number(12))
      var new = old
      scribble(&new, number(6))
      if round % 10 == 0 { new = Canvas(width: old.width + 1, height: old.height) }
      #expect(ScreenDiff.runs(from: old, to: new) == Self.referenceRuns(from: old, to: new))
      #expect(ScreenDiff.runs(from: nil, to: new) == Self.referenceRuns(from: nil, to: new))
    }
  }
}
