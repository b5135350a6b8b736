import ConvArithmetic
import ConvMessages
import Foundation
import Testing

@testable import ConvScenes

/// What JSONCrossCheckTests asks of the `receptive` and `overlap` scenes: random stacks,
/// and every frame's numbers against the engine.
enum StackCrossCheck {
  /// A random stack of 1–4 layers the scene can draw, on a small input; some fail to build.
  static func randomParameters(_ scene: SceneKind, _ generator: inout SplitMix64)
    -> SceneParameters
  {
    func pick(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(generator.next(below: UInt64(range.count)))
    }
    func pair(_ range: ClosedRange<Int>) -> Pair {
      generator.next(below: 3) == 0 ? Pair(pick(range), pick(range)) : Pair(pick(range))
    }
    var p = SceneParameters.defaults(for: scene)
    var layers: [Layer] = []
    if scene == .receptive {
      p.input = pair(3...14)
      for _ in 0..<pick(1...4) {
        let kinds: [LayerKind] = [.conv, .conv, .maxPool, .avgPool]
        let kind = kinds[pick(0...3)]
        let kernel = pair(1...3)
        layers.append(
          Layer(
            kind, kernel: kernel, stride: pair(1...2),
            padding: kind.isPool ? Pair(0) : pair(0...2),
            dilation: kind == .conv ? pair(1...2) : Pair(1)))
      }
      if generator.next(below: 2) == 0 { p.stack.cell = Pair(pick(0...3), pick(0...3)) }
    } else {
      p.input = pair(1...5)
      for _ in 0..<pick(1...2) {
        let conv = generator.next(below: 5) == 0
        layers.append(
          Layer(
            conv ? .conv : .deconv, kernel: pair(1...4), stride: conv ? Pair(1) : pair(1...3),
            padding: pair(0...1)))
      }
    }
    p.stack.layers = layers
    return p
  }

  /// A profile's grid as the scenes show it: whole, or scaled by the engine when it is large.
  static func shown(_ profile: OverlapProfile, _ combine: OverlapProfile.Combine) -> Matrix {
    let side = Limits.Scenes.stackMap
    guard profile.height.count > side || profile.width.count > side else { return profile.grid }
    return profile.scaled(toAtMost: side, combine).profile.grid
  }

  /// Every panel of every frame against the engine, and the frames in the engine's order.
  static func check(
    _ p: SceneParameters, _ frames: [[String: JSONCrossCheckTests.DecodedPanel]]
  ) throws {
    let context = "\(LayerNotation.format(p.stack.layers)) on \(p.input)"
    let stack = LayerStack(p.stack.layers)
    if p.scene == .receptive {
      let fields = try stack.receptiveField(input: p.input)
      let output = fields[fields.count - 1].outputSize
      let cell = p.stack.cell ?? Pair(output.h / 2, output.w / 2)
      let paths = try stack.paths(input: p.input, cell: cell)
      var table = [[p.input.h, p.input.w, 1, 1, 1, 1, 0, 0]]
      for f in fields {
        table.append([
          f.outputSize.h, f.outputSize.w, f.jump.h, f.jump.w, f.size.h, f.size.w, f.first.h,
          f.first.w,
        ])
      }
      let expectedTable = Matrix(rows: table.count, cols: 8) { r, c in Double(table[r][c]) }
      #expect(frames.count == p.stack.layers.count + 1, "\(context)")
      for (step, frame) in frames.enumerated() {
        let layer = p.stack.layers.count - step
        JSONCrossCheckTests.expectShown(frame["table"], expectedTable, context: context)
        JSONCrossCheckTests.expectShown(frame["input"], shown(paths[0], .sum), context: context)
        if layer >= 1 {
          JSONCrossCheckTests.expectShown(
            frame["layer[\(layer)]"], shown(paths[layer], .sum),
            context: "\(context) layer \(layer)")
        }
        #expect(frame["table"]?.roles[layer].allSatisfy { $0 == "output_current" } == true)
      }
    } else {
      let profiles = try stack.overlapProfiles(input: p.input)
      let resized = try stack.resizeThenConvolve.overlapProfiles(input: p.input)
      var step = 0
      for (index, layer) in p.stack.layers.enumerated() {
        let before = index == 0 ? p.input : profiles[index - 1].size
        let whole = shown(profiles[index], .max)
        let stamps: [Int?] =
          layer.kind == .deconv && before.area <= OverlapScene.stampSteps
            && max(whole.rows, whole.cols) <= Limits.Scenes.stackMap
          ? (1...before.area).map { $0 } : [nil]
        for stamp in stamps {
          guard step < frames.count else {
            Issue.record("too few frames (\(frames.count)) at step \(step): \(context)")
            return
          }
          let expected =
            try stamp.map { try stack.stampedOverlap(input: p.input, layer: index, stamps: $0) }
            ?? whole
          JSONCrossCheckTests.expectShown(
            frames[step]["counts"], expected, context: "\(context) step \(step)")
          JSONCrossCheckTests.expectShown(
            frames[step]["resize_conv"], shown(resized[2 * index + 1], .max), context: context)
          step += 1
        }
        // Stamping every input cell one by one adds up to the layer's counts.
        if let last = stamps.last, let last {
          #expect(
            try stack.stampedOverlap(input: p.input, layer: index, stamps: last) == whole,
            "\(context)")
        }
      }
      #expect(step == frames.count, "\(context)")
    }
  }
}

@Suite struct StackSceneTests {
  static func captions(_ p: SceneParameters) throws -> [[String]] {
    try Scenes.build(p).frames.map(\.captions)
  }

  @Test(
    "receptive: one step per layer from the top, then the input, with the closed form's numbers")
  func receptiveDefault() throws {
    let p = SceneParameters.defaults(for: .receptive)
    let steps = try Scenes.build(p)
    #expect(steps.stepCount == 4)
    #expect(steps.frame(at: 0).panel(named: "layer[3]") != nil)
    #expect(steps.frame(at: 2).panel(named: "layer[1]") != nil)
    #expect(steps.frame(at: 3).panels.map(\.name) == ["input", "table"])
    let captions = try Self.captions(p)
    #expect(
      captions[0].contains {
        $0.contains("j = 2·1 = 2, r = 5 + (3−1)·2 = 9, first = −1 − 1·2 = −3")
      })
    #expect(captions[1].contains { $0.contains("first = 0 − 1·1 = −1") })
    let last = captions[3].joined(separator: "\n")
    #expect(last.contains("rows 1 to 9, cols 1 to 9: a 9×9 field"))
    #expect(last.contains("stays inside the input"))
    #expect(last.contains("paths per input cell: 1 to 25"))
    let table = try #require(steps.frame(at: 0).panel(named: "table"))
    #expect(table.rowLabels == ["input", "1 conv k3", "2 conv k3 s2 p1", "3 conv k3 p1"])
    #expect(table.columnLabels?.first == "output_h" && table.columnLabels?.last == "first_w")
  }

  @Test("receptive: the centre of the input gets more paths than the rim")
  func centreOutweighsRim() throws {
    var p = SceneParameters.defaults(for: .receptive)
    p.stack.layers = Array(repeating: Layer(.conv, kernel: Pair(3)), count: 4)
    p.input = Pair(9)
    let input = try #require(Scenes.build(p).frame(at: 4).panel(named: "input"))
    let centre = try #require(input[4, 4].value)
    let corner = try #require(input[0, 0].value)
    #expect(centre == 19 * 19 && corner == 1)
  }

  @Test("receptive: vgg16 at 224 shows a scaled input and the published field of 212 in the table")
  func vgg16() throws {
    var p = SceneParameters.defaults(for: .receptive)
    let (settings, input) = StackSettings.preset(try #require(NetworkPreset.named("vgg16")))
    p.stack = settings
    p.input = input
    let steps = try Scenes.build(p)
    #expect(steps.stepCount == 19)
    let frame = steps.frame(at: 18)
    let shown = try #require(frame.panel(named: "input"))
    #expect(shown.rows == 32 && shown.cols == 32)
    let table = try #require(frame.panel(named: "table"))
    #expect(table[18, 4].value == 212 && table[18, 2].value == 32)
    // The sums of the blocks keep every path: the total is the product of the per-axis totals.
    let paths = try LayerStack(settings.layers).paths(input: input, cell: Pair(3))[0]
    let total = paths.height.reduce(0, +) * paths.width.reduce(0, +)
    #expect(shown.cells.compactMap(\.value).reduce(0, +) == total)
  }

  @Test("receptive: a rectangular stack gives one closed-form line per axis")
  func rectangular() throws {
    var p = SceneParameters.defaults(for: .receptive)
    p.input = Pair(7, 9)
    p.stack.layers = [
      Layer(.conv, kernel: Pair(3, 1), stride: Pair(2, 1)), Layer(.maxPool, kernel: Pair(2)),
    ]
    let captions = try Self.captions(p)
    #expect(captions[0].contains { $0.contains("j_h = 2·2 = 4") })
    #expect(captions[0].contains { $0.contains("j_w = 1·2 = 2") })
  }

  @Test("receptive: a corner cell's field reaches into the padding, and says how far")
  func corner() throws {
    var p = SceneParameters.defaults(for: .receptive)
    p.stack.cell = Pair(0, 4)
    let last = try Self.captions(p).last!.joined(separator: "\n")
    #expect(last.contains("rows −3 to 5, cols 5 to 13"))
    #expect(last.contains("zero padding: 3 rows above and 3 columns right"))
    #expect(last.contains("it covers 36 input cells of the 81"))
  }

  @Test("receptive refuses a deconv, and a traced cell off the output, in one sentence each")
  func receptiveRefusals() {
    var p = SceneParameters.defaults(for: .receptive)
    p.stack.layers.append(Layer(.deconv, kernel: Pair(2), stride: Pair(2)))
    #expect(throws: SceneError.self) { try Scenes.build(p) }
    #expect((try? Scenes.build(p)) == nil)
    do {
      _ = try Scenes.build(p)
    } catch {
      #expect(error.description.contains("Layer 4 (deconv) is not allowed here"))
    }
    var far = SceneParameters.defaults(for: .receptive)
    far.stack.cell = Pair(5, 0)
    do {
      _ = try Scenes.build(far)
      Issue.record("a cell off the 5×5 output was drawn")
    } catch {
      #expect(error.description.contains("outside the 5x5 output"))
    }
  }

  @Test("overlap: k3 s2 stamps cell by cell into a checkerboard; resize then conv is even inside")
  func overlapDefault() throws {
    let p = SceneParameters.defaults(for: .overlap)
    let steps = try Scenes.build(p)
    #expect(steps.stepCount == 25)
    let last = steps.frame(at: 24)
    let text = last.captions.joined(separator: "\n")
    #expect(text.contains("taps per cell 1–4"))
    #expect(text.contains("1–4 inside the border: a checkerboard"))
    #expect(text.contains("does not divide"))
    #expect(text.contains("even inside the border"))
    let first = try #require(steps.frame(at: 0).panel(named: "counts"))
    #expect(first.cells.filter { $0.role == .outputCurrent }.count == 9)
  }

  @Test("overlap: k4 s2 gives a uniform 4 inside the border")
  func k4s2() throws {
    var p = SceneParameters.defaults(for: .overlap)
    p.stack.layers = try #require(NetworkPreset.named("k4s2")).layers
    let text = try Self.captions(p).last!.joined(separator: "\n")
    #expect(text.contains("a uniform 4 inside the border"))
    #expect(text.contains("k 4 divides by s 2"))
  }

  @Test("overlap: fcn8s draws its large layers at once, scaled, and refuses pools")
  func fcn8s() throws {
    var p = SceneParameters.defaults(for: .overlap)
    let (settings, input) = StackSettings.preset(try #require(NetworkPreset.named("fcn8s")))
    p.stack = settings
    p.input = input
    let steps = try Scenes.build(p)
    #expect(steps.stepCount == 3)
    let counts = try #require(steps.frame(at: 2).panel(named: "counts"))
    #expect(counts.rows == 32)
    var pooled = p
    pooled.stack.layers.append(Layer(.maxPool, kernel: Pair(2)))
    #expect((try? Scenes.build(pooled)) == nil)
  }

  @Test("the JSON export names the table's rows and columns")
  func tableLabels() throws {
    let p = SceneParameters.defaults(for: .receptive)
    let json = JSONRenderer().render([try Scenes.build(p).frame(at: 0)], parameters: p)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let parameters = try #require(object["parameters"] as? [String: Any])
    #expect(parameters["layers"] as? String == "conv k3; conv k3 s2 p1; conv k3 p1")
    #expect(parameters["cell"] as? [Int] == [2, 2])
    let frames = try #require(object["frames"] as? [[String: Any]])
    let panels = try #require(frames.first?["panels"] as? [[String: Any]])
    let table = try #require(panels.first { $0["name"] as? String == "table" })
    #expect((table["row_labels"] as? [String])?.count == 4)
    #expect(
      table["column_labels"] as? [String] == [
        "output_h", "output_w", "jump_h", "jump_w", "size_h", "size_w", "first_h", "first_w",
      ])
  }

  static let goldenCases: [(String, SceneParameters)] = {
    func preset(_ scene: SceneKind, _ name: String, input: Pair? = nil) -> SceneParameters {
      var p = SceneParameters.defaults(for: scene)
      let (settings, published) = StackSettings.preset(NetworkPreset.named(name)!)
      p.stack = settings
      p.input = input ?? published
      return p
    }
    var corner = SceneParameters.defaults(for: .receptive)
    corner.stack.cell = Pair(0, 4)
    var dilated = SceneParameters.defaults(for: .receptive)
    dilated.stack.layers[2] = Layer(.conv, kernel: Pair(3), padding: Pair(2), dilation: Pair(2))
    return [
      ("receptive-default", .defaults(for: .receptive)),
      ("receptive-corner-cell", corner),
      ("receptive-dilated", dilated),
      ("receptive-resnet-stem-32", preset(.receptive, "resnet_stem", input: Pair(32))),
      ("receptive-wavenet-1x1100", preset(.receptive, "wavenet", input: Pair(1, 1100))),
      ("overlap-default", .defaults(for: .overlap)),
      ("overlap-k4s2-4", preset(.overlap, "k4s2", input: Pair(4))),
    ]
  }()

  @Test(arguments: goldenCases.map(\.0))
  func golden(_ name: String) throws {
    let p = try #require(Self.goldenCases.first { $0.0 == name }?.1)
    try GoldenFile.check(name, TextRenderer(width: 100).render(try Scenes.build(p).frames))
  }

  @Test("dcgan: a stamp of each small layer, then the large ones at once")
  func goldenDCGAN() throws {
    var p = SceneParameters.defaults(for: .overlap)
    let (settings, input) = StackSettings.preset(try #require(NetworkPreset.named("dcgan")))
    p.stack = settings
    p.input = input
    let steps = try Scenes.build(p)
    #expect(steps.stepCount == 16 + 64 + 2)
    try GoldenFile.check(
      "overlap-dcgan-some",
      TextRenderer(width: 100).render([0, 15, 16, 80, 81].map { steps.frame(at: $0) }))
  }

  @Test("vgg16's first and last frames")
  func goldenVGG16() throws {
    var p = SceneParameters.defaults(for: .receptive)
    let (settings, input) = StackSettings.preset(try #require(NetworkPreset.named("vgg16")))
    p.stack = settings
    p.input = input
    let steps = try Scenes.build(p)
    try GoldenFile.check(
      "receptive-vgg16-first-last",
      TextRenderer(width: 100).render([steps.frame(at: 0), steps.frame(at: 18)]))
  }
}
