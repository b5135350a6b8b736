import ConvScenes
import Testing

@testable import ConvExplorer

@Suite("Palette, diff and headless drawing")
struct DrawingTests {
  @Test("NO_COLOR, colour count and has_colors choose the depth")
  func depth() {
    #expect(ColourDepth.choose(hasColours: true, colours: 256, noColor: nil) == .full)
    #expect(ColourDepth.choose(hasColours: true, colours: 8, noColor: nil) == .eight)
    #expect(ColourDepth.choose(hasColours: true, colours: 256, noColor: "1") == .monochrome)
    #expect(ColourDepth.choose(hasColours: true, colours: 256, noColor: "") == .full)
    #expect(ColourDepth.choose(hasColours: false, colours: 0, noColor: nil) == .monochrome)
  }

  @Test("every palette fits in the colour pairs of its terminals, and monochrome needs none")
  func pairs() {
    #expect(Palette(depth: .monochrome).colourCombinations.isEmpty)
    #expect(Palette(depth: .eight).colourCombinations.count < 64)
    #expect(Palette(depth: .full).colourCombinations.count < 256)
    // Distinct roles look distinct in every depth (window against input, current against done).
    for depth in [ColourDepth.monochrome, .eight, .full] {
      let palette = Palette(depth: depth)
      #expect(palette.appearance(of: .cell(.window)) != palette.appearance(of: .cell(.input)))
      #expect(
        palette.appearance(of: .cell(.outputCurrent)) != palette.appearance(of: .cell(.outputDone)))
      #expect(
        palette.appearance(of: .cell(.input, highlighted: true))
          != palette.appearance(of: .cell(.input)))
    }
  }

  @Test("heat bands cover 0…1 and clamp outside it")
  func heat() {
    #expect(Palette.heatBand(0) == 0)
    #expect(Palette.heatBand(1) == Palette.heatLevels - 1)
    #expect(Palette.heatBand(-3) == 0)
    #expect(Palette.heatBand(.nan) == 0)
    #expect(Palette.heatBand(0.5) == Palette.heatLevels / 2)
  }

  @Test("the diff of a canvas with itself is empty; one changed cell is one run")
  func diff() {
    var a = Canvas(width: 10, height: 3)
    a.put("hello", x: 1, y: 1)
    #expect(ScreenDiff.runs(from: a, to: a).isEmpty)
    var b = a
    b.put("J", x: 1, y: 1, style: .status)
    let runs = ScreenDiff.runs(from: a, to: b)
    #expect(runs == [DrawRun(x: 1, y: 1, text: "J", style: .status, columns: 1)])
    #expect(ScreenDiff.changedCells(from: a, to: b) == 1)
    // From nothing, every row is drawn.
    let full = ScreenDiff.runs(from: nil, to: a)
    #expect(full.reduce(0) { $0 + $1.columns } == 30)
  }

  @Test("a changed wide character is redrawn whole")
  func wide() {
    var a = Canvas(width: 6, height: 1)
    a.put("ab", x: 0, y: 0)
    var b = a
    b.put("中", x: 2, y: 0)
    let runs = ScreenDiff.runs(from: a, to: b)
    #expect(runs.map(\.text).joined() == "中")
    #expect(runs.first?.x == 2 && runs.first?.columns == 2)
  }

  @Test(
    "the ANSI encoder moves the cursor only when it jumps, and sends only the attributes that change"
  )
  func encoder() {
    let encoder = AnsiEncoder(palette: Palette(depth: .monochrome))
    let runs = [
      DrawRun(x: 0, y: 0, text: "ab", style: .plain, columns: 2),
      DrawRun(x: 2, y: 0, text: "c", style: .status, columns: 1),
      DrawRun(x: 0, y: 2, text: "d", style: .status, columns: 1),
      DrawRun(x: 3, y: 2, text: "e", style: .plain, columns: 1),
    ]
    #expect(
      encoder.encode(runs) == "\u{1B}[1;1H\u{1B}[0mab\u{1B}[1mc\u{1B}[3;1Hd\u{1B}[2C\u{1B}[0me")
    let colour = AnsiEncoder(palette: Palette(depth: .eight))
    let status = Palette(depth: .eight).appearance(of: .status)
    #expect(status == Appearance(3, -1, .bold))
    #expect(
      colour.encode([DrawRun(x: 0, y: 0, text: "x", style: .status, columns: 1)])
        == "\u{1B}[1;1H\u{1B}[0;1;33mx")
  }

  @Test("an animation step redraws a small part of the screen, near the changed-cell minimum")
  func headlessStep() {
    var explorer = HeadlessExplorer(state: .opening(screenSize: ScreenSize(width: 120, height: 40)))
    let first = explorer.draw()
    #expect(first.changedCells == 120 * 40)
    let step = explorer.send(.key(.character(".")))
    #expect(step.changedCells > 0)
    #expect(step.changedCells < 120 * 40 / 4)
    #expect(step.bytesWritten < first.bytesWritten / 2)
    let none = explorer.send(.tick)  // not playing: nothing changes
    #expect(none.changedCells == 0 && none.bytesWritten == 0)
    _ = explorer.send(.key(.character("e")))
    #expect(explorer.effects.count == 1)
  }
}
