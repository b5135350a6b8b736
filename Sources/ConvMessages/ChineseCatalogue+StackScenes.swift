import ConvArithmetic

/// The `receptive` and `overlap` scenes in Chinese: 感受野, 跳距 (jump), 棋盘格伪影.
extension ChineseCatalogue {
  /// What `convscope scenes` says the stack scenes teach.
  func stackSceneSummary(_ topic: SceneTopic) -> String {
    switch topic {
    case .receptive:
      return "从一个输出格回溯一叠层：它的感受野，以及有多少条路径到达每个输入格"
    default:
      return "棋盘格：叠放的转置卷积后每格落了几次核元素，对比先缩放再卷积"
    }
  }

  /// The `receptive` and `overlap` scenes' titles and lines.
  func stackCaption(_ caption: StackCaption) -> String {
    func range(_ word: String, _ r: ClosedRange<Int>) -> String {
      r.count == 1 ? "第 \(r.lowerBound) \(word)" : "第 \(r.lowerBound)–\(r.upperBound) \(word)"
    }
    func scaled(_ block: Pair?) -> String {
      block.map { "，每格代表 \(size($0))" } ?? ""
    }
    func signed(_ n: Int) -> String { n < 0 ? "−\(-n)" : "\(n)" }
    switch caption {
    case .pathsTitle(let input, let cell, let block):
      return "输入 \(size(input))：到 y[\(cell.h),\(cell.w)] 的路径数\(scaled(block))"
    case .feedingTitle(let layer, let output, let block):
      return "第 \(layer) 层输出 \(size(output))\(scaled(block))"
    case .tableTitle:
      return "逐层感受野"
    case .tableInputRow:
      return "输入"
    case .traced(let cell, let layer, let output):
      return
        "把第 \(layer) 层 \(size(output)) 输出中的 y[\(cell.h),\(cell.w)] 一步一层地回溯到输入"
    case .recurrence(
      let layer, let spec, let axis, let jumpBefore, let stride, let jump, let sizeBefore,
      let dilation, let kernel, let size, let firstBefore, let padding, let first):
      let suffix = axis.map { $0 == .height ? "_h" : "_w" } ?? ""
      let d = dilation == 1 ? "" : "\(dilation)·"
      return
        "第 \(layer) 层（\(spec)）\(axis.map { $0 == .height ? "，行" : "，列" } ?? "")："
        + "j\(suffix) = \(jumpBefore)·\(stride) = \(jump), "
        + "r\(suffix) = \(sizeBefore) + \(d)(\(kernel)−1)·\(jumpBefore) = \(size), "
        + "first\(suffix) = \(signed(firstBefore)) − \(padding)·\(jumpBefore) = \(signed(first))"
    case .feeding(let layer, let rows, let cols, let cells):
      return
        "第 \(layer) 层输出：\(range("行", rows))、\(range("列", cols))影响它（\(cells) 格有路径）"
    case .field(let cell, let rows, let cols, let field):
      return
        "y[\(cell.h),\(cell.w)] 看到输入的第 \(signed(rows.lowerBound)) 到 \(rows.upperBound) 行、"
        + "第 \(signed(cols.lowerBound)) 到 \(cols.upperBound) 列：感受野 \(size(field))"
    case .intoPadding(let top, let bottom, let left, let right):
      var parts: [String] = []
      if top > 0 { parts.append("上方 \(top) 行") }
      if bottom > 0 { parts.append("下方 \(bottom) 行") }
      if left > 0 { parts.append("左侧 \(left) 列") }
      if right > 0 { parts.append("右侧 \(right) 列") }
      return "它伸进了零填充：\(parts.joined(separator: "、"))"
    case .insideInput:
      return "它都在输入之内：没有碰到填充"
    case .covers(let cells, let area):
      return cells == area
        ? "它覆盖了范围内全部 \(cells) 个输入格"
        : "它的范围有 \(area) 格，只覆盖其中 \(cells) 个输入格（其余是填充或被跳过）"
    case .effective(let most, let least):
      return "每个输入格的路径数：\(least) 到 \(most)；中心比边缘分量重，所以有效感受野更小"
    case .countsTitle(let layer, let output, let block):
      return "第 \(layer) 层后的次数，\(size(output))\(scaled(block))"
    case .resizeTitle(let layer, let output, let block):
      return "先缩放再卷积，第 \(layer) 层，\(size(output))\(scaled(block))"
    case .overlapLayer(let layer, let spec, let input, let output, let low, let high):
      return
        "第 \(layer) 层（\(spec)）：\(size(input)) → \(size(output))，每格核元素数 \(low == high ? low : "\(low)–\(high)")"
    case .divisible(let kernel, let stride, let divides):
      return divides
        ? "k \(value(kernel)) 能被 s \(value(stride)) 整除：叠加重叠均匀"
        : "k \(value(kernel)) 不能被 s \(value(stride)) 整除：叠加重叠不均匀"
    case .interior(let low, let high):
      return low == high
        ? "边框以内处处为 \(low)"
        : "边框以内为 \(low)–\(high)：棋盘格"
    case .noInterior:
      return "每一格都在边框上：图太小，没有内部"
    case .stampsAt(let cell, let kernel, let rows, let cols, let step, let count):
      let lands =
        rows.isEmpty || cols.isEmpty
        ? "只落在裁剪后的输出之外" : "落在\(span("行", rows))、\(span("列", cols))"
      return
        "第 \(step)/\(count) 次叠加：x[\(cell.h),\(cell.w)] 给 \(size(kernel)) 卷积核覆盖的各格加一次，\(lands)"
    case .allStamps(let count):
      return "全部 \(count) 个输入格同时叠加：太多，无法逐个展示"
    case .resizeConv(let factor, let kernel, let low, let high, let uniform):
      return
        "缩放 ×\(value(factor)) 再卷积 k \(value(kernel))：核元素数 \(low == high ? low : "\(low)–\(high)")"
        + (uniform ? "，边框以内均匀（Distill 推荐它的原因）" : "")
    case .scaled(let block, let largest):
      return largest
        ? "每个显示格是一个 \(size(block)) 块中最大的次数"
        : "每个显示格是一个 \(size(block)) 块的路径数之和"
    }
  }

  /// The explorer's status lines in the stack scenes.
  func stackExplorer(_ text: StackExplorerText) -> String {
    switch text {
    case .layers(let preset, let input):
      return preset.map { "层：\($0)，输入 \(size(input))" }
        ?? "层：场景自带的一叠层，输入 \(size(input))"
    case .layersNeedStack:
      return "l / L 在 receptive 和 overlap 场景里切换层预设"
    case .traced(let cell, let output):
      return "回溯 \(size(output)) 输出中的 y[\(cell.h),\(cell.w)]"
    case .tracedEdge(let output):
      return "回溯的格已在 \(size(output)) 输出的边上"
    }
  }

  /// `第 2–4 行` or `第 2 行`.
  private func span(_ word: String, _ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "没有\(word)" }
    return low == high ? "第 \(low) \(word)" : "第 \(low)–\(high) \(word)"
  }
}
