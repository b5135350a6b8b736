import ConvArithmetic

extension ChineseCatalogue {
  func engine(_ error: ConvError) -> String {
    switch error {
    case .raggedGrid(let row, let expected, let found):
      return "网格参差不齐：第 \(row) 行有 \(found) 个值，而第一行有 \(expected) 个；每一行的长度必须相同。"
    case .emptyGrid(let quantity):
      return "\(name(quantity))网格是空的；至少需要一行一列。"
    case .notPositive(let quantity, let value):
      return "\(name(quantity))在每个轴上都必须至少为 1，但现在是 \(value.h)x\(value.w)。"
    case .negative(let quantity, let value):
      return "\(name(quantity))不能为负，但现在是 \(value.h)x\(value.w)。"
    case .kernelLargerThanPaddedInput(let kernel, let padded):
      return
        "膨胀后的卷积核（\(kernel.h)x\(kernel.w)）比填充后的输入（\(padded.h)x\(padded.w)）还大；请缩小卷积核或膨胀率，或增加填充。"
    case .outputTooSmall(let output):
      return "这些参数得到的输出是 \(output.h)x\(output.w)；输出的每条边都必须至少为 1。"
    case .outputPaddingTooLarge(let op, let stride, let dilation):
      return
        "output_padding（\(op.h)x\(op.w)）在每个轴上都必须小于步长（\(stride.h)x\(stride.w)）或膨胀率（\(dilation.h)x\(dilation.w)）。"
    case .beyondLimit(let measure, let value, let limit):
      return "\(name(measure))为 \(value)，超过了上限 \(limit)。"
    case .indicesShape(let indices, let input):
      return "索引网格是 \(indices.h)x\(indices.w)，但输入是 \(input.h)x\(input.w)；两者必须一致。"
    case .indexOutOfRange(let index, let count):
      return "索引 \(index) 超出了反池化的输出，它只有 \(count) 个单元（索引从 0 到 \(count - 1)）。"
    case .badOutputSize(let requested, let low, let high):
      return
        "不允许输出尺寸 \(requested.h)x\(requested.w)；每条边都必须严格介于 \(low.h)x\(low.w) 与 \(high.h)x\(high.w) 之间。"
    case .badScale(let quantity):
      return "\(name(quantity))必须是一个有限的正数。"
    case .poolPaddingOverHalfKernel(let padding, let kernel):
      return "池化的填充（\(padding.h)x\(padding.w)）最多只能是池化核大小（\(kernel.h)x\(kernel.w)）的一半。"
    case .channels(let error):
      return channels(error)
    }
  }

  func channels(_ error: ChannelError) -> String {
    switch error {
    case .emptyStack:
      return "通道堆叠是空的；至少需要一个通道。"
    case .channelSizes(let channel, let size, let expected):
      return
        "通道 \(channel) 是 \(size.h)x\(size.w)，而通道 0 是 \(expected.h)x\(expected.w)；同一堆叠中的每个通道尺寸必须相同。"
    case .groupsNotPositive(let groups):
      return "分组数（groups）必须至少为 1，但现在是 \(groups)。"
    case .groupsDoNotDivide(let groups, let channels, let side):
      let sideName = side == .input ? "输入" : "输出"
      return "分组数（\(groups)）必须整除\(sideName)通道数（\(channels)），但 \(channels) 不是 \(groups) 的倍数。"
    case .kernelInputChannels(let found, let inputChannels, let groups):
      let expected = groups > 0 ? inputChannels / groups : inputChannels
      return
        "卷积核每个滤波器有 \(found) 个输入通道，但 \(inputChannels) 个输入通道分成 \(groups) 组时需要 \(expected) 个（布局为 [C_out][C_in/groups][kh][kw]）。"
    case .transposedKernelChannels(let found, let inputChannels):
      return
        "转置卷积核的第一维是 \(found)，但它必须等于输入通道数 \(inputChannels)（布局为 [C_in][C_out/groups][kh][kw]）。"
    case .kernelRank(let kernel, let input):
      if input == 3 && kernel == 2 {
        return
          "卷积核是二维网格，但输入是通道堆叠 [C][H][W]；堆叠需要四维卷积核，例如 [C_out][C_in/groups][kh][kw]。"
      }
      if input == 2 && kernel == 4 {
        return "卷积核是四维的，但输入是二维网格；请把输入写成堆叠 [C][H][W]，或把卷积核写成网格。"
      }
      return "\(kernel) 维的卷积核不能配 \(input) 维的输入。"
    case .vectorLength(let vector, let found, let expected):
      return "\(name(vector)) 有 \(found) 个值，但共有 \(expected) 个通道；请每个通道给一个值。"
    case .negativeVariance(let channel, let value):
      return "通道 \(channel) 的方差是 \(value)；方差不能为负。"
    case .epsNotPositive(let value):
      return "eps 必须是正数，但现在是 \(value)。"
    }
  }

  /// A quantity's name; `short` leaves out what an error sentence adds to help (the
  /// PyTorch name beside scale and groups, 数 after channel counts), for the explorer's bars.
  func name(_ quantity: Quantity, short: Bool = false) -> String {
    switch quantity {
    case .input: return "输入"
    case .kernel: return "卷积核"
    case .output: return "输出"
    case .inputSize: return "输入尺寸"
    case .kernelSize: return "卷积核大小"
    case .stride: return "步长"
    case .padding: return "填充"
    case .dilation: return "膨胀率"
    case .outputPadding: return "output_padding"
    case .scale: return short ? "缩放倍数" : "缩放倍数（scale）"
    case .zeroInsertedInput: return "插零后的输入"
    case .inChannels: return short ? "输入通道" : "输入通道数"
    case .outChannels: return short ? "输出通道" : "输出通道数"
    case .groups: return short ? "分组" : "分组数（groups）"
    }
  }

  private func name(_ measure: Measure) -> String {
    switch measure {
    case .side(let quantity, let axis): return "\(name(quantity))的\(axis == .height ? "高" : "宽")"
    case .cells(let quantity): return "\(name(quantity))的单元数"
    case .whole(let quantity): return name(quantity)
    case .work: return "计算量（乘加次数）"
    case .matrixEntries: return "矩阵元素个数"
    }
  }

  /// Batch-norm and bias vectors keep their PyTorch names: a reader matches them to the code.
  private func name(_ vector: ChannelVector) -> String {
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
}
