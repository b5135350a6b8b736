import ConvArithmetic
import ConvJSON
import Testing

@testable import ConvScenes

/// The shortcuts a streamed export takes, each against the plain way it stands in for, on
/// random inputs: changed cells, shading ranges followed through changes, texts left alone,
/// window marks, and JSON written frame by frame.
@Suite struct StreamShortcutTests {
  /// A random cell from a few values (so that ties at the ends are common), with every role,
  /// some empty values, some heat, some highlights, and both zeros.
  static func randomCell(_ random: inout SeededGenerator) -> Cell {
    let values: [Double?] = [nil, 0, -0.0, 1, 2, 3, -1, 0.5, .infinity, .nan, 1e-7]
    let heats: [Double?] = [nil, nil, 0, 0.25, 1]
    return Cell(
      value: values[Int(random.next() % UInt64(values.count))],
      role: CellRole.allCases[Int(random.next() % UInt64(CellRole.allCases.count))],
      heat: heats[Int(random.next() % UInt64(heats.count))],
      highlighted: random.next() % 5 == 0)
  }

  /// `cells` with about `count` of them replaced by random cells, and which ones were drawn.
  static func changed(_ cells: [Cell], count: Int, _ random: inout SeededGenerator) -> [Cell] {
    var cells = cells
    guard !cells.isEmpty else { return cells }
    for _ in 0..<count {
      cells[Int(random.next() % UInt64(cells.count))] = randomCell(&random)
    }
    return cells
  }

  static func identical(_ a: Cell, _ b: Cell) -> Bool {
    a.value?.bitPattern == b.value?.bitPattern && a.role == b.role
      && a.heat?.bitPattern == b.heat?.bitPattern && a.highlighted == b.highlighted
  }

  @Test func changedCellsAreExactlyTheUnequalOnes() {
    var random = SeededGenerator(seed: 1)
    for round in 0..<400 {
      let size = Int(random.next() % 70)
      let old = (0..<size).map { _ in Self.randomCell(&random) }
      let new = Self.changed(old, count: Int(random.next() % 6), &random)
      var found: [Int] = []
      new.withUnsafeBufferPointer { a in
        old.withUnsafeBufferPointer { b in CellComparison.forEachChange(a, b) { found.append($0) } }
      }
      // Cells the same to the bit are the same drawing, even a NaN that `==` calls unequal.
      let expected = (0..<size).filter { !Self.identical(new[$0], old[$0]) && new[$0] != old[$0] }
      #expect(found == expected, "round \(round)")
      var same: [Int] = []
      old.withUnsafeBufferPointer { a in CellComparison.forEachChange(a, a) { same.append($0) } }
      #expect(same.isEmpty)
    }
  }

  /// The word comparison reads the compact layout; if it were lost, every cell would be
  /// compared with `==` (still right, but the speed this layout exists for would go).
  @Test func cellsAreTwentyFourBytesInTheLayoutTheComparisonReads() {
    #expect(MemoryLayout<Cell>.stride == 24)
    #expect(Cell.layoutIsCompact)
  }

  /// Setting a field to nil leaves the same bits as a cell made without it, so that equal
  /// cells compare equal as words too.
  @Test func clearedFieldsLeaveTheBitsOfAnEmptyCell() {
    var cell = Cell(value: -2.5, role: .input, heat: 0.75, highlighted: true)
    #expect(cell.value == -2.5 && cell.heat == 0.75 && cell.highlighted)
    cell.value = nil
    cell.heat = nil
    cell.highlighted = false
    let empty = Cell(value: nil, role: .input)
    #expect(cell == empty)
    #expect(Self.identical(cell, empty))
    cell.value = 0
    #expect(cell.value == 0 && cell != empty)
  }

  @Test func aFollowedShadingRangeIsTheCountedOneOrGivesUp() {
    var random = SeededGenerator(seed: 2)
    var followed = 0
    for round in 0..<600 {
      let size = 1 + Int(random.next() % 40)
      let reserved: ClosedRange<Double>? = random.next() % 3 == 0 ? -0.5...2.5 : nil
      var cells = (0..<size).map { _ in Self.randomCell(&random) }
      var range = ShadingRange(cells, widening: reserved)
      // Several steps in a row, as a stream follows a panel through an animation.
      for step in 0..<8 {
        let next = Self.changed(cells, count: Int(random.next() % 4), &random)
        let changes = (0..<size).filter { next[$0] != cells[$0] }
        let counted = ShadingRange(next, widening: reserved)
        let updated = next.withUnsafeBufferPointer { new in
          range.updated({ cells[changes[$0]] }, new, changes: changes)
        }
        if let updated {
          followed += 1
          #expect(
            updated.low == counted.low && updated.high == counted.high,
            "round \(round) step \(step)")
        }
        range = updated ?? counted
        cells = next
      }
    }
    // The shortcut is taken often, or it would save nothing.
    #expect(followed > 2000)
  }

  @Test func cellsWithTheSameTextShowTheSameText() {
    var random = SeededGenerator(seed: 3)
    for _ in 0..<5000 {
      let a = Self.randomCell(&random)
      var b = Self.randomCell(&random)
      if random.next() % 2 == 0 { b.value = a.value }
      guard PanelTexts.sameText(a, b) else { continue }
      for glyphs in [Glyphs(ascii: false), Glyphs(ascii: true)] {
        for decimals in [1, 2, 4] {
          #expect(
            PanelTexts.text(a, decimals: decimals, glyphs: glyphs)
              == PanelTexts.text(b, decimals: decimals, glyphs: glyphs))
          let symbol = CellSymbol("x", [1, 2])
          #expect(
            PanelTexts.text(a, symbol: symbol, decimals: decimals, glyphs: glyphs)
              == PanelTexts.text(b, symbol: symbol, decimals: decimals, glyphs: glyphs))
        }
      }
    }
  }

  /// The window's marks as they were made with a set of taps.
  static func markedWithASet(_ panel: Panel, taps: [Pair]) -> Panel {
    var panel = panel
    guard let top = taps.map(\.h).min(), let bottom = taps.map(\.h).max(),
      let left = taps.map(\.w).min(), let right = taps.map(\.w).max()
    else { return panel }
    let tapSet = Set(taps)
    for r in top...bottom where r >= 0 && r < panel.rows {
      for c in left...right where c >= 0 && c < panel.cols {
        let role = panel[r, c].role
        if tapSet.contains(Pair(r, c)) {
          panel[r, c].role = role.underWindow
        } else if role.underWindow == .windowTap {
          panel[r, c].role = .dilationHole
        }
      }
    }
    return panel
  }

  @Test func windowMarksAreTheSetsMarks() {
    var random = SeededGenerator(seed: 4)
    for round in 0..<500 {
      let rows = 1 + Int(random.next() % 7)
      let cols = 1 + Int(random.next() % 7)
      let panel = Panel(
        name: "input", title: "input", rows: rows, cols: cols,
        cells: (0..<(rows * cols)).map { _ in Self.randomCell(&random) })
      // Taps partly off the panel, repeated, or none at all.
      let taps = (0..<Int(random.next() % 10)).map { _ in
        Pair(Int(random.next() % 11) - 2, Int(random.next() % 11) - 2)
      }
      var marked = panel
      ConvWindow.mark(&marked, taps: taps)
      // Roles only: marking changes nothing else, and a NaN cell is unequal to itself.
      #expect(
        marked.cells.map(\.role) == Self.markedWithASet(panel, taps: taps).cells.map(\.role),
        "round \(round)")
    }
  }

  static let jsonCases: [SceneParameters] = {
    var channels = SceneParameters.defaults(for: .channels)
    channels.channels.mode = .separable
    var conv = SceneParameters.defaults(for: .conv)
    conv.values = .symbolic
    return [
      .defaults(for: .conv), conv, .defaults(for: .transposed), .defaults(for: .bnfold),
      .defaults(for: .channels), channels,
    ]
  }()

  @Test(arguments: 0..<jsonCases.count)
  func jsonWrittenFrameByFrameIsTheWholeRender(_ index: Int) throws {
    let steps = try Scenes.build(Self.jsonCases[index])
    let whole = JSONRenderer().render(steps.frames, parameters: steps.parameters)
    var bytes: [UInt8] = []
    var pieces = 0
    JSONRenderer().write(steps, pieceBytes: 4096) { piece in
      bytes += piece
      pieces += 1
    }
    #expect(String(decoding: bytes, as: UTF8.self) == whole)
    #expect(pieces > 1)
  }
}

/// The recording as it was made before it went through a stream: every frame laid out
/// alone, twice (once to draw, once to measure).
private func castLaidOutFrameByFrame(
  _ frames: [Frame], title: String, width: Int, limited: Bool, ascii: Bool, depth: ColourDepth
) -> String {
  var ansi = ANSIRenderer(width: width, ascii: ascii, depth: depth)
  ansi.limited = limited
  ansi.reserve = LayoutReserve(frames)
  let screens = frames.map { ansi.render($0, lineEnd: "\r\n") }
  let canvases = frames.map { ansi.canvas($0) }
  let height = canvases.map(\.height).max() ?? 1
  let columns = max(width, canvases.map(\.width).max() ?? 0)
  var text =
    "{\"version\": 2, \"width\": \(columns), \"height\": \(height + 1), \"title\": \(JSONText.string(title))}\n"
  for (index, screen) in screens.enumerated() {
    let time = JSONText.number(Double(index))
    text += "[\(time), \"o\", \(JSONText.string("\u{1B}[2J\u{1B}[H" + screen))]\n"
  }
  return text
}

@Suite struct StreamedCastTests {
  static let cases: [(SceneParameters, Int?, Bool, ColourDepth)] = {
    var channels = SceneParameters.defaults(for: .channels)
    channels.channels.inChannels = 4
    channels.input = Pair(5)
    var conv = SceneParameters.defaults(for: .conv)
    conv.input = Pair(9)
    conv.values = .random(seed: 4)
    // Symbols cover the padding's glyph, which the legend then leaves out.
    var symbolic = SceneParameters.defaults(for: .conv)
    symbolic.values = .symbolic
    var symbolicChannels = channels
    symbolicChannels.values = .symbolic
    return [
      (.defaults(for: .conv), nil, false, .full), (conv, 40, false, .full),
      (conv, 30, true, .monochrome), (channels, nil, false, .eight), (channels, 50, false, .full),
      (.defaults(for: .transposed), nil, false, .full),
      (.defaults(for: .bilinear), 30, false, .full),
      (.defaults(for: .shapes), nil, false, .monochrome), (symbolic, nil, false, .full),
      (symbolicChannels, 60, false, .full),
    ]
  }()

  @Test(arguments: 0..<cases.count)
  func theStreamedRecordingIsTheFrameByFrameOne(_ index: Int) throws {
    let (parameters, width, ascii, depth) = Self.cases[index]
    let frames = try Scenes.build(parameters).frames
    let cast = CastRenderer(width: width, ascii: ascii, depth: depth).render(frames, title: "t")
    let expected = castLaidOutFrameByFrame(
      frames, title: "t", width: width ?? TextRenderer.flowWidth, limited: width != nil,
      ascii: ascii, depth: depth)
    #expect(cast == expected)
  }

  /// The export's recording, written a few hundred bytes at a time from the steps without
  /// holding the frames, is the recording of all the frames.
  @Test(arguments: 0..<cases.count)
  func theRecordingWrittenFromTheStepsIsTheWholeOne(_ index: Int) throws {
    let (parameters, width, ascii, depth) = Self.cases[index]
    let steps = try Scenes.build(parameters)
    let renderer = CastRenderer(width: width, ascii: ascii, depth: depth)
    var chunks: [[UInt8]] = []
    renderer.write(steps, title: "t", flushBytes: 300) { chunks.append($0) }
    #expect(chunks.count > 1)
    #expect(
      String(decoding: chunks.joined(), as: UTF8.self) == renderer.render(steps.frames, title: "t"))
  }
}
