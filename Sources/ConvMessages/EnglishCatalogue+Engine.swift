import ConvArithmetic

extension EnglishCatalogue {
  func engine(_ error: ConvError) -> String {
    switch error {
    case .raggedGrid(let row, let expected, let found):
      return
        "The grid is ragged: row \(row) has \(found) values but the first row has \(expected); every row must have the same length."
    case .emptyGrid(let quantity):
      return "The \(name(quantity)) grid is empty; it needs at least one row and one column."
    case .notPositive(let quantity, let value):
      return
        "The \(name(quantity)) must be at least 1 on each axis, but it is \(value.h)x\(value.w)."
    case .negative(let quantity, let value):
      return "The \(name(quantity)) must not be negative, but it is \(value.h)x\(value.w)."
    case .kernelLargerThanPaddedInput(let kernel, let padded):
      return
        "The dilated kernel (\(kernel.h)x\(kernel.w)) is larger than the padded input (\(padded.h)x\(padded.w)); shrink the kernel or dilation, or add padding."
    case .outputTooSmall(let output):
      return
        "These parameters give an output of \(output.h)x\(output.w); every output side must be at least 1."
    case .outputPaddingTooLarge(let op, let stride, let dilation):
      return
        "The output padding (\(op.h)x\(op.w)) must be smaller than the stride (\(stride.h)x\(stride.w)) or the dilation (\(dilation.h)x\(dilation.w)) on each axis."
    case .beyondLimit(let measure, let value, let limit):
      return "The \(name(measure)) is \(value), beyond the limit of \(limit)."
    case .indicesShape(let indices, let input):
      return
        "The indices grid is \(indices.h)x\(indices.w) but the input is \(input.h)x\(input.w); they must match."
    case .indexOutOfRange(let index, let count):
      return
        "The index \(index) is outside the unpooled output, which has \(count) cells (indices run from 0 to \(count - 1))."
    case .badOutputSize(let requested, let low, let high):
      return
        "The output size \(requested.h)x\(requested.w) is not allowed; each side must lie strictly between \(low.h)x\(low.w) and \(high.h)x\(high.w)."
    case .badScale(let quantity):
      return "The \(name(quantity)) must be a positive finite number."
    case .poolPaddingOverHalfKernel(let padding, let kernel):
      return
        "The pooling padding (\(padding.h)x\(padding.w)) must be at most half the kernel size (\(kernel.h)x\(kernel.w))."
    case .channels(let error):
      return channels(error)
    }
  }

  func name(_ quantity: Quantity) -> String {
    switch quantity {
    case .input: return "input"
    case .kernel: return "kernel"
    case .output: return "output"
    case .inputSize: return "input size"
    case .kernelSize: return "kernel size"
    case .stride: return "stride"
    case .padding: return "padding"
    case .dilation: return "dilation"
    case .outputPadding: return "output padding"
    case .scale: return "scale"
    case .zeroInsertedInput: return "zero-inserted input"
    case .inChannels: return "input channels"
    case .outChannels: return "output channels"
    case .groups: return "groups"
    }
  }

  func name(_ measure: Measure) -> String {
    switch measure {
    case .side(let quantity, let axis): return "\(name(quantity)) \(name(axis))"
    case .cells(let quantity): return "number of \(name(quantity)) cells"
    case .whole(let quantity): return name(quantity)
    case .work: return "work (multiply-adds)"
    case .matrixEntries: return "number of matrix entries"
    }
  }

  func name(_ axis: Axis) -> String {
    switch axis {
    case .height: return "height"
    case .width: return "width"
    }
  }

  func name(_ vector: ChannelVector) -> String {
    switch vector {
    case .bias: return "bias"
    case .mean: return "mean"
    case .variance: return "var"
    case .weight: return "weight"
    case .bnMean: return "bn mean"
    case .bnVariance: return "bn var"
    case .bnWeight: return "bn weight"
    case .bnBias: return "bn bias"
    case .convBias: return "conv bias"
    }
  }

  func channels(_ error: ChannelError) -> String {
    switch error {
    case .emptyStack:
      return "The stack of channels is empty; it needs at least one channel."
    case .channelSizes(let channel, let size, let expected):
      return
        "Channel \(channel) is \(size.h)x\(size.w) but channel 0 is \(expected.h)x\(expected.w); every channel of a stack must have the same size."
    case .groupsNotPositive(let groups):
      return "The groups must be at least 1, but it is \(groups)."
    case .groupsDoNotDivide(let groups, let channels, let side):
      let sideName = side == .input ? "input" : "output"
      return
        "The groups (\(groups)) must divide the \(sideName) channels (\(channels)), but \(channels) is not a multiple of \(groups)."
    case .kernelInputChannels(let found, let inputChannels, let groups):
      let expected = groups > 0 ? inputChannels / groups : inputChannels
      return
        "The kernel has \(plural(found, "input channel")) per filter, but \(plural(inputChannels, "input channel")) in \(plural(groups, "group")) need \(expected) (the layout is [C_out][C_in/groups][kh][kw])."
    case .transposedKernelChannels(let found, let inputChannels):
      return
        "The transposed kernel's first dimension is \(found), but it must equal the \(plural(inputChannels, "input channel")) (the layout is [C_in][C_out/groups][kh][kw])."
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
    case .vectorLength(let vector, let found, let expected):
      return
        "The \(name(vector)) has \(plural(found, "value")) but there \(expected == 1 ? "is 1 channel" : "are \(expected) channels"); give one value per channel."
    case .negativeVariance(let channel, let value):
      return
        "The variance of channel \(channel) is \(value); a variance cannot be negative."
    case .epsNotPositive(let value):
      return "The eps must be a positive number, but it is \(value)."
    }
  }
}
