import Testing

@testable import ConvArithmetic

/// The presets reproduce their networks' published sizes, receptive fields and costs.
@Suite("Network presets")
struct NetworkPresetTests {
  static func preset(_ name: String) throws -> NetworkPreset {
    try #require(NetworkPreset.named(name), "no preset \(name)")
  }

  static func fields(_ name: String) throws -> [LayerField] {
    let preset = try preset(name)
    return try LayerStack(preset.layers).receptiveField(input: preset.input)
  }

  @Test("vgg16: 224 → 7 at pool5, receptive field 212, jump 32")
  func vgg16() throws {
    let last = try #require(try Self.fields("vgg16").last)
    #expect(last.outputSize == Pair(7))
    #expect(last.size == Pair(212))
    #expect(last.jump == Pair(32))
    // Each conv pads by one cell of its input: −(2·1 + 2·2 + 3·4 + 3·8 + 3·16).
    #expect(last.first == Pair(-90))
  }

  @Test("alexnet: 227 → 6 at pool5, receptive field 195")
  func alexnet() throws {
    let last = try #require(try Self.fields("alexnet").last)
    #expect(last.outputSize == Pair(6))
    #expect(last.size == Pair(195))
    #expect(last.jump == Pair(32))
  }

  @Test("resnet50_v1 (stride on the first 1×1): 224 → 7, receptive field 483")
  func resnet50V1() throws {
    let last = try #require(try Self.fields("resnet50_v1").last)
    #expect(last.outputSize == Pair(7))
    #expect(last.size == Pair(483))
    #expect(last.jump == Pair(32))
  }

  @Test("resnet50 (torchvision, stride on the 3×3): smaller by 2·(4 + 8 + 16), as the stride moves")
  func resnet50() throws {
    let torchvision = try #require(try Self.fields("resnet50").last)
    let paper = try #require(try Self.fields("resnet50_v1").last)
    #expect(torchvision.outputSize == Pair(7))
    // Each downsampling 3×3 now grows the field at the old jump (4, 8, 16), not twice it.
    #expect(paper.size.h - torchvision.size.h == 2 * (4 + 8 + 16))
    #expect(torchvision.size == Pair(427))
    #expect(try Self.preset("resnet50").layers.count == 2 + 3 * 16)
  }

  @Test("resnet_stem: 224 → 56, field 11, jump 4")
  func resnetStem() throws {
    let fields = try Self.fields("resnet_stem")
    #expect(fields.map(\.outputSize) == [Pair(112), Pair(56)])
    #expect(fields.last?.size == Pair(11))
    #expect(fields.last?.first == Pair(-5))
  }

  @Test("unet: the figure's sizes 572 → 570 → 568 → 284 … → 30 → 28")
  func unet() throws {
    let sizes = try Self.fields("unet").map(\.outputSize.h)
    #expect(sizes == [570, 568, 284, 282, 280, 140, 138, 136, 68, 66, 64, 32, 30, 28])
    #expect(try Self.fields("unet").allSatisfy { $0.first == Pair(0) })
  }

  @Test("wavenet: ten layers of dilation 1…512 give the paper's field of 1024 along time")
  func wavenet() throws {
    let last = try #require(try Self.fields("wavenet").last)
    #expect(last.size == Pair(1, 1024))
    #expect(last.jump == Pair(1))
    #expect(last.outputSize == Pair(1, 2048 - 1023))
  }

  @Test("deeplab_aspp: output stride 16 (513 → 33) and a field wider than the map")
  func deeplab() throws {
    let fields = try Self.fields("deeplab_aspp")
    let last = try #require(fields.last)
    #expect(last.outputSize == Pair(33))
    #expect(last.jump == Pair(16))
    // The rate-18 branch adds 2·18·16 = 576 to the backbone's field.
    #expect(last.size.h - fields[fields.count - 2].size.h == 2 * 18 * 16)
  }

  @Test("mobilenet_v1: 4.2 M weights and 569 M multiply-adds, as in Table 1; field 315")
  func mobilenet() throws {
    let preset = try Self.preset("mobilenet_v1")
    let shapes = try LayerStack(preset.layers).shapes(input: preset.input, inChannels: 3)
    let weights = shapes.map(\.parameters).reduce(0, +)
    let macs = shapes.map(\.multiplyAdds).reduce(0, +)
    #expect((weights + 50_000) / 100_000 == 42, "weights \(weights)")
    #expect((macs + 500_000) / 1_000_000 == 569, "multiply-adds \(macs)")
    #expect(shapes.last?.output == Pair(1))
    #expect(shapes.last?.outChannels == 1000)
    let fields = try LayerStack(preset.layers).receptiveField(input: preset.input)
    // The last conv is before the pool and the classifier.
    #expect(fields[fields.count - 3].size == Pair(315))
    #expect(fields[fields.count - 3].outputSize == Pair(7))
  }

  @Test("upsampling paths: FCN-32s 16 → 544, FCN-8s 16 → 34 → 70 → 568, DCGAN 4 → 64, HED ×16")
  func upsampling() throws {
    #expect(try Self.fields("fcn32s").map(\.outputSize.h) == [544])
    #expect(try Self.fields("fcn8s").map(\.outputSize.h) == [34, 70, 568])
    #expect(try Self.fields("dcgan").map(\.outputSize.h) == [8, 16, 32, 64])
    #expect(try Self.fields("hed").map(\.outputSize) == [Pair(336, 496)])
    // FCN-32s: each output cell sees two score cells, 1/32 of a cell apart.
    let fcn = try #require(try Self.fields("fcn32s").first)
    #expect(fcn.jump == Pair(1) && fcn.jumpDivisor == Pair(32))
    #expect(fcn.size == Pair(2))
  }

  @Test("k3s2 paints a checkerboard of 1, 2 and 4 taps; fcn8s and hed stay even inside")
  func checkerboard() throws {
    func counts(_ name: String) throws -> Set<Double> {
      let preset = try Self.preset(name)
      let grid = try LayerStack(preset.layers).overlap(input: preset.input)
      // The interior, away from the border that fewer windows reach.
      let margin = 40
      var values = Set<Double>()
      for r in 0..<grid.rows
      where r >= min(margin, grid.rows / 3) && r < grid.rows - min(margin, grid.rows / 3) {
        for c in 0..<grid.cols
        where c >= min(margin, grid.cols / 3) && c < grid.cols - min(margin, grid.cols / 3) {
          values.insert(grid[r, c])
        }
      }
      return values
    }
    #expect(try counts("k3s2") == [1, 2, 4])
    #expect(try counts("hed") == [4])
    #expect(try counts("fcn32s") == [4])
    #expect(try counts("dcgan").count > 1)
  }

  @Test("every preset is a valid stack with its published input, and names are unique")
  func allValid() throws {
    #expect(Set(NetworkPreset.names).count == NetworkPreset.all.count)
    for preset in NetworkPreset.all {
      let shapes = try LayerStack(preset.layers).shapes(
        input: preset.input, inChannels: preset.inChannels)
      #expect(shapes.count == preset.layers.count, "\(preset.name)")
      // The notation round-trips.
      #expect(try LayerNotation.parse(LayerNotation.format(preset.layers)) == preset.layers)
    }
  }
}
