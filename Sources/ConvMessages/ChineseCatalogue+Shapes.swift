import ConvArithmetic

/// The `shapes` scene in Chinese; the formulas arrive filled in and stay as they are.
extension ChineseCatalogue {
  func shapes(_ caption: ShapesCaption) -> String {
    switch caption {
    case .sizesTitle(let k, let s, let p, let d):
      return "尺寸表，k \(k), s \(s), p \(p)" + (d == 1 ? "" : ", d \(d)")
    case .pytorch(let formula, let output):
      guard let output else {
        return "PyTorch：o = \(formula) < 1：卷积核超出了填充后的输入，所以报错"
      }
      return "PyTorch：o = \(formula) = \(output)"
    case .tensorFlow(let sameFormula, let same, let before, let after, let validFormula, let valid):
      let validText = valid.map { "VALID o = \(validFormula) = \($0)" } ?? "VALID 没有输出"
      return "TensorFlow：SAME o = \(sameFormula) = \(same)（填充 \(before) + \(after)）；\(validText)"
    case .back(let formula, let size, let input, let outputPadding, let bound):
      let restore =
        outputPadding.map { "output_padding \($0) 还原 \(input)" }
        ?? "max(s, d) = \(bound) 以下没有哪个 output_padding 能还原 \(input)"
      return "反推：o′ = \(formula) = \(size)；\(restore)"
    case .collision(let inputs, let output, let k, let s, let p, let paddings):
      let restores = zip(inputs, paddings).compactMap { input, padding in
        padding.map { "output_padding \($0) 还原 \(input)" }
      }
      return
        "\(inputs.map { "i = \($0)" }.joined(separator: "、")) 都得到 o = \(output)"
        + "（k \(k), s \(s), p \(p)）"
        + (restores.isEmpty ? "" : "：" + restores.joined(separator: "，"))
    case .alone(let input, let output, let stride):
      return stride == 1
        ? "步长为 1 时每个输入尺寸都有自己的输出尺寸（i = \(input) → o = \(output)）"
        : "只有 i = \(input) 这一个输入尺寸得到 o = \(output)"
    case .sameCollision(let inputs, let output):
      return
        "SAME：i = \(inputs.map(String.init).joined(separator: "、")) 都得到 \(output)；"
        + "conv2d_transpose 需要 output_shape 来选定一个"
    case .relationships(let direct, let transposed):
      let forward = direct.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
      // The transposed names repeat the direct one after `transposed-`; say so instead.
      let backward = transposed.map { relation in
        direct.contains { "transposed-" + $0.name == relation.name }
          ? "\(relation.number)（其转置）" : "\(relation.number) \(relation.name)"
      }
      return
        "论文：关系 \(forward)；"
        + (backward.isEmpty
          ? "没有一条覆盖其转置" : "反推：" + backward.joined(separator: ", "))
    case .conventions(let p, let before, let after, let d, let k, let effective):
      return
        "PyTorch 填充 \(p) + \(p)；SAME 填充 \(before) + \(after)"
        + (before == after ? "" : "，多出的一格在后")
        + "；k_eff = \(d)·(\(k)−1)+1 = \(effective)"
    }
  }
}
