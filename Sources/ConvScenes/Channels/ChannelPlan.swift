import ConvArithmetic
import ConvMessages

/// The channel counts, groups and spatial parameters a channel scene actually draws,
/// once the mode has had its say (depthwise fixes the groups, pointwise the kernel).
struct ChannelPlan {
  let mode: ChannelMode
  let inChannels: Int
  /// The depthwise stage's maps (`multiplier · C_in`); the output channels otherwise.
  let middle: Int
  let outChannels: Int
  let groups: Int
  let multiplier: Int
  /// The spatial parameters of the (first) stage.
  let spatial: ConvParameters

  init(_ p: SceneParameters) {
    let s = p.channels
    mode = p.scene == .bnfold ? .standard : s.mode
    inChannels = s.inChannels
    multiplier = s.multiplier
    var spatial = p.convParameters
    switch mode {
    case .standard:
      (middle, outChannels, groups) = (s.outChannels, s.outChannels, s.groups)
    case .pointwise:
      (middle, outChannels, groups) = (s.outChannels, s.outChannels, s.groups)
      spatial.kernel = Pair(1)
      spatial.padding = Pair(0)
      spatial.dilation = Pair(1)
    case .depthwise:
      let out = s.multiplier * s.inChannels
      (middle, outChannels, groups) = (out, out, s.inChannels)
    case .separable:
      (middle, outChannels, groups) = (s.multiplier * s.inChannels, s.outChannels, s.inChannels)
    }
    self.spatial = spatial
  }

  /// What the captions call the mode: standard with groups above 1 is grouped.
  var name: ChannelModeName {
    switch mode {
    case .standard: return groups > 1 ? .grouped : .standard
    case .pointwise: return .pointwise
    case .depthwise: return .depthwise
    case .separable: return .separable
    }
  }

  /// Weights and multiply-adds of the four kinds, for these channels and this output size.
  var costs: ChannelCosts {
    ChannelCosts(
      inChannels: inChannels, outChannels: outChannels, kernel: spatial.kernel,
      output: spatial.convOutput, multiplier: multiplier)
  }
}
