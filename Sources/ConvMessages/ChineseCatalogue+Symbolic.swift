import ConvArithmetic

extension ChineseCatalogue {
  func symbolicCaption(_ caption: SymbolicCaption) -> String {
    switch caption {
    case .moreTerms(let count): return "+ …（另 \(count) 项）"
    case .flippedKernelTitle(let kernel, let dilation, let spans):
      return captionText(.kernelTitle(size: kernel, dilation: dilation, spans: spans)) + "，翻转 180°"
    case .trueConvolution:
      return "真正的卷积：卷积核先翻转 180°；PyTorch 的 conv2d 是互相关"
    case .trueTransposed:
      return "真正的卷积：卷积核先翻转 180°；PyTorch 的 conv_transpose2d 不翻转"
    case .symbolsKey:
      return "符号：x 输入，w 卷积核，y 输出；x₁₂ 即第 1 行第 2 列"
    case .rotatedIndices(let firstRow):
      return "旋转后卷积核的第一行是 \(firstRow.joined(separator: " "))：下标倒着排，这就是 180° 翻转"
    case .stampSymbols(
      let cell, let first, let last, let taps, let rows, let cols, let step, let count):
      let products = taps == 1 ? first : "\(first) … \(last)"
      return
        "x[\(cell.h),\(cell.w)] 把 \(products) 加到输出的第 \(range(rows)) 行、第 \(range(cols)) 列（第 \(step)/\(count) 次印）"
    }
  }

  /// `1–3`, or `2` for one line.
  private func range(_ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "—" }
    return low == high ? "\(low)" : "\(low)–\(high)"
  }

  func symbolicProblem(_ problem: SymbolicProblem) -> String {
    switch problem {
    case .symbolicScene(let scene, let scenes):
      return "\(scene) 场景需要数值；--values symbolic 只用于 \(scenes.joined(separator: "、"))。"
    case .flipScene(let scene, let scenes):
      return "\(scene) 场景里没有滑动的卷积核；--flip 只用于 \(scenes.joined(separator: "、"))。"
    case .pytorchSymbolic:
      return "PyTorch 脚本需要数值；--format pytorch 请用 --values ramp、ones 或 random:SEED。"
    case .compareTakesNeither:
      return "与空洞卷积的对比不接受 --values symbolic 或 --flip；请去掉它们或去掉 --compare。"
    }
  }

  func symbolicStatus(_ status: SymbolicStatus) -> String {
    switch status {
    case .symbols(let on): return on ? "用符号代替数值" : "恢复数值（values: ramp）"
    case .flip(let on): return on ? "真正的卷积：卷积核翻转 180°" : "互相关，即 PyTorch 的 conv2d"
    }
  }
}
