import ConvArithmetic

extension ChineseCatalogue {
  /// A stack refusal, naming the layer (counted from 1) and its type as `naming` spells it.
  func stack(_ error: StackError, naming: LayerNaming) -> String {
    func name(_ index: Int, _ kind: LayerKind) -> String {
      "第 \(index + 1) 层（\(naming.name(kind))）"
    }
    // A kernel wider than the padded map gives a negative size; there are simply no cells.
    func size(_ pair: Pair) -> String { "\(max(pair.h, 0))x\(max(pair.w, 0))" }
    func types(_ kinds: [LayerKind]) -> String { kinds.map(naming.name).joined(separator: "、") }
    switch error {
    case .emptyStack:
      return "这个堆叠没有任何层；至少给一层，例如 conv k3。"
    case .tooManyLayers(let count, let limit):
      return "这个堆叠有 \(count) 层，超过了上限 \(limit)。"
    case .unknownLayerType(let unknown, let layer, let allowed):
      return "第 \(layer + 1) 层的类型 \(unknown) 无法识别；可用的类型有 \(types(allowed))。"
    case .zeroStride(let layer, let kind, let stride):
      return "\(name(layer, kind))的步长是 \(size(stride))；步长在每个轴上都必须至少为 1。"
    case .shrinksBelowOneCell(let layer, let kind, let input, let output):
      return
        "\(name(layer, kind))把 \(size(input)) 的特征图变成了 \(size(output))；每一层在每个轴上都必须至少留下一个单元，请缩小它的卷积核、步长或膨胀率，增加填充，或从更大的输入开始。"
    case .poolPaddingOverHalfKernel(let layer, let kind, let padding, let kernel):
      return "\(name(layer, kind))的填充是 \(size(padding))，超过了它 \(size(kernel)) 池化核的一半，PyTorch 会拒绝。"
    case .settingNotAllowed(let layer, let kind, let setting):
      let what: String
      switch setting {
      case .outputPadding: what = "output_padding（op），但只有 deconv 才有它"
      case .dilation: what = "膨胀率（d），但 avgpool 没有膨胀率"
      case .channels: what = "通道数（c），但池化层保持输入的通道数"
      case .groups: what = "分组数（g），但只有 conv 和 deconv 才有分组"
      case .kernel, .stride, .padding:
        what = "设置 \(setting.rawValue)，但它不接受这个设置"
      }
      return "\(name(layer, kind))被给了\(what)。"
    case .groupsDoNotDivide(let layer, let kind, let inChannels, let outChannels, let groups):
      return
        "\(name(layer, kind))有 \(groups) 组，组数必须同时整除它的 \(inChannels) 个输入通道和 \(outChannels) 个输出通道。"
    case .kindNotAllowed(let layer, let kind, let allowed):
      return "这里不允许\(name(layer, kind))；这个堆叠只接受 \(types(allowed)) 层。"
    case .countOutOfRange(let layer, let kind, let setting, let value):
      let what = setting == .groups ? "组" : "个通道"
      let owner = layer.map { index in name(index, kind ?? .conv) } ?? "输入"
      return "\(owner)有 \(value) \(what)；需要 1 到 \(Limits.maxChannels)。"
    case .cellOutside(let cell, let output):
      return
        "单元 (\(cell.h), \(cell.w)) 在 \(output.h)x\(output.w) 的输出之外；行号从 0 到 \(output.h - 1)，列号从 0 到 \(output.w - 1)。"
    case .badInput(let reason):
      return engine(reason)
    case .beyondLimit(let layer, let kind, let limit):
      return "\(name(layer, kind))使跳步（jump）、感受野或计数超过了 \(limit)；请使用更少或更小的步长。"
    case .traceTooLong(let layer, let kind, let limit):
      return "沿\(name(layer, kind))回溯感受野要经过超过 \(limit) 个抽头；请使用更少或更窄的层。"
    case .layer(let index, let kind, let reason):
      return "在\(name(index, kind))中：\(engine(reason))"
    }
  }

  /// A `--layers` text that could not be read, naming the bad token.
  func notation(_ error: LayerNotationError) -> String {
    let settings = "kN、sN、pN、dN、opN（N 或 HxW）、cN 或 gN"
    switch error {
    case .empty:
      return "层的描述是空的；至少给一层，例如 'conv k3 s2 p1'。"
    case .unknownType(let token, let layer):
      return
        "第 \(layer) 层中的 '\(token)' 既不是层的类型（\(LayerKind.allCases.map(\.rawValue).joined(separator: ", "))），整段文字也不是预设名（\(NetworkPreset.names.joined(separator: ", "))）。"
    case .unknownToken(let token, let layer):
      return "第 \(layer) 层中的记号 '\(token)' 无法理解；一层可以写 \(settings)。"
    case .badValue(let token, let layer, let setting):
      let form = setting.isPerAxis ? "一个整数或 HxW" : "一个整数"
      return "第 \(layer) 层中的记号 '\(token)' 在 '\(setting.rawValue)' 之后需要\(form)。"
    case .tooSmall(let token, let layer, _, let minimum):
      return "第 \(layer) 层中的记号 '\(token)' 必须至少为 \(minimum)。"
    case .tooLarge(let token, let layer, _, let limit):
      return "第 \(layer) 层中的记号 '\(token)' 超过了上限 \(limit)。"
    case .repeated(let token, let layer, let setting):
      return "记号 '\(token)' 第二次给出了第 \(layer) 层的 '\(setting.rawValue)'；每个设置只能给一次。"
    case .missingKernel(let layer, let text):
      return "第 \(layer) 层（'\(text)'）没有卷积核大小；请加上 kN，例如 k3。"
    }
  }
}
