import ConvArithmetic
import ConvMessages
import ConvScenes
import ConvTerminal

/// The options of the channels and bnfold scenes, as given (SceneOptions declares them); the
/// other scenes ignore them.
///
///     convscope export channels --in-channels 4 --out-channels 4 --groups 2
///     convscope export bnfold --bn-values random:3 --eps 1e-3
struct ChannelOptions {
  var inChannels: Int?
  var outChannels: Int?
  var groups: Int?
  var mode: String?
  var multiplier: Int?
  var bnValues: String?
  var eps: String?

  /// Applies each option given to `p`.
  func apply(to p: inout SceneParameters, scene: SceneKind) throws(SceneError) {
    if let inChannels { p.channels.inChannels = inChannels }
    if let outChannels { p.channels.outChannels = outChannels }
    if let groups { p.channels.groups = groups }
    if let multiplier { p.channels.multiplier = multiplier }
    if let mode {
      guard let chosen = ChannelMode(rawValue: mode) else {
        throw .refused(
          .channels(.unknownMode(name: mode, modes: ChannelMode.allCases.map(\.rawValue))))
      }
      p.channels.mode = chosen
    }
    if let bnValues {
      p.channels.bnValues = try BNValuesSpec.parse(bnValues) { try? FileDescriptor.readAll($0) }
    }
    if let eps {
      guard let value = Double(eps) else { throw .refused(.channels(.badEps(text: eps))) }
      p.channels.eps = value
    }
  }
}
