extension ChineseCatalogue {
  /// A frame's header and legend in Chinese; the glyphs stay as the styling model draws them.
  func legend(_ text: LegendText) -> String {
    switch text {
    case .header(let scene, let step, let count): return "\(scene) — 第 \(step)/\(count) 步"
    case .heading: return "图例："
    case .entry(let meaning, let glyphs):
      switch meaning {
      case .currentWindow: return "\(glyphs) 当前窗口或格"
      case .unbracketedHole: return "窗口内不带括号的：空洞（跳过）"
      case .dilationHole: return "\(glyphs) 空洞（跳过）"
      case .windowPadding: return "\(glyphs) 窗口压在填充上"
      case .windowInsertedZero: return "\(glyphs) 窗口压在插入的零上"
      case .windowOutputPadding: return "\(glyphs) 窗口压在 output_padding 上"
      case .padding: return "\(glyphs) 填充的 0"
      case .insertedZero: return "\(glyphs) 插入的零"
      case .outputPadding: return "\(glyphs) output_padding 补的 0"
      case .outputPending: return "\(glyphs) 尚未计算"
      case .neverVisited: return "\(glyphs) 没有核元素读到"
      case .cropped: return "\(glyphs) 被填充裁掉（不在输出中）"
      case .switchCell: return "\(glyphs) 开关（最大值原来的位置）"
      case .valueRamp: return "\(glyphs) 数值，每个面板内从低到高"
      case .heat: return "热度 '\(glyphs)' 从低到高"
      case .pinned: return "\(glyphs) 已钉住"
      }
    }
  }
}
