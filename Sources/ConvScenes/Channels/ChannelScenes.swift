import ConvArithmetic
import ConvMessages

/// What the shared switches ask of the channels and bnfold scenes: defaults, parameters,
/// checks, presets, the program itself and the JSON export's settings.
public enum ChannelScenes {
  static func topic(for scene: SceneKind) -> SceneTopic {
    scene == .bnfold ? .bnfold : .channels
  }

  /// A 4×4 input, 3×3 kernel and padding 1 (so the output stays 4×4): channels 3 → 2
  /// (bnfold: 2 → 2), small enough to read every number.
  static func defaults(for scene: SceneKind) -> SceneParameters {
    var p = SceneParameters(
      scene: scene, input: Pair(4), kernel: Pair(3), stride: Pair(1), padding: Pair(1))
    if scene == .bnfold {
      p.channels.inChannels = 2
      p.channels.outChannels = 2
    }
    return p
  }

  /// The spatial parameters of a convolution and the channel counts, in the channel scenes only.
  static func uses(_ parameter: SceneParameter, in scene: SceneKind) -> Bool {
    guard scene == .channels || scene == .bnfold else { return false }
    return parameter != .outputPadding
  }

  /// Channel counts within what a scene draws; groups and the rest are the engine's to judge.
  static func checkSizes(_ p: SceneParameters) throws(SceneError) {
    let s = p.channels
    let limit = Limits.Channels.scene
    for (quantity, value) in [(Quantity.inChannels, s.inChannels), (.outChannels, s.outChannels)]
    where value < 1 || value > limit {
      throw .refused(.channels(.count(quantity, value: value, limit: limit)))
    }
    if s.multiplier < 1 || s.multiplier * s.inChannels > limit {
      throw .refused(
        .channels(.multiplier(value: s.multiplier, limit: max(1, limit / s.inChannels))))
    }
  }

  static func program(_ p: SceneParameters) throws(ConvError) -> any SceneProgram {
    p.scene == .bnfold ? try BNFoldScene(p) : try ChannelScene(p)
  }

  /// The presets of seed 001's layer kinds, and MobileNet v1's block.
  static let presets: [Preset] = {
    func make(
      _ name: String, _ scene: SceneKind = .channels, note: ChannelPresetNote, input: Int = 4,
      _ configure: (inout ChannelSettings) -> Void
    ) -> Preset {
      var p = defaults(for: scene)
      p.input = Pair(input)
      configure(&p.channels)
      let plan = ChannelPlan(p)
      let text =
        "C_in \(plan.inChannels) → C_out \(plan.outChannels), \(plan.spatial.kernel.h)x\(plan.spatial.kernel.w)"
        + (scene == .channels ? ", \(p.channels.mode.rawValue)" : "")
        + (plan.mode == .standard && plan.groups > 1 ? ", groups \(plan.groups)" : "")
        + (plan.multiplier > 1 ? ", multiplier \(plan.multiplier)" : "")
      return Preset(
        name: name, scene: scene, parameters: p,
        summary: Message.listing(.channelPresetSummary(parameters: text, note: note)))
    }
    return [
      make("standard", note: .standard) { _ in },
      make("pointwise", note: .pointwise) { $0.mode = .pointwise },
      make("depthwise", note: .depthwise) { $0.mode = .depthwise },
      make("separable", note: .separable) {
        $0.mode = .separable
        $0.outChannels = 4
      },
      make("grouped", note: .grouped) {
        $0.inChannels = 4
        $0.outChannels = 4
        $0.groups = 2
      },
      make("depthwise_multiplier", note: .depthwiseMultiplier) {
        $0.inChannels = 2
        $0.mode = .depthwise
        $0.multiplier = 2
      },
      make("mobilenet_v1", note: .mobilenetV1, input: 3) {
        $0.inChannels = 32
        $0.outChannels = 64
        $0.mode = .separable
      },
      make("conv_bn", .bnfold, note: .bnfold) { _ in },
    ]
  }()

  /// `"in_channels": 3, "out_channels": 2, "groups": 1, "multiplier": 1, "mode": "standard"`
  /// (bnfold adds `bn_values` and `eps`): what is drawn, once the mode has had its say.
  static func jsonParameters(_ p: SceneParameters) -> [(String, SceneParameterValue)] {
    let plan = ChannelPlan(p)
    var fields: [(String, SceneParameterValue)] = [
      ("in_channels", .integer(plan.inChannels)), ("out_channels", .integer(plan.outChannels)),
      ("groups", .integer(plan.groups)), ("multiplier", .integer(plan.multiplier)),
      ("mode", .text(plan.mode.rawValue)),
    ]
    if p.scene == .bnfold {
      fields.append(("bn_values", .text(p.channels.bnValues.name)))
      fields.append(("eps", .number(p.channels.eps)))
    }
    return fields
  }
}
