import ConvArithmetic
import Testing

@testable import ConvScenes

/// Every sentence on screen is true and explains itself (issue 8 §2): each test here
/// fails on the wording or marking the scenes had before.
@Suite("Classroom truth")
struct ClassroomTruthTests {
  static func frame(_ p: SceneParameters, step: Int = 0, focus: CellFocus? = nil) throws -> Frame {
    try Scenes.build(p).frame(at: step, focus: focus)
  }

  static func text(_ frame: Frame, width: Int = 200, ascii: Bool = false) -> String {
    FrameLayout.lay(frame, width: width, ascii: ascii).canvas.plainText
  }

  @Test("a pinned input cell is named in the padded coordinates its labels show")
  func pinnedCoordinates() throws {
    let padded = try Self.frame(
      .defaults(for: .conv), focus: CellFocus(panel: "input", row: 2, col: 2))
    let caption = try #require(padded.captions.first { $0.hasPrefix("pinned") })
    // Label row 2, column 2 of the 7×7 padded grid holds x[1,1] = 7 of the ramp.
    #expect(
      caption
        == "pinned padded input [2,2] = 7 feeds 4 output cells: y[0,0], y[0,1], y[1,0], y[1,1]")
    #expect(try #require(padded.panel(named: "input"))[2, 2].highlighted)
    let unpadded = try Self.frame(
      SceneParameters(scene: .conv, input: Pair(4), kernel: Pair(3)),
      focus: CellFocus(panel: "input", row: 1, col: 2))
    #expect(unpadded.captions.contains { $0.hasPrefix("pinned x[1,2] = 7 feeds") })
    // The window caption names the grid whose labels it uses.
    #expect(
      padded.captions.contains { $0.hasSuffix("of the padded input; it moves 2 cells per step") })
    #expect(unpadded.captions.contains { $0.hasSuffix("of the input; it moves 1 cell per step") })
  }

  @Test("rows in dilation holes that line up with the stride are not blamed on the last stride")
  func unreachedReasons() throws {
    let holes = try Self.frame(
      SceneParameters(
        scene: .conv, input: Pair(8), kernel: Pair(2), stride: Pair(2), dilation: Pair(2)))
    let lines = holes.captions.filter { $0.hasPrefix("No tap reads") }
    #expect(
      lines == [
        "No tap reads rows and columns 1, 3, 5 of the input (marked <n>): every window that spans them "
          + "has a dilation hole there (taps 2 apart, stride 2), so their input values are never used.",
        "No tap reads row and column 7 of the input (marked <n>): the last window ends at 6, and one "
          + "more stride of 2 would run past the edge, so its input values are never used.",
      ])
    let odd = try Self.frame(try Presets.named("padding_strides_odd", for: .conv).parameters)
    #expect(
      odd.captions.contains(
        "No tap reads row and column 7 of the padded input (marked <n>): the last window ends at 6, "
          + "and one more stride of 2 would run past the edge."))
    let between = try Self.frame(
      SceneParameters(scene: .conv, input: Pair(7, 4), kernel: Pair(1), stride: Pair(3, 1)))
    #expect(
      between.captions == between.captions.filter { !$0.contains("row and column") })
    #expect(
      between.captions.contains {
        $0.hasPrefix(
          "No tap reads rows 1, 2, 4, 5 of the input (marked <n>): they lie between windows")
      })
  }

  @Test("the scatter view shows the cropped ring of the full stamped grid, and says so")
  func scatterCrop() throws {
    var p = SceneParameters.defaults(for: .transposed)
    p.view = .scatter
    let frame = try Self.frame(p, step: 4)
    #expect(
      frame.captions.contains(
        "padding 1 crops the outer ring: 7×7 → 5×5; the stamps panel shows the cropped cells as (n)."
      ))
    let stamps = try #require(frame.panel(named: "stamps"))
    #expect(stamps.rows == 7 && stamps.cols == 7)
    for r in 0..<7 {
      for c in 0..<7 {
        let ring = r == 0 || r == 6 || c == 0 || c == 6
        // The current stamp (x[1,1] covers full rows and columns 2–4) is never on the ring here.
        #expect((stamps[r, c].role == .cropped) == ring, "cell \(r),\(c)")
      }
    }
    #expect(try #require(frame.panel(named: "output")).rows == 5)
    // A pinned stamps cell is named on the full grid, with its output cell when it has one.
    let inside = try Self.frame(p, step: 4, focus: CellFocus(panel: "stamps", row: 2, col: 2))
    #expect(inside.captions.contains("pinned stamps [2,2] is output y[1,1]: 4 stamps so far."))
    #expect(try #require(inside.panel(named: "output"))[1, 1].highlighted)
    let ring = try Self.frame(p, step: 4, focus: CellFocus(panel: "stamps", row: 0, col: 2))
    #expect(
      ring.captions.contains(
        "pinned stamps [0,2]: 2 stamps so far, but padding crops it: no output cell."))
    #expect(Self.text(frame).contains("(n) cropped by padding (not in the output)"))
  }

  @Test(
    "inside the window a padding zero and an inserted zero look different, and the legend names both"
  )
  func zerosInTheWindow() throws {
    // Step 6: the stride-1 window over rows 0–2, cols 1–3 reads padding and inserted zeros.
    let frame = try Self.frame(.defaults(for: .transposed), step: 5)
    let inserted = try #require(frame.panel(named: "inserted"))
    #expect(inserted[0, 1].role == .windowPadding)
    #expect(inserted[1, 2].role == .windowInsertedZero)
    let text = Self.text(frame)
    #expect(text.contains("[·][·][·]"))
    #expect(text.contains("[1][∘][2]"))
    #expect(text.contains("[·] window on padding"))
    #expect(text.contains("[∘] window on an inserted zero"))
    let ascii = Self.text(frame, ascii: true)
    #expect(ascii.contains("[1][o][2]") && ascii.contains("[.][.][.]"))
    // The conv scene's window over padding shows the padding glyph too, not a bare [0].
    let conv = Self.text(try Self.frame(.defaults(for: .conv)))
    #expect(conv.contains("[·][·][·]") && !conv.contains("[0]"))
    // A dilation hole over padding keeps the padding glyph, rather than a bare 0.
    let dilated = try Self.frame(
      SceneParameters(
        scene: .conv, input: Pair(6), kernel: Pair(3), padding: Pair(2), dilation: Pair(2)))
    let input = try #require(dilated.panel(named: "input"))
    #expect(input[0, 1].role == .padding && input[2, 3].role == .dilationHole)
    #expect(Self.text(dilated).contains("0 [·] · [·] · [·] ·"))
  }

  @Test("default values hold no zeros, so every default output of a preset is nonzero")
  func defaultValuesTrustworthy() throws {
    for spec in [ValuesSpec.ramp, .random(seed: 0), .random(seed: 3), .random(seed: 99)] {
      for size in [Pair(1), Pair(3), Pair(4, 7), Pair(9)] {
        #expect(!spec.inputGrid(size: size).storage.contains(0), "\(spec.name) \(size)")
        #expect(!spec.kernelGrid(size: size).storage.contains(0), "\(spec.name) \(size)")
      }
    }
    for preset in Presets.all where preset.scene == .conv {
      let output = try #require(
        try Self.frame(preset.parameters, step: Int.max).panel(named: "output"))
      #expect(output.cells.allSatisfy { ($0.value ?? 0) != 0 }, "\(preset.name)")
    }
  }

  @Test("unpooling names nearest upsampling, gives the tie rule, and explains pool padding")
  func unpoolGlosses() throws {
    let frame = try Self.frame(.defaults(for: .unpool))
    #expect(frame.panel(named: "unsampled")?.title == "nearest upsampled 4×4")
    #expect(frame.captions.contains { $0.contains("first maximum in row-major window order wins") })
    let last = try Self.frame(.defaults(for: .unpool), step: 7)
    #expect(last.captions.contains { $0.hasPrefix("nearest upsampling (unsampling) copies") })
    // A tie names every maximum, in order.
    let tie = try Self.frame(
      SceneParameters(
        scene: .unpool, input: Pair(2), kernel: Pair(2), stride: Pair(2),
        values: .custom(input: [[5, 9], [9, 1]], kernel: nil)))
    #expect(
      tie.captions.contains(
        "Tie: x[0,1], x[1,0] all hold 9; the first maximum in row-major window order wins."))
    var padded = SceneParameters.defaults(for: .unpool)
    padded.kernel = Pair(3)
    padded.padding = Pair(1)
    let withPadding = try Self.frame(padded)
    #expect(
      withPadding.captions.contains { $0.hasPrefix("Pool padding 1 lets windows start 1 outside") })
    #expect(withPadding.captions.contains("default unpooled size = (2−1)·2 − 2·1 + 3 = 3"))
    // Unpooled to the input's 4×4, every switch holds its maximum at the input's row and column.
    let steps = try Scenes.build(padded)
    let unpooled = try #require(steps.frame(at: steps.stepCount - 1).panel(named: "unpooled"))
    #expect(unpooled.rows == 4 && unpooled.cols == 4)
    let input = padded.values.inputGrid(size: padded.input)
    let pool = try Pooling.maxPool2d(input, kernel: Pair(3), stride: Pair(2), padding: Pair(1))
    for r in 0..<pool.output.rows {
      for c in 0..<pool.output.cols {
        let at = pool.switchCell(row: r, col: c)
        #expect(unpooled[at.h, at.w].value == pool.output[r, c], "pooled \(r),\(c)")
        #expect(input[at.h, at.w] == pool.output[r, c], "pooled \(r),\(c)")
      }
    }
  }

  @Test("the products line is never cut short: 16 products appear in full")
  func fullProducts() throws {
    let frame = try Self.frame(
      SceneParameters(scene: .conv, input: Pair(6), kernel: Pair(4), stride: Pair(2)))
    let products = try #require(frame.captions.first { $0.hasPrefix("y[0,0] = ") })
    #expect(!products.contains("…"))
    #expect(products.split(separator: " + ").count == 16)
    #expect(
      products.hasSuffix(
        "= \(NumberText.format(try #require(frame.panel(named: "output"))[0, 0].value ?? 0))"))
  }

  @Test("the bilinear scene does not read values")
  func bilinearHasNoValues() {
    #expect(!SceneParameters.usesValues(in: .bilinear))
    // Only the scenes whose numbers follow from sizes alone ignore --values (the stack scenes
    // count paths and taps of all-ones layers).
    #expect(
      Set(SceneKind.allCases.filter { !SceneParameters.usesValues(in: $0) }) == [
        .bilinear, .shapes, .receptive, .overlap,
      ])
  }
}
