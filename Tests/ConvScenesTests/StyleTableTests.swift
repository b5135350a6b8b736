import ConvArithmetic
import Foundation
import Testing

@testable import ConvScenes

/// The one styling model: the heat ramp's lightness, style ids, and every renderer reading it.
@Suite struct StyleTableTests {
  /// WCAG relative luminance of xterm colour `n`, from its RGB values.
  static func luminance(_ n: Int) -> Double {
    let (r, g, b) = XtermColour.rgb(n)
    func linear(_ v: Int) -> Double {
      let c = Double(v) / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  }

  static func contrast(_ a: Int, _ b: Int) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  @Test func theXtermPaletteIsXterms() {
    #expect(XtermColour.hex(16) == "#000000" && XtermColour.hex(231) == "#ffffff")
    #expect(XtermColour.hex(53) == "#5f005f" && XtermColour.hex(226) == "#ffff00")
    #expect(XtermColour.hex(232) == "#080808" && XtermColour.hex(4) == "#0000ee")
  }

  @Test func heatLuminanceRisesStrictlyAt256Colours() {
    let ramp = HeatRamp.colours256.map(Self.luminance)
    #expect(ramp.count == HeatRamp.levels)
    for (cold, hot) in zip(ramp, ramp.dropFirst()) {
      #expect(cold < hot, "luminance \(ramp)")
    }
    // From nearly black to nearly white in greyscale, so the ends read apart in print too.
    #expect(ramp.first! < 0.05 && ramp.last! > 0.8)
  }

  @Test func heatLuminanceNeverFallsAtEightColours() {
    let ramp = HeatRamp.colours8.map(Self.luminance)
    #expect(ramp.count == HeatRamp.levels)
    for (cold, hot) in zip(ramp, ramp.dropFirst()) { #expect(cold <= hot, "luminance \(ramp)") }
    #expect(ramp.first! < ramp.last!)
  }

  @Test func textOnHeatIsReadable() {
    for level in 0..<HeatRamp.levels {
      let background = HeatRamp.colours256[level]
      let chosen = HeatRamp.foregrounds256[level]
      let other = chosen == 231 ? 16 : 231
      #expect(Self.contrast(chosen, background) >= 4.5, "level \(level)")
      #expect(Self.contrast(chosen, background) >= Self.contrast(other, background))
      let look = StyleTable.appearance(
        of: .cell(.heat, heat: HeatRamp.middle(of: level)), depth: .full)
      #expect(look.background == background && look.foreground == chosen)
    }
  }

  @Test func textOnHeatTakesTheBetterContrastAtEightColours() {
    for level in 0..<HeatRamp.levels {
      let background = HeatRamp.colours8[level]
      let chosen = HeatRamp.foregrounds8[level]
      let other = chosen == 7 ? 0 : 7
      #expect(
        Self.contrast(chosen, background) >= Self.contrast(other, background), "level \(level)")
    }
  }

  @Test func heatLevelsCoverZeroToOne() {
    #expect(HeatRamp.level(0) == 0)
    #expect(HeatRamp.level(1) == HeatRamp.levels - 1)
    #expect(
      HeatRamp.level(-3) == 0 && HeatRamp.level(.nan) == 0
        && HeatRamp.level(7) == HeatRamp.levels - 1)
    for level in 0..<HeatRamp.levels {
      #expect(HeatRamp.level(HeatRamp.middle(of: level)) == level)
    }
  }

  @Test func styleIDsRoundTrip() {
    for (index, role) in CellRole.allCases.enumerated() { #expect(role.index == index) }
    var styles: [Style] = [.plain, .title, .caption, .hint, .status]
    for role in CellRole.allCases {
      for highlighted in [false, true] {
        let heats: [Double?] =
          role == .heat ? (0..<HeatRamp.levels).map(HeatRamp.middle(of:)) : [nil]
        for heat in heats { styles.append(.cell(role, heat: heat, highlighted: highlighted)) }
      }
    }
    for style in styles { #expect(style.id.style == style) }
    #expect(Set(styles.map(\.id)).count == styles.count)
    #expect(styles.allSatisfy { Int($0.id.rawValue) < StyleID.count })
    // Heat is kept only where a renderer reads it.
    #expect(Style.cell(.input, heat: 0.3).id == Style.cell(.input).id)
    #expect(Style.cell(.heat, heat: 0.05).id != Style.cell(.heat, heat: 0.95).id)
    #expect(Style.cell(.heat, heat: 0.05).id == Style.cell(.heat, heat: 0.06).id)
  }

  @Test func everyRoleLooksDifferentFromItsNeighbours() {
    for depth in ColourDepth.allCases {
      func look(_ style: Style) -> Appearance { StyleTable.appearance(of: style, depth: depth) }
      #expect(look(.cell(.window)) != look(.cell(.input)))
      #expect(look(.cell(.outputCurrent)) != look(.cell(.outputDone)))
      #expect(look(.cell(.input, highlighted: true)) != look(.cell(.input)))
      #expect(look(.cell(.heat, heat: 0)) != look(.cell(.heat, heat: 1)))
    }
  }

  @Test func glyphsComeFromTheTable() {
    let unicode = Glyphs(ascii: false)
    let ascii = Glyphs(ascii: true)
    #expect(unicode.placeholder(Cell(value: 0, role: .padding)) == "·")
    #expect(ascii.placeholder(Cell(value: 0, role: .padding)) == ".")
    #expect(StyleTable.glyphs(.insertedZero).placeholder(ascii: true) == "o")
    #expect(unicode.markers(Cell(value: 3, role: .windowTap)) == ("[", "]"))
    #expect(unicode.markers(Cell(value: 3, role: .input, highlighted: true)) == ("*", "*"))
    #expect(unicode.shade(Cell(value: 3, role: .padding)) == "· ")
    #expect(ascii.shade(Cell(value: 3, role: .window), level: 1) == ",@")
    #expect(Array(ascii.valueRamp) == [":", "-", "=", "+", "*", "#", "%", "@"])
    #expect(Array(unicode.valueRamp) == ["░", "▒", "▓", "█"])
  }

  @Test func ansiWritesTheTablesCodes() throws {
    let frame = try Scenes.build(.defaults(for: .conv)).frame(at: 2)
    let wide = ANSIRenderer(width: 100, depth: .full).render(frame)
    let tap = StyleTable.sgr(Style.cell(.windowTap).id, depth: .full)
    #expect(tap == "1;38;5;16;48;5;44")
    #expect(wide.contains("\u{1B}[\(tap)m"))
  }

  @Test func svgRectanglesCarryTheTablesColours() throws {
    var p = SceneParameters.defaults(for: .bilinear)
    p.kernel = Pair(3)
    let steps = try Scenes.build(p)
    let svg = SVGRenderer(width: 100).render(steps.frame(at: steps.stepCount - 1))
    let hot = XtermColour.hex(HeatRamp.colours256[HeatRamp.levels - 1])
    #expect(svg.contains("fill=\"\(hot)\""))
    #expect(!svg.contains("\u{1B}"))
  }
}

/// The compact canvas and the streamed export, which must match the one-frame layout byte for byte.
@Suite struct FrameTextStreamTests {
  @Test func compactCanvasKeepsWideAndCombinedCharacters() {
    var canvas = Canvas(width: 8, height: 2)
    canvas.put("a中b", x: 0, y: 0, style: .title)
    canvas.put("e\u{301}x", x: 0, y: 1)
    #expect(canvas.line(0) == "a中b" && canvas.line(1) == "e\u{301}x")
    #expect(canvas[2, 0].text == "" && canvas[1, 0].text == "中" && canvas[1, 0].style == .title)
    #expect(canvas[0, 1].text == "e\u{301}")
    var other = Canvas(width: 8, height: 2)
    other.put("a中b", x: 0, y: 0, style: .title)
    other.put("e\u{301}x", x: 0, y: 1)
    #expect(other == canvas)
    other.put("y", x: 1, y: 1)
    #expect(other != canvas)
    #expect(canvas.chars.count == 16)
  }

  static let cases: [(String, SceneParameters, Int?, Bool)] = {
    var list: [(String, SceneParameters, Int?, Bool)] = []
    for kind in SceneKind.allCases {
      list.append(("\(kind.rawValue) defaults", .defaults(for: kind), nil, false))
      list.append(("\(kind.rawValue) width 40 ascii", .defaults(for: kind), 40, true))
    }
    var big = SceneParameters.defaults(for: .conv)
    big.input = Pair(12)
    big.stride = Pair(1)
    list.append(("conv 12", big, nil, false))
    list.append(("conv 12 width 60", big, 60, false))
    var dilated = SceneParameters.defaults(for: .conv)
    dilated.input = Pair(7, 9)
    dilated.dilation = Pair(2)
    dilated.padding = Pair(2, 0)
    dilated.values = .random(seed: 5)
    list.append(("conv dilated random", dilated, nil, false))
    var transposed = SceneParameters.defaults(for: .transposed)
    transposed.outputPadding = Pair(1)
    list.append(("transposed output padding", transposed, 50, false))
    transposed.view = .scatter
    list.append(("transposed scatter", transposed, nil, false))
    var bilinear = SceneParameters.defaults(for: .bilinear)
    bilinear.kernel = Pair(8)
    list.append(("bilinear 8", bilinear, 30, false))
    // Captions with `×`, `·` and `⌊` cut at a narrow width, which the stream encodes without a canvas.
    list.append(("conv width 24", .defaults(for: .conv), 24, false))
    // Shaded panels whose ends many cells tie for (a ramp) or few hold (random values): the
    // stream follows their ranges through the changed cells, and counts again when it must.
    var shaded = SceneParameters.defaults(for: .conv)
    shaded.input = Pair(14)
    shaded.stride = Pair(1)
    list.append(("conv 14 ramp shaded", shaded, 30, false))
    shaded.values = .random(seed: 9)
    list.append(("conv 14 random shaded", shaded, 30, false))
    var channels = SceneParameters.defaults(for: .channels)
    channels.channels.inChannels = 4
    channels.channels.outChannels = 3
    channels.input = Pair(6)
    list.append(("channels 4 to 3", channels, nil, false))
    list.append(("channels 4 to 3 shaded", channels, 40, false))
    channels.channels.mode = .separable
    channels.values = .random(seed: 2)
    list.append(("channels separable random", channels, 60, false))
    return list
  }()

  @Test(arguments: 0..<cases.count)
  func streamMatchesFrameByFrame(_ index: Int) throws {
    let (name, parameters, width, ascii) = Self.cases[index]
    let steps = try Scenes.build(parameters)
    let reserve = LayoutReserve(steps)
    var expected = ""
    var expectedANSI = ""
    let text = TextRenderer(width: width, ascii: ascii, reserve: reserve)
    let ansi = ANSIRenderer(width: width, ascii: ascii, depth: .full, reserve: reserve)
    for step in 0..<steps.stepCount {
      let frame = steps.frame(at: step)
      let separator = TextRenderer.separator(index: frame.index, count: frame.count) + "\n"
      expected += separator + text.render(frame)
      expectedANSI += separator + ansi.render(frame)
    }
    var stream = FrameTextStream(steps: steps, width: width, ascii: ascii)
    var colour = FrameTextStream(steps: steps, width: width, ascii: ascii, depth: .full)
    var bytes: [UInt8] = []
    var colourBytes: [UInt8] = []
    for step in 0..<steps.stepCount {
      stream.append(step: step, to: &bytes)
      colour.append(step: step, to: &colourBytes)
    }
    let streamed = String(decoding: bytes, as: UTF8.self)
    if streamed != expected {
      Issue.record("\(name): \(GoldenFile.firstDifference(expected, streamed))")
    }
    #expect(String(decoding: colourBytes, as: UTF8.self) == expectedANSI, "\(name) in colour")
    #expect(TextRenderer(width: width, ascii: ascii).render(steps) == expected)
  }

  @Test func aStreamMayJumpBetweenSteps() throws {
    let steps = try Scenes.build(.defaults(for: .transposed))
    let text = TextRenderer(reserve: LayoutReserve(steps))
    var stream = FrameTextStream(steps: steps, width: nil, ascii: false)
    for step in [5, 0, 3, 3, steps.stepCount - 1, 1] {
      var bytes: [UInt8] = []
      stream.append(steps.frame(at: step), to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == text.render(steps.frame(at: step)))
    }
  }
}
