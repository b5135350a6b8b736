import Testing

@testable import ConvScenes

/// The shortcuts of a streamed frame's layout, each against the plain way: a kept
/// arrangement reused only when arranging afresh would give the same, shaded cells drawn
/// as two scalars, and the bytes of separators and titles.
@Suite struct ArrangementReuseTests {
  /// A frame of a 12×12 grid that shades at a narrow width, a small grid that shows numbers, and
  /// sometimes a table, with `cells` for the big grid.
  static func frame(
    index: Int, big: [Cell], small: [Cell], title: String, table: Bool, caption: String
  ) -> Frame {
    var panels = [
      Panel(name: "input", title: title, rows: 12, cols: 12, cells: big),
      Panel(name: "kernel", title: "kernel 2×2", rows: 2, cols: 2, cells: small),
    ]
    if table {
      panels.append(
        Panel(
          name: "costs", title: "costs", rowLabels: ["standard"],
          columnLabels: ["parameters", "multiply_adds"],
          cells: [Cell(value: 12, role: .input), Cell(value: 3.5, role: .input)]))
    }
    return Frame(scene: "conv", index: index, count: 40, panels: panels, captions: [caption])
  }

  /// One stream handed frames that change a few cells at a time, and now and then a title
  /// (to canonically equivalent but other bytes), a panel, the reserve or the width of the
  /// numbers, writes each frame as a fresh stream writes it alone.
  @Test(arguments: [false, true], [nil, 24, 40, 200])
  func aStreamHandedChangingFramesWritesEachAsAFreshStreamDoes(ascii: Bool, width: Int?) {
    var random = SeededGenerator(seed: UInt64(width ?? 1) + (ascii ? 100 : 0))
    var big = (0..<144).map { Cell(value: Double($0 % 7), role: .input) }
    var small = (0..<4).map { Cell(value: Double($0), role: .kernelTap) }
    var reserve = LayoutReserve()
    var stream = FrameTextStream(
      reserve: reserve, flow: width ?? TextRenderer.flowWidth, limited: width != nil,
      ascii: ascii, depth: .monochrome, lineEnd: [0x0A])
    var table = false
    var title = "input 6×6 (café)"
    for index in 1...40 {
      // Finite values: a shaded panel places a value on the ramp, which infinity has no place on.
      big = StreamShortcutTests.changed(big, count: Int(random.next() % 3), &random).map {
        var cell = $0
        if let value = cell.value, !value.isFinite { cell.value = 2 }
        return cell
      }
      switch random.next() % 10 {
      case 0: small = StreamShortcutTests.changed(small, count: 1, &random)
      case 1: small[0] = Cell(value: 123456.25, role: .kernelTap)  // wider numbers
      case 2: title = title.hasSuffix("café)") ? "input 6×6 (cafe\u{301})" : "input 6×6 (café)"
      case 3: table.toggle()
      case 4:
        reserve.ranges["input"] = random.next() % 2 == 0 ? -50...50 : nil
        stream.reserve = reserve
      default: break
      }
      let frame = Self.frame(
        index: index, big: big, small: small, title: title, table: table, caption: "step \(index)")
      var bytes: [UInt8] = []
      stream.append(frame, to: &bytes)
      var fresh = FrameTextStream(
        reserve: reserve, flow: width ?? TextRenderer.flowWidth, limited: width != nil,
        ascii: ascii, depth: .monochrome, lineEnd: [0x0A])
      var expected: [UInt8] = []
      fresh.append(frame, to: &expected)
      #expect(bytes == expected, "frame \(index)")
    }
  }

  /// A kept arrangement fits a frame whose shaded panel's cells changed, but not one whose
  /// numbers changed, nor one with another title.
  @Test func aKeptArrangementFitsOnlyWhatWouldBeArrangedTheSame() {
    let big = (0..<144).map { Cell(value: Double($0 % 7), role: .input) }
    let small = (0..<4).map { Cell(value: Double($0), role: .kernelTap) }
    let first = Self.frame(
      index: 1, big: big, small: small, title: "input", table: false, caption: "")
    var cache = PanelTexts.Cache(acrossFrames: true)
    let arrangement = Arrangement(
      first, width: 24, density: .standard, limited: true, glyphs: Glyphs(ascii: false),
      reserve: LayoutReserve(), cache: &cache)
    #expect(!arrangement.shapes[0].numbers && arrangement.shapes[1].numbers)
    func changes(_ frame: Frame) -> CellChanges {
      let indices = zip(frame.panels, first.panels).map { new, old in
        new.cells.indices.filter { new.cells[$0] != old.cells[$0] }
      }
      return CellChanges(indices: indices, previous: first.panels, old: [])
    }
    func ranges(_ frame: Frame) -> [ShadingRange?] {
      arrangement.shapes.indices.map { index in
        arrangement.shapes[index].shading.map { _ in
          ShadingRange(frame.panels[index].cells, widening: nil)
        }
      }
    }
    var moved = big
    moved[7] = Cell(value: big[7].value, role: .windowTap)  // marked, its value kept
    let shadedChange = Self.frame(
      index: 2, big: moved, small: small, title: "input", table: false, caption: "")
    #expect(
      arrangement.fits(
        shadedChange, changes: changes(shadedChange), shadingRanges: ranges(shadedChange)))
    var widened = big
    widened[0] = Cell(value: 100, role: .input)
    let rangeChange = Self.frame(
      index: 2, big: widened, small: small, title: "input", table: false, caption: "")
    #expect(
      !arrangement.fits(
        rangeChange, changes: changes(rangeChange), shadingRanges: ranges(rangeChange)))
    var numbers = small
    numbers[1] = Cell(value: 2, role: .kernelTap)
    let numberChange = Self.frame(
      index: 2, big: big, small: numbers, title: "input", table: false, caption: "")
    #expect(
      !arrangement.fits(
        numberChange, changes: changes(numberChange), shadingRanges: ranges(numberChange)))
    let retitled = Self.frame(
      index: 2, big: big, small: small, title: "input ", table: false, caption: "")
    #expect(
      !arrangement.fits(retitled, changes: changes(retitled), shadingRanges: ranges(retitled)))
  }

  /// Every cell, level and glyph set: two scalars where ``Glyphs/shade(_:level:)`` gives
  /// one-column glyphs, drawn as that text draws, clipped at either edge alike.
  @Test func shadedColumnsAreTheShadeText() {
    var random = SeededGenerator(seed: 11)
    var fast = 0
    for _ in 0..<4000 {
      let cell = StreamShortcutTests.randomCell(&random)
      let levels: [Double?] = [nil, 0, 0.1, 0.5, 0.77, 1, 1.5, -0.2]
      let level = levels[Int(random.next() % UInt64(levels.count))]
      for glyphs in [Glyphs(ascii: false), Glyphs(ascii: true)] {
        let style = Style.cell(cell.role, heat: cell.heat, highlighted: cell.highlighted).id
        for x in [-1, 0, 3, 4] {
          var expected = Canvas(width: 5, height: 1)
          expected.put(glyphs.shade(cell, level: level), x: x, y: 0, id: style)
          guard let (first, second) = glyphs.shadeColumns(cell, level: level) else { continue }
          fast += 1
          var drawn = Canvas(width: 5, height: 1)
          drawn.putColumns(first, second, x: x, y: 0, id: style)
          #expect(drawn.glyphs == expected.glyphs && drawn.styles == expected.styles)
        }
      }
    }
    #expect(fast > 20000)
  }

  /// Captions on one line, to wrap, of wide or joining scalars, with a newline or trailing
  /// spaces, at flows down to where nothing wraps: the stream writes the frame as the
  /// one-piece layout does.
  @Test(arguments: [false, true], [5, 8, 9, 12, 30, 100])
  func captionsAreWrittenAsTheLayoutWritesThem(ascii: Bool, width: Int) {
    let fixed = [
      "", "step 1", "o = ⌊(32 + 2·1 − 1·(3−1) − 1)/1⌋ + 1 = 32", "trailing spaces   ",
      "y[1,7] = 7·1 + 8·2 + 9·3 + 3·1 + 4·2 + 5·3 + 8·1 + 9·2 + 1·3 = 105",
      "卷积窗口位于第 1–3 行", "cafe\u{301} au lait", "two\nlines", "tab\there", "⌚ watch",
      String(repeating: "x", count: 40),
    ]
    // Every length of one sentence, so that some just fit and some just do not.
    let sentence = "o = ⌊(32 + 2·1 − 1·(3−1) − 1)/1⌋ + 1 = 32, and more words to wrap"
    let captions = fixed + (1...sentence.count).map { String(sentence.prefix($0)) }
    let big = (0..<144).map { Cell(value: Double($0 % 7), role: .input) }
    let small = (0..<4).map { Cell(value: Double($0), role: .kernelTap) }
    var stream = FrameTextStream(
      reserve: LayoutReserve(), flow: width, limited: true, ascii: ascii, depth: .monochrome,
      lineEnd: [0x0A])
    for (index, caption) in captions.enumerated() {
      var frame = Self.frame(
        index: index + 1, big: big, small: small, title: "input", table: false,
        caption: caption)
      frame.captions.append(captions[(index + 3) % captions.count])
      var bytes: [UInt8] = []
      stream.append(frame, to: &bytes)
      let expected = TextRenderer(width: width, ascii: ascii, reserve: LayoutReserve())
        .render(frame)
      #expect(bytes == Array(expected.utf8), "caption \(index)")
    }
  }

  @Test func separatorBytesAreTheSeparator() {
    for (index, count) in [(0, 0), (1, 1), (7, 10), (10, 10), (99, 1024), (1024, 1024), (-3, 5)] {
      var bytes: [UInt8] = [0x41]
      TextRenderer.appendSeparator(index: index, count: count, to: &bytes)
      #expect(bytes == [0x41] + Array(TextRenderer.separator(index: index, count: count).utf8))
    }
  }

  @Test func sameBytesIsByteEquality() {
    let texts = [
      "", "a", "café", "cafe\u{301}", "input 32×32, padded to 34×34",
      "input 32×32, padded to 34×35",
      String(repeating: "x", count: 17), String(repeating: "x", count: 16) + "y",
    ]
    for a in texts {
      for b in texts {
        #expect(SameBytes.of(a, b) == Array(a.utf8).elementsEqual(Array(b.utf8)))
      }
    }
    #expect(
      SameBytes.of(nil, nil) && !SameBytes.of(["a"], nil)
        && !SameBytes.of(["café"], ["cafe\u{301}"]))
  }
}
