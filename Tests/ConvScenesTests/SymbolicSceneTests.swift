import ConvArithmetic
import ConvMessages
import Foundation
import Testing

@testable import ConvScenes

/// `--values symbolic` and `--flip`: goldens, the products lines against the engine's
/// terms, the JSON export's symbols, and the refusals of the scenes that take neither.
@Suite struct SymbolicSceneTests {
  static func symbolic(_ scene: SceneKind, view: TransposedView = .zeros, flip: Bool = false)
    -> SceneParameters
  {
    var p = SceneParameters.defaults(for: scene)
    p.values = .symbolic
    p.view = view
    p.flip = flip
    return p
  }

  static func flipped(_ scene: SceneKind) -> SceneParameters {
    var p = SceneParameters.defaults(for: scene)
    p.flip = true
    return p
  }

  static let goldens: [(String, SceneParameters)] = [
    ("symbolic-conv-default", symbolic(.conv)),
    ("symbolic-transposed-zeros", symbolic(.transposed)),
    ("symbolic-transposed-scatter", symbolic(.transposed, view: .scatter)),
    ("flip-conv-default", flipped(.conv)),
    ("symbolic-flip-conv", symbolic(.conv, flip: true)),
    ("symbolic-flip-transposed", symbolic(.transposed, flip: true)),
    ("symbolic-matrix-default", symbolic(.matrix)),
    ("symbolic-channels-default", symbolic(.channels)),
    (
      "symbolic-conv-dilation",
      {
        var p = try! Presets.named("dilation")!.parameters
        p.values = .symbolic
        return p
      }()
    ),
  ]

  @Test(arguments: goldens.map(\.0))
  func golden(_ name: String) throws {
    let p = try #require(Self.goldens.first { $0.0 == name }?.1)
    try GoldenFile.check(name, TextRenderer(width: 100).render(try Scenes.build(p).frames))
  }

  @Test("ASCII spells symbols x[0,1]; a side of 10 or more separates subscripts: x₁₀,₂")
  func spellings() throws {
    let steps = try Scenes.build(Self.symbolic(.conv))
    try GoldenFile.check(
      "symbolic-conv-ascii-frame5", TextRenderer(width: 100, ascii: true).render(steps.frame(at: 4))
    )
    var big = Self.symbolic(.conv)
    big.input = Pair(12)
    let frame = try Scenes.build(big).frame(at: 30)
    let input = try #require(frame.panel(named: "input"))
    let texts = try #require(input.symbols).compactMap { $0?.text(ascii: false) }
    #expect(texts.contains("x₁₀,₂"))
    #expect(texts.contains("x₀,₀"))
    #expect(!texts.contains("x₀₀"), "one grid, one spelling")
    #expect(CellSymbol("w", [2, 1]).text(ascii: false) == "w₂₁")
    #expect(CellSymbol("x", [2, 1]).text(ascii: true) == "x[2,1]")
  }

  /// The `x[i,j]·w[a,b]` pairs of a products line.
  static func pairs(_ line: String) -> [String] {
    line.split(separator: " ").map(String.init).filter { $0.hasPrefix("x[") && $0.contains("·w[") }
  }

  @Test(
    "every products line lists the engine's non-zero terms, cut to 80 columns with the rest counted"
  )
  func productsMatchTheEngine() throws {
    var rng = SplitMix64(seed: 14)
    var checked = 0
    while checked < 60 {
      var p = Self.symbolic(.conv)
      p.input = Pair(Int(rng.next(below: 9)) + 3, Int(rng.next(below: 9)) + 3)
      p.kernel = Pair(Int(rng.next(below: 4)) + 1, Int(rng.next(below: 4)) + 1)
      p.stride = Pair(Int(rng.next(below: 3)) + 1)
      p.padding = Pair(Int(rng.next(below: 3)))
      p.dilation = Pair(Int(rng.next(below: 2)) + 1)
      p.flip = rng.next(below: 2) == 0
      guard let steps = try? Scenes.build(p) else { continue }
      let result =
        p.flip
        ? try Convolution.trueForward(
          input: p.values.inputGrid(size: p.input), kernel: p.values.kernelGrid(size: p.kernel),
          parameters: p.convParameters)
        : try Convolution.forward(
          input: p.values.inputGrid(size: p.input), kernel: p.values.kernelGrid(size: p.kernel),
          parameters: p.convParameters)
      for step in 0..<steps.stepCount {
        let frame = steps.frame(at: step)
        let cell = Pair(step / result.output.cols, step % result.output.cols)
        let line = try #require(frame.captions.first { $0.hasPrefix("y[\(cell.h),\(cell.w)] = ") })
        #expect(DisplayWidth.of(line) <= Limits.Scenes.symbolicLine, "\(line)")
        let expected = result.terms(row: cell.h, col: cell.w).compactMap { term in
          term.input.map { "x[\($0.h),\($0.w)]·w[\(term.source.h),\(term.source.w)]" }
        }
        let shown = Self.pairs(line)
        #expect(Array(expected.prefix(shown.count)) == shown, "\(line)")
        if shown.count < expected.count {
          let more = Caption.symbolic(.moreTerms(count: expected.count - shown.count)).text()
          #expect(line.hasSuffix(more), "\(line)")
        } else if expected.isEmpty {
          #expect(line.hasSuffix("= 0"))
        }
      }
      checked += 1
    }
  }

  @Test("a pinned cell speaks in symbols too: an output's products, an input cell's name")
  func pinned() throws {
    let conv = try Scenes.build(Self.symbolic(.conv))
    let output = conv.frame(at: 0, focus: CellFocus(panel: "output", row: 1, col: 1))
    #expect(output.captions.contains { $0.contains("y[1,1] = x[1,1]·w[0,0] + x[1,2]·w[0,1]") })
    let input = conv.frame(at: 0, focus: CellFocus(panel: "input", row: 2, col: 3))
    #expect(input.captions.contains { $0.contains("x[1,2]") })
    let zeros = try Scenes.build(Self.symbolic(.transposed))
    let pinned = zeros.frame(at: 0, focus: CellFocus(panel: "output", row: 0, col: 1))
    #expect(pinned.captions.contains { $0.contains("y[0,1] = x[0,0]·w[1,2] + x[0,1]·w[1,0]") })
  }

  @Test(
    "zero insertion names the x that lands on each inserted cell, and the rotated kernel backwards")
  func transposedSymbols() throws {
    let steps = try Scenes.build(Self.symbolic(.transposed))
    let frame = steps.frame(at: steps.stepCount - 1)
    let inserted = try #require(frame.panel(named: "inserted"))
    let symbols = try #require(inserted.symbols)
    // i = 3, s = 2, p′ = 1: x[i,j] sits at (1 + 2i, 1 + 2j); every other cell is 0.
    for r in 0..<inserted.rows {
      for c in 0..<inserted.cols {
        let symbol = symbols[r * inserted.cols + c]
        if r % 2 == 1 && c % 2 == 1 {
          #expect(symbol == CellSymbol("x", [(r - 1) / 2, (c - 1) / 2]))
        } else {
          #expect(symbol == .zero)
        }
      }
    }
    let rotated = try #require(frame.panel(named: "rotated")?.symbols)
    #expect(rotated.prefix(3).map { $0?.text(ascii: false) } == ["w₂₂", "w₂₁", "w₂₀"])
    // Transposed flipped twice is the kernel as given.
    let flipped = try Scenes.build(Self.symbolic(.transposed, flip: true))
    let turned = try #require(flipped.frame(at: 4).panel(named: "rotated")?.symbols)
    #expect(turned.prefix(3).map { $0?.text(ascii: false) } == ["w₀₀", "w₀₁", "w₀₂"])
  }

  @Test("the JSON export carries symbols as the values of symbolic cells, and numbers for zeros")
  func jsonCarriesSymbols() throws {
    let p = Self.symbolic(.conv)
    let json = JSONRenderer().render([try Scenes.build(p).frame(at: 0)], parameters: p)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let frames = try #require(object["frames"] as? [[String: Any]])
    let panels = try #require(frames.first?["panels"] as? [[String: Any]])
    let input = try #require(panels.first { $0["name"] as? String == "input" })
    let values = try #require(input["values"] as? [[Any]])
    #expect(values[0][0] as? Double == 0, "padding stays the number 0")
    #expect(values[1][1] as? String == "x[0,0]")
    #expect(values[2][3] as? String == "x[1,2]")
    let kernel = try #require(panels.first { $0["name"] as? String == "kernel" })
    #expect((kernel["values"] as? [[Any]])?[2][1] as? String == "w[2,1]")
  }

  @Test("a flipped scene's numbers are the engine's true convolution, not PyTorch's conv2d")
  func flippedNumbers() throws {
    for p in [Self.flipped(.conv), Self.flipped(.transposed)] {
      let steps = try Scenes.build(p)
      let output = try #require(steps.frame(at: steps.stepCount - 1).panel(named: "output"))
      let x = p.values.inputGrid(size: p.input)
      let w = KernelFlip.flipped(p.values.kernelGrid(size: p.kernel))
      let expected =
        p.scene == .conv
        ? try Convolution.conv2d(x, w, stride: p.stride, padding: p.padding)
        : try TransposedConvolution.convTranspose2d(x, w, stride: p.stride, padding: p.padding)
      #expect(output.cells.map(\.value) == expected.storage.map { Optional($0) })
      var plain = p
      plain.flip = false
      let unflipped = try Scenes.build(plain)
      #expect(
        unflipped.frame(at: unflipped.stepCount - 1).panel(named: "output")?.cells != output.cells)
      #expect(
        steps.frame(at: 0).captions.contains(
          Caption.symbolic(p.scene == .conv ? .trueConvolution : .trueTransposed).text()))
    }
  }

  @Test("symbolic C names each entry by the engine's tap, and its sum line pairs w with x")
  func symbolicMatrix() throws {
    for (transpose, flip) in [(false, false), (true, false), (false, true), (true, true)] {
      var p = Self.symbolic(.matrix, flip: flip)
      p.matrix.transpose = transpose
      let steps = try Scenes.build(p)
      let sizes = p.convParameters
      let given = p.values.kernelGrid(size: sizes.kernel)
      let c = try ConvMatrix.make(
        parameters: sizes, kernel: flip ? KernelFlip.flipped(given) : given)
      let matrix = transpose ? c.transposed : c
      let gridWidth = transpose ? sizes.convOutput.w : sizes.input.w
      for step in 0..<steps.stepCount {
        let frame = steps.frame(at: step)
        let symbols = try #require(frame.panel(named: "matrix")?.symbols)
        for (index, symbol) in symbols.enumerated() {
          // Each named entry holds that weight of the kernel as given; unnamed entries are 0.
          let value = symbol.map { given[$0.indices[0], $0.indices[1]] } ?? 0
          #expect(value == matrix.storage[index], "entry \(index) of \(p.matrix)")
        }
        let line = try #require(frame.captions.first { $0.contains("Σ_") })
        #expect(DisplayWidth.of(line) <= Limits.Scenes.symbolicLine, "\(line)")
        let letter = transpose ? "y" : "x"
        let expected = (0..<matrix.cols).compactMap { j -> String? in
          symbols[step * matrix.cols + j].map {
            $0.bracketed + "·" + CellSymbol(letter, [j / gridWidth, j % gridWidth]).bracketed
          }
        }
        let shown = line.split(separator: " ").map(String.init).filter { $0.hasPrefix("w[") }
        #expect(!shown.isEmpty)
        #expect(Array(expected.prefix(shown.count)) == shown, "\(line)")
      }
    }
  }

  @Test("symbolic channels: the sum line lists each channel's terms, x[c][i,j]·w[o][c][a,b]")
  func symbolicChannels() throws {
    for flip in [false, true] {
      let p = Self.symbolic(.channels, flip: flip)
      let plan = ChannelPlan(p)
      let x = ChannelValues.input(p.values, channels: plan.inChannels, size: plan.spatial.input)
      let w = ChannelValues.weights(
        p.values, outer: plan.middle, inner: plan.inChannels, kernel: plan.spatial.kernel)
      let steps = try Scenes.build(p)
      let out = plan.spatial.convOutput
      for step in 0..<steps.stepCount {
        let frame = steps.frame(at: step)
        let o = step / out.area
        let cell = Pair(step % out.area / out.w, step % out.area % out.w)
        var expected: [String] = []
        for c in 0..<plan.inChannels {
          let result =
            flip
            ? try Convolution.trueForward(
              input: x.channel(c), kernel: w.slice(o, c), parameters: plan.spatial)
            : try Convolution.forward(
              input: x.channel(c), kernel: w.slice(o, c), parameters: plan.spatial)
          for term in result.terms(row: cell.h, col: cell.w) {
            guard let i = term.input else { continue }
            expected.append(
              "x[\(c)][\(i.h),\(i.w)]·w[\(o)][\(c)][\(term.source.h),\(term.source.w)]")
          }
        }
        let line = try #require(
          frame.captions.first { $0.hasPrefix("y[\(o)][\(cell.h),\(cell.w)] = ") })
        #expect(DisplayWidth.of(line) <= Limits.Scenes.symbolicLine, "\(line)")
        let shown = line.split(separator: " ").map(String.init).filter { $0.hasPrefix("x[") }
        #expect(!shown.isEmpty && Array(expected.prefix(shown.count)) == shown, "\(line)")
      }
    }
  }

  @Test("in Chinese the flip says 互相关, and every caption of a symbolic frame fits 80 columns")
  func chinese() throws {
    for scene in SymbolicScenes.symbolic {
      var p = Self.symbolic(scene, flip: true)
      p.language = .chinese
      let steps = try Scenes.build(p)
      for step in [0, steps.stepCount - 1] {
        let frame = steps.frame(at: step)
        #expect(frame.captions.contains { $0.contains("互相关") || $0.contains("翻转") }, "\(scene)")
        for line in frame.captions where line.contains("·w[") || line.contains("·x[") {
          #expect(DisplayWidth.of(line) <= Limits.Scenes.symbolicLine, "\(line)")
        }
      }
    }
  }

  @Test("flipped matrix: C is the true convolution's, and Cᵀ the flipped transposed one")
  func flippedMatrix() throws {
    for transpose in [false, true] {
      var p = Self.flipped(.matrix)
      p.matrix.transpose = transpose
      let steps = try Scenes.build(p)
      let last = steps.frame(at: steps.stepCount - 1)
      let kernel = try #require(last.panel(named: "kernel"))
      let given = p.values.kernelGrid(size: p.kernel)
      #expect(kernel.cells.map(\.value) == KernelFlip.flipped(given).storage.map { Optional($0) })
      #expect(kernel.title.contains("180°"))
      if !transpose {
        let x = p.values.inputGrid(size: p.input)
        let expected = try Convolution.trueForward(
          input: x, kernel: given, parameters: p.convParameters
        ).output
        let output = try #require(last.panel(named: "output"))
        #expect(output.cells.map(\.value) == expected.storage.map { Optional($0) })
      }
    }
  }

  @Test("flipped channels: each output map is Σ_c x[c] true-convolved with w[o][c]")
  func flippedChannels() throws {
    let p = Self.flipped(.channels)
    let plan = ChannelPlan(p)
    let x = ChannelValues.input(p.values, channels: plan.inChannels, size: plan.spatial.input)
    let w = ChannelValues.weights(
      p.values, outer: plan.middle, inner: plan.inChannels / max(plan.groups, 1),
      kernel: plan.spatial.kernel)
    #expect(KernelFlip.flipped(KernelFlip.flipped(w)) == w)
    let expected = try ChannelConvolution.conv2d(
      x, KernelFlip.flipped(w), groups: plan.groups, stride: plan.spatial.stride,
      padding: plan.spatial.padding, dilation: plan.spatial.dilation)
    let steps = try Scenes.build(p)
    let last = steps.frame(at: steps.stepCount - 1)
    var plain = p
    plain.flip = false
    let unflipped = try Scenes.build(plain)
    let plainLast = unflipped.frame(at: unflipped.stepCount - 1)
    var differs = false
    for o in 0..<expected.channels {
      let panel = try #require(last.panel(named: "output[\(o)]"))
      for r in 0..<panel.rows {
        for c in 0..<panel.cols {
          #expect(panel[r, c].value == expected[o, r, c], "output[\(o)][\(r),\(c)]")
        }
      }
      if plainLast.panel(named: "output[\(o)]")?.cells != panel.cells { differs = true }
    }
    #expect(differs)
  }

  @Test("scenes that need numbers refuse symbols, and scenes without a sliding kernel the flip")
  func refusals() {
    for scene in SceneKind.allCases where !SymbolicScenes.symbolic.contains(scene) {
      var p = SceneParameters.defaults(for: scene)
      p.values = .symbolic
      #expect(
        throws: SceneError.refused(
          .symbolic(
            .symbolicScene(
              scene: scene.rawValue, scenes: SymbolicScenes.symbolic.map(\.rawValue))))
      ) { try Scenes.build(p) }
    }
    for scene in SceneKind.allCases where !SymbolicScenes.flip.contains(scene) {
      var p = SceneParameters.defaults(for: scene)
      p.flip = true
      #expect(
        throws: SceneError.refused(
          .symbolic(.flipScene(scene: scene.rawValue, scenes: SymbolicScenes.flip.map(\.rawValue))))
      ) { try Scenes.build(p) }
    }
    var compare = Self.symbolic(.transposed)
    compare.matrix.compareDilated = true
    #expect(throws: SceneError.refused(.symbolic(.compareTakesNeither))) {
      try Scenes.build(compare)
    }
    #expect(throws: SceneError.refused(.symbolic(.pytorchSymbolic))) {
      try PyTorchScript.script(for: Self.symbolic(.conv))
    }
  }

  @Test("the PyTorch script of a flipped scene turns the weight with torch.flip")
  func pytorchFlip() throws {
    let script = try PyTorchScript.script(for: Self.flipped(.conv))
    #expect(script.contains("w = torch.flip(w, dims=(2, 3))\ny = F.conv2d("))
    let plain = try PyTorchScript.script(for: .defaults(for: .conv))
    #expect(!plain.contains("torch.flip"))
    for scene in SymbolicScenes.flip where PyTorchScript.scenes.contains(scene) {
      let script = try PyTorchScript.script(for: Self.flipped(scene))
      #expect(script.contains("\nw = torch.flip(w, dims=(2, 3))\n"), "\(scene)")
      #expect(!(try PyTorchScript.script(for: .defaults(for: scene))).contains("torch.flip"))
    }
  }
}
