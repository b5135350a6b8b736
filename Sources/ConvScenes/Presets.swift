import ConvArithmetic
import ConvMessages

/// A named parameter set: the paper's animations, ready to play.
public struct Preset: Hashable, Sendable {
  public let name: String
  public let scene: SceneKind
  public let parameters: SceneParameters
  /// One line in each language: the sizes and what the preset shows.
  let summaries: [Language: String]

  /// A preset whose summary line the catalogue words from `summary`.
  init(name: String, scene: SceneKind, parameters: SceneParameters, summary: Message) {
    self.init(
      name: name, scene: scene, parameters: parameters,
      summaries: Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, summary.text(in: $0)) }))
  }

  init(
    name: String, scene: SceneKind, parameters: SceneParameters, summaries: [Language: String]
  ) {
    self.name = name
    self.scene = scene
    self.parameters = parameters
    self.summaries = summaries
  }

  /// One line in English: the sizes and what the preset shows.
  public var summary: String { summary(in: .english) }

  /// The summary line in `language`.
  public func summary(in language: Language) -> String { summaries[language] ?? "" }
}

/// The animations of Dumoulin & Visin, "A guide to convolution arithmetic for deep learning".
///
///     Presets.named("padding_strides_odd")?.parameters.input  // 6×6
public enum Presets {
  /// The direct convolutions of the paper, with its sizes.
  static let direct: [(name: String, i: Int, k: Int, s: Int, p: Int, d: Int, note: PresetNote)] = [
    ("no_padding_no_strides", 4, 3, 1, 0, 1, .noPaddingUnitStrides),
    ("arbitrary_padding_no_strides", 5, 4, 1, 2, 1, .arbitraryPaddingUnitStrides),
    ("same_padding_no_strides", 5, 3, 1, 1, 1, .halfPadding),
    ("full_padding_no_strides", 5, 3, 1, 2, 1, .fullPadding),
    ("no_padding_strides", 5, 3, 2, 0, 1, .noPaddingStrides),
    ("padding_strides", 5, 3, 2, 1, 1, .paddingStrides),
    ("padding_strides_odd", 6, 3, 2, 1, 1, .paddingStridesOdd),
    ("dilation", 7, 3, 1, 0, 2, .dilation),
  ]

  /// Every preset: the direct ones (conv scene), then their transposed counterparts.
  public static let all: [Preset] = {
    var presets: [Preset] = []
    var transposed: [Preset] = []
    for entry in direct {
      let conv = ConvParameters(
        input: Pair(entry.i), kernel: Pair(entry.k), stride: Pair(entry.s), padding: Pair(entry.p),
        dilation: Pair(entry.d))
      let output = conv.convOutput
      presets.append(
        Preset(
          name: entry.name, scene: .conv,
          parameters: SceneParameters(
            scene: .conv, input: conv.input, kernel: conv.kernel, stride: conv.stride,
            padding: conv.padding,
            dilation: conv.dilation),
          summary: Message.listing(
            .presetSummary(
              parameters: "i=\(entry.i), k=\(entry.k), s=\(entry.s), p=\(entry.p)"
                + (entry.d == 1 ? "" : ", d=\(entry.d)") + ", o=\(output.h)", note: entry.note)
          )))
      // The paper has no transposed dilation animation.
      guard entry.d == 1 else { continue }
      // The transposed preset takes the direct output as its input and restores the direct input size.
      let restore = AxisShape.outputPaddingToRestore(i: entry.i, k: entry.k, s: entry.s, p: entry.p)
      let parameters = SceneParameters(
        scene: .transposed, input: output, kernel: conv.kernel, stride: conv.stride,
        padding: conv.padding,
        outputPadding: Pair(restore))
      transposed.append(
        Preset(
          name: entry.name + "_transposed", scene: .transposed, parameters: parameters,
          summary: Message.listing(
            .transposedPresetSummary(
              parameters: "i′=\(output.h), k=\(entry.k), s=\(entry.s), p=\(entry.p)"
                + (restore == 0 ? "" : ", output_padding=\(restore)")
                + ", o′=\(parameters.convParameters.transposedOutput.h)", transposes: entry.name)
          )))
    }
    return presets + transposed + ShapesScenes.presets + ChannelScenes.presets
  }()

  /// The preset with this exact name.
  public static func named(_ name: String) -> Preset? {
    all.first { $0.name == name }
  }

  /// The preset for `scene`: the transposed scene also accepts a direct preset's name
  /// and uses its transposed counterpart.
  public static func named(_ name: String, for scene: SceneKind) throws(SceneError) -> Preset {
    if let preset = named(name), preset.scene == scene { return preset }
    if scene == .transposed, let preset = named(name + "_transposed") { return preset }
    if scene == .shapes, let preset = named(name), preset.scene == .conv {
      return Preset(
        name: name, scene: .shapes, parameters: ShapesScenes.table(from: preset),
        summaries: preset.summaries)
    }
    if let preset = named(name) {
      throw .presetScene(preset: name, scene: preset.scene, wanted: scene)
    }
    throw .unknownPreset(name)
  }
}
