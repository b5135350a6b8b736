import ConvArithmetic

/// The captions and panel titles of the `channels` and `bnfold` scenes, as values.
///
/// Channel indices and counts are numbers; values shown to a precision arrive as text.
public enum ChannelCaption: Equatable, Sendable {
  // Panel titles.
  /// Input channel `channel`, and its padded size when padded.
  case inputTitle(channel: Int, size: Pair, paddedTo: Pair?)
  /// Kernel slice `[output][slice]` of `kind`, which reads channel `reads` of the stage's input.
  case kernelTitle(kind: KernelKind, output: Int, slice: Int, reads: Int, size: Pair)
  /// A stage's output map `channel` (`y[o]`, the depthwise `d[c]`, `conv[o]`, …).
  case mapTitle(kind: MapKind, channel: Int, size: Pair)
  case connectionsTitle(outChannels: Int, inChannels: Int)
  case costsTitle
  case bnTitle

  // The channels scene.
  /// Which input channels output channel `output` reads, and why, in `mode`.
  case reads(
    mode: ChannelModeName, output: Int, inputs: [Int], inChannels: Int, groups: Int,
    multiplier: Int)
  /// One output cell as the sum of its per-channel partial sums (each already a sum of products).
  case partialSums(
    map: MapKind, source: MapKind, output: Int, cell: Pair, channels: [Int], values: [String],
    total: String)
  /// Which phase of a separable convolution the step is in.
  case separablePhase(phase: Int, inChannels: Int, middle: Int, outChannels: Int)
  /// Separable against standard: the ratio in closed form and as numbers.
  case costs(
    outChannels: Int, kernel: Pair, multiplier: Int, standard: Int, separable: Int, ratio: String,
    fewer: String)
  /// Which channels the panels show when not all fit, and the keys that page.
  case page([ChannelRange])

  // The bnfold scene.
  /// What step `step` of `count` does.
  case foldStep(FoldStep, step: Int, count: Int)
  /// The conv bias in front of batch norm, absorbed into the folded bias.
  case biasAbsorbed(convBias: [String])
  /// The largest difference between conv-then-BN and the folded conv.
  case foldDifference(largest: String, relative: String)
  /// Feeding the standard deviation where the variance belongs, for one channel.
  case stdMistake(
    channel: Int, variance: String, std: String, rightScale: String,
    wrongScale: String, factor: String)

  /// The caption in `language`.
  public func text(in language: Language = .english) -> String {
    Caption.channels(self).text(in: language)
  }
}

/// Channels `first…last` of `count` of one kind, as a page shows them.
public struct ChannelRange: Equatable, Sendable {
  public var kind: MapKind
  public var first: Int
  public var last: Int
  public var count: Int

  public init(kind: MapKind, first: Int, last: Int, count: Int) {
    self.kind = kind
    self.first = first
    self.last = last
    self.count = count
  }
}

/// Which kernel a kernel panel shows.
public enum KernelKind: String, CaseIterable, Sendable {
  /// The convolution's own weights, `w[o][c]`.
  case weights
  /// The depthwise stage of a separable convolution.
  case depthwise
  /// The pointwise (1×1) stage of a separable convolution.
  case pointwise
  /// Weights with batch norm folded in, `w′[o][c]`.
  case folded
}

/// Which stack of maps a panel belongs to.
public enum MapKind: String, CaseIterable, Sendable {
  case input, output, depthwise
  /// Conv output before batch norm, after it, and through the folded weights.
  case conv, convBN, folded
}

/// The convolution across channels a scene shows.
public enum ChannelModeName: String, CaseIterable, Sendable {
  case standard, grouped, pointwise, depthwise, separable
}

/// The seven steps of folding batch norm into a convolution.
public enum FoldStep: Int, CaseIterable, Sendable {
  case convolve = 1
  case normalise, scale, foldKernel, foldBias, foldedConv, compare
}

/// Why channel settings cannot be drawn.
public enum ChannelProblem: Equatable, Sendable {
  /// A channel count (input, output) or multiplier outside `1…limit`.
  case count(Quantity, value: Int, limit: Int)
  case multiplier(value: Int, limit: Int)
  case unknownMode(name: String, modes: [String])
  case badBNValues(text: String)
  case unreadableBNValues(path: String, reason: ValuesFileProblem)
  /// The eps given is not a number.
  case badEps(text: String)
}

/// What the explorer says about channel settings.
public enum ChannelExplorerText: Equatable, Sendable {
  /// A channel count or groups changed.
  case changed(Quantity, from: Int, to: Int)
  case multiplierChanged(from: Int, to: Int)
  case mode(ChannelModeName)
  /// Groups follow from the mode (depthwise, separable) and cannot be changed by hand.
  case groupsFollowMode(ChannelModeName)
  /// Which channels the panels now show.
  case page(first: Int, last: Int, count: Int)
  /// Every channel already fits on one page.
  case onePage(count: Int)
  /// The pages follow the current output channel again.
  case followPage
  /// A key that only the channel scenes use.
  case needsChannels(key: String)
}

/// What a preset of the channels and bnfold scenes shows.
public enum ChannelPresetNote: CaseIterable, Sendable {
  case standard, pointwise, depthwise, separable, grouped, depthwiseMultiplier, mobilenetV1
  case bnfold
}
