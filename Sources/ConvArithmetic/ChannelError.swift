/// Why the engine refused a multi-channel or batch-norm request, with the numbers involved.
///
/// These are data, not sentences: the catalogue in `ConvMessages` words them,
/// as it does every other refusal.
public enum ChannelError: Equatable, Sendable {
  /// Which side of a convolution a channel count belongs to.
  public enum Side: String, Sendable {
    case input
    case output
  }

  /// A stack with no channels.
  case emptyStack
  /// Channel `channel` of a stack is `size`, but channel 0 is `expected`.
  case channelSizes(channel: Int, size: Pair, expected: Pair)
  /// `groups` is below 1.
  case groupsNotPositive(groups: Int)
  /// `groups` does not divide the input or output channel count.
  case groupsDoNotDivide(groups: Int, channels: Int, side: Side)
  /// A conv kernel `[C_out][found][kh][kw]` where `found` should be `C_in / groups`.
  case kernelInputChannels(found: Int, inputChannels: Int, groups: Int)
  /// A transposed kernel `[found][…][kh][kw]` where `found` should be `C_in`.
  case transposedKernelChannels(found: Int, inputChannels: Int)
  /// The kernel's rank (2 or 4) does not go with the input's (2 or 3).
  case kernelRank(kernel: Int, input: Int)
  /// A per-channel vector (bias, mean, var, weight) of the wrong length.
  case vectorLength(name: ChannelVector, found: Int, expected: Int)
  /// A batch-norm variance below zero, at channel `channel`.
  case negativeVariance(channel: Int, value: Double)
  /// A batch-norm eps that is zero, negative or not finite.
  case epsNotPositive(value: Double)
}

/// A per-channel vector an error names; a fold's statistics are told from the conv's own bias.
public enum ChannelVector: String, CaseIterable, Sendable {
  case bias
  case mean
  case variance
  case weight
  /// The batch norm's vectors when folding it into a convolution.
  case bnMean, bnVariance, bnWeight, bnBias
  /// The convolution's own bias when folding.
  case convBias
}
