import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvScenes

/// The remembered layouts and the cell comparison behind the streamed export: both must give
/// exactly what the plain computation gives.
@Suite struct FitMemoTests {
  /// Everything a fit returns, in a comparable form.
  static func summary(_ fitted: FittedFrame) -> String {
    "\(fitted.canvas.plainText)|\(fitted.hits)|\(fitted.minimumWidth)|\(fitted.panelTop)|"
      + "\(fitted.panelHeight)|\(fitted.panelRows)|\(fitted.captionRows)|\(fitted.density)|"
      + "\(fitted.showsLegend)"
  }

  @Test func aRememberedFitIsTheFitItself() throws {
    var parameters = SceneParameters.defaults(for: .conv)
    parameters.input = Pair(9)
    let steps = try Scenes.build(parameters)
    let reserve = LayoutReserve(steps)
    var memo = FitMemo(capacity: 2)
    // Sizes and steps that come back (a hit) and that do not (a miss, which evicts).
    let requests = [(0, 80, 19), (1, 80, 19), (0, 80, 19), (0, 60, 19), (1, 80, 19), (2, 40, 12)]
    for (step, width, rows) in requests + requests.reversed() {
      let frame = steps.frame(at: step)
      let plain = FrameLayout.fit(
        frame, width: width, rows: rows, ascii: false, scroll: 0, reserve: reserve)
      let remembered = FrameLayout.fit(
        frame, width: width, rows: rows, ascii: false, scroll: 0, reserve: reserve, memo: &memo)
      #expect(remembered.canvas == plain.canvas, "step \(step) at \(width)×\(rows)")
      #expect(Self.summary(remembered) == Self.summary(plain))
    }
  }

  @Test func anyDifferentArgumentIsANewFit() throws {
    let steps = try Scenes.build(.defaults(for: .conv))
    let frame = steps.frame(at: 0)
    var memo = FitMemo()
    let first = FrameLayout.fit(frame, width: 80, rows: 19, ascii: false, scroll: 0, memo: &memo)
    let ascii = FrameLayout.fit(frame, width: 80, rows: 19, ascii: true, scroll: 0, memo: &memo)
    #expect(ascii.canvas != first.canvas)
    var changed = frame
    let shown = try #require(changed.panels[0].cells.firstIndex { $0.role == .input })
    changed.panels[0].cells[shown].value = 1234.5
    let other = FrameLayout.fit(changed, width: 80, rows: 19, ascii: false, scroll: 0, memo: &memo)
    #expect(other.canvas != first.canvas)
    #expect(
      Self.summary(other)
        == Self.summary(FrameLayout.fit(changed, width: 80, rows: 19, ascii: false, scroll: 0)))
  }

  @Test("the language is part of the key: an equal frame in another language is fitted anew")
  func languageIsPartOfTheKey() throws {
    let frame = try Scenes.build(.defaults(for: .conv)).frame(at: 0)
    var chineseFrame = frame
    chineseFrame.language = .chinese
    var memo = FitMemo()
    let english = FitMemo.Request(
      frame: frame, width: 80, rows: 19, ascii: false, scroll: 0, follow: true, reserve: nil)
    var chinese = english
    chinese.frame = chineseFrame
    _ = FrameLayout.fit(frame, width: 80, rows: 19, ascii: false, scroll: 0, memo: &memo)
    #expect(memo.fitted(for: english) != nil)
    #expect(memo.fitted(for: chinese) == nil)
    _ = FrameLayout.fit(chineseFrame, width: 80, rows: 19, ascii: false, scroll: 0, memo: &memo)
    #expect(memo.fitted(for: chinese) != nil)
  }

  @Test func theCellComparisonFindsExactlyTheCellsThatDiffer() {
    var generator = SplitMix64(seed: 11)
    func pick<T>(_ options: [T]) -> T { options[Int(generator.next() % UInt64(options.count))] }
    let values: [Double?] = [nil, 0, -0.0, 1, -1, 0.5, .nan, .infinity]
    let heats: [Double?] = [nil, 0, -0.0, 0.25, 1]
    func cell() -> Cell {
      Cell(
        value: pick(values), role: pick(CellRole.allCases), heat: pick(heats),
        highlighted: pick([false, true]))
    }
    for _ in 0..<200 {
      let old = (0..<40).map { _ in cell() }
      var new = old
      for _ in 0..<Int(generator.next() % 8) { new[Int(generator.next() % 40)] = cell() }
      var found: [Int] = []
      new.withUnsafeBufferPointer { a in
        old.withUnsafeBufferPointer { b in CellComparison.forEachChange(a, b) { found.append($0) } }
      }
      // Equal bits are the same drawing, so a NaN may count as unchanged; nothing else may.
      let expected = new.indices.filter {
        new[$0] != old[$0] && !(new[$0].value?.isNaN == true && old[$0].value?.isNaN == true)
      }
      let allowed = Set(new.indices.filter { new[$0] != old[$0] })
      #expect(Set(expected).isSubset(of: Set(found)))
      #expect(Set(found).isSubset(of: allowed))
    }
  }
}
