import ConvArithmetic

/// The channels and bnfold scenes in Chinese: 通道, 逐点 (1×1), 逐深度, 深度可分离卷积, 批归一化.
extension ChineseCatalogue {
  func channels(_ caption: ChannelCaption) -> String {
    switch caption {
    case .inputTitle(let channel, let input, let paddedTo):
      return "x[\(channel)] \(size(input))" + (paddedTo.map { "，填充后 \(size($0))" } ?? "")
    case .kernelTitle(let kind, let output, let slice, let reads, let kernel):
      let source = kind == .pointwise ? "d" : "x"
      return "\(symbol(kind))[\(output)][\(slice)] \(size(kernel)) 作用于 \(source)[\(reads)]"
    case .mapTitle(let kind, let channel, let map):
      return "\(symbol(kind))[\(channel)] \(size(map))"
    case .connectionsTitle(let outChannels, let inChannels):
      return "读取关系（\(outChannels) 出 × \(inChannels) 入）"
    case .costsTitle: return "开销（仅权重）"
    case .bnTitle: return "每个输出通道的 BN"
    case .reads(let mode, let output, let inputs, let inChannels, let groups, let multiplier):
      let which = span(inputs)
      switch mode {
      case .standard:
        return
          "标准卷积：输出通道 \(output) 读取全部 \(inChannels) 个输入通道，每个通道各用自己的卷积核切片 w[\(output)][c]。"
      case .grouped:
        return
          "分组 \(groups)：输出通道 \(output) 只读取本组的\(which)；其余 \(groups - 1) 组从不参与。"
      case .pointwise:
        return "逐点 1×1：输出通道 \(output) 在每个像素上混合\(which)，不看邻域。"
      case .depthwise:
        return
          "逐深度（groups = C_in = \(inChannels)\(multiplier > 1 ? "，倍数 \(multiplier)" : "")）：输出通道 \(output) 只读取\(which)。"
      case .separable:
        return "深度可分离：输出通道 \(output) 用 1×1 权重混合逐深度的各图 d[c]。"
      }
    case .partialSums(let kind, let from, let output, let cell, let channels, let values, let total):
      let shown = 4
      var parts = zip(channels, values).prefix(shown).map { "\($1) (\(symbol(from))[\($0)])" }
      if channels.count > shown { parts.append("… 另 \(channels.count - shown) 项") }
      return
        "\(symbol(kind))[\(output)][\(cell.h),\(cell.w)] = \(parts.joined(separator: " + ")) = \(total)\(channels.count > 1 ? "，对各通道求和" : "")"
    case .separablePhase(let phase, let inChannels, let middle, let outChannels):
      return phase == 1
        ? "阶段 1/2，逐深度：\(inChannels) 个输入通道各自单独滤波，得到 \(middle) 张图 d[c]。"
        : "阶段 2/2，逐点 1×1：\(outChannels) 个输出通道，每个都混合全部 \(middle) 张图 d[c]。"
    case .costs(
      let outChannels, let kernel, let m, let standard, let separable, let ratio, let fewer):
      let closed =
        m == 1
        ? "1/\(outChannels) + 1/(\(kernel.h)·\(kernel.w))"
        : "\(m)/\(outChannels) + \(m)/(\(kernel.h)·\(kernel.w))"
      return
        "可分离/标准 = \(closed) = \(ratio) = \(grouped(separable))/\(grouped(standard)) 个权重：少 \(fewer) 倍。"
    case .page(let ranges):
      let shown = ranges.map { range in
        "\(range.kind == .output ? "输出" : range.kind == .depthwise ? "逐深度" : "输入") \(range.first)–\(range.last)/\(range.count)"
      }
      return "显示的通道：\(shown.joined(separator: "，"))；{ } 翻页。"
    case .foldStep(let step, let index, let count):
      return "第 \(index)/\(count) 步：" + foldStep(step)
    case .biasAbsorbed(let convBias):
      return
        "卷积偏置 b = [\(convBias.joined(separator: ", "))] 只是在 BN 减去均值之前平移 y：它被吸收进 b′，所以后接 BN 的卷积不需要偏置。"
    case .foldDifference(let largest, let relative):
      return
        "所有格上 |conv→BN − folded| 的最大值：\(largest)，只是 float64 舍入误差（为最大值的 \(relative)）。"
    case .stdMistake(let channel, let variance, let std, let right, let wrong, let factor):
      return
        "常见错误：把标准差 \(std) 当成方差 \(variance)，通道 \(channel) 的缩放就成了 \(wrong) 而不是 \(right)：数值差 \(factor) 倍。"
    }
  }

  private func foldStep(_ step: FoldStep) -> String {
    switch step {
    case .convolve: return "卷积，conv[o] = Σ_c x[c] ⋆ w[o][c] + b[o]。"
    case .normalise: return "逐通道批归一化，(y − mean)/√(var + eps)·γ + β。"
    case .scale: return "逐通道的缩放，s = γ/√(var + eps)。"
    case .foldKernel: return "把缩放折叠进卷积核，w′[o] = w[o]·s[o]。"
    case .foldBias: return "折叠后的偏置，b′ = β + (b − mean)·s。"
    case .foldedConv: return "用 w′ 和 b′ 做一次卷积，得到 folded[o]。"
    case .compare: return "比较 conv→BN 与折叠后的卷积。"
    }
  }

  private func symbol(_ kind: KernelKind) -> String {
    switch kind {
    case .weights: return "w"
    case .depthwise: return "dw"
    case .pointwise: return "pw"
    case .folded: return "w′"
    }
  }

  private func symbol(_ kind: MapKind) -> String {
    switch kind {
    case .input: return "x"
    case .output: return "y"
    case .depthwise: return "d"
    case .conv: return "conv"
    case .convBN: return "BN"
    case .folded: return "folded"
    }
  }

  /// `输入通道 0–1` or `输入通道 2`.
  private func span(_ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "零个输入通道" }
    return low == high ? "输入通道 \(low)" : "输入通道 \(low)–\(high)"
  }

  /// The channel quantity's name: 输入通道数, 输出通道数, 分组数 ….
  private func channelQuantity(_ quantity: Quantity) -> String {
    switch quantity {
    case .inChannels: return "输入通道"
    case .outChannels: return "输出通道"
    case .groups: return "分组"
    case .input: return "输入"
    case .kernel: return "卷积核"
    case .output: return "输出"
    case .inputSize: return "输入尺寸"
    case .kernelSize: return "卷积核尺寸"
    case .stride: return "步长"
    case .padding: return "填充"
    case .dilation: return "空洞"
    case .outputPadding: return "output_padding "
    case .scale: return "缩放倍数"
    case .zeroInsertedInput: return "插零后的输入"
    }
  }

  /// Why channel settings were refused.
  func channels(_ problem: ChannelProblem) -> String {
    switch problem {
    case .count(let quantity, let value, let limit):
      return "通道场景只画 1 到 \(limit) 个\(channelQuantity(quantity))，但要求的是 \(value) 个。"
    case .multiplier(let value, let limit):
      return "通道倍数必须在 1 到 \(limit) 之间，但现在是 \(value)。"
    case .unknownMode(let name, let modes):
      return "不认识模式 '\(name)'；请用 \(modes.joined(separator: ", "))。"
    case .badBNValues(let text):
      return "看不懂批归一化的取值 '\(text)'；请用 readable、random:SEED 或 @FILE.json。"
    case .unreadableBNValues(let path, let reason):
      return "读不了批归一化取值文件 '\(path)'：\(valuesFile(reason))。"
    case .badEps(let text):
      return "eps '\(text)' 不是数；请给一个小的正数，例如 1e-5。"
    }
  }

  /// The explorer's status lines about channels.
  func channelExplorer(_ text: ChannelExplorerText) -> String {
    switch text {
    case .changed(let quantity, let old, let new):
      return "\(channelQuantity(quantity))数 \(old) → \(new)"
    case .multiplierChanged(let old, let new): return "通道倍数 \(old) → \(new)"
    case .mode(let mode): return "模式：\(modeName(mode))"
    case .groupsFollowMode(let mode):
      return "\(modeName(mode))模式下分组数由输入通道决定；按 m 换一种模式"
    case .page(let first, let last, let count): return "通道 \(first)–\(last)，共 \(count) 个"
    case .onePage(let count): return "全部 \(count) 个通道都在一页内"
    case .followPage: return "通道：页面跟随当前输出通道"
    case .needsChannels(let key):
      return "\(key) 改变通道；按 Tab 切到 channels 或 bnfold 场景"
    }
  }

  /// `深度可分离 (separable)`: the Chinese name, with the option's own word beside it.
  private func modeName(_ mode: ChannelModeName) -> String {
    let name: String
    switch mode {
    case .standard: name = "标准"
    case .grouped: name = "分组"
    case .pointwise: name = "逐点"
    case .depthwise: name = "逐深度"
    case .separable: name = "深度可分离"
    }
    return "\(name) (\(mode.rawValue))"
  }

  func channelPresetNote(_ note: ChannelPresetNote) -> String {
    switch note {
    case .standard: return "每个输出通道读取每个输入通道"
    case .pointwise: return "1x1 卷积核逐像素混合通道"
    case .depthwise: return "每个输入通道一个滤波器，不混合"
    case .separable: return "先逐深度再逐点：权重少得多"
    case .grouped: return "两个独立的半边，块对角连接"
    case .depthwiseMultiplier: return "每个输入通道两个滤波器"
    case .mobilenetV1: return "MobileNet v1 块：18,432 对 2,336 个权重，少 7.9 倍"
    case .bnfold: return "带偏置的卷积接批归一化，折叠成一个卷积"
    }
  }
}
