import ConvArithmetic
import Testing

@testable import ConvMessages

/// The captions a stream writes for every frame are written as bytes; they say what the
/// interpolated sentences said.
@Suite struct ByteWrittenCaptionTests {
  static func span(_ word: String, _ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "no \(word)s" }
    return low == high ? "\(word) \(low)" : "\(word)s \(low)–\(high)"
  }

  @Test func theWindowCaptionIsTheSentence() {
    let spans: [[Int]] = [
      [], [0], [7, 7], [1, 2, 3], [9, 10, 11], [99, 100], [-2, 3], [1_234_567],
    ]
    for rows in spans {
      for cols in spans {
        for padded in [false, true] {
          for stride in [Pair(1), Pair(2), Pair(1, 3), Pair(10)] {
            let expected =
              "window on \(Self.span("row", rows)), \(Self.span("col", cols)) of the \(padded ? "padded input" : "input")"
              + "; it moves \(stride.isSquare ? "\(stride.h)" : "\(stride.h)×\(stride.w)") cell\(stride == Pair(1) ? "" : "s") per step"
            let caption = Caption.window(rows: rows, cols: cols, padded: padded, stride: stride)
            #expect(Array(caption.text(in: .english).utf8) == Array(expected.utf8))
          }
        }
      }
    }
  }

  @Test func theHeaderIsTheSentence() {
    for (step, count) in [(0, 0), (1, 1), (9, 10), (10, 10), (512, 1024), (-1, 3)] {
      for scene in ["conv", "transposed", "场景"] {
        let header = Caption.legend(.header(scene: scene, step: step, count: count))
        #expect(
          Array(header.text(in: .english).utf8) == Array("\(scene) — step \(step) of \(count)".utf8)
        )
      }
    }
  }
}
