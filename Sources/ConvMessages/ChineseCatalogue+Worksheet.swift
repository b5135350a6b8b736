import ConvArithmetic

/// `convscope worksheet` in Chinese: 练习题 and 答案; formulas and grids stay as they are.
extension ChineseCatalogue {
  func worksheet(_ text: WorksheetText) -> String {
    switch text {
    case .heading(let seed, let count):
      return "convscope 练习题 — 种子 \(seed)，共 \(count) 题"
    case .nameLine: return "姓名：______________________________"
    case .keyHeading(let seed): return "答案 — 种子 \(seed)"
    case .answerLine: return "答：______________________"
    case .outputSizeQuestion(let input, let kernel, let stride, let padding, let dilation):
      return
        "输出尺寸。\(size(kernel)) 的卷积核在 \(size(input)) 的输入上滑动，步长 \(value(stride))，"
        + "填充 \(value(padding))，空洞 \(value(dilation))。输出是多大？"
    case .outputSizeAnswer(let output, let down, let across):
      guard let across else { return "\(size(output))：o = \(down) = \(output.h)" }
      return "\(size(output))：纵向 \(down) = \(output.h)，横向 \(across) = \(output.w)"
    case .transposedSizeQuestion(let input, let kernel, let stride, let padding, let outputPadding):
      return
        "转置尺寸。转置卷积接收 \(size(input)) 的输入，卷积核 \(size(kernel))，"
        + "步长 \(value(stride))，填充 \(value(padding))，output_padding \(value(outputPadding))。"
        + "它的输出是多大？"
    case .transposedSizeAnswer(let output, let formula):
      return "\(size(output))：o′ = \(formula) = \(output.h)"
    case .cellsReadQuestion(let input, let kernel, let stride, let padding, let dilation, let cell):
      return
        "窗口。\(size(kernel)) 的卷积核以步长 \(value(stride))、填充 \(value(padding))、"
        + "空洞 \(value(dilation)) 在 \(size(input)) 的输入上滑动。输出格 y[\(cell.h),\(cell.w)] "
        + "读取填充后输入的哪几行、哪几列？"
    case .cellsReadAnswer(let rows, let cols, let padded):
      return "填充后 \(size(padded)) 输入的第 \(list(rows)) 行和第 \(list(cols)) 列"
    case .cellValueQuestion(let input, let kernel, let stride, let padding, let cell):
      return
        "数值。输入 x =\n\(input)\n卷积核 w =\n\(kernel)\n步长 \(value(stride))，"
        + "填充 \(value(padding))，y[\(cell.h),\(cell.w)] 是多少？"
    case .cellValueAnswer(let cell, let products, let value):
      return "y[\(cell.h),\(cell.w)] = \(products) = \(value)"
    case .collisionsQuestion(let kernel, let stride, let padding, let output):
      return
        "碰撞。卷积核 \(kernel)×\(kernel)，步长 \(stride)，填充 \(padding)，"
        + "哪些输入尺寸得到大小为 \(output) 的输出？转置卷积要用哪个 output_padding 才能还原每一个？"
    case .collisionsAnswer(let inputs, let paddings):
      let restores = zip(inputs, paddings).map { "output_padding \($1) 还原 \($0)" }
      return "\(list(inputs))：" + restores.joined(separator: "，")
    case .receptiveFieldQuestion(let layers, let input):
      return
        "感受野。这组层 `\(layers)` 作用于 \(input)×\(input) 的输入。"
        + "一个输出格的感受野有几个输入格宽？"
    case .receptiveFieldAnswer(let size, let recurrence):
      return "\(size)：r = \(recurrence) = \(size)"
    }
  }

  func worksheetProblem(_ problem: WorksheetProblem) -> String {
    switch problem {
    case .count(let count, let allowed):
      return
        "--count 是 \(count)，但一份练习题只能有 \(allowed.lowerBound) 到 "
        + "\(allowed.upperBound) 道题。"
    }
  }

  /// `0、2、4`.
  private func list(_ values: [Int]) -> String {
    values.map(String.init).joined(separator: "、")
  }
}
