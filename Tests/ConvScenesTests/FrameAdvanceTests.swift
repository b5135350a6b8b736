import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvScenes

/// A scene that advances a frame in place must make exactly the frame it would have made
/// anew, and name every cell that changed: the stream compares only the cells it names.
@Suite struct FrameAdvanceTests {
  /// Every scene at its defaults, and the conv scene in shapes whose windows reach the
  /// padding, skip cells, wrap rows unevenly, read symbols, speak Chinese, or are flipped.
  static let cases: [(String, SceneParameters)] = {
    var list: [(String, SceneParameters)] = SceneKind.allCases.map {
      ("\($0.rawValue) defaults", .defaults(for: $0))
    }
    var conv = SceneParameters.defaults(for: .conv)
    conv.input = Pair(7)
    conv.stride = Pair(2)
    conv.padding = Pair(1)
    list.append(("conv stride 2 padding 1", conv))
    conv = .defaults(for: .conv)
    conv.input = Pair(6)
    conv.kernel = Pair(3)
    conv.dilation = Pair(2)
    list.append(("conv dilation 2", conv))
    conv = .defaults(for: .conv)
    conv.input = Pair(7, 9)
    conv.dilation = Pair(2, 1)
    conv.padding = Pair(2, 0)
    conv.stride = Pair(1, 3)
    conv.values = .random(seed: 5)
    list.append(("conv uneven random", conv))
    conv = .defaults(for: .conv)
    conv.values = .symbolic
    list.append(("conv symbolic", conv))
    conv = .defaults(for: .conv)
    conv.language = .chinese
    conv.padding = Pair(1)
    list.append(("conv chinese", conv))
    conv = .defaults(for: .conv)
    conv.flip = true
    conv.values = .random(seed: 3)
    list.append(("conv flipped", conv))
    conv = .defaults(for: .conv)
    conv.input = Pair(12)
    conv.stride = Pair(1)
    conv.padding = Pair(1)
    list.append(("conv 12", conv))
    var transposed = SceneParameters.defaults(for: .transposed)
    transposed.input = Pair(3, 4)
    transposed.stride = Pair(2)
    transposed.padding = Pair(1)
    transposed.outputPadding = Pair(1)
    transposed.values = .random(seed: 4)
    list.append(("transposed output padding", transposed))
    transposed = .defaults(for: .transposed)
    transposed.values = .symbolic
    list.append(("transposed symbolic", transposed))
    transposed = .defaults(for: .transposed)
    transposed.flip = true
    transposed.dilation = Pair(2)
    list.append(("transposed flipped dilated", transposed))
    return list
  }()

  /// Per panel, the cells of `new` that differ from `old` as the full comparison finds
  /// them, and what they were.
  static func fullChanges(_ old: Frame, _ new: Frame) -> (indices: [[Int]], old: [[Cell]]) {
    var indices: [[Int]] = []
    var cells: [[Cell]] = []
    for (a, b) in zip(new.panels, old.panels) {
      var changed: [Int] = []
      a.cells.withUnsafeBufferPointer { x in
        b.cells.withUnsafeBufferPointer { y in
          CellComparison.forEachChange(x, y) { changed.append($0) }
        }
      }
      indices.append(changed)
      cells.append(changed.map { b.cells[$0] })
    }
    return (indices, cells)
  }

  @Test(arguments: 0..<cases.count)
  func anAdvancedFrameIsTheFrameMadeAnewAndNamesEveryChange(_ index: Int) throws {
    let (name, parameters) = Self.cases[index]
    let steps = try Scenes.build(parameters)
    var advanced = 0
    for step in 1..<steps.stepCount {
      let before = steps.frame(at: step - 1)
      let expected = steps.frame(at: step)
      var frame = before
      guard let touched = steps.advance(&frame, to: step) else {
        #expect(frame == before, "\(name) step \(step): refused, yet changed")
        continue
      }
      advanced += 1
      #expect(frame == expected, "\(name) step \(step)")
      let changes = touched.changes(in: frame)
      let full = Self.fullChanges(before, expected)
      #expect(changes.indices == full.indices, "\(name) step \(step): changed cells")
      #expect(changes.old == full.old, "\(name) step \(step): old cells")
      // Every index named is in its panel and in increasing order, each once.
      for (panel, indices) in touched.indices.enumerated() {
        #expect(zip(indices, indices.dropFirst()).allSatisfy { $0 < $1 })
        #expect(indices.allSatisfy { $0 >= 0 && $0 < frame.panels[panel].cells.count })
      }
    }
    if parameters.scene == .conv && steps.stepCount > 1 {
      #expect(advanced == steps.stepCount - 1, "\(name): the conv scene advances every step")
    }
    if parameters.scene == .transposed && parameters.view == .zeros
      && !parameters.matrix.compareDilated
    {
      // Every step after the window's first, not the steps that build the grid.
      let sliding = steps.stepCount - TransposedZerosScene.setupSteps - 1
      #expect(advanced == sliding, "\(name): the transposed scene advances while sliding")
    }
  }

  /// A frame with a pinned cell is more than the step's frame: advancing it must either be
  /// refused or give the next step's frame with the same pin, never a frame that is neither.
  @Test(arguments: 0..<cases.count)
  func aPinnedFrameIsRefusedOrKeepsItsPin(_ index: Int) throws {
    let (name, parameters) = Self.cases[index]
    let steps = try Scenes.build(parameters)
    let first = steps.frame(at: 0)
    var foci: [CellFocus] = []
    for panel in first.panels {
      foci.append(CellFocus(panel: panel.name, row: 0, col: 0))
      foci.append(CellFocus(panel: panel.name, row: panel.rows / 2, col: panel.cols - 1))
    }
    for focus in foci {
      for step in Set([1, 2, steps.stepCount / 2, steps.stepCount - 1]) where step >= 1 {
        guard step < steps.stepCount else { continue }
        let before = steps.frame(at: step - 1, focus: focus)
        var frame = before
        if steps.advance(&frame, to: step) == nil {
          #expect(frame == before, "\(name) \(focus) step \(step): refused, yet changed")
        } else {
          #expect(
            frame == steps.frame(at: step, focus: focus), "\(name) \(focus) step \(step)")
        }
      }
    }
  }

  @Test func aFrameOfAnotherStepOrSceneIsRefused() throws {
    let steps = try Scenes.build(.defaults(for: .conv))
    var frame = steps.frame(at: 3)
    #expect(steps.advance(&frame, to: 3) == nil)
    #expect(steps.advance(&frame, to: 5) == nil)
    #expect(steps.advance(&frame, to: 0) == nil)
    #expect(frame == steps.frame(at: 3))
    var chinese = SceneParameters.defaults(for: .conv)
    chinese.language = .chinese
    var other = try Scenes.build(chinese).frame(at: 3)
    #expect(steps.advance(&other, to: 4) == nil)
    var last = steps.frame(at: steps.stepCount - 1)
    #expect(steps.advance(&last, to: steps.stepCount) == nil)
  }

  /// The stream takes the in-place path on consecutive steps and the full comparison on
  /// any other: both give what a stream that draws only that frame gives, which is what
  /// the one-frame renderer gives (but for the legend of symbols, which the text export's
  /// stream words as it always has).
  @Test func aStreamJumpingBetweenStepsWritesEachFrameAsAFreshStreamDoes() throws {
    for (name, parameters) in Self.cases
    where parameters.scene == .conv || parameters.scene == .transposed {
      let steps = try Scenes.build(parameters)
      let text = TextRenderer(width: 60, reserve: LayoutReserve(steps))
      var stream = FrameTextStream(steps: steps, width: 60, ascii: false)
      let last = steps.stepCount - 1
      for step in [0, 1, 2, 3, 7, 8, 0, 1, last, last - 1, last, 4, 5, 5, 6].map({
        min($0, last)
      }) {
        var bytes: [UInt8] = []
        stream.append(step: step, to: &bytes)
        var fresh = FrameTextStream(steps: steps, width: 60, ascii: false)
        var expected: [UInt8] = []
        fresh.append(step: step, to: &expected)
        #expect(bytes == expected, "\(name) step \(step)")
        if !parameters.values.isSymbolic {
          let frame = steps.frame(at: step)
          let rendered =
            TextRenderer.separator(index: frame.index, count: frame.count) + "\n"
            + text.render(frame)
          #expect(String(decoding: bytes, as: UTF8.self) == rendered, "\(name) step \(step)")
        }
      }
    }
  }

  /// A frame handed in is drawn, but never advanced in place: it may come from other
  /// values of the same sizes, whose untouched cells the next step would keep.
  @Test func aFrameHandedInIsNeverAdvanced() throws {
    var parameters = SceneParameters.defaults(for: .conv)
    let steps = try Scenes.build(parameters)
    parameters.values = .random(seed: 7)
    let other = try Scenes.build(parameters)
    var stream = FrameTextStream(steps: steps, width: nil, ascii: false)
    var bytes: [UInt8] = []
    stream.append(step: 0, to: &bytes)
    stream.append(other.frame(at: 1), to: &bytes)
    bytes = []
    stream.append(step: 2, to: &bytes)
    var fresh = FrameTextStream(steps: steps, width: nil, ascii: false)
    var expected: [UInt8] = []
    fresh.append(step: 2, to: &expected)
    #expect(bytes == expected)
  }

  @Test func integersAreWrittenAsTheirText() {
    var values: [Double] = [
      0, -0.0, 1, -1, 9, 10, -10, 99, 100, 12345, -987_654_321, 999_999_999_999,
    ]
    values += [-999_999_999_999, 1e12, -1e12, 0.5, -0.25, .nan, .infinity, -.infinity, 1e-7]
    for value in values {
      var bytes: [UInt8] = []
      NumberText.appendFormatted(value, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == NumberText.format(value), "\(value)")
      bytes = []
      NumberText.appendFactor(value, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == NumberText.factor(value), "\(value)")
    }
    let terms: [(Double, Double)] = [(1, -2), (0.5, 3), (-0.0, 7), (.nan, 1)]
    var expected = "y[3,12] = "
    expected += terms.map { "\(NumberText.factor($0.0))·\(NumberText.factor($0.1))" }
      .joined(separator: " + ")
    expected += " = " + NumberText.format(-1.5)
    #expect(Captions.products("y", row: 3, col: 12, terms: terms, total: -1.5) == expected)
  }
}
