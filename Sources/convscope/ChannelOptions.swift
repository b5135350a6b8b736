import ArgumentParser
import ConvArithmetic
import ConvMessages
import ConvScenes
import ConvTerminal

/// The options of the channels and bnfold scenes; the other scenes ignore them.
///
///     convscope export channels --in-channels 4 --out-channels 4 --groups 2
///     convscope export bnfold --bn-values random:3 --eps 1e-3
struct ChannelOptions: ParsableArguments {
  @Option(name: .customLong("in-channels"), help: "Input channels (channels, bnfold).")
  var inChannels: Int?
  @Option(
    name: .customLong("out-channels"),
    help: "Output channels (depthwise: multiplier times the input channels).")
  var outChannels: Int?
  @Option(help: "Groups: must divide both channel counts (depthwise and separable use C_in).")
  var groups: Int?
  @Option(help: "Channels scene mode: standard, pointwise, depthwise or separable.")
  var mode: String?
  @Option(help: "Depthwise filters per input channel (depthwise, separable).")
  var multiplier: Int?
  @Option(
    name: .customLong("bn-values"),
    help:
      "Batch-norm statistics: readable, random:SEED, or @FILE.json ({\"mean\": [...], \"var\": [...], \"weight\", \"bias\", \"conv_bias\"})."
  )
  var bnValues: String?
  @Option(parsing: .unconditional, help: "Batch norm's eps (default 1e-5).")
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
