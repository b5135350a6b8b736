extension ChineseCatalogue {
  func listing(_ text: ListingText) -> String {
    switch text {
    case .sceneSummary(let topic):
      switch topic {
      case .conv:
        return "带步长、填充和膨胀的滑动窗口；每个输出单元一步"
      case .transposed:
        return "转置卷积：插零后用步长 1 的窗口滑动（--view zeros），或逐个盖印（--view scatter）"
      case .unpool:
        return "最大池化记住最大值的位置；最大反池化与最近邻上采样（unsampling）并排对比"
      case .bilinear:
        return "FCN、Caffe 与旧版 Caffe 的双线性插值卷积核热力图，逐行生成"
      case .matrix, .interp:
        return matrixListing(topic)
      case .shapes:
        return "PyTorch 与 TensorFlow 在一段输入尺寸上的输出尺寸；哪些会撞在一起，以及怎样还原"
      case .channels:
        return "跨通道的标准卷积、1x1 卷积、深度卷积与深度可分离卷积，含分组与计算量"
      case .bnfold:
        return "把批归一化折叠进它前面的卷积，分七步，带数字"
      case .receptive, .overlap: return stackSceneSummary(topic)
      }
    case .presetSummary(let parameters, let note):
      return "\(parameters)：\(presetNote(note))"
    case .transposedPresetSummary(let parameters, let transposes):
      return "\(parameters)：\(transposes) 的转置"
    case .scenesHeading:
      return "场景（convscope export SCENE [选项]，convscope tui SCENE [选项]）："
    case .defaults: return "      默认值："
    case .presets: return "      预设："
    case .valuesHelp:
      return "取值：ramp（输入 1..9，卷积核 1,2,3 循环）、ones、random:SEED（输入 1..9，卷积核 1..3），"
    case .valuesFileHelp:
      return "        或 @FILE.json，内容为 {\"input\": [[...]], \"kernel\": [[...]]}（以其中的尺寸为准）。"
    case .paddingHelp: return "填充也可以写 valid、same（half）或 full。"
    case .presetsHeading:
      return "预设（Dumoulin & Visin 的动画；--preset NAME，其他选项可覆盖）："
    case .tensorFlowTransposePreset:
      return "i=76…79, k=4, s=2：种子文档 003 的 39×12 → 78×24；SAME 把 77 和 78 都映射到 39（output_shape）"
    case .transposedPresetsNote:
      return "转置场景也接受直接卷积预设的名字，并播放与它对应的转置卷积。"
    case .channelPresetSummary(let parameters, let note):
      return "\(parameters)：\(channelPresetNote(note))"
    }
  }

  func presetNote(_ note: PresetNote) -> String {
    switch note {
    case .noPaddingUnitStrides: return "无填充，步长 1"
    case .arbitraryPaddingUnitStrides: return "任意填充，步长 1"
    case .halfPadding: return "半填充（same）保持尺寸不变"
    case .fullPadding: return "全填充：每一种部分重叠都算数"
    case .noPaddingStrides: return "无填充，步长 2"
    case .paddingStrides: return "填充 1，步长 2"
    case .paddingStridesOdd: return "步长 2 使最后一行和最后一列无法触及"
    case .dilation: return "膨胀率 2 在抽头之间留出空洞（空洞卷积）"
    }
  }
}
