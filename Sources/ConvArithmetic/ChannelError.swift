/// Why the engine refused a multi-channel or batch-norm request, with the numbers involved.
///
/// These are data, not sentences: `ConvError.description` turns them into text,
/// as it does for every other refusal.
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
  /// A per-channel vector (`name`: bias, mean, var, weight) of the wrong length.
  case vectorLength(name: String, found: Int, expected: Int)
  /// A batch-norm variance below zero, at channel `channel`.
  case negativeVariance(channel: Int, value: Double)
  /// A batch-norm eps that is zero, negative or not finite.
  case epsNotPositive(value: Double)
}

extension ChannelError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .emptyStack:
      return "The stack of channels is empty; it needs at least one channel."
    case .channelSizes(let channel, let size, let expected):
      return
        "Channel \(channel) is \(size.h)x\(size.w) but channel 0 is \(expected.h)x\(expected.w); every channel of a stack must have the same size."
    case .groupsNotPositive(let groups):
      return "The groups must be at least 1, but it is \(groups)."
    case .groupsDoNotDivide(let groups, let channels, let side):
      return
        "The groups (\(groups)) must divide the \(side.rawValue) channels (\(channels)), but \(channels) is not a multiple of \(groups)."
    case .kernelInputChannels(let found, let inputChannels, let groups):
      let expected = groups > 0 ? inputChannels / groups : inputChannels
      return
        "The kernel has \(found) input channel\(found == 1 ? "" : "s") per filter, but \(inputChannels) input channel\(inputChannels == 1 ? "" : "s") in \(groups) group\(groups == 1 ? "" : "s") need \(expected) (the layout is [C_out][C_in/groups][kh][kw])."
    case .transposedKernelChannels(let found, let inputChannels):
      return
        "The transposed kernel's first dimension is \(found), but it must equal the \(inputChannels) input channel\(inputChannels == 1 ? "" : "s") (the layout is [C_in][C_out/groups][kh][kw])."
    case .kernelRank(let kernel, let input):
      if input == 3 && kernel == 2 {
        return
          "The kernel is a 2-D grid but the input is a stack of channels [C][H][W]; a stack needs a 4-D kernel such as [C_out][C_in/groups][kh][kw]."
      }
      if input == 2 && kernel == 4 {
        return
          "The kernel is 4-D but the input is a 2-D grid; give the input as a stack [C][H][W], or the kernel as a grid."
      }
      return "A \(kernel)-D kernel does not go with a \(input)-D input."
    case .vectorLength(let name, let found, let expected):
      return
        "The \(name) has \(found) value\(found == 1 ? "" : "s") but there \(expected == 1 ? "is 1 channel" : "are \(expected) channels"); give one value per channel."
    case .negativeVariance(let channel, let value):
      return
        "The variance of channel \(channel) is \(value); a variance cannot be negative."
    case .epsNotPositive(let value):
      return "The eps must be a positive number, but it is \(value)."
    }
  }
}
