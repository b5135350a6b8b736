import ConvArithmetic
import ConvMessages
import Testing

@testable import ConvScenes

/// The SVG export: well-formed XML, escaped text, every caption as text, wide characters on
/// two columns, one group per frame in an animation, and the worksheet's pages.
@Suite struct SVGRendererTests {
  @Test func theCheckerRefusesBrokenXML() {
    #expect(!SVGXML("<svg><text>a & b</text></svg>").wellFormed)
    #expect(!SVGXML("<svg><text>a</svg>").wellFormed)
    #expect(!SVGXML("<svg><text>\u{1}</text></svg>").wellFormed)
    #expect(SVGXML("<svg><text>a &amp; b</text></svg>").wellFormed)
  }

  @Test(arguments: SceneKind.allCases)
  func everySceneIsWellFormedWithEveryCaptionAsText(_ kind: SceneKind) throws {
    let steps = try Scenes.build(.defaults(for: kind))
    let frame = steps.frame(at: min(2, steps.stepCount - 1))
    let svg = SVGRenderer(width: 100, reserve: LayoutReserve(steps)).render(frame)
    let xml = SVGXML(svg)
    #expect(xml.wellFormed, "\(kind): \(xml.error ?? "")")
    let texts = Set(xml.texts)
    #expect(xml.all("svg").count == 1)
    // A caption is drawn in one style, so each of its wrapped lines is one run of text.
    for caption in frame.captions {
      for line in FrameLayout.wrap(caption, width: 100) {
        let words = line.trimmingCharacters(in: " ")
        #expect(texts.contains(words), "\(kind): caption line '\(words)' is not a <text>")
      }
    }
  }

  @Test func textIsEscapedAndControlsReplaced() throws {
    #expect(SVGMarkup.escaped("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;")
    #expect(
      SVGMarkup.escaped("x\u{1}\u{7F}\u{85}\u{FFFE}\u{FFFF}y")
        == "x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}y")
    #expect(SVGMarkup.escaped("é中\u{FFFD}") == "é中\u{FFFD}")
    var canvas = Canvas(width: 20, height: 1)
    canvas.put("if a<b && c>d '\u{1B}'", x: 0, y: 0, style: .caption)
    let svg = svgOf(canvas)
    let xml = SVGXML(svg)
    #expect(xml.wellFormed, "\(xml.error ?? "")")
    #expect(xml.texts == ["if a<b && c>d '\u{FFFD}'"])
    #expect(!svg.contains("\u{1B}"))
  }

  @Test func wideCharactersTakeTwoColumns() throws {
    var canvas = Canvas(width: 12, height: 1)
    canvas.put("a卷积b", x: 1, y: 0, style: .caption)
    let xml = SVGXML(svgOf(canvas))
    let text = try #require(xml.all("text").first)
    #expect(text.text == "a卷积b")
    // Columns 1, 2 (卷 takes 2 and 3), 4 (积 takes 4 and 5), then 6: nine units a column.
    let cell = SVGMetrics.screen.cellWidth
    let expected = [1, 2, 4, 6].map { SVGMarkup.number(Double($0) * cell) }
    #expect(text.attributes["x"]?.split(separator: " ").map(String.init) == expected)
  }

  @Test func narrowRunsAreStretchedToTheirColumns() throws {
    var canvas = Canvas(width: 12, height: 1)
    canvas.put("  abc", x: 2, y: 0, style: .caption)
    let text = try #require(SVGXML(svgOf(canvas)).all("text").first)
    let cell = SVGMetrics.screen.cellWidth
    #expect(text.attributes["x"] == SVGMarkup.number(4 * cell))
    #expect(text.attributes["textLength"] == SVGMarkup.number(3 * cell))
    // Runs of spaces inside a run (between a table's numbers) must not collapse: a browser
    // collapses them unless told otherwise, and textLength then spreads the digits apart.
    let svg = svgOf(canvas)
    #expect(svg.contains("white-space:pre"))
  }

  @Test func coloursComeFromTheStyleTable() throws {
    let steps = try Scenes.build(.defaults(for: .conv))
    let svg = SVGRenderer(width: 100).render(steps.frame(at: 0))
    let tap = StyleTable.appearance(of: .cell(.windowTap), depth: .full)
    // The current window's taps: their background as a rectangle, their text in a class.
    #expect(svg.contains("fill=\"\(XtermColour.hex(tap.background))\""))
    let id = Style.cell(.windowTap).id.rawValue
    #expect(svg.contains(".t\(id){fill:\(XtermColour.hex(tap.foreground));font-weight:bold}"))
  }

  @Test func theAnimationHasOneGroupPerFrameOnOneClock() throws {
    let steps = try Scenes.build(.defaults(for: .conv))
    let svg = SVGRenderer(width: 100).render(steps.frames)
    let xml = SVGXML(svg)
    #expect(xml.wellFormed, "\(xml.error ?? "")")
    let groups = xml.all("g").filter { $0.attributes["id"]?.hasPrefix("frame-") == true }
    #expect(groups.count == steps.stepCount)
    #expect(
      groups.map { $0.attributes["visibility"] ?? "" }
        == ["visible"] + Array(repeating: "hidden", count: steps.stepCount - 1))
    let animations = xml.all("animate")
    #expect(animations.count == steps.stepCount)
    let duration = "\(steps.stepCount)s"
    #expect(animations.allSatisfy { $0.attributes["dur"] == duration })
    #expect(animations.allSatisfy { $0.attributes["repeatCount"] == "indefinite" })
    // Step k shows from k/n to (k+1)/n of the cycle: its "visible" value's key time.
    for (k, animation) in animations.enumerated() {
      let values = animation.attributes["values"]!.split(separator: ";")
      let times = animation.attributes["keyTimes"]!.split(separator: ";").map { Double($0)! }
      let visible = values.firstIndex(of: "visible")!
      #expect(abs(times[visible] - Double(k) / Double(steps.stepCount)) < 1e-12)
      #expect(times.first == 0)
    }
    // Every frame's header is in its own group, each once.
    for step in 1...steps.stepCount {
      #expect(xml.texts.filter { $0.hasPrefix("conv — step \(step) of ") }.count == 1)
    }
  }

  @Test func theStreamedAnimationIsTheSameAsTheWholeOne() throws {
    var p = SceneParameters.defaults(for: .transposed)
    p.input = Pair(3)
    let steps = try Scenes.build(p)
    let renderer = SVGRenderer(width: 90, reserve: LayoutReserve(steps))
    let animation = SVGAnimation(steps: steps, renderer: renderer)
    var bytes: [UInt8] = []
    animation.appendHeader(to: &bytes)
    for step in 0..<steps.stepCount { animation.append(step: step, to: &bytes) }
    animation.appendFooter(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == renderer.render(steps.frames))
  }

  @Test func theWorksheetsLinesAreTheTextSheets() throws {
    let sheet = try Worksheet(seed: 7, count: 12)
    let questions = sheet.questionBlocks(width: 80).flatMap { $0 }
    let answers = sheet.answerBlocks(width: 80).flatMap { $0 }
    var lines = questions
    lines.append("\u{0C}" + answers[0])
    lines += answers.dropFirst()
    #expect(lines.joined(separator: "\n") + "\n" == sheet.text(width: 80))
  }

  @Test func theWorksheetPrintsOnA4PagesWithTheKeyApart() throws {
    let sheet = try Worksheet(seed: 7, count: 20)
    let pages = sheet.svg(width: 80)
    for svg in [pages.questions, pages.answers, pages.both] {
      let xml = SVGXML(svg)
      #expect(xml.wellFormed, "\(xml.error ?? "")")
      let root = try #require(xml.all("svg").first)
      #expect(root.attributes["width"] == "210mm")
      let height = try #require(root.attributes["height"])
      #expect(height.hasSuffix("mm") && Int(height.dropLast(2))! % 297 == 0)
    }
    let questionTexts = Set(SVGXML(pages.questions).texts)
    let answerTexts = Set(SVGXML(pages.answers).texts)
    for line in sheet.questionBlocks(width: 80).joined() where !line.isEmpty {
      let words = line.trimmingCharacters(in: " ")
      #expect(questionTexts.contains(words), "question line '\(words)'")
      #expect(!answerTexts.contains(words) || words.isEmpty)
    }
    for line in sheet.answerBlocks(width: 80).joined() where !line.isEmpty {
      #expect(answerTexts.contains(line.trimmingCharacters(in: " ")), "answer line '\(line)'")
    }
    // Twenty questions need more than one page; the key starts a page of its own.
    let questionPages = SVGXML(pages.questions).all("g").count
    let answerPages = SVGXML(pages.answers).all("g").count
    #expect(questionPages >= 2)
    #expect(SVGXML(pages.both).all("g").count == questionPages + answerPages)
  }

  @Test func aQuestionIsNeverSplitAcrossPages() {
    let paper = SVGPaper(columns: 80)
    let block = (0..<10).map { "line \($0)" }
    let blocks = Array(repeating: block, count: 12)
    let pages = paper.pages(blocks)
    #expect(pages.allSatisfy { $0.count <= paper.rowsPerPage })
    for page in pages { #expect(page.first == "line 0") }
    #expect(pages.joined().count == 120)
  }

  /// A canvas alone as a document, with the screen's metrics.
  func svgOf(_ canvas: Canvas) -> String {
    var used: Set<StyleID> = []
    SVGCanvas.collectStyles(canvas, into: &used)
    var out = SVGDocument.header(
      width: 200, height: 40, styles: Array(used), theme: .screen, metrics: .screen)
    SVGCanvas.append(
      canvas, left: 0, top: 0, metrics: .screen, looks: SVGCanvas.looks(.screen), to: &out)
    out += SVGDocument.footer
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}
